# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The Word (docx) and OpenDocument (odt) reports and the short version.

The documents are read back independently (python-docx for Word, the XML of content.xml for
OpenDocument) and compared with the Markdown report of the same Result: the same words in
the same order. LibreOffice opens both and turns them into PDF with every heading, every
table and every figure caption (skipped with one line when soffice is missing).
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from ossfirst import api
from ossfirst.model.result import Result
from ossfirst.render import RenderOptions, document, sections
from ossfirst.render.document import Figure, Subheading, Table
from tests.conftest import EXAMPLES, system_tool

ISSUED = dt.datetime(2027, 1, 15, tzinfo=dt.UTC)
NS = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
}


@functools.cache
def result(name: str) -> Result:
    return api.evaluate_file(EXAMPLES / f"{name}.yaml")


def render(name: str, fmt: str, lang: str = "de", *, short: bool = False) -> bytes:
    return api.render(result(name), fmt, lang, issued=ISSUED, short=short)


def built(name: str, lang: str = "de", *, short: bool = False) -> document.Document:
    return sections.build(result(name), RenderOptions(lang=lang, issued=ISSUED, short=short))


# -- reading the documents back -----------------------------------------------------------


def _q(tag: str) -> str:
    prefix, local = tag.split(":")
    return f"{{{NS[prefix]}}}{local}"


def docx_text(data: bytes) -> list[str]:
    """The body of a Word file as text, paragraph by paragraph and cell by cell in reading
    order, with each image's alternative text where the image stands."""
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table as WordTable
    from docx.text.paragraph import Paragraph as WordParagraph

    word = docx.Document(io.BytesIO(data))
    found: list[str] = []

    def paragraph(p: WordParagraph) -> None:
        found.append(p.text)
        found.extend(d.get("descr", "") for d in p._p.iter(qn("wp:docPr")))

    def table(t: WordTable) -> None:
        for row in t.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    paragraph(p)
                for inner in cell.tables:
                    table(inner)

    for child in word.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph(WordParagraph(child, word))
        elif child.tag == qn("w:tbl"):
            table(WordTable(child, word))
    return found


def odt_text(data: bytes) -> list[str]:
    """The body of an OpenDocument text as text, in document order, with each image's
    description where the image stands."""
    root = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("content.xml"))
    body = root.find("office:body/office:text", NS)
    assert body is not None
    found: list[str] = []

    def inline(element: ET.Element) -> str:
        parts = [element.text or ""]
        for child in element:
            if child.tag in (_q("text:line-break"), _q("text:tab")):
                parts.append(" ")
            elif child.tag == _q("text:s"):
                parts.append(" " * int(child.get(_q("text:c"), "1")))
            elif child.tag == _q("draw:frame"):
                desc = child.find("svg:desc", NS)
                found.append(inline(desc) if desc is not None else "")
            elif child.tag != _q("svg:title"):
                parts.append(inline(child))
            parts.append(child.tail or "")
        return "".join(parts)

    def walk(element: ET.Element) -> None:
        for child in element:
            if child.tag in (_q("text:p"), _q("text:h")):
                at = len(found)
                found.insert(at, inline(child))
            else:
                walk(child)

    walk(body)
    return found


def markdown_text(data: bytes) -> list[str]:
    """The Markdown report as text: rendered (escapes, emphasis and tables resolved) and its
    tags removed."""
    html = MarkdownIt("commonmark").enable("table").render(data.decode("utf-8"))
    html = re.sub(r"<[^>]+>", " ", html)
    import html as entities

    return [entities.unescape(html)]


_LETTERHEAD = 1  # the organisation above the title, which the Markdown report does not show


def words(parts: list[str]) -> list[str]:
    """Text as words: white space, isolates and the brackets Markdown sets around a cell's
    notes leave no trace, nor the colon that joins the title to the request's title."""
    joined = " ".join(parts)
    joined = re.sub("[\u2066-\u2069]", "", joined).replace("(", " ").replace(")", " ")
    return [w.rstrip(":") for w in joined.split() if w.rstrip(":")]


# -- the same content as the Markdown report ----------------------------------------------


