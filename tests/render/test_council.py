# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The council paper: the financial effects by budget year, the sign-off, and the short
version with the full report as its appendix (``--short``)."""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import shutil
from pathlib import Path

from ossfirst import api
from ossfirst.model.result import Result
from ossfirst.render import FORMATS, SHORT_FORMATS, RenderOptions, sections
from ossfirst.render.document import Document, Paragraph, Subheading, Table
from ossfirst.render.short import APPENDIX
from tests.conftest import EXAMPLES

ISSUED = dt.datetime(2027, 1, 15, tzinfo=dt.UTC)


@functools.cache
def result(name: str) -> Result:
    return api.evaluate_file(EXAMPLES / f"{name}.yaml")


def built(r: Result, lang: str = "en", *, short: bool = False) -> Document:
    return sections.build(r, RenderOptions(lang=lang, issued=ISSUED, short=short))


def section(doc: Document, anchor: str) -> list:  # type: ignore[type-arg]
    [found] = [s for s in doc.sections if s.id == anchor]
    return list(found.blocks)


def rows(table: Table) -> dict[str, list[str]]:
    # a number keeps its unit on its line: a no-break space between them
    return {
        row.cells[0].text: [c.text.replace("\u00a0", " ") for c in row.cells[1:]]
        for row in table.rows
    }


def changed(tmp_path: Path, name: str, extra: str) -> Result:
    """The example ``name`` with ``extra`` (top-level keys) added, evaluated."""
    source = (EXAMPLES / f"{name}.yaml").read_text("utf-8")
    path = tmp_path / f"{name}.yaml"
    path.write_text(source.replace("\nneed:", f"\n{extra}\nneed:", 1), "utf-8")
    shutil.copytree(EXAMPLES / "evidence", tmp_path / "evidence")
    return api.evaluate_file(path)


# -- financial effects -----------------------------------------------------------------------


def test_the_budget_is_shown_always_and_the_years_count_from_the_request_without_a_first_year() -> (
    None
):
    blocks = section(built(result("videoconferencing")), "finance")
    budget, years = [b for b in blocks if isinstance(b, Table)]
    facts = rows(budget)
    assert facts["Budget"] == ["not stated"]
    assert facts["Budget line / product"] == ["not stated"]
    assert facts["First budget year"] == ["not stated; counted from 2026, the year of the request"]
    assert facts["Against the budget"] == [
        "no budget stated: the total cost is not checked against one"
    ]
    assert [row.cells[0].text for row in years.rows] == [*map(str, range(2026, 2032)), "Total"]


def test_budget_line_and_first_budget_year_name_the_years_and_the_budget_is_checked(
    tmp_path: Path,
) -> None:
    r = changed(
        tmp_path,
        "office-suite",
        "budget_line: 'Produkt 1.1.4.01, Sachkonto 7831000'\nfirst_budget_year: 2028",
    )
    e = r.alternative("libreoffice").economics
    budget, years = [b for b in section(built(r), "finance") if isinstance(b, Table)]
    facts = rows(budget)
    assert facts["Budget"] == ["1,000,000.00 EUR"]
    assert facts["Budget line / product"] == ["Produkt 1.1.4.01, Sachkonto 7831000"]
    assert facts["First budget year"] == ["2028"]
    assert facts["Total cost over 5 years (nominal)"] == ["594,000.00 EUR"]
    assert e.nominal_total == 594000
    assert facts["Against the budget"] == ["within the budget, with 406,000.00 EUR to spare"]
    shown = {row.cells[0].text: row.cells[1].text for row in years.rows}
    assert list(shown) == ["2028", "2029", "2030", "2031", "2032", "2033", "Total"]
    assert shown["2028"] == "366,000.00"  # the one-time costs
    assert shown["2033"] == "93,600.00"  # the last year's costs and the exit
    assert shown["Total"] == "594,000.00"


def test_a_budget_too_small_is_named_with_the_amount_above_it(tmp_path: Path) -> None:
    source = (EXAMPLES / "office-suite.yaml").read_text("utf-8")
    path = tmp_path / "office-suite.yaml"
    path.write_text(re.sub(r"^budget: \d+", "budget: 500000", source, flags=re.M), "utf-8")
    shutil.copytree(EXAMPLES / "evidence", tmp_path / "evidence")
    r = api.evaluate_file(path)
    blocks = section(built(r, "de"), "finance")
    budget = next(b for b in blocks if isinstance(b, Table))
    text = " ".join(c.text for row in budget.rows for c in row.cells)
    if r.verdict.proposed and r.alternative(r.verdict.proposed).economics.nominal_total > 500000:
        assert "über dem Budget um" in text
    else:  # the budget excluded the proposal: the recommendation is shown
        assert "Budget" in text


def test_the_difference_to_the_recommendation_is_said_in_words_and_signed_by_year() -> None:
    r = result("proprietary-without-justification")
    proposed, recommended = r.verdict.proposed, r.verdict.recommended
    assert proposed and recommended and proposed != recommended
    blocks = section(built(r), "finance")
    years = [b for b in blocks if isinstance(b, Table)][1]
    assert [c.label for c in years.columns][-1] == "Proposal more (+) / less (−)"
    total = years.rows[-1]
    assert total.strong
    a, b = r.alternative(proposed).economics, r.alternative(recommended).economics
    difference = a.nominal_total - b.nominal_total
    assert difference > 0
    assert total.cells[-1].text == f"+{difference:,.2f}"
    said = [b for b in blocks if isinstance(b, Paragraph) and b.strong][-1]
    sentence = " ".join(" ".join(lines) for lines in said.paragraphs).replace("\u00a0", " ")
    assert f"costs {difference:,.2f} EUR more than the recommended alternative" in sentence
    # the first year, when the recommended alternative's one-time costs are higher
    first = years.rows[0].cells[-1].text
    assert first.startswith("−") == (a.cash_flows[0].nominal < b.cash_flows[0].nominal)


# -- the short version --------------------------------------------------------------------------


def test_the_short_version_is_the_council_sections_then_the_report_as_its_appendix() -> None:
    r = result("specialised-procedure")
    full, short = built(r, "de"), built(r, "de", short=True)
    assert [s.id for s in short.sections] == [
        "summary", "why-no-oss", "finance", "signoff", APPENDIX
    ]  # fmt: skip
    assert short.title == "Kurzfassung der Begründung der Beschaffungsentscheidung"
    appendix = short.sections[-1]
    assert appendix.title == "Anlage: Vollständiger Bericht"
    headings = [b.text for b in appendix.blocks if isinstance(b, Subheading) and b.level == 3]
    assert headings == [f"{s.number}. {s.title}" for s in full.sections]
    # the appendix holds every table of the report, numbered A1, A2, ...
    tables = [b for b in appendix.blocks if isinstance(b, Table)]
    assert [t.caption for t in tables] == [
        b.caption for s in full.sections for b in s.blocks if isinstance(b, Table)
    ]
    assert [t.label for t in tables] == [f"Tabelle A{i}" for i in range(1, len(tables) + 1)]
    # the summary of the short version leaves out what the report adds to it
    summary = short.sections[0].blocks
    assert len(summary) < len(full.sections[0].blocks) + 1
    assert "Anlage (Abschnitt 5)" in " ".join(
        line for b in summary if isinstance(b, Paragraph) for p in b.paragraphs for line in p
    )


def test_the_sign_off_names_what_is_missing_and_what_is_given(tmp_path: Path) -> None:
    r = changed(
        tmp_path,
        "office-suite",
        "prepared_by: {name: A. Example, role: Head of IT, date: 2026-10-01}\n"
        "involvement:\n  staff_council: {date: 2026-10-20}\n"
        "  data_protection_officer: {required: false, note: no personal data}",
    )
    blocks = section(built(r, short=True), "signoff")
    signoff, involvement = [b for b in blocks if isinstance(b, Table)]
    assert rows(signoff) == {
        "Prepared by": ["A. Example", "Head of IT", "2026-10-01"],
        "Approved by": ["still missing"] * 3,
    }
    assert rows(involvement) == {
        "Data protection officer": ["not required: no personal data"],
        "Staff council": ["involved on 2026-10-20"],
        "Representative of disabled employees": ["not stated"],
    }
    # the report has the section when the request states any of it, and not otherwise
    assert any(s.id == "signoff" for s in built(r).sections)
    assert not any(s.id == "signoff" for s in built(result("office-suite")).sections)


def test_the_award_procedure_is_named_in_the_terms_of_its_rules(tmp_path: Path) -> None:
    def line(procurement: str, lang: str = "de") -> str | None:
        where = tmp_path / str(len(list(tmp_path.iterdir())))
        where.mkdir()
        r = changed(where, "office-suite", f"procurement: {procurement}")
        meta = {f.label: f.value for f in built(r, lang).meta}
        short = {f.label: f.value for f in built(r, lang, short=True).meta}
        key = "Vergabe" if lang == "de" else "Award procedure"
        assert meta.get(key) == short.get(key)
        return meta.get(key)

    # UVgO has names of its own below the EU threshold; the VgV's are those of the GWB
    assert line(
        "{rules: uvgo, threshold: below-eu, procedure: negotiated, competition: false}"
    ) == ("UVgO, unterhalb des EU-Schwellenwerts: Verhandlungsvergabe ohne Teilnahmewettbewerb")
    assert line("{rules: vgv, threshold: above-eu, procedure: negotiated}") == (
        "VgV, oberhalb des EU-Schwellenwerts: Verhandlungsverfahren"
    )
    assert line("{rules: vgv, procedure: open}", "en") == "VgV: open procedure"
    assert line("{procedure: framework-call-off, note: Rahmenvertrag 2025/17}") == (
        "Abruf aus einer Rahmenvereinbarung; Rahmenvertrag 2025/17"
    )
    assert line("{note: noch offen}") == "noch offen"
    # a request without it has no such line; one with an empty table neither
    assert line("{}") is None
    meta = {f.label for f in built(result("office-suite")).meta}
    assert "Award procedure" not in meta


def test_the_short_version_fits_on_two_pages_before_its_appendix() -> None:
    from pypdf import PdfReader

    for name in ("videoconferencing", "proprietary-without-justification"):
        pdf = api.render(result(name), "pdf", "de", issued=ISSUED, short=True)
        pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
        start = next(i for i, text in enumerate(pages) if "Anlage: Vollständiger Bericht" in text)
        assert start <= 2, name  # the appendix starts on page 2 or 3
        assert "Finanzielle Auswirkungen" in " ".join(pages[:start])


def test_every_format_a_person_reads_has_the_short_version() -> None:
    assert set(SHORT_FORMATS) == set(FORMATS) - {"json", "xlsx"}


def test_short_writes_the_short_version_beside_the_report_and_refuses_machine_formats(
    cli, tmp_path: Path
) -> None:
    request = EXAMPLES / "videoconferencing.yaml"
    run = cli("evaluate", request, "-f", "md,html", "--short", "-d", tmp_path, "-q")
    assert run.code == 0, run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "2026-IT-017.short.html", "2026-IT-017.short.md"
    ]  # fmt: skip
    assert (
        (tmp_path / "2026-IT-017.short.md")
        .read_text("utf-8")
        .startswith("# Kurzfassung der Begründung der Beschaffungsentscheidung")
    )
    run = cli("evaluate", request, "-f", "md,json", "--short", "-d", tmp_path, "-q")
    assert run.code == 2
    assert "--short is for md, html, pdf, docx, odt, not for json" in run.stderr
