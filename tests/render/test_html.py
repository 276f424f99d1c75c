# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The HTML report, parsed: one self-contained file, accessible structure, escaped request
text, both languages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import pytest

from ossfirst.api import evaluate_file, render
from ossfirst.render import html
from tests.conftest import CASES, EXAMPLES, example_paths

INJECTION = CASES / "markup" / "injection.yaml"
VOID = {"meta", "br", "link", "img", "input", "hr", "col", "area", "base", "source", "wbr"}
SVG_EMPTY = {"rect", "line", "polygon", "path", "circle"}


@dataclass
class Page(HTMLParser):
    """The tags, attributes and text of a document; checks that tags are balanced."""

    tags: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    open: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
            return
        self.open.pop()

    def handle_data(self, data: str) -> None:
        if self.open and self.open[-1] in ("style", "script"):
            return
        self.text.append(data)

    def all(self, name: str) -> list[dict[str, str]]:
        return [attrs for tag, attrs in self.tags if tag == name]

    @property
    def plain(self) -> str:
        return " ".join(" ".join(self.text).split())


@cache
def html_of(path: Path, lang: str | None = None) -> str:
    return render(evaluate_file(path), "html", lang).decode("utf-8")


@cache
def page_of(path: Path, lang: str | None = None) -> Page:
    page = Page()
    page.feed(html_of(path, lang))
    page.close()
    return page


@pytest.mark.parametrize("example", [*example_paths(), INJECTION], ids=lambda p: p.stem)
def test_well_formed_and_self_contained(example: Path) -> None:
    page = page_of(example)
    assert not page.errors, page.errors[:5]
    assert page.open == []
    assert not page.all("script") and not page.all("link") and not page.all("img")
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "xlink:href", "action"):
                assert value.startswith("#"), (tag, name, value)
    [policy] = [m for m in page.all("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in policy["content"]
    assert "url(" not in html_of(example).replace("url(#fig", "")


@pytest.mark.parametrize("example", example_paths(), ids=lambda p: p.stem)
def test_accessible_structure(example: Path) -> None:
    page = page_of(example)
    result = evaluate_file(example)
    [root] = page.all("html")
    assert root["lang"] == result.request.language
    assert len(page.all("main")) == 1 and page.all("nav") and page.all("header")
    assert len(page.all("h1")) == 1
    tables = page.all("table")
    assert tables and len(page.all("caption")) == len(tables)
    headers = page.all("th")
    assert headers and all(th.get("scope") in ("col", "row") for th in headers)
    charts = [svg for svg in page.all("svg") if svg.get("role") == "img"]
    # the two charts of the dimensions, and the random weightings when there are any
    random = result.sensitivity is not None and result.sensitivity.monte_carlo is not None
    assert len(charts) == 2 + random
    ids = {attrs["id"] for _, attrs in page.tags if "id" in attrs}
    for chart in charts:
        assert all(part in ids for part in chart["aria-labelledby"].split())
    assert len(page.all("title")) == 1 + len(charts)  # the document's and each chart's
    assert len(ids) == len([1 for _, attrs in page.tags if "id" in attrs])  # ids are unique
    for section in page.all("section"):
        assert section["aria-labelledby"] in ids


def test_request_text_cannot_inject_markup_or_script() -> None:
    page = page_of(INJECTION)
    text = page.plain
    for literal in (
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "</style><style>body{display:none}</style>",
        "</blockquote><script>alert(2)</script>",
        "{{ 7*7 }}",
        "[Link](javascript:alert(1)) <b>x</b>",
        "Grüße 10 €",
        "Emoji 😀 und Chinesisch 中文",
        "</th></tr><script>alert(3)</script>",
        "<td colspan=9>Zelle</td> Abweichung aus dem Antrag",
    ):
        assert literal in text, literal
    assert not [t for t, _ in page.tags if t in ("script", "img", "b", "style")][1:]  # one <style>
    assert page.all("style") == [{}]


def test_both_languages_with_numbers_and_dates_in_their_form() -> None:
    example = EXAMPLES / "videoconferencing.yaml"
    german, english = page_of(example, "de").plain, page_of(example, "en").plain
    assert "Begründung der Softwareauswahl" in german and "368.518,38 EUR" in german
    assert "20.11.2026" in german and "Abbildung 1" in german and "Tabelle 1" in german
    assert "Justification of the software selection" in english and "368,518.38 EUR" in english
    assert "2026-11-20" in english and "Figure 1" in english and "Table 1" in english
    assert 'lang="en"' in html_of(example, "en")


def test_page_counters_for_print_in_the_report_language() -> None:
    german = html_of(EXAMPLES / "videoconferencing.yaml", "de")
    assert 'content: "Seite " counter(page) " von " counter(pages);' in german
    assert "@media print" in german and "size: A4" in german


def test_byte_identical_across_runs() -> None:
    result = evaluate_file(EXAMPLES / "web-cms.yaml")
    assert render(result, "html") == render(result, "html")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Antrag 1", '"Antrag 1"'),
        ('a"b', '"a\\22 b"'),
        ("</style>", '"\\3c \\2f style\\3e "'),
        ("x\\y", '"x\\5c y"'),
        ("Grüße", '"Gr\\fc \\df e"'),
    ],
)
def test_css_strings_escape_everything_that_could_end_them(value: str, expected: str) -> None:
    assert html.css_string(value) == expected