@pytest.mark.parametrize("short", [False, True], ids=["report", "short"])
@pytest.mark.parametrize(
    ("example", "lang"), [("videoconferencing", "de"), ("specialised-procedure", "en")]
)
def test_word_and_opendocument_say_what_the_markdown_report_says(
    example: str, lang: str, short: bool
) -> None:
    expected = words(markdown_text(render(example, "md", lang, short=short)))
    word = words(docx_text(render(example, "docx", lang, short=short))[_LETTERHEAD:])
    odt = words(odt_text(render(example, "odt", lang, short=short))[_LETTERHEAD:])
    assert len(expected) > 1000
    assert word == expected
    assert odt == expected


# -- structure -----------------------------------------------------------------------------


def _headings(doc: document.Document) -> list[tuple[int, str]]:
    found = []
    for section in doc.sections:
        found.append((1, f"{section.number}. {section.title}"))
        found += [(b.level - 1, b.text) for b in section.blocks if isinstance(b, Subheading)]
    return found


def _blocks(doc: document.Document, kind: type) -> list:  # type: ignore[type-arg]
    return [b for s in doc.sections for b in s.blocks if isinstance(b, kind)]


@pytest.mark.parametrize("short", [False, True], ids=["report", "short"])
def test_word_has_headings_tables_with_header_rows_and_charts_with_alternative_text(
    short: bool,
) -> None:
    import docx
    from docx.oxml.ns import qn

    doc = built("videoconferencing", short=short)
    word = docx.Document(io.BytesIO(render("videoconferencing", "docx", short=short)))
    headings = [
        (int(p.style.name.removeprefix("Heading ")), p.text)
        for p in word.paragraphs
        if p.style is not None and p.style.name.startswith("Heading ")
    ]
    assert headings == _headings(doc)
    # the built-in heading styles carry the outline level a navigation pane reads
    for level in {level for level, _ in headings}:
        style = word.styles[f"Heading {level}"].element
        outline = style.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        assert outline is not None and outline.get(qn("w:val")) == str(level - 1)
    captions = [p.text for p in word.paragraphs if p.style.name == "Caption"]
    tables, figures = _blocks(doc, Table), _blocks(doc, Figure)
    assert captions == [
        f"{b.label}: {b.caption}" for s in doc.sections for b in s.blocks
        if isinstance(b, Table | Figure)
    ]  # fmt: skip
    repeated = [
        t for t in word.tables
        if t.rows[0]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
    ]  # fmt: skip
    assert len(repeated) == len(tables)
    for table, block in zip(repeated, tables, strict=True):
        assert [c.text for c in table.rows[0].cells] == [c.label for c in block.columns]
        assert len(table.rows) == len(block.rows) + 1
    described = [d.get("descr") for d in word.element.body.iter(qn("wp:docPr"))]
    assert described == [f.alt for f in figures]
    assert len(word.inline_shapes) == len(figures) == 3
    # the language of every style, and the document's properties
    defaults = word.styles.element.find(qn("w:docDefaults"))
    assert 'w:val="de-DE"' in ET.tostring(defaults, encoding="unicode").replace("ns0:", "w:")
    props = word.core_properties
    assert props.language == "de-DE"
    assert props.title == f"{doc.title}: {doc.request_title}"
    assert props.author == "Stadt Musterstadt"
    assert props.created == props.modified == ISSUED
    section = word.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)


@pytest.mark.parametrize("short", [False, True], ids=["report", "short"])
def test_opendocument_has_headings_tables_with_header_rows_and_charts_with_descriptions(
    short: bool,
) -> None:
    doc = built("videoconferencing", "en", short=short)
    data = render("videoconferencing", "odt", "en", short=short)
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.namelist()[0] == "mimetype"
    assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    assert archive.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
    content = ET.fromstring(archive.read("content.xml"))
    headings = [
        (int(h.get(_q("text:outline-level"), "0")), "".join(h.itertext()))
        for h in content.iter(_q("text:h"))
    ]
    assert headings == _headings(doc)
    tables = _blocks(doc, Table)
    with_header = [
        t
        for t in content.iter(_q("table:table"))
        if t.find("table:table-header-rows", NS) is not None
    ]
    assert len(with_header) == len(tables)
    for table, block in zip(with_header, tables, strict=True):
        head = table.find("table:table-header-rows/table:table-row", NS)
        assert head is not None
        assert ["".join(c.itertext()) for c in head] == [c.label for c in block.columns]
        assert len(table.findall("table:table-row", NS)) == len(block.rows)
    figures = _blocks(doc, Figure)
    frames = list(content.iter(_q("draw:frame")))
    assert ["".join(f.find("svg:desc", NS).itertext()) for f in frames] == [f.alt for f in figures]  # type: ignore[union-attr]
    for frame in frames:
        image = frame.find("draw:image", NS)
        assert image is not None
        png = archive.read(image.get("{http://www.w3.org/1999/xlink}href", ""))
        assert png.startswith(b"\x89PNG")
    styles = ET.fromstring(archive.read("styles.xml"))
    default = styles.find("office:styles/style:default-style/style:text-properties", NS)
    assert default is not None
    assert (default.get(_q("fo:language")), default.get(_q("fo:country"))) == ("en", "GB")
    meta = archive.read("meta.xml").decode("utf-8")
    assert "<dc:language>en-GB</dc:language>" in meta
    assert "<meta:creation-date>2027-01-15T00:00:00</meta:creation-date>" in meta
    assert f"<dc:title>{doc.title}: {doc.request_title}</dc:title>" in meta


