# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Writing a workbook: sheets of cells with styles, formulas, drop-down lists and names.

The parts are written in the order and shape ECMA-376 (transitional SpreadsheetML)
prescribes, so that Excel and LibreOffice open the file without a repair prompt. The same
workbook gives the same bytes: the document properties carry the date the caller gives,
every zip entry the same time stamp and attributes, and nothing depends on the machine.

Text is always a text cell, never a formula: a name starting with ``=``, ``+``, ``-`` or
``@`` is shown as written (and marked with Excel's quote prefix, so that editing the cell
keeps it text). Characters XML 1.0 cannot carry (control characters, lone surrogates) are
written as Excel's ``_xHHHH_`` escapes, and a literal ``_xHHHH_`` in a text is escaped in
turn, so that text reads back exactly as it was written.

Formulas are written without a cached value and the workbook asks to be calculated when
it is opened: Excel and LibreOffice compute every figure themselves.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

#: Characters XML 1.0 cannot carry, Excel's own escape pattern (which must be escaped so
#: that text reads back as written), and the carriage return (which XML would turn into a
#: line feed).
_UNSAFE = re.compile(
    r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ud800-\udfff\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)"
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_EPOCH = dt.date(1899, 12, 30)
#: Limits Excel enforces (a longer value makes it repair the file).
SHEET_NAME = 31
TEXT = 32_767
PROMPT_TITLE = 32
PROMPT = 255
ERROR_TEXT = 225
LIST_LITERAL = 255

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


class Formula(str):
    """A formula, without its leading ``=``: ``SUM(B2:B9)``."""

    __slots__ = ()


Value = str | int | float | bool | dt.date | Formula | None


def column_letter(column: int) -> str:
    """``1`` -> ``A``, ``27`` -> ``AA``."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def ref(row: int, column: int, *, absolute: bool = False) -> str:
    """The A1 reference of a cell; ``absolute``: ``$B$2``."""
    if absolute:
        return f"${column_letter(column)}${row}"
    return f"{column_letter(column)}{row}"


def area(first_row: int, first_column: int, last_row: int, last_column: int) -> str:
    """An absolute range ``$B$2:$D$9``."""
    return (
        f"{ref(first_row, first_column, absolute=True)}:{ref(last_row, last_column, absolute=True)}"
    )


def sheet_ref(sheet: str, reference: str) -> str:
    """A reference into another sheet: ``'Kosten'!$B$2``."""
    return "'" + sheet.replace("'", "''") + "'!" + reference


def quoted(text: str) -> str:
    """A text as a formula literal: ``"ja"``."""
    return '"' + text.replace('"', '""') + '"'


def _escape_char(match: re.Match[str]) -> str:
    char = match.group(0)
    if char == "_":
        return "_x005F_"
    return f"_x{ord(char):04X}_"


def escape_text(text: str) -> str:
    """Text for an XML element: markup characters escaped, characters XML cannot carry as
    ``_xHHHH_``."""
    text = _UNSAFE.sub(_escape_char, text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _markup(text: str) -> str:
    """A formula or a reference for an XML element: markup characters escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attribute(text: str) -> str:
    # Attributes hold texts ossfirst writes (prompts, titles); line breaks stay line breaks.
    text = _CONTROL.sub("", text.replace("\r\n", "\n"))
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\t", "&#9;")
    )


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Style:
    """How a cell looks. Styles are collected per workbook; equal styles share one entry."""

    bold: bool = False
    italic: bool = False
    size: float = 11.0
    #: Font colour as RGB hex (``595959``).
    color: str | None = None
    #: Background colour as RGB hex.
    fill: str | None = None
    number_format: str = "General"
    wrap: bool = False
    horizontal: str | None = None
    vertical: str = "top"
    border_bottom: bool = False
    border_top: bool = False
    #: Excel's quote prefix: the cell is text even where its text starts like a formula.
    quote: bool = False


PLAIN = Style()
#: The workbook's default format (cells without a style of their own, empty ones).
_DEFAULT = Style(vertical="bottom")


