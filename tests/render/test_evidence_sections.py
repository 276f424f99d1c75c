# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The reports show the screening and what the evidence files say, and text from an
evidence file is data, never markup: in Markdown, HTML and PDF."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from pypdf import PdfReader

from ossfirst.api import evaluate_file, render
from tests.conftest import CASES
from tests.evidence.helpers import SPEC, request_with_evidence
from tests.render.test_html import Page
from tests.render.test_pdf import flat


def test_the_screening_table_flags_unknown_names_with_a_suggestion(tmp_path: Path) -> None:
    text = (CASES / "valid" / "minimal.yaml").read_text("utf-8")
    request = tmp_path / "r.yaml"
    request.write_text(text.replace("[ODF, CalDAV]", "[ODF, CalDEV]"), "utf-8")
    markdown = render(evaluate_file(request), "md", "en").decode()
    assert re.search(r"^## \d+\. Open-standards screening$", markdown, re.MULTILINE)
    assert (
        "| ODF | OpenDocument Format (ODF) (OASIS (ODF TC); ISO/IEC JTC 1 as ISO/IEC 26300) "
        "| yes | yes | yes | yes | **yes** |"
    ) in markdown
    # the criteria are unknown, but it counts as not open, as the share counts it
    unknown = '| CalDEV | not in the list Did you mean "CalDAV"? | – | – | – | – | **no** |'
    assert unknown in markdown
    assert "| OOXML | Office Open XML (OOXML)" in markdown and "| no | **no** |" in markdown


def test_the_screening_and_the_open_standards_share_agree_on_an_unknown_standard(
    tmp_path: Path,
) -> None:
    text = (CASES / "valid" / "minimal.yaml").read_text("utf-8")
    request = tmp_path / "r.yaml"
    request.write_text(text.replace("[ODF, CalDAV]", "[ODF, CalDAV, Frobnicate, OParl]"), "utf-8")
    result = evaluate_file(request)
    markdown = render(result, "md", "en").decode()
    oss = result.alternative("oss")
    assert [s.declared for s in oss.standards] == ["ODF", "CalDAV", "Frobnicate", "OParl"]
    shown = [
        line.rsplit("|", 2)[1].strip()
        for line in markdown.splitlines()
        if line.startswith(("| ODF |", "| CalDAV |", "| Frobnicate |", "| OParl |"))
    ]
    share = next(c for c in result.catalogue.criteria if c.metric == "open-standards-share")
    row = next(c for c in oss.criteria if c.criterion == share.id)
    # three of four open: the unknown one counts as not open in the table and in the share
    assert shown == ["**yes**", "**yes**", "**no**", "**yes**"]
    assert row.value == shown.count("**yes**") / len(shown) == 0.75
    assert "| Frobnicate | not in the list | – | – | – | – | **no** |" in markdown
    assert "| OParl | OParl (OParl (associations, civil-society organisations" in markdown


def test_a_report_without_evidence_has_no_evidence_section() -> None:
    result = evaluate_file(CASES / "valid" / "minimal.yaml")
    markdown = render(result, "md", "en").decode()
    assert "Evidence files" not in markdown
    assert "Evidence file " not in markdown  # no audit rows
    assert result.audit.evidence == []


def test_the_html_and_pdf_screening_flag_unknown_names_with_a_suggestion(tmp_path: Path) -> None:
    text = (CASES / "valid" / "minimal.yaml").read_text("utf-8")
    request = tmp_path / "r.yaml"
    request.write_text(text.replace("[ODF, CalDAV]", "[ODF, CalDEV]"), "utf-8")
    result = evaluate_file(request)
    page = Page()
    page.feed(render(result, "html", "en").decode("utf-8"))
    assert re.search(r"\d+\. Open-standards screening", page.plain)
    assert 'CalDEV not in the list Did you mean "CalDAV"? – – – – no' in page.plain
    reader = PdfReader(io.BytesIO(render(result, "pdf", "en")))
    pdf_text = "\n".join(p.extract_text() for p in reader.pages)
    assert flat('CalDEV not in the list Did you mean "CalDAV"?') in flat(pdf_text)


HOSTILE = "<script>alert(1)</script> [link](https://evil.example) | cell"
TYPST = '#read("/etc/passwd") ]) #panic("boom") $x^2$'


def hostile_request(tmp_path: Path) -> Path:
    """A request whose evidence files carry markup of every format in their texts."""
    hostile = HOSTILE
    publiccode = (SPEC / "minimal.publiccode.yml").read_text("utf-8")
    publiccode = publiccode.replace("EUPL-1.2", "Apache-2.0").replace(
        "name: Medusa", f"name: '{hostile}'"
    )
    publiccode += f"usedBy: ['{hostile}']\ndependsOn: {{proprietary: [{{name: '# {hostile}'}}]}}\n"
    bom = json.loads((SPEC / "bom-1.7.cdx.json").read_text("utf-8"))
    bom["components"][0]["name"] = hostile
    scorecard = json.loads((SPEC / "scorecard-v2.json").read_text("utf-8"))
    scorecard["checks"][0]["reason"] = hostile
    scorecard["checks"][1]["reason"] = TYPST
    scorecard["repo"]["name"] = hostile
    folder = tmp_path / "evidence"
    folder.mkdir()
    (folder / "pc.yml").write_text(publiccode, "utf-8")
    (folder / "bom.json").write_text(json.dumps(bom), "utf-8")
    (folder / "sc.json").write_text(json.dumps(scorecard), "utf-8")
    return request_with_evidence(
        tmp_path,
        "{publiccode: evidence/pc.yml, scorecard: evidence/sc.json, sbom: evidence/bom.json}",
    )


def test_text_from_evidence_files_is_escaped(tmp_path: Path) -> None:
    markdown = render(evaluate_file(hostile_request(tmp_path)), "md", "en").decode()
    assert re.search(r"^## \d+\. Evidence files$", markdown, re.MULTILINE)
    assert "<script>" not in markdown
    assert " [link](" not in markdown  # only the escaped form, which is no link
    assert "\\<script\\>alert(1)\\</script\\> \\[link\\](https://evil.example) \\| cell" in markdown
    assert "\n# " not in markdown.split("\n", 1)[1]  # no heading smuggled in


def test_text_from_evidence_files_is_text_in_html(tmp_path: Path) -> None:
    page = Page()
    page.feed(render(evaluate_file(hostile_request(tmp_path)), "html", "en").decode("utf-8"))
    assert not page.errors and page.open == []
    assert not page.all("script")
    assert all(a["href"].startswith("#") for a in page.all("a"))  # the report's own links
    assert page.plain.count(HOSTILE) >= 4  # name, used by, a component, a finding
    assert "# " + HOSTILE in page.plain  # a dependency's name, not a heading
    assert TYPST in page.plain


def test_text_from_evidence_files_is_text_in_the_pdf(tmp_path: Path) -> None:
    reader = PdfReader(io.BytesIO(render(evaluate_file(hostile_request(tmp_path)), "pdf", "en")))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert flat(HOSTILE) in flat(text)
    assert flat(TYPST) in flat(text)  # neither read a file nor stopped the compile
    assert "root:" not in text
    assert not re.search(r"\bboom\b", text.replace(TYPST, ""))