# -- the same bytes for the same inputs ------------------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_the_same_inputs_and_date_give_the_same_file(fmt: str) -> None:
    first = render("office-suite", fmt, "en", short=True)
    # a second Result of the same request, rendered a second later
    again = api.render(
        api.evaluate_file(EXAMPLES / "office-suite.yaml"), fmt, "en", issued=ISSUED, short=True
    )
    assert first == again
    archive = zipfile.ZipFile(io.BytesIO(first))
    assert {info.date_time for info in archive.infolist()} == {(2027, 1, 15, 0, 0, 0)}
    later = api.render(
        result("office-suite"), fmt, "en", issued=ISSUED + dt.timedelta(days=1), short=True
    )
    assert later != first


def test_without_a_date_the_request_date_dates_the_file() -> None:
    data = api.render(result("videoconferencing"), "docx", "de")
    archive = zipfile.ZipFile(io.BytesIO(data))
    day = result("videoconferencing").request.date
    assert {info.date_time[:3] for info in archive.infolist()} == {(day.year, day.month, day.day)}
    assert b"<dcterms:created" in archive.read("docProps/core.xml")


# -- request text stays text -----------------------------------------------------------------


def test_markup_in_a_request_is_text_in_word_and_opendocument(tmp_path: Path) -> None:
    source = (EXAMPLES / "office-suite.yaml").read_text("utf-8")
    hostile = "<w:p>&amp; </w:t>]]> <text:h>#{x}</text:h>"
    changed = re.sub(r"^title: .*$", f"title: {json.dumps(hostile)}", source, count=1, flags=re.M)
    assert changed != source
    path = tmp_path / "office-suite.yaml"
    path.write_text(changed, "utf-8")
    shutil.copytree(EXAMPLES / "evidence", tmp_path / "evidence")
    evaluated = api.evaluate_file(path)
    for fmt, read in (("docx", docx_text), ("odt", odt_text)):
        shown = read(api.render(evaluated, fmt, "en", issued=ISSUED))
        assert any(hostile in part for part in shown), fmt


# -- LibreOffice opens both and prints every heading, table and figure caption -----------------


def _squeezed(value: str) -> str:
    return " ".join(value.replace("\u00ad", "").split())


@pytest.mark.parametrize("short", [False, True], ids=["report", "short"])
def test_libreoffice_turns_word_and_opendocument_into_pdf_with_every_heading_and_table(
    short: bool, tmp_path: Path
) -> None:
    soffice = system_tool("soffice")
    pdftotext = system_tool("pdftotext", ("-v",))
    doc = built("videoconferencing", short=short)
    names = []
    for fmt in ("docx", "odt"):
        name = tmp_path / f"report-{fmt}.{fmt}"
        name.write_bytes(render("videoconferencing", fmt, short=short))
        names.append(name)
    out = tmp_path / "pdf"
    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out), *map(str, names)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    expected = [text for _, text in _headings(doc)]
    expected += [f"{b.label}: {b.caption}" for b in _blocks(doc, Table) + _blocks(doc, Figure)]
    for name in names:
        pdf = out / f"{name.stem}.pdf"
        shown = subprocess.run(
            [pdftotext, "-enc", "UTF-8", str(pdf), "-"],
            check=True, capture_output=True, text=True, timeout=120,
        ).stdout  # fmt: skip
        squeezed = _squeezed(shown)
        missing = [t for t in expected if _squeezed(t) not in squeezed]
        assert not missing, (name.suffix, missing[:5])
        # every table's header row and first cell, as text of the page
        for table in _blocks(doc, Table):
            for column in table.columns:
                for word in column.label.split():
                    assert word in shown or word[:4] in shown, (name.suffix, column.label)
            first = table.rows[0].cells[0].text.split()[0] if table.rows[0].cells[0].text else ""
            assert first in shown, (name.suffix, table.caption)