@dataclass
class _Validation:
    sqref: list[str]
    kind: str
    formula1: str
    formula2: str | None
    operator: str | None
    prompt_title: str
    prompt: str
    error_title: str
    error: str
    allow_blank: bool


@dataclass
class Sheet:
    """One worksheet. Rows and columns count from 1."""

    name: str
    hidden: bool = False
    cells: dict[tuple[int, int], tuple[Value, Style]] = field(default_factory=dict)
    widths: dict[int, float] = field(default_factory=dict)
    heights: dict[int, float] = field(default_factory=dict)
    frozen: tuple[int, int] = (0, 0)
    validations: list[_Validation] = field(default_factory=list)
    landscape: bool = True
    hidden_columns: set[int] = field(default_factory=set)
    tab_color: str | None = None
    #: Merged ranges (first row, first column, last row, last column): headings over groups
    #: of columns. A form never merges cells that are filled in.
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)

    def put(self, row: int, column: int, value: Value, style: Style = PLAIN) -> str:
        """Set a cell; returns its reference (``B2``)."""
        if isinstance(value, str) and not isinstance(value, Formula):
            if len(value) > TEXT:
                value = value[: TEXT - 1] + "…"
            if value.startswith(_FORMULA_START) and not style.quote:
                style = _with(style, quote=True)
        self.cells[(row, column)] = (value, style)
        return ref(row, column)

    def merge(self, row: int, first_column: int, last_column: int) -> None:
        """Merge the cells of ``row`` from ``first_column`` to ``last_column``; the value is
        the first cell's."""
        if last_column > first_column:
            self.merges.append((row, first_column, row, last_column))

    def width(self, column: int, characters: float) -> None:
        self.widths[column] = characters

    def freeze(self, rows: int, columns: int = 0) -> None:
        """Keep the first ``rows`` rows and ``columns`` columns in view when scrolling."""
        self.frozen = (rows, columns)

    def validate(
        self,
        cells: Sequence[str],
        kind: str,
        formula1: str,
        *,
        formula2: str | None = None,
        operator: str | None = None,
        prompt_title: str = "",
        prompt: str = "",
        error_title: str = "",
        error: str = "",
        allow_blank: bool = True,
    ) -> None:
        """A data validation over ``cells`` (references or ranges): ``list`` (``formula1``
        a range or a quoted, comma-separated literal), ``whole``, ``decimal``, ``date``,
        ``textLength``."""
        if not cells:
            return
        self.validations.append(
            _Validation(
                list(cells),
                kind,
                formula1,
                formula2,
                operator,
                _cut(prompt_title, PROMPT_TITLE),
                _cut(prompt, PROMPT),
                _cut(error_title, PROMPT_TITLE),
                _cut(error, ERROR_TEXT),
                allow_blank,
            )
        )

    def fit_rows(self, default_width: float = 9.0) -> None:
        """Height of every row without one, for its wrapped text: spreadsheet applications
        do not measure rows when they open a file, so a wrapped header would be cut off."""
        lines: dict[int, float] = {}
        spans = {(r, c): last for r, c, _, last in self.merges}
        for (row, column), (value, style) in self.cells.items():
            if row in self.heights:
                continue
            size = style.size / 11.0
            needed = 1.0
            if isinstance(value, str) and not isinstance(value, Formula):
                if style.wrap:
                    width = sum(
                        self.widths.get(c, default_width)
                        for c in range(column, spans.get((row, column), column) + 1)
                    )
                    per_line = max(1.0, width * (0.9 if style.bold else 1.05) / size)
                    needed = float(
                        sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n"))
                    )
                else:
                    needed = float(value.count("\n") + 1)
            lines[row] = max(lines.get(row, 1.0), needed * size)
        for row, count in lines.items():
            if count > 1.0:
                self.heights[row] = round(15.0 * count, 1)

    def auto_widths(
        self, minimum: float = 8.0, maximum: float = 60.0, skip_rows: Iterable[int] = ()
    ) -> None:
        """Width of every column without one: its longest line of text (or number), within
        ``minimum`` and ``maximum`` characters; rows in ``skip_rows`` (titles) not counted."""
        skipped = set(skip_rows)
        longest: dict[int, float] = {}
        for (row, column), (value, style) in self.cells.items():
            if row in skipped or column in self.widths:
                continue
            if isinstance(value, Formula):
                length = 12.0
            elif isinstance(value, str):
                length = max((len(line) for line in value.split("\n")), default=0)
            elif isinstance(value, dt.date):
                length = 11.0
            elif isinstance(value, bool) or value is None:
                length = 6.0
            else:
                length = 14.0 if style.number_format != "General" else len(repr(value))
            if style.bold:
                length *= 1.1
            longest[column] = max(longest.get(column, 0.0), length)
        for column, length in longest.items():
            self.widths[column] = round(min(maximum, max(minimum, length + 2)), 1)