@dataclass
class Table:
    caption: str
    headers: list[str]
    rows: list[list[str]]


def tables_of(text: str) -> list[Table]:
    """Each table of a report: its caption, column headings and the text of each body row."""
    found = []
    for chunk in text.split("<table>")[1:]:
        body = chunk.split("</table>", 1)[0]
        caption, head, rows = Page(), Page(), []
        caption.feed(body.split("</caption>", 1)[0])
        head.feed(body.split("</thead>", 1)[0].split("</caption>", 1)[1])
        for row in body.split("<tbody>", 1)[1].split("</tr>")[:-1]:
            cells = [Page() for _ in row.split("</t")[:-1]]
            for page, part in zip(cells, re.split(r"</t[hd]>", row), strict=False):
                page.feed(part)
            rows.append([page.plain for page in cells])
        found.append(Table(caption.plain, [th for th in head.text if th.strip()], rows))
    return found


def test_evidence_tables_have_captions_headings_and_a_row_per_fact() -> None:
    example = EXAMPLES / "videoconferencing.yaml"
    result = evaluate_file(example)
    # by caption without its number ("Tabelle 15: ")
    tables = {t.caption.split(": ", 1)[1]: t for t in tables_of(html_of(example))}
    jitsi = result.alternative("jitsi")
    scorecard = tables[f"Prüfungen der OpenSSF Scorecard: {jitsi.name}"]
    assert scorecard.headers == ["Prüfung", "Risiko", "Gewicht", "Ergebnis", "Befund", "betrifft"]
    assert jitsi.evidence.scorecard is not None
    assert len(scorecard.rows) == len(jitsi.evidence.scorecard.checks)
    assert scorecard.rows[0] == [
        "Binary-Artifacts",
        "hoch",
        "7,5",
        "10/10",
        "no binaries found in the repo",
        "Sichere Entwicklung und Lieferkette",
    ]
    screening = tables[f"Offene Standards: {jitsi.name}"]
    assert screening.headers[2:] == [
        "freie Spezifikation",
        "lizenzgebührenfrei",
        "offene Beteiligung",
        "unabhängige Pflege",
        "offen",
    ]
    publiccode = tables[f"Angaben der publiccode.yml: {jitsi.name}"]
    assert ["Offene Abhängigkeiten", "Prosody ≥ 0.12, OpenJDK ≥ 17, nginx (optional)"] in (
        publiccode.rows
    )
    audit = tables["Prüfpfad"]
    evidence = [row for row in audit.rows if row[0].startswith("Nachweisdatei ")]
    assert len(evidence) == len(result.audit.evidence)
    for row, ref in zip(evidence, result.audit.evidence, strict=True):
        assert row[1] == f"{ref.file} SHA-256 {ref.sha256}"


def test_recorded_deviations_are_a_table_with_the_justification() -> None:
    request = EXAMPLES / "repo" / "requests" / "2026" / "2026-34-004-standesamt.yaml"
    [deviations] = [
        t for t in tables_of(html_of(request, "en")) if "Recorded deviations" in t.caption
    ]
    assert deviations.headers == [
        "Rule",
        "Alternative",
        "Criterion",
        "Decision",
        "Approved by",
        "Valid until",
        "Justification",
    ]
    [row] = deviations.rows
    assert row[:6] == [
        "stale-evidence",
        "Eigenentwicklung auf Basis von Flowable",
        "Security attestations and certifications",
        "Vermerk 10/2026-118",
        "Dr. M. Kaiser, Leitung Amt 10",
        "2027-06-30",
    ]
    assert row[6].startswith("Die Eigenentwicklung scheidet an den Muss-Anforderungen")


HOSTILE = '<script>alert("x")</script> & Co. \'KG\' "Name" &amp; &#60; </style> ]]> <!-- x -->'


@pytest.mark.parametrize(
    "value", [HOSTILE, "", "plain", "a&b", "\"'", "<>", "&&amp;", "Grüße 😀", "\u2068עברית\u2069"]
)
def test_escaping_is_markupsafe_s(value: str) -> None:
    from markupsafe import escape

    assert html.escape(value) == str(escape(value))