# -- column widths -------------------------------------------------------------------------


def test_a_narrow_column_is_as_wide_as_the_word_of_its_heading() -> None:
    from ossfirst.render import office

    columns = tuple(
        document.column(label, width=width)
        for label, width in (("Anforderung", 5.0), ("Muss", 0.3), ("Gewicht", 0.3))
    )
    shares = [16.5 * c.width / 5.6 for c in columns]
    widths = office.column_widths(columns, [], 16.5, 8.5, 0.45)
    assert sum(widths) == pytest.approx(16.5)
    # "Muss" in Arial Bold at 8.5 pt is 21.7 pt wide (2.556 em), 0.77 cm
    assert office._word_width("Muss", 8.5) == pytest.approx(21.7 * 2.54 / 72, rel=0.01)
    for column, share, width in zip(columns[1:], shares[1:], widths[1:], strict=True):
        assert share < office._word_width(column.label, 8.5) + 0.45 == pytest.approx(width)
    assert widths[0] < shares[0]  # the room comes from the wide column
    # wide enough already: the shares as they are; a hyphen is where a word may break
    assert office.column_widths(columns[:1], [], 16.5, 8.5, 0.45) == [16.5]
    # the longest word of a cell counts as the heading's does, unless it is very long
    row = document.Row(
        (document.cell("Ratsinformationssystem"), document.cell("ja"), document.cell("1"))
    )
    wider = office.column_widths(columns[1:] + columns[:1], [row], 16.5, 8.5, 0.45)
    assert wider[0] == pytest.approx(office._word_width("Ratsinformationssystem", 8.5) + 0.45)
    digest = document.Row((document.cell("0" * 64), document.cell("ja"), document.cell("1")))
    assert office.column_widths(columns[1:] + columns[:1], [digest], 16.5, 8.5, 0.45)[0] < 2
    assert office._word_width("Muss-Anforderung", 8.5) == office._word_width("Anforderung", 8.5)


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_every_table_heading_word_fits_its_column(fmt: str) -> None:
    from ossfirst.render import office

    doc = built("council-information-system")
    tables = [b for s in doc.sections for b in s.blocks if isinstance(b, Table)]
    from ossfirst.render import docx as word_writer
    from ossfirst.render import odt as odt_writer

    # the room beside the text of a cell: Word's cell margins (0.38 cm), LibreOffice's padding
    # (0.16 cm), each with some to spare
    padding = word_writer.CELL_PADDING if fmt == "docx" else 2 * odt_writer.CELL_PADDING + 0.1
    assert padding > (0.38 if fmt == "docx" else 0.16)
    if fmt == "docx":
        import docx
        from docx.shared import Length

        word = docx.Document(io.BytesIO(render("council-information-system", "docx")))
        found = [[Length(g.w).cm for g in t._tbl.tblGrid.gridCol_lst] for t in word.tables]
        found = found[-len(tables) :]  # after the letterhead's and the verdict's
    else:
        archive = zipfile.ZipFile(io.BytesIO(render("council-information-system", "odt")))
        content = ET.fromstring(archive.read("content.xml"))
        styles = {
            s.get(_q("style:name")): float(
                s.find("style:table-column-properties", NS).get(_q("style:column-width"))[:-2]
            )
            for s in content.iter(_q("style:style"))
            if s.get(_q("style:family")) == "table-column"
        }
        found = [
            [styles[c.get(_q("table:style-name"))] for c in t.iter(_q("table:table-column"))]
            for t in content.iter(_q("table:table"))
            if len(list(t.iter(_q("table:table-column")))) > 1 or t.get(_q("table:name"))
        ]
        found = [row for row in found if len(row) > 0][-len(tables) :]
    assert len(found) == len(tables)
    for table, widths in zip(tables, found, strict=True):
        assert sum(widths) == pytest.approx(16.5, abs=0.01)
        need = [office._word_width(c.label, 8.5) + padding for c in table.columns]
        # where the headings' words need more than the page, each gets its share of it
        scale = min(1.0, 16.5 / sum(need))
        for column, width, least in zip(table.columns, widths, need, strict=True):
            assert width >= least * scale - 0.01, column.label
