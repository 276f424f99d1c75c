# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The report section "Markterkundung / Market exploration" in Markdown, HTML, PDF and JSON:
what was searched, when, what was found, what became of each hit; the "why no open-source
solution" section refers to it; the JSON Result carries the exploration (schema 1.4) and
leaves it out, with its version, when the request records none."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from ossfirst.api import evaluate_file, render
from tests.check.test_check_market import exploration, hit
from tests.conftest import CASES, EXAMPLES
from tests.engine.requests import alternative, evaluate, request
from tests.render.test_html import Page
from tests.render.test_pdf import flat

EXAMPLE = EXAMPLES / "specialised-procedure.yaml"


def section(markdown: str, title: str) -> str:
    match = re.search(rf"^## (\d+)\. {title}\n(.*?)(?=^## )", markdown, re.MULTILINE | re.DOTALL)
    assert match, title
    return match[2]


def test_the_example_records_its_exploration_in_every_format() -> None:
    result = evaluate_file(EXAMPLE)
    markdown = render(result, "md", "de").decode()
    market = section(markdown, "Markterkundung")
    assert (
        "Vor der Beschaffung wurde ein Katalog öffentlicher Software (publiccode.yml) nach "
        "Open-Source- und Nachnutzungslösungen durchsucht, zuletzt am 12.10.2026: 3 Suchen, "
        "5 Treffer (5 zurückgestellt)."
    ) in market
    assert "| publiccode-corpus | 01.10.2026 | 196 |" in market
    assert "| Personenstandswesen | – | 12.10.2026 | 0 |" in market
    assert "| anagrafe | – | 12.10.2026 | 19 |" in market
    assert (
        "| SIAVr (publiccode-corpus) | github.com/aziendazero/siavr | zurückgestellt: passt "
        "nicht zum Bedarf (regionales Impfregister) |"
    ) in market
    # the section follows "why no open-source solution", which refers to it
    why = section(markdown, "Warum keine Open-Source-Lösung")
    assert why.rstrip().endswith(
        "Die Markterkundung (Abschnitt „Markterkundung“) hat 3 Suchen in 1 Katalog "
        "festgehalten, zuletzt am 12.10.2026: 5 Treffer (5 zurückgestellt)."
    )
    english = section(render(result, "md", "en").decode(), "Market exploration")
    assert "| GISA Campania (publiccode-corpus) | github.com/regione-campania/gisa | set " in (
        english
    )
    assert "set aside: not relevant to the need (Veterinärwesen" in english

    page = Page()
    page.feed(render(result, "html", "en").decode("utf-8"))
    assert re.search(r"\d+\. Market exploration", page.plain)
    assert "Hits and what became of them" in page.plain
    assert "github.com/aziendazero/screening" in page.plain

    reader = PdfReader(io.BytesIO(render(result, "pdf", "de")))
    pdf = flat("\n".join(p.extract_text() for p in reader.pages))
    assert flat("3. Markterkundung") in pdf
    assert flat("Treffer und ihr Verbleib") in pdf
    assert flat("Krebsfrüherkennung") in pdf


def test_the_json_result_carries_the_exploration() -> None:
    data = json.loads(render(evaluate_file(EXAMPLE), "json", "en"))
    # 1.4 carries the exploration; the example's excluded open-source alternatives make it 1.5
    assert data["schema_version"] == "1.5" and data["decisive"]["exclusions"]
    recorded = data["request"]["market_exploration"]
    assert recorded["catalogues"] == [
        {"name": "publiccode-corpus", "snapshot": "2026-10-01", "entries": 196}
    ]
    assert [s["query"] for s in recorded["searches"]] == [
        "Personenstandswesen",
        "Standesamt",
        "anagrafe",
    ]
    assert recorded["hits"][1] == {
        "repository": "github.com/aziendazero/siavr",
        "name": "SIAVr",
        "catalogue": "publiccode-corpus",
        "outcome": "set-aside",
        "alternative": None,
        "reason": "not-relevant",
        "note": "regionales Impfregister",
    }
    assert recorded["searched_on"] == "2026-10-12"
    assert recorded["stale"] is False and recorded["finished"] is True


def test_without_an_exploration_the_result_keeps_its_shape() -> None:
    data = json.loads(render(evaluate_file(CASES / "valid" / "minimal.yaml"), "json", "en"))
    assert "market_exploration" not in data["request"]
    assert data["schema_version"] == "1.3"
    markdown = render(evaluate_file(CASES / "valid" / "minimal.yaml"), "md", "en").decode()
    assert "Market exploration" not in markdown


def _markdown(tmp_path: Path, **fields: Any) -> str:
    data = request(
        alternative("prop", "proprietary", 3, 2),
        alternative("oss", "open-source", 4, 4, r1="partial"),
        proposed="prop",
        justification="The open tool only partly meets R1.",
        **fields,
    )
    return render(evaluate(tmp_path, data), "md", "en").decode()


def test_a_stale_or_unfinished_exploration_says_so(tmp_path: Path) -> None:
    recorded = exploration(hit("GISA"), hit("Oss", alternative="oss"), searched="2025-01-15")
    market = section(_markdown(tmp_path, market_exploration=recorded), "Market exploration")
    assert (
        "**The newest search, of 2025-06-01, is older than the catalogue's evidence expiry "
        "(12 months before the request date); new software may have appeared since.**"
    ) in market
    assert (
        "**The market exploration is not finished: not every hit is taken in or set aside.**"
    ) in market
    assert "| GISA | github.com/example/gisa | open |" in market
    assert "| Oss | github.com/example/oss | taken in as Oss |" in market
    assert "2 hits (1 taken in as an alternative, 1 without an outcome)" in market


def test_the_exploration_in_words_has_its_place_in_the_section(tmp_path: Path) -> None:
    words = "Call for information under § 28 VgV, 2026-09: no open-source offer."
    markdown = _markdown(tmp_path, market_search=words)
    market = section(markdown, "Market exploration")
    assert "The request records no search of catalogues of public software." in market
    assert f"**Market exploration in words:**\n\n> {words}" in market
    assert 'How the market was explored is set out in the section "Market exploration".' in (
        section(markdown, "Why no open-source solution")
    )
    # it is no longer repeated in the summary
    assert words not in section(markdown, "Summary")


def test_the_workbook_has_a_market_exploration_sheet() -> None:
    import openpyxl

    result = evaluate_file(EXAMPLE, draws=0)
    book = openpyxl.load_workbook(io.BytesIO(render(result, "xlsx", "en")))
    assert book.sheetnames[-1] == "Market exploration"
    rows = [
        tuple(v for v in row if v is not None)
        for row in book["Market exploration"].iter_rows(values_only=True)
    ]
    assert ("Catalogue", "Snapshot", "Entries") in rows
    assert ("publiccode-corpus", "2026-10-01", 196) in rows
    assert ("anagrafe", "–", "2026-10-12", 19) in rows
    assert (
        "Screening (publiccode-corpus)",
        "github.com/aziendazero/screening",
        "set aside: not relevant to the need (Krebsfrüherkennung)",
    ) in rows
    # without an exploration there is no such sheet
    plain = evaluate_file(CASES / "valid" / "minimal.yaml", draws=0)
    assert (
        "Market exploration"
        not in openpyxl.load_workbook(io.BytesIO(render(plain, "xlsx", "en"))).sheetnames
    )
