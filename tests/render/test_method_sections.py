# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The decision methods in the HTML and PDF reports: every variant the examples do not
show (simple Richtwertmethode with a proprietary winner, price as points, strict selection,
no random weightings, assessors who disagree, combined by their mean) says in the document
what the Markdown report says, and typesets."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from ossfirst.api import render
from ossfirst.model.result import Result
from ossfirst.render import RenderOptions, markdown, sections
from ossfirst.render.document import Figure, Table
from tests.engine.requests import alternative, evaluate, request, tiny_extension
from tests.render.test_document import build
from tests.render.test_html import Page
from tests.render.test_pdf import flat


def _local(tmp_path: Path, policy: str) -> str:
    return tiny_extension(tmp_path, f"policy: {policy}\n").name


def ufab_simple(tmp_path: Path) -> Result:
    # oss: L 75 for 4,000 EUR; prop: L 75 for 2,000 EUR, Z 100 % ahead: prop is recommended
    return evaluate(
        tmp_path,
        request(
            alternative("oss", "open-source", 4, 2, yearly=2000),
            alternative("prop", "proprietary", 2, 4, yearly=1000),
            alternative("out", "proprietary", 0, 4, yearly=500),
            award={"method": "ufab-simple"},
            proposed="prop",
            justification="Half the price for the same performance.",
        ),
    )


def price_points(tmp_path: Path) -> Result:
    return evaluate(
        tmp_path,
        request(
            alternative("oss", "open-source", 4, 3, yearly=1200),
            alternative("prop", "proprietary", 3, 4, yearly=1000),
            alternative("out", "proprietary", 4, 4, legal=False),
            award={"method": "price-points", "conversion": "one-sided", "price_weight": 0.3},
        ),
    )


def strict(tmp_path: Path) -> Result:
    return evaluate(
        tmp_path,
        request(
            alternative("top", "open-source", 4, 1),
            alternative("short", "open-source", 3, 4),
            alternative("bottom", "open-source", 4, None),
            strict_selection={"critical": ["quality.fit"], "relevant": ["sovereignty.control"]},
        ),
    )


def unverified(tmp_path: Path) -> Result:
    return evaluate(
        tmp_path,
        request(
            alternative("a", "open-source", 4, None),
            alternative("b", "proprietary", 3, 3),
            catalogue=_local(tmp_path, "{missing_data: renormalise}"),
            strict_selection={"critical": ["sovereignty.control"]},
        ),
    )


def no_random_weightings(tmp_path: Path) -> Result:
    return evaluate(
        tmp_path,
        request(alternative("a", "open-source", 4, 2), alternative("b", "open-source", 2, 4)),
        draws=0,
    )


def disagreeing_assessors(tmp_path: Path) -> Result:
    def panel(*entries: tuple[str, int, str | None]) -> dict[str, Any]:
        return {
            "scores": [
                {"assessor": name, "score": level, **({"rationale": why} if why else {})}
                for name, level, why in entries
            ],
            "rationale": "Pilot.",
            "evidence": "Pilot report",
            "assessed_on": "2026-10-01",
        }

    a = alternative("a", "open-source", 3, 3)
    a["assessments"]["quality.fit"] = panel(
        ("A. Lang", 4, None), ("B. Kurz", 1, "Forms unlabelled."), ("C. Mittel", 3, None)
    )
    return evaluate(
        tmp_path,
        request(
            a,
            alternative("b", "proprietary", 2, 2),
            catalogue=_local(tmp_path, "{assessors: {aggregate: mean}}"),
        ),
    )


VARIANTS = [ufab_simple, price_points, strict, unverified, no_random_weightings]
VARIANTS += [disagreeing_assessors]


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("variant", VARIANTS, ids=lambda f: f.__name__)
def test_the_markdown_writer_shows_every_section_table_and_figure(
    variant: Any, lang: str, tmp_path: Path
) -> None:
    result = variant(tmp_path)
    text = render(result, "md", lang).decode("utf-8")
    doc = sections.build(result, RenderOptions(lang=lang))
    headings = re.findall(r"^## (\d+)\. (.+)$", text, re.MULTILINE)
    assert headings == [(str(s.number), markdown.inline(s.title)) for s in doc.sections]
    for block in (b for s in doc.sections for b in s.blocks):
        if isinstance(block, Table | Figure):
            lead = f"**{markdown.inline(block.label)}:** {markdown.inline(block.caption)}"
            assert f"\n{lead}\n" in text
        if isinstance(block, Figure):
            assert f"\n{markdown.inline(block.alt)}\n" in text


