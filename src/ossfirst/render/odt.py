# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The justification report (or the short version) as an OpenDocument text (ODT), the
format of LibreOffice and the standard document format of many German administrations.

It lays out the document of :mod:`ossfirst.render.sections` as the other writers do, with
OpenDocument's own structures: headings with outline levels in the paragraph styles
"Heading 1" to "Heading 5" (LibreOffice's navigator and table of contents find them), tables
with header rows that repeat on every page and a caption, bulleted lists, the charts as
images with their description as alternative text, the language set as the default of every
style (de-DE or en-GB), title, subject, keywords, author and dates in the document's meta
data. Page furniture: A4, the request in the header, the organisation and "Seite 1 von 9" in
the footer.

Request text is data: every string is set as text (spaces, tabs and line breaks as their
elements), never read as markup. The file is the same, byte for byte, for the same inputs
and the same issue date: the pictures are named by their place, the meta data carries the
issue date, and the zip archive is written with fixed dates
(:func:`ossfirst.render.office.same_zip`).
"""

from __future__ import annotations

import io
import re
from typing import Any

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

FONT = "Arial"
MONO = "Courier New"
ACCENT = "#1d3b5c"
MUTED = "#555555"
WARN = "#8a1c1c"
LIGHT = "#eef1f5"
RULE = "#b4b4b4"
#: The width of the text on an A4 page with the report's margins, in centimetres.
TEXT_WIDTH = 16.5
#: The size of the text in tables, in points, and the padding of a table cell, in cm.
TABLE_PT = 8.5
CELL_PADDING = 0.08
MIMETYPE = "application/vnd.oasis.opendocument.text"
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(value: str) -> str:
    return _NOT_XML.sub("", value)


class _Writer:
    def __init__(self, doc: Document, images: dict[str, bytes]) -> None:
        from odf.office import Text
        from odf.opendocument import OpenDocument

        self.doc = doc
        self.images = images
        self.odt = OpenDocument(MIMETYPE, add_generator=False)
        self.body = Text()
        self.odt.body.addElement(self.body)
        self.tables = 0
        self.pictures = 0
        self.styles()

    # -- styles ----------------------------------------------------------------------------

    def _style(
        self, name: str, family: str, *props: Any, automatic: bool = False, **attrs: Any
    ) -> Any:
        from odf.style import Style

        style = Style(name=name, family=family, **attrs)
        for prop in props:
            style.addElement(prop)
        (self.odt.automaticstyles if automatic else self.odt.styles).addElement(style)
        return style

    def styles(self) -> None:
        from odf.style import (
            DefaultStyle,
            FontFace,
            Footer,
            Header,
            ListLevelProperties,
            MasterPage,
            PageLayout,
            PageLayoutProperties,
            ParagraphProperties,
            TableCellProperties,
            TableProperties,
            TabStop,
            TabStops,
            TextProperties,
        )
        from odf.text import ListLevelStyleBullet, ListStyle, OutlineLevelStyle, OutlineStyle

        country = text("locale.country", self.doc.lang)
        for font, generic, pitch in ((FONT, "swiss", "variable"), (MONO, "modern", "fixed")):
            self.odt.fontfacedecls.addElement(
                FontFace(
                    name=font, fontfamily=f"'{font}'", fontfamilygeneric=generic, fontpitch=pitch
                )
            )
        default = DefaultStyle(family="paragraph")
        default.addElement(
            TextProperties(
                fontname=FONT,
                fontsize="10pt",
                language=self.doc.lang,
                country=country,
                color="#1a1a1a",
            )
        )
        self.odt.styles.addElement(default)
        text_props = {
            "fontname": FONT,
            "fontsize": "10pt",
            "language": self.doc.lang,
            "country": country,
        }
        self._style(
            "Standard",
            "paragraph",
            TextProperties(**text_props),
            ParagraphProperties(marginbottom="0.2cm"),
            displayname="Default Paragraph Style",
        )
        self._style(
            "Text_20_body",
            "paragraph",
            ParagraphProperties(marginbottom="0.2cm"),
            displayname="Text body",
            parentstylename="Standard",
        )
        self._style(
            "Heading",
            "paragraph",
            TextProperties(fontname=FONT, fontweight="bold", color=ACCENT),
            ParagraphProperties(keepwithnext="always", margintop="0.45cm", marginbottom="0.2cm"),
            parentstylename="Standard",
            nextstylename="Text_20_body",
        )
        sizes = {1: "14pt", 2: "12pt", 3: "11pt", 4: "10pt", 5: "10pt", 6: "10pt"}
        for level, size in sizes.items():
            self._style(
                f"Heading_20_{level}",
                "paragraph",
                TextProperties(fontsize=size, fontweight="bold"),
                displayname=f"Heading {level}",
                parentstylename="Heading",
                nextstylename="Text_20_body",
                defaultoutlinelevel=str(level),
            )
        self._style(
            "Title",
            "paragraph",
            TextProperties(fontsize="20pt", fontweight="bold", color=ACCENT),
            ParagraphProperties(marginbottom="0.1cm"),
            parentstylename="Standard",
        )
        self._style(
            "Subtitle",
            "paragraph",
            TextProperties(fontsize="14pt"),
            ParagraphProperties(marginbottom="0.2cm"),
            parentstylename="Standard",
        )
        self._style(
            "Caption",
            "paragraph",
            TextProperties(fontsize="9pt", fontweight="bold"),
            ParagraphProperties(margintop="0.2cm", marginbottom="0.1cm", keepwithnext="always"),
            parentstylename="Standard",
        )
        self._style(
            "Quotations",
            "paragraph",
            ParagraphProperties(marginleft="0.8cm", marginright="0.8cm"),
            parentstylename="Standard",
        )
        self._style(
            "Table_20_Contents",
            "paragraph",
            TextProperties(fontsize=f"{TABLE_PT}pt"),
            ParagraphProperties(marginbottom="0cm"),
            displayname="Table Contents",
            parentstylename="Standard",
        )
        self._style(
            "Table_20_Heading",
            "paragraph",
            TextProperties(fontweight="bold"),
            displayname="Table Heading",
            parentstylename="Table_20_Contents",
        )
        for name in ("Header", "Footer"):
            # the page number at the right margin
            furniture = ParagraphProperties(marginbottom="0cm")
            stops = TabStops()
            stops.addElement(TabStop(position=f"{TEXT_WIDTH}cm", type="right"))
            furniture.addElement(stops)
            self._style(
                name,
                "paragraph",
                TextProperties(fontsize="8pt", color=MUTED),
                furniture,
                parentstylename="Standard",
            )
        self._style(
            "Strong_20_Emphasis",
            "text",
            TextProperties(fontweight="bold"),
            displayname="Strong Emphasis",
        )
        self._style(
            "Source_20_Text", "text", TextProperties(fontname=MONO), displayname="Source Text"
        )
        self._style("Muted", "text", TextProperties(color=MUTED))
        self._style("Note", "text", TextProperties(fontsize="7.5pt"))
        self._style("Warn", "text", TextProperties(fontweight="bold", color=WARN))
        self._style("Holds", "text", TextProperties(fontweight="bold", color=ACCENT))
        # outline: levels without numbers (the numbers are part of the headings' text)
        outline = OutlineStyle(name="Outline")
        for level in range(1, 11):
            outline.addElement(OutlineLevelStyle(level=level, numformat=""))
        self.odt.styles.addElement(outline)
        bullets = ListStyle(name="Bullets")
        level = ListLevelStyleBullet(level=1, bulletchar="•")
        level.addElement(ListLevelProperties(spacebefore="0.3cm", minlabelwidth="0.5cm"))
        bullets.addElement(level)
        self.odt.styles.addElement(bullets)
        # automatic styles the blocks use
        self._style(
            "Break",
            "paragraph",
            ParagraphProperties(breakbefore="page"),
            automatic=True,
            parentstylename="Heading_20_1",
        )
        self._style(
            "Cell",
            "table-cell",
            TableCellProperties(border=f"0.5pt solid {RULE}", padding=f"{CELL_PADDING}cm"),
            automatic=True,
        )
        self._style(
            "HeadCell",
            "table-cell",
            TableCellProperties(
                border=f"0.5pt solid {RULE}", padding=f"{CELL_PADDING}cm", backgroundcolor=LIGHT
            ),
            automatic=True,
        )
        self._style(
            "Box",
            "table-cell",
            TableCellProperties(
                border=f"0.8pt solid {ACCENT}", padding="0.2cm", backgroundcolor=LIGHT
            ),
            automatic=True,
        )
        self._style(
            "Plain",
            "table-cell",
            TableCellProperties(border="none", padding="0.04cm"),
            automatic=True,
        )
        self._style(
            "Right",
            "paragraph",
            ParagraphProperties(textalign="end"),
            automatic=True,
            parentstylename="Table_20_Contents",
        )
        self._style(
            "Center",
            "paragraph",
            ParagraphProperties(textalign="center"),
            automatic=True,
            parentstylename="Table_20_Contents",
        )
        self._style(
            "RightHead",
            "paragraph",
            ParagraphProperties(textalign="end"),
            automatic=True,
            parentstylename="Table_20_Heading",
        )
        self._style(
            "CenterHead",
            "paragraph",
            ParagraphProperties(textalign="center"),
            automatic=True,
            parentstylename="Table_20_Heading",
        )
        self._style(
            "Wide",
            "table",
            TableProperties(
                width=f"{TEXT_WIDTH}cm", align="left", margintop="0.1cm", marginbottom="0.3cm"
            ),
            automatic=True,
        )
        layout = PageLayout(name="A4")
        layout.addElement(
            PageLayoutProperties(
                pagewidth="21cm",
                pageheight="29.7cm",
                printorientation="portrait",
                marginleft="2.5cm",
                marginright="2cm",
                margintop="1.4cm",
                marginbottom="1.2cm",
            )
        )
        self.odt.automaticstyles.addElement(layout)
        master = MasterPage(name="Standard", pagelayoutname=layout)
        header, footer = Header(), Footer()
        header.addElement(self._furniture("Header", [f"{self.doc.header} · {self.doc.title}"]))
        footer.addElement(
            self._furniture("Footer", [self.doc.organisation, "\t\t", *self.doc.footer])
        )
        master.addElement(header)
        master.addElement(footer)
        self.odt.masterstyles.addElement(master)

    def _furniture(self, style: str, parts: list[str]) -> Any:
        from odf.text import P, PageCount, PageNumber

        paragraph = P(stylename=style)
        for part in parts:
            if part == "{page}":
                paragraph.addElement(PageNumber(selectpage="current", text="1"))
            elif part == "{pages}":
                paragraph.addElement(PageCount(text="1"))
            else:
                self._add(paragraph, part)
        return paragraph

    def meta(self, result: Result, options: RenderOptions) -> None:
        from odf import dc, meta

        d = self.doc
        when = office.issued(result, options).strftime("%Y-%m-%dT%H:%M:%S")
        m = self.odt.meta
        m.addElement(meta.Generator(text=_clean(d.tool)))
        m.addElement(dc.Title(text=_clean(f"{d.title}: {d.request_title}")))
        m.addElement(dc.Subject(text=_clean(d.request_title)))
        m.addElement(dc.Description(text=_clean(d.subtitle)))
        for keyword in text("office.keywords", d.lang).split("; "):
            m.addElement(meta.Keyword(text=keyword))
        m.addElement(meta.InitialCreator(text=_clean(d.organisation)))
        m.addElement(dc.Creator(text=_clean(d.organisation)))
        m.addElement(meta.CreationDate(text=when))
        m.addElement(dc.Date(text=when))
        m.addElement(dc.Language(text=office.language_tag(d.lang)))
        m.addElement(meta.EditingCycles(text="1"))
        identifier = meta.UserDefined(
            name="Identifier", valuetype="string", text=_clean(d.request_id)
        )
        m.addElement(identifier)

    # -- text ------------------------------------------------------------------------------

    def _add(self, element: Any, value: str, style: str | None = None) -> None:
        """``value`` as the text of ``element`` (in a span of ``style``): spaces, tabs and
        line breaks as their elements."""
        from odf import teletype
        from odf.text import Span

        target = element
        if style is not None:
            target = Span(stylename=style)
            element.addElement(target)
        teletype.addTextToElement(target, _clean(value))

    def paragraph(
        self, style: str = "Text_20_body", parts: tuple[tuple[str, str | None], ...] = ()
    ) -> Any:
        from odf.text import P

        paragraph = P(stylename=style)
        for value, span in parts:
            self._add(paragraph, value, span)
        return paragraph

    def lines(
        self, paragraphs: Lines, *, strong: bool = False, style: str = "Text_20_body"
    ) -> list[Any]:
        span = "Strong_20_Emphasis" if strong else None
        return [self.paragraph(style, (("\n".join(lines), span),)) for lines in paragraphs]

    def caption(self, label: str, caption: str) -> Any:
        return self.paragraph("Caption", ((f"{label}: {caption}", None),))

    # -- blocks ----------------------------------------------------------------------------

    def block(self, block: Block) -> list[Any]:
        from odf.text import H, List, ListItem

        match block:
            case Paragraph(paragraphs=paragraphs, strong=strong):
                return self.lines(paragraphs, strong=strong)
            case Bullets(entries=entries):
                found = List(stylename="Bullets")
                for entry in entries:
                    item = ListItem()
                    parts: list[tuple[str, str | None]] = []
                    if entry.lead:
                        parts.append((entry.lead + " ", "Strong_20_Emphasis"))
                    parts.append((entry.text, None))
                    item.addElement(self.paragraph("Text_20_body", tuple(parts)))
                    found.addElement(item)
                return [found]
            case Quote(label=label, paragraphs=paragraphs):
                return [
                    self.paragraph("Text_20_body", ((label + ":", "Strong_20_Emphasis"),)),
                    *self.lines(paragraphs, style="Quotations"),
                ]
            case Verdict():
                return self.verdict(block)
            case Table():
                return self.table(block)
            case KeyFigures(label=label, caption=caption, tiles=tiles):
                listed = List(stylename="Bullets")
                for tile in tiles:
                    item = ListItem()
                    item.addElement(
                        self.paragraph(
                            "Text_20_body",
                            (
                                (tile.label + ":", "Strong_20_Emphasis"),
                                (f" {tile.value} ({tile.note})", None),
                            ),
                        )
                    )
                    listed.addElement(item)
                return [self.caption(label, caption), listed]
            case Figure():
                return self.figure(block)
            case Subheading(text=heading, level=level):
                found = H(outlinelevel=level - 1, stylename=f"Heading_20_{level - 1}")
                self._add(found, heading)
                return [found]
        raise TypeError(block)  # pragma: no cover - every kind of block is laid out above

    def _table(self, widths: list[float]) -> Any:
        from odf.style import TableColumnProperties
        from odf.table import Table as OdfTable
        from odf.table import TableColumn

        self.tables += 1
        name = f"Table{self.tables}"
        found = OdfTable(name=name, stylename="Wide")
        total = sum(widths) or 1.0
        for i, width in enumerate(widths, start=1):
            style = self._style(
                f"{name}.C{i}",
                "table-column",
                TableColumnProperties(columnwidth=f"{TEXT_WIDTH * width / total:.3f}cm"),
                automatic=True,
            )
            found.addElement(TableColumn(stylename=style))
        return found

    def verdict(self, block: Verdict) -> list[Any]:
        from odf.table import TableCell, TableRow

        box = self._table([1.0])
        row, cell = TableRow(), TableCell(stylename="Box", valuetype="string")
        for field in block.rows:
            cell.addElement(
                self.paragraph(
                    "Text_20_body",
                    ((field.label + ":", "Strong_20_Emphasis"), (" " + field.value, None)),
                )
            )
        cell.addElement(
            self.paragraph("Text_20_body", ((block.policy, "Holds" if block.holds else "Warn"),))
        )
        row.addElement(cell)
        box.addElement(row)
        return [box]

    def _cell(self, cell: Cell, strong: bool, style: str) -> Any:
        from odf.table import TableCell

        found = TableCell(stylename="Cell", valuetype="string")
        span = (
            "Source_20_Text"
            if cell.mono
            else ("Strong_20_Emphasis" if strong or cell.strong else None)
        )
        found.addElement(self.paragraph(style, ((cell.text, span),)))
        for note in cell.notes:
            found.addElement(
                self.paragraph(style, ((note.text, "Source_20_Text" if note.mono else "Note"),))
            )
        return found

    def table(self, block: Table) -> list[Any]:
        from odf.style import TableRowProperties
        from odf.table import TableCell, TableHeaderRows, TableRow

        body = {"left": "Table_20_Contents", "center": "Center", "right": "Right"}
        head = {"left": "Table_20_Heading", "center": "CenterHead", "right": "RightHead"}
        rows = list(block.rows)  # rows may be made as they are read
        found = self._table(
            office.column_widths(block.columns, rows, TEXT_WIDTH, TABLE_PT, 2 * CELL_PADDING + 0.1)
        )
        heading = TableHeaderRows()
        row = TableRow()
        for column in block.columns:
            cell = TableCell(stylename="HeadCell", valuetype="string")
            cell.addElement(self.paragraph(head[column.align], ((column.label, None),)))
            row.addElement(cell)
        heading.addElement(row)
        found.addElement(heading)
        if not hasattr(self, "_kept"):
            self._kept = self._style(
                "Kept", "table-row", TableRowProperties(keeptogether="always"), automatic=True
            )
        for line in rows:
            row = TableRow(stylename="Kept")
            for column, value in zip(block.columns, line.cells, strict=True):
                row.addElement(self._cell(value, line.strong, body[column.align]))
            found.addElement(row)
        return [self.caption(block.label, block.caption), found]

    def figure(self, block: Figure) -> list[Any]:
        from odf.draw import Frame, Image
        from odf.svg import Desc, Title

        self.pictures += 1
        name = f"Pictures/chart{self.pictures}.png"
        image = self.images[block.label]
        self.odt.Pictures[name] = (1, image, "image/png")  # 1: odfpy's IS_IMAGE, content given
        width, height = office.image_size(image)
        limit = 72 * TEXT_WIDTH / 2.54
        if width > limit:
            width, height = limit, height * limit / width
        frame = Frame(
            name=f"{block.label}",
            anchortype="as-char",
            width=f"{width:.2f}pt",
            height=f"{height:.2f}pt",
        )
        frame.addElement(Image(href=name, type="simple", show="embed", actuate="onLoad"))
        title, desc = Title(), Desc()
        self._add(title, f"{block.label}: {block.caption}")
        self._add(desc, block.alt)
        frame.addElement(title)
        frame.addElement(desc)
        holder = self.paragraph("Text_20_body")
        holder.addElement(frame)
        return [self.caption(block.label, block.caption), holder]

    # -- the document ----------------------------------------------------------------------

    def write(self) -> None:
        from odf.table import TableCell, TableRow
        from odf.text import H

        d = self.doc
        organisation = d.organisation + (f" · {d.department}" if d.department else "")
        self.body.addElement(self.paragraph("Text_20_body", ((organisation, "Muted"),)))
        self.body.addElement(self.paragraph("Title", ((d.title, None),)))
        self.body.addElement(self.paragraph("Subtitle", ((d.request_title, None),)))
        self.body.addElement(self.paragraph("Text_20_body", ((d.subtitle, "Muted"),)))
        meta = self._table([4.5, TEXT_WIDTH - 4.5])
        for field in d.meta:
            row = TableRow()
            for value, span in ((field.label, "Muted"), (field.value, None)):
                cell = TableCell(stylename="Plain", valuetype="string")
                cell.addElement(self.paragraph("Table_20_Contents", ((value, span),)))
                row.addElement(cell)
            meta.addElement(row)
        self.body.addElement(meta)
        for section in d.sections:
            style = "Break" if section.id == APPENDIX else "Heading_20_1"
            heading = H(outlinelevel=1, stylename=style)
            self._add(heading, f"{section.number}. {section.title}")
            self.body.addElement(heading)
            for block in section.blocks:
                for element in self.block(block):
                    self.body.addElement(element)


def write(doc: Document, result: Result, options: RenderOptions) -> bytes:
    """The document as an OpenDocument text."""
    when = office.issued(result, options)
    writer = _Writer(doc, office.chart_images(doc, when))
    writer.meta(result, options)
    writer.write()
    out = io.BytesIO()
    writer.odt.write(out)
    return office.same_zip(out.getvalue(), when, ("mimetype",))


def render(result: Result, options: RenderOptions) -> bytes:
    """The OpenDocument report (or short version) in ``options.lang``."""
    return write(sections.build(result, options), result, options)
