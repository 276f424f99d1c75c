# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The Markdown report shows the screening and what the evidence files say, and text from
an evidence file is data, never markup."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ossfirst.api import evaluate_file, render
from tests.conftest import CASES
from tests.evidence.helpers import SPEC, request_with_evidence


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
    assert '| CalDEV | not in the list Did you mean "CalDAV"? | – | – | – | – | – |' in markdown
    assert "| OOXML | Office Open XML (OOXML)" in markdown and "| no | **no** |" in markdown


def test_a_report_without_evidence_has_no_evidence_section() -> None:
    result = evaluate_file(CASES / "valid" / "minimal.yaml")
    markdown = render(result, "md", "en").decode()
    assert "Evidence files" not in markdown
    assert "Evidence file " not in markdown  # no audit rows
    assert result.audit.evidence == []


def test_text_from_evidence_files_is_escaped(tmp_path: Path) -> None:
    hostile = "<script>alert(1)</script> [link](https://evil.example) | cell"
    publiccode = (SPEC / "minimal.publiccode.yml").read_text("utf-8")
    publiccode = publiccode.replace("EUPL-1.2", "Apache-2.0").replace(
        "name: Medusa", f"name: '{hostile}'"
    )
    publiccode += f"usedBy: ['{hostile}']\ndependsOn: {{proprietary: [{{name: '# {hostile}'}}]}}\n"
    bom = json.loads((SPEC / "bom-1.7.cdx.json").read_text("utf-8"))
    bom["components"][0]["name"] = hostile
    scorecard = json.loads((SPEC / "scorecard-v2.json").read_text("utf-8"))
    scorecard["checks"][0]["reason"] = hostile
    scorecard["repo"]["name"] = hostile
    folder = tmp_path / "evidence"
    folder.mkdir()
    (folder / "pc.yml").write_text(publiccode, "utf-8")
    (folder / "bom.json").write_text(json.dumps(bom), "utf-8")
    (folder / "sc.json").write_text(json.dumps(scorecard), "utf-8")
    request = request_with_evidence(
        tmp_path,
        "{publiccode: evidence/pc.yml, scorecard: evidence/sc.json, sbom: evidence/bom.json}",
    )
    markdown = render(evaluate_file(request), "md", "en").decode()
    assert re.search(r"^## \d+\. Evidence files$", markdown, re.MULTILINE)
    assert "<script>" not in markdown
    assert " [link](" not in markdown  # only the escaped form, which is no link
    assert "\\<script\\>alert(1)\\</script\\> \\[link\\](https://evil.example) \\| cell" in markdown
    assert "\n# " not in markdown.split("\n", 1)[1]  # no heading smuggled in