def _with(style: Style, **changes: object) -> Style:
    from dataclasses import replace

    return replace(style, **changes)  # type: ignore[arg-type]


class Workbook:
    """Sheets, named cells and document properties; :meth:`to_bytes` writes the file."""

    def __init__(self) -> None:
        self.sheets: list[Sheet] = []
        self.names: list[tuple[str, str]] = []

    def sheet(self, name: str, *, hidden: bool = False) -> Sheet:
        if len(name) > SHEET_NAME or re.search(r"[\[\]:*?/\\]", name) or not name.strip():
            raise ValueError(f"invalid sheet name {name!r}")
        if any(s.name.lower() == name.lower() for s in self.sheets):
            raise ValueError(f"sheet name {name!r} used twice")
        sheet = Sheet(name, hidden=hidden)
        self.sheets.append(sheet)
        return sheet

    def define(self, name: str, reference: str) -> None:
        """A workbook-wide name for a cell or range (``DiscountRate``)."""
        self.names.append((name, reference))

    def to_bytes(
        self,
        *,
        created: dt.datetime,
        title: str = "",
        subject: str = "",
        language: str = "",
        creator: str = "ossfirst",
        description: str = "",
    ) -> bytes:
        """The workbook as the bytes of an ``.xlsx`` file; the same inputs give the same
        bytes (``created`` is the document's date and every zip entry's time stamp)."""
        styles = _Styles()
        parts: list[tuple[str, str]] = []
        for index, sheet in enumerate(self.sheets, start=1):
            sheet.fit_rows()
            parts.append((f"xl/worksheets/sheet{index}.xml", _sheet_xml(sheet, styles, index)))
        head = [
            ("[Content_Types].xml", self._content_types()),
            ("_rels/.rels", _ROOT_RELS),
            ("docProps/app.xml", _app_xml(self.sheets)),
            (
                "docProps/core.xml",
                _core_xml(created, title, subject, language, creator, description),
            ),
            ("xl/workbook.xml", self._workbook_xml()),
            ("xl/_rels/workbook.xml.rels", self._workbook_rels()),
            ("xl/styles.xml", styles.xml()),
        ]
        return _zip([*head, *parts], created)

    def _content_types(self) -> str:
        sheets = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, len(self.sheets) + 1)
        )
        return (
            f'{_XML_DECL}<Types xmlns="{_CT}">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/>'
            f"{sheets}"
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
            'package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.extended-properties+xml"/>'
            "</Types>"
        )

    def _workbook_xml(self) -> str:
        first_visible = next((i for i, s in enumerate(self.sheets) if not s.hidden), 0)
        sheets = "".join(
            f'<sheet name="{_attribute(s.name)}" sheetId="{i}"'
            + (' state="hidden"' if s.hidden else "")
            + f' r:id="rId{i}"/>'
            for i, s in enumerate(self.sheets, start=1)
        )
        names = ""
        if self.names:
            names = (
                "<definedNames>"
                + "".join(
                    f'<definedName name="{_attribute(n)}">{_markup(r)}</definedName>'
                    for n, r in sorted(self.names, key=lambda item: item[0].lower())
                )
                + "</definedNames>"
            )
        return (
            f'{_XML_DECL}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
            '<workbookPr defaultThemeVersion="164011"/>'
            f'<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" '
            f'windowHeight="15000" activeTab="{first_visible}"/></bookViews>'
            f"<sheets>{sheets}</sheets>{names}"
            '<calcPr calcId="191029" fullCalcOnLoad="1"/>'
            "</workbook>"
        )

    def _workbook_rels(self) -> str:
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(self.sheets) + 1)
        )
        styles = len(self.sheets) + 1
        return (
            f'{_XML_DECL}<Relationships xmlns="{_PKG_REL}">{rels}'
            f'<Relationship Id="rId{styles}" Type="{_REL}/styles" Target="styles.xml"/>'
            "</Relationships>"
        )