def plain(result: Result, lang: str) -> str:
    page = Page()
    page.feed(render(result, "html", lang).decode("utf-8"))
    assert not page.errors and page.open == []
    return page.plain


def pdf_text(result: Result, lang: str) -> str:
    reader = PdfReader(io.BytesIO(render(result, "pdf", lang)))
    return flat("\n".join(p.extract_text() for p in reader.pages))


def test_the_simple_richtwertmethode_with_a_proprietary_winner(tmp_path: Path) -> None:
    result = ufab_simple(tmp_path)
    said = [
        "Simple Richtwertmethode after the UfAB: ratio Z = L / P, the highest ratio wins.",
        "ratio Z of Prop 100.00 % higher (margin 10.00 %)",
        "Prop ranks ahead of Oss and its ratio Z is 100.00 % higher",
        "Award method: simple Richtwertmethode (UfAB)",
    ]
    # (the page's text with its white space, no-break spaces too, as single spaces)
    text, typeset = plain(result, "en"), pdf_text(result, "en")
    for sentence in said:
        assert sentence in text, sentence
        assert flat(sentence) in typeset, sentence
    # the excluded offer keeps its Z, marked, and no corridor column is shown
    assert re.search(r"– Out \d+\.\d\d [\d,.]+ EUR [\d,.]+ excluded", text)
    assert "in the corridor" not in text


def test_price_as_points_in_german(tmp_path: Path) -> None:
    result = price_points(tmp_path)
    text = plain(result, "de")
    assert "einseitige Interpolation 100 × (2 − P / Pmin)" in text
    assert "Wertung = 0,70 × L + 0,30 × Preispunkte" in text
    assert "Rang Alternative Leistung L Preis P Preispunkte Wertung" in text
    assert re.search(r"– Out [\d,]+ [\d.,]+ EUR – ausgeschlossen", text)
    assert flat("Vergabemethode: Preis in Punkten (UfAB)") in pdf_text(result, "de")


def test_strict_selection_excludes_and_is_disclosed(tmp_path: Path) -> None:
    text = plain(strict(tmp_path), "en")
    assert "strict selection: Fit is critical and has level 3" in text
    assert "strict selection: Control is relevant and not assessed (counts as 0)" in text
    assert "Strict selection (after QSOS)" in text and "Critical: Fit. Relevant: Control." in text


def test_an_unchecked_strict_selection_is_a_warning(tmp_path: Path) -> None:
    text = plain(unverified(tmp_path), "en")
    assert "A: strict selection on Control is not checked because the assessment is" in text


def test_without_random_weightings_there_is_no_chart_of_them(tmp_path: Path) -> None:
    result = no_random_weightings(tmp_path)
    doc = build(result, RenderOptions(lang="en"))
    assert len([b for s in doc["sections"] for b in s["blocks"] if b["type"] == "figure"]) == 2
    text = plain(result, "en")
    assert "No random weightings were drawn." in text
    assert "Random weightings" not in text
    assert "no random weightings." in text  # the method annex


def test_assessors_who_disagree_are_named_with_their_reasons(tmp_path: Path) -> None:
    result = disagreeing_assessors(tmp_path)
    text, typeset = plain(result, "en"), pdf_text(result, "en")
    for sentence in (
        # the mean of 4, 1, 3 is 2.67: a level with decimals
        "Fit (floor 1) 2.67/4",
        "Mean of 3 assessments: A. Lang 4, B. Kurz 1, C. Mittel 3 (spread 3: to be "
        "discussed). B. Kurz: Forms unlabelled. Pilot.",
        "assessments differ by 3 levels",
        "Several assessors: the levels are combined by their mean",
    ):
        assert sentence in text, sentence
        assert flat(sentence) in typeset, sentence