def test_hostile_text_in_every_part_of_the_document_stays_text() -> None:
    """Every string of a document (names, notes, captions, labels of charts and legends,
    the title block, the dashboard's links and key figures) with markup, ampersands and
    both quotes: shown as written, as text, and never as a tag or an attribute of its
    own."""
    from ossfirst.render import charts
    from ossfirst.render.document import (
        Bullets,
        Cell,
        Column,
        Document,
        Entry,
        Field,
        Figure,
        KeyFigures,
        LegendItem,
        Note,
        Paragraph,
        Quote,
        Row,
        Section,
        Subheading,
        Tile,
        Verdict,
    )
    from ossfirst.render.document import Table as Tab

    h = HOSTILE
    chart = {
        "width": 100.0,
        "height": 50.0,
        "shapes": [
            {"kind": "text", "x": 1.0, "y": 2.0, "w": 30.0, "lines": [h, h], "size": 7.0,
             "align": "middle", "bold": True},
            {"kind": "rect", "x": 1, "y": 2, "w": 3, "h": 4, "series": 1},
        ],
    }  # fmt: skip
    blocks = (
        Paragraph(((h, h), (h,))),
        Paragraph(((h,),), strong=True),
        Bullets((Entry(h, h), Entry("", h), Entry(h, h, link=h))),
        KeyFigures(h, h, (Tile(h, h, h),)),
        Quote(h, ((h,),)),
        Verdict(True, (Field(h, h),), h),
        Tab(
            h,
            h,
            (Column(h, "left"), Column(h, "right")),
            (
                Row((Cell(h, (Note(h), Note(h, mono=True))), Cell(h, mono=True))),
                Row((Cell(h, strong=True), Cell(h)), strong=True),
                Row((Cell(h, link=h), Cell(h))),
            ),
        ),
        Figure(h, h, h, chart, (LegendItem(h, 0, "fill", []), LegendItem(h, 1, "line", [[1, 2]]))),
        Subheading(h, 4),
    )
    doc = Document(
        lang="de",
        title=h,
        request_title=h,
        subtitle=h,
        organisation=h,
        department=h,
        request_id=h,
        header=h,
        footer=(h, "{page}"),
        meta=(Field(h, h),),
        contents=h,
        skip=h,
        sections=(Section("s", 1, h, blocks),),
        series=charts.SERIES,
        issued="2026-11-27",
        tool=h,
    )
    written = html.write(doc, "body { color: black; }")
    page = Page()
    page.feed(written)
    page.close()
    assert not page.errors and page.open == []
    assert not page.all("script") and page.all("style") == [{}]
    assert "<!--" not in written and "]]>" not in written
    # every string is there as written: 4 in the title block, the rest in the blocks
    assert page.plain.count(h) >= 30
    # the meta description and the generator are attributes: whole, quotes and all
    metas = {m.get("name"): m.get("content") for m in page.all("meta")}
    assert metas["description"] == h and metas["generator"] == h
    # a link's target and the key figures' label are attribute values, whole
    assert [a["href"] for a in page.all("a")][-2:] == [h, h]
    assert [u["aria-label"] for u in page.all("ul") if "aria-label" in u] == [f"{h}: {h}"]
    # in the stylesheet only as CSS strings, which nothing can end
    style = written.split("<style>", 1)[1].split("</style>", 1)[0]
    assert "<" not in style and html.css_string(h) in style


def test_a_long_table_is_handed_on_in_pieces_while_its_rows_are_made() -> None:
    """The dashboard's lists of all requests are not held whole: the page is handed on
    every hundred rows, before the next rows are made."""
    from ossfirst.render import charts
    from ossfirst.render.document import Cell, Column, Document, Row, Section
    from ossfirst.render.document import Table as Tab

    made: list[int] = []

    def rows() -> Iterator[Row]:
        for i in range(250):
            made.append(i)
            yield Row((Cell(f"row-{i}"),))

    table = Tab("T", "caption", (Column("c"),), rows())
    doc = Document(
        lang="en", title="t", request_title="r", subtitle="s", organisation="o",
        department="", request_id="", header="h", footer=("{page}",), meta=(), contents="c",
        skip="s", sections=(Section("a", 1, "A", (table,)),), series=charts.SERIES,
        issued="2026-11-27", tool="ossfirst",
    )  # fmt: skip
    handed: list[tuple[str, int]] = [(piece, len(made)) for piece in html.pieces(doc, "")]
    assert len(handed) == 3  # rows 0-99, rows 100-199, the rest and the page's end
    assert handed[0][0].endswith("row-99</th>\n</tr>\n") and handed[0][1] == 100
    assert handed[1][0].startswith("<tr>\n") and handed[1][1] == 200
    page = "".join(piece for piece, _ in handed)
    assert page.count("<tr>") == 251 and page.endswith("</html>\n")