_ROOT_RELS = (
    f'{_XML_DECL}<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)


def _app_xml(sheets: list[Sheet]) -> str:
    titles = "".join(f"<vt:lpstr>{escape_text(s.name)}</vt:lpstr>" for s in sheets)
    # AppVersion must look like Excel's (XX.YYYY), or Excel reports the file as damaged.
    return (
        f'{_XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><Application>ossfirst</Application><DocSecurity>0</DocSecurity>'
        '<ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant">'
        "<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant>"
        f"<vt:i4>{len(sheets)}</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        f'<TitlesOfParts><vt:vector size="{len(sheets)}" baseType="lpstr">{titles}'
        "</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate>"
        "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
        "<AppVersion>16.0300</AppVersion></Properties>"
    )


def _core_xml(
    created: dt.datetime,
    title: str,
    subject: str,
    language: str,
    creator: str,
    description: str,
) -> str:
    stamp = created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    fields = [
        ("dc:title", title),
        ("dc:subject", subject),
        ("dc:creator", creator),
        ("dc:description", description),
        ("cp:lastModifiedBy", creator),
        ("dc:language", language),
    ]
    body = "".join(f"<{name}>{escape_text(value)}</{name}>" for name, value in fields if value)
    return (
        f"{_XML_DECL}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"{body}"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def _zip(parts: list[tuple[str, str]], created: dt.datetime) -> bytes:
    # Zip time stamps cannot lie before 1980.
    moment = max(created.astimezone(dt.UTC).replace(tzinfo=None), dt.datetime(1980, 1, 1))
    stamp = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0  # the same bytes on every platform
            info.external_attr = 0
            archive.writestr(info, text.encode("utf-8"), compresslevel=6)
    return buffer.getvalue()


class _Styles:
    """The workbook's fonts, fills, borders, number formats and cell formats."""

    def __init__(self) -> None:
        self.fonts: dict[tuple[object, ...], int] = {(False, False, 11.0, None): 0}
        self.fills: dict[str | None, int] = {None: 0, "gray125": 1}
        self.borders: dict[tuple[bool, bool], int] = {(False, False): 0}
        self.formats: dict[str, int] = {"General": 0}
        self.xfs: dict[Style, int] = {_DEFAULT: 0}

    def index(self, style: Style) -> int:
        found = self.xfs.get(style)
        if found is not None:
            return found
        font = (style.bold, style.italic, style.size, style.color)
        self.fonts.setdefault(font, len(self.fonts))
        self.fills.setdefault(style.fill, len(self.fills))
        self.borders.setdefault((style.border_top, style.border_bottom), len(self.borders))
        self.formats.setdefault(style.number_format, 163 + len(self.formats))
        self.xfs[style] = len(self.xfs)
        return self.xfs[style]

    def xml(self) -> str:
        formats = [(i, code) for code, i in self.formats.items() if i != 0]
        num_fmts = (
            f'<numFmts count="{len(formats)}">'
            + "".join(
                f'<numFmt numFmtId="{i}" formatCode="{_attribute(code)}"/>' for i, code in formats
            )
            + "</numFmts>"
            if formats
            else ""
        )
        fonts = "".join(
            "<font>"
            + ("<b/>" if bold else "")
            + ("<i/>" if italic else "")
            + f'<sz val="{size:g}"/>'
            + (f'<color rgb="FF{color}"/>' if color else '<color theme="1"/>')
            + '<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
            for bold, italic, size, color in self.fonts
        )
        fills = "".join(
            '<fill><patternFill patternType="none"/></fill>'
            if fill is None
            else '<fill><patternFill patternType="gray125"/></fill>'
            if fill == "gray125"
            else f'<fill><patternFill patternType="solid"><fgColor rgb="FF{fill}"/>'
            '<bgColor indexed="64"/></patternFill></fill>'
            for fill in self.fills
        )
        borders = "".join(
            "<border><left/><right/>"
            + ('<top style="thin"><color rgb="FF808080"/></top>' if top else "<top/>")
            + ('<bottom style="thin"><color rgb="FF808080"/></bottom>' if bottom else "<bottom/>")
            + "<diagonal/></border>"
            for top, bottom in self.borders
        )
        xfs = "".join(self._xf(style) for style in self.xfs)
        return (
            f'{_XML_DECL}<styleSheet xmlns="{_MAIN}">{num_fmts}'
            f'<fonts count="{len(self.fonts)}">{fonts}</fonts>'
            f'<fills count="{len(self.fills)}">{fills}</fills>'
            f'<borders count="{len(self.borders)}">{borders}</borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
            "</cellStyleXfs>"
            f'<cellXfs count="{len(self.xfs)}">{xfs}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
            "</cellStyles>"
            '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" '
            'defaultPivotStyle="PivotStyleLight16"/>'
            "</styleSheet>"
        )

    def _xf(self, style: Style) -> str:
        font = self.fonts[(style.bold, style.italic, style.size, style.color)]
        fill = self.fills[style.fill]
        border = self.borders[(style.border_top, style.border_bottom)]
        number = self.formats[style.number_format]
        attributes = [
            f'numFmtId="{number}"',
            f'fontId="{font}"',
            f'fillId="{fill}"',
            f'borderId="{border}"',
            'xfId="0"',
        ]
        if number:
            attributes.append('applyNumberFormat="1"')
        if font:
            attributes.append('applyFont="1"')
        if fill:
            attributes.append('applyFill="1"')
        if border:
            attributes.append('applyBorder="1"')
        attributes.append('applyAlignment="1"')
        alignment = (
            "<alignment"
            + (f' horizontal="{style.horizontal}"' if style.horizontal else "")
            + f' vertical="{style.vertical}"'
            + (' wrapText="1"' if style.wrap else "")
            + "/>"
        )
        if style.quote:
            attributes.append('quotePrefix="1"')
        return f"<xf {' '.join(attributes)}>{alignment}</xf>"


def _cell_xml(row: int, column: int, value: Value, style: int) -> str:
    where = ref(row, column)
    s = f' s="{style}"'
    if value is None:
        return f'<c r="{where}"{s}/>'
    if isinstance(value, Formula):
        return f'<c r="{where}"{s}><f>{_markup(value)}</f></c>'
    if isinstance(value, bool):
        return f'<c r="{where}"{s} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        number = repr(value) if isinstance(value, float) else str(value)
        if number.endswith(".0"):
            number = number[:-2]
        return f'<c r="{where}"{s}><v>{number}</v></c>'
    if isinstance(value, dt.date):
        return f'<c r="{where}"{s}><v>{(value - _EPOCH).days}</v></c>'
    text = escape_text(value)
    space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
    return f'<c r="{where}"{s} t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _sheet_xml(sheet: Sheet, styles: _Styles, index: int) -> str:
    rows: dict[int, list[tuple[int, Value, Style]]] = {}
    for (row, column), (value, style) in sheet.cells.items():
        rows.setdefault(row, []).append((column, value, style))
    last_row = max(rows, default=1)
    last_column = max((c for (_, c) in sheet.cells), default=1)
    dimension = f"A1:{ref(last_row, last_column)}" if sheet.cells else "A1"
    frozen_rows, frozen_columns = sheet.frozen
    if frozen_rows or frozen_columns:
        top_left = ref(frozen_rows + 1, frozen_columns + 1)
        pane_name = (
            "bottomRight"
            if frozen_rows and frozen_columns
            else "bottomLeft"
            if frozen_rows
            else "topRight"
        )
        pane = (
            "<pane"
            + (f' xSplit="{frozen_columns}"' if frozen_columns else "")
            + (f' ySplit="{frozen_rows}"' if frozen_rows else "")
            + f' topLeftCell="{top_left}" activePane="{pane_name}" state="frozen"/>'
            + f'<selection pane="{pane_name}" activeCell="{top_left}" sqref="{top_left}"/>'
        )
    else:
        pane = '<selection activeCell="A1" sqref="A1"/>'
    selected = ' tabSelected="1"' if index == 1 else ""
    views = f'<sheetViews><sheetView workbookViewId="0"{selected}>{pane}</sheetView></sheetViews>'
    columns = sorted(set(sheet.widths) | sheet.hidden_columns)
    cols = ""
    if columns:
        cols = (
            "<cols>"
            + "".join(
                f'<col min="{c}" max="{c}" width="{sheet.widths.get(c, 9.0):g}" customWidth="1"'
                + (' hidden="1"' if c in sheet.hidden_columns else "")
                + "/>"
                for c in columns
            )
            + "</cols>"
        )
    body: list[str] = []
    for row in sorted(rows):
        height = sheet.heights.get(row)
        attributes = f' ht="{height:g}" customHeight="1"' if height else ""
        cells = "".join(
            _cell_xml(row, column, value, styles.index(style))
            for column, value, style in sorted(rows[row], key=lambda item: item[0])
        )
        body.append(f'<row r="{row}"{attributes}>{cells}</row>')
    merges = ""
    if sheet.merges:
        merges = (
            f'<mergeCells count="{len(sheet.merges)}">'
            + "".join(
                f'<mergeCell ref="{ref(r1, c1)}:{ref(r2, c2)}"/>' for r1, c1, r2, c2 in sheet.merges
            )
            + "</mergeCells>"
        )
    validations = ""
    if sheet.validations:
        validations = (
            f'<dataValidations count="{len(sheet.validations)}">'
            + "".join(_validation_xml(v) for v in sheet.validations)
            + "</dataValidations>"
        )
    tab = f'<sheetPr><tabColor rgb="FF{sheet.tab_color}"/></sheetPr>' if sheet.tab_color else ""
    page = (
        '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>'
        f'<pageSetup paperSize="9" orientation="{"landscape" if sheet.landscape else "portrait"}"'
        ' fitToWidth="1" fitToHeight="0"/>'
    )
    fit = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
    if tab:
        fit = tab.replace("</sheetPr>", '<pageSetUpPr fitToPage="1"/></sheetPr>')
    return (
        f'{_XML_DECL}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">{fit}'
        f'<dimension ref="{dimension}"/>{views}<sheetFormatPr defaultRowHeight="15"/>'
        f"{cols}<sheetData>{''.join(body)}</sheetData>{merges}{validations}{page}</worksheet>"
    )


def _validation_xml(validation: _Validation) -> str:
    attributes = [f'type="{validation.kind}"']
    if validation.operator:
        attributes.append(f'operator="{validation.operator}"')
    if validation.allow_blank:
        attributes.append('allowBlank="1"')
    attributes += ['showInputMessage="1"', 'showErrorMessage="1"']
    if validation.error_title:
        attributes.append(f'errorTitle="{_attribute(validation.error_title)}"')
    if validation.error:
        attributes.append(f'error="{_attribute(validation.error)}"')
    if validation.prompt_title:
        attributes.append(f'promptTitle="{_attribute(validation.prompt_title)}"')
    if validation.prompt:
        attributes.append(f'prompt="{_attribute(validation.prompt)}"')
    attributes.append(f'sqref="{" ".join(validation.sqref)}"')
    second = (
        f"<formula2>{_markup(validation.formula2)}</formula2>"
        if validation.formula2 is not None
        else ""
    )
    return (
        f"<dataValidation {' '.join(attributes)}>"
        f"<formula1>{_markup(validation.formula1)}</formula1>{second}</dataValidation>"
    )
