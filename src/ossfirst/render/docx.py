# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The justification report (or the short version) as a Word document (Office Open XML),
for officers who assemble the council paper in Word and for council information systems
that take DOCX.

It lays out the document of :mod:`ossfirst.render.sections` as the other writers do, with
Word's own structures: headings in the built-in heading styles (so they carry outline levels
and feed Word's navigation and table of contents), tables with a header row that repeats on
every page and a caption, bulleted lists, the charts as images with their description as
alternative text, the language set on every style (de-DE or en-GB), title, author, subject,
keywords and dates in the document properties. Page furniture: A4, the request in the
header, the organisation and "Seite 1 von 9" in the footer.

Request text is data: every string is set as the text of a run, never read as markup. The
file is the same, byte for byte, for the same inputs and the same issue date: the document
properties carry the issue date, and the zip archive is written with fixed dates
(:func:`ossfirst.render.office.same_zip`).
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Any

from ossfirst.model.result import Result
from ossfirst.render import RenderOptions, office, sections
from ossfirst.render.document import (
    Block,
    Bullets,
    Cell,
    Document,
    Figure,
    KeyFigures,
    Lines,
    Paragraph,
    Quote,
    Subheading,
    Table,
    Verdict,
)
from ossfirst.render.short import APPENDIX
from ossfirst.texts import text

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph as WordParagraph

FONT = "Arial"
MONO = "Courier New"
ACCENT = "1D3B5C"
MUTED = "555555"
WARN = "8A1C1C"
LIGHT = "EEF1F5"
#: The width of the text on an A4 page with the report's margins, in centimetres.
TEXT_WIDTH = 16.5
#: The size of the text in tables, in points.
TABLE_PT = 8.5
#: The room beside the text of a table cell (Word's default cell margins), in centimetres.
CELL_PADDING = 0.45
#: Characters XML 1.0 cannot hold (the document has removed the control characters; this
#: is the last guard).
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _text(value: str) -> str:
    return _NOT_XML.sub("", value)


class _Writer:
    def __init__(self, doc: Document, images: dict[str, bytes]) -> None:
        import docx
        from docx.shared import Pt

        self.doc = doc
        self.images = images
        self.word: WordDocument = docx.Document()
        self.pt = Pt
        #: style ids by style name: python-docx looks a name up among all styles each time
        self._ids: dict[str, str] = {}
        #: the name of the paragraph style of the tables' cells, in the document's language
        self.table_text = text("office.table_text_style", doc.lang)

    def _style_id(self, name: str) -> str:
        if name not in self._ids:
            self._ids[name] = self.word.styles[name].style_id
        return self._ids[name]

    def _paragraph(self, style: str | None = None, within: Any = None) -> WordParagraph:
        """A new paragraph at the end of the document (or of ``within``, a table cell) in
        the style named ``style``."""
        paragraph = (self.word if within is None else within).add_paragraph()
        if style is not None:
            paragraph._p.style = self._style_id(style)
        return paragraph

    def _heading(self, heading: str, level: int) -> WordParagraph:
        paragraph = self._paragraph("Title" if level == 0 else f"Heading {level}")
        paragraph.add_run(_text(heading))
        return paragraph

    # -- styles ------------------------------------------------------------------------------

    def styles(self) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.enum.text import WD_LINE_SPACING
        from docx.oxml.ns import qn
        from docx.shared import Pt, RGBColor

        styles = self.word.styles
        # the language of every text: the default of all styles
        defaults = styles.element.find(qn("w:docDefaults"))
        assert defaults is not None
        lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
        assert lang is not None
        tag = office.language_tag(self.doc.lang)
        lang.set(qn("w:val"), tag)
        lang.set(qn("w:eastAsia"), tag)
        normal = styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(10)
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        for name, size in (
            ("Title", 20),
            ("Subtitle", 14),
            ("Heading 1", 14),
            ("Heading 2", 12),
            ("Heading 3", 11),
            ("Heading 4", 10),
            ("Heading 5", 10),
        ):
            style = styles[name]
            style.font.name = FONT
            style.font.size = Pt(size)
            style.font.bold = name != "Subtitle"
            style.font.italic = False
            style.font.color.rgb = RGBColor.from_string("1A1A1A" if name == "Subtitle" else ACCENT)
            if name.startswith("Heading"):
                style.paragraph_format.space_before = Pt(14 if name == "Heading 1" else 10)
                style.paragraph_format.space_after = Pt(6)
                style.paragraph_format.keep_with_next = True
            # no letter spacing (the template's subtitle has some)
            for spacing in style.element.rPr.findall(qn("w:spacing")):
                style.element.rPr.remove(spacing)
            # the theme's fonts would win over the name set above
            fonts = style.element.rPr.find(qn("w:rFonts"))
            for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                if fonts is not None:
                    fonts.attrib.pop(qn(attribute), None)
        styles["Title"].paragraph_format.space_after = Pt(4)
        for name in ("Caption", "Quote", "List Bullet", "Header", "Footer"):
            styles[name].font.name = FONT
        caption = styles["Caption"]
        caption.font.size = Pt(9)
        caption.font.bold = True
        caption.font.italic = False
        caption.font.color.rgb = RGBColor.from_string("1A1A1A")
        caption.paragraph_format.space_before = Pt(6)
        caption.paragraph_format.space_after = Pt(3)
        caption.paragraph_format.keep_with_next = True
        quote = styles["Quote"]
        quote.font.italic = False
        quote.font.color.rgb = RGBColor.from_string("1A1A1A")
        for name in ("Header", "Footer"):
            styles[name].font.size = Pt(8)
            styles[name].font.color.rgb = RGBColor.from_string(MUTED)
        # the text of the tables' cells, a style of its own so that an officer can change it
        # for every table at once
        table_text = styles.add_style(self.table_text, WD_STYLE_TYPE.PARAGRAPH)
        table_text.base_style = normal
        table_text.font.size = Pt(TABLE_PT)
        table_text.paragraph_format.space_after = Pt(0)

    def page(self) -> None:
        from docx.shared import Mm

        section = self.word.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin, section.right_margin = Mm(25), Mm(20)
        section.top_margin, section.bottom_margin = Mm(24), Mm(22)
        section.header_distance = section.footer_distance = Mm(10)
        d = self.doc
        header = section.header.paragraphs[0]
        header.add_run(_text(f"{d.header} · {d.title}"))
        footer = section.footer.paragraphs[0]
        footer.add_run(_text(d.organisation + "\t\t"))
        for part in d.footer:
            if part in ("{page}", "{pages}"):
                self._field(footer, "PAGE" if part == "{page}" else "NUMPAGES")
            else:
                footer.add_run(_text(part))

    def _field(self, paragraph: WordParagraph, instruction: str) -> None:
        """A field Word and LibreOffice fill in (the page number), showing "1" until then."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), instruction)
        run = OxmlElement("w:r")
        shown = OxmlElement("w:t")
        shown.text = "1"
        run.append(shown)
        field.append(run)
        paragraph._p.append(field)

    def properties(self, result: Result, options: RenderOptions) -> None:
        d, props = self.doc, self.word.core_properties
        when = office.issued(result, options).replace(tzinfo=None)
        props.title = _text(f"{d.title}: {d.request_title}")
        props.subject = _text(d.request_title)
        props.author = _text(d.organisation)
        props.last_modified_by = _text(d.organisation)
        props.keywords = text("office.keywords", d.lang)
        props.comments = _text(d.subtitle)
        props.category = _text(d.request_id)
        props.identifier = _text(d.request_id)
        props.language = office.language_tag(d.lang)
        props.content_status = ""
        props.version = _text(d.tool)
        props.revision = 1
        props.created = when
        props.modified = when
        props.last_printed = when

    # -- text ------------------------------------------------------------------------------

    def _lines(self, paragraph: WordParagraph, lines: tuple[str, ...], bold: bool) -> None:
        for i, line in enumerate(lines):
            run = paragraph.add_run(_text(line))
            run.bold = bold or None
            if i < len(lines) - 1:
                run.add_break()

    def paragraphs(
        self, paragraphs: Lines, *, bold: bool = False, style: str | None = None
    ) -> None:
        for lines in paragraphs:
            self._lines(self._paragraph(style), lines, bold)

    def labelled(self, label: str, value: str, style: str | None = None) -> WordParagraph:
        paragraph = self._paragraph(style)
        paragraph.add_run(_text(label + ":")).bold = True
        paragraph.add_run(_text(" " + value))
        return paragraph

    def caption(self, label: str, caption: str) -> None:
        paragraph = self._paragraph("Caption")
        paragraph.add_run(_text(f"{label}: {caption}"))

    # -- blocks ----------------------------------------------------------------------------

    def block(self, block: Block) -> None:
        match block:
            case Paragraph(paragraphs=paragraphs, strong=strong):
                self.paragraphs(paragraphs, bold=strong)
            case Bullets(entries=entries):
                for entry in entries:
                    paragraph = self._paragraph("List Bullet")
                    if entry.lead:
                        paragraph.add_run(_text(entry.lead + " ")).bold = True
                    paragraph.add_run(_text(entry.text))
            case Quote(label=label, paragraphs=paragraphs):
                self.word.add_paragraph().add_run(_text(label + ":")).bold = True
                self.paragraphs(paragraphs, style="Quote")
            case Verdict():
                self.verdict(block)
            case Table():
                self.table(block)
            case KeyFigures(label=label, caption=caption, tiles=tiles):
                self.caption(label, caption)
                for tile in tiles:
                    paragraph = self._paragraph("List Bullet")
                    paragraph.add_run(_text(tile.label + ":")).bold = True
                    paragraph.add_run(_text(f" {tile.value} ({tile.note})"))
            case Figure():
                self.figure(block)
            case Subheading(text=heading, level=level):
                self._heading(heading, level - 1)

    def _shade(self, cell: _Cell, fill: str) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), fill)
        cell._tc.get_or_add_tcPr().append(shading)

    def verdict(self, block: Verdict) -> None:
        """The verdict box: a table of one cell, framed in the colour of the verdict."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import RGBColor

        box = self.word.add_table(rows=1, cols=1)
        box._tbl.tblStyle_val = self._style_id("Table Grid")
        # room between the frame and the text
        margins = OxmlElement("w:tblCellMar")
        for side, twips in (("top", 100), ("left", 140), ("bottom", 40), ("right", 140)):
            margin = OxmlElement(f"w:{side}")
            margin.set(qn("w:w"), str(twips))
            margin.set(qn("w:type"), "dxa")
            margins.append(margin)
        box._tbl.tblPr.append(margins)
        cell = box.cell(0, 0)
        self._shade(cell, LIGHT)
        first = True
        for row in block.rows:
            paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            paragraph.add_run(_text(row.label + ":")).bold = True
            paragraph.add_run(_text(" " + row.value))
        policy = cell.add_paragraph().add_run(_text(block.policy))
        policy.bold = True
        policy.font.color.rgb = RGBColor.from_string(ACCENT if block.holds else WARN)
        self.word.add_paragraph()

    def _cell(self, target: _Cell, cell: Cell, bold: bool, align: Any) -> None:
        from docx.shared import Pt

        paragraph = target.paragraphs[0]
        paragraph._p.style = self._style_id(self.table_text)
        paragraph.alignment = align
        run = paragraph.add_run(_text(cell.text))
        run.bold = bold or cell.strong or None
        if cell.mono:
            run.font.name = MONO
        for note in cell.notes:
            line = self._paragraph(self.table_text, within=target)
            line.alignment = align
            shown = line.add_run(_text(note.text))
            shown.font.size = Pt(7.5)
            if note.mono:
                shown.font.name = MONO

    def table(self, block: Table) -> None:
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_PARAGRAPH_ALIGNMENT
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Cm

        aligns = {
            "left": WD_PARAGRAPH_ALIGNMENT.LEFT,
            "center": WD_PARAGRAPH_ALIGNMENT.CENTER,
            "right": WD_PARAGRAPH_ALIGNMENT.RIGHT,
        }
        self.caption(block.label, block.caption)
        columns, body = block.columns, list(block.rows)  # rows may be made as they are read
        table = self.word.add_table(rows=1 + len(body), cols=len(columns))
        table._tbl.tblStyle_val = self._style_id("Table Grid")
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        widths = [
            Cm(width)
            for width in office.column_widths(columns, body, TEXT_WIDTH, TABLE_PT, CELL_PADDING)
        ]
        for grid, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
            grid.w = width
        rows = list(table.rows)  # each row's cells are made once
        header = rows[0]
        # the header row repeats on every page the table runs to
        header_props = header._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        header_props.append(repeat)
        for i, column in enumerate(columns):
            cell = header.cells[i]
            cell.width = widths[i]
            self._shade(cell, LIGHT)
            paragraph = cell.paragraphs[0]
            paragraph._p.style = self._style_id(self.table_text)
            paragraph.alignment = aligns[column.align]
            paragraph.add_run(_text(column.label)).bold = True
        for line, row in zip(rows[1:], body, strict=True):
            # a row stays on one page
            line._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            for i, (cell, column, value) in enumerate(
                zip(line.cells, columns, row.cells, strict=True)
            ):
                cell.width = widths[i]
                self._cell(cell, value, row.strong, aligns[column.align])
        self.word.add_paragraph()

    def figure(self, block: Figure) -> None:
        from docx.oxml.ns import qn
        from docx.shared import Pt

        self.caption(block.label, block.caption)
        image = self.images[block.label]
        width, _ = office.image_size(image)
        shown = min(width, 72 * TEXT_WIDTH / 2.54)
        run = self.word.add_paragraph().add_run()
        picture = run.add_picture(io.BytesIO(image), width=Pt(shown))
        properties = picture._inline.find(qn("wp:docPr"))
        assert properties is not None
        properties.set("descr", _text(block.alt))
        properties.set("title", _text(f"{block.label}: {block.caption}"))

    # -- the document ----------------------------------------------------------------------

    def write(self) -> None:
        from docx.shared import Cm, Pt, RGBColor

        d = self.doc
        muted = RGBColor.from_string(MUTED)
        top = self.word.paragraphs[0] if self.word.paragraphs else self.word.add_paragraph()
        organisation = d.organisation + (f" · {d.department}" if d.department else "")
        top.add_run(_text(organisation)).font.color.rgb = muted
        self._paragraph("Title").add_run(_text(d.title))
        self._paragraph("Subtitle").add_run(_text(d.request_title))
        subtitle = self.word.add_paragraph().add_run(_text(d.subtitle))
        subtitle.font.color.rgb = muted
        meta = self.word.add_table(rows=len(d.meta), cols=2)
        meta.autofit = False
        for column, width in zip(meta.columns, (Cm(4.5), Cm(TEXT_WIDTH - 4.5)), strict=True):
            column.width = width
            for cell in column.cells:
                cell.width = width
        for row, field in zip(meta.rows, d.meta, strict=True):
            label = row.cells[0].paragraphs[0].add_run(_text(field.label))
            label.font.color.rgb = muted
            row.cells[1].paragraphs[0].add_run(_text(field.value))
            for cell in row.cells:
                cell.paragraphs[0].paragraph_format.space_after = Pt(2)
        for section in d.sections:
            heading = self._heading(f"{section.number}. {section.title}", 1)
            heading.paragraph_format.page_break_before = section.id == APPENDIX or None
            for block in section.blocks:
                self.block(block)


def write(doc: Document, result: Result, options: RenderOptions) -> bytes:
    """The document as a Word file."""
    when = office.issued(result, options)
    writer = _Writer(doc, office.chart_images(doc, when))
    writer.styles()
    writer.page()
    writer.properties(result, options)
    writer.write()
    out = io.BytesIO()
    writer.word.save(out)
    return office.same_zip(out.getvalue(), when, ("[Content_Types].xml",))


def render(result: Result, options: RenderOptions) -> bytes:
    """The Word report (or short version) in ``options.lang``."""
    return write(sections.build(result, options), result, options)
