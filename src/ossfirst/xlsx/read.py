# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Reading a workbook that someone else may have made: defensively, and only its cells.

Before anything is decompressed, the archive's declared sizes are checked against the
limits (a zip bomb is refused by what it claims, and no part is ever read beyond what it
claims); a workbook with macros, an encrypted workbook (an OLE file holding an
``EncryptedPackage``), a binary (``.xlsb``) or old (``.xls``) workbook and a file that is no
workbook at all are refused with their reason. XML with a document type declaration
(and so with entities of its own) is refused before it is parsed, as is XML in any encoding
but UTF-8. Of each sheet only the cells are read (their text, number,
boolean, date or error, whether they hold a formula and whether it has a computed value) and
the merged ranges; nothing else of the file is looked at, and nothing in it is run.

Works with the workbooks Excel and LibreOffice write, transitional and strict: shared and
inline strings, rich text, Excel's ``_xHHHH_`` escapes, the 1900 and 1904 date systems.
"""

from __future__ import annotations

import datetime as dt
import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import Element, XMLParser

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_REF = re.compile(r"^([A-Z]{1,3})([0-9]{1,7})$")
_DATE_FORMATS = frozenset([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57])
_DATE_CODE = re.compile(r"[dmyhs]", re.IGNORECASE)
_DATE_NOISE = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
_EPOCH_1900 = dt.date(1899, 12, 30)
_EPOCH_1904 = dt.date(1904, 1, 1)
_MACRO_TYPES = ("macroenabled", "vbaproject", "vnd.ms-office.activex")


class WorkbookError(Exception):
    """Why a workbook cannot be read: a ``code`` (``not-workbook``, ``legacy``,
    ``encrypted``, ``macros``, ``binary``, ``damaged``, ``bomb``, ``parts``, ``rows``,
    ``columns``) with its parameters, and the sheet it concerns, if one."""

    def __init__(self, code: str, sheet: str | None = None, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.sheet = sheet
        self.params = params


@dataclass(slots=True)
class Cell:
    """A cell as stored. ``value`` is a text, a number or a boolean (``None``: empty);
    ``written`` is a number as it is stored (``12000.5``); ``date``: a number shown as a date;
    ``formula``: the cell holds a formula, whose computed value is ``value`` unless
    ``uncomputed``; ``error``: an error value such as ``#DIV/0!``."""

    value: str | float | bool | None
    written: str = ""
    date: bool = False
    formula: bool = False
    uncomputed: bool = False
    error: str | None = None


@dataclass
class SheetData:
    """The cells of one sheet by (row, column), 1-based, and its merged ranges."""

    name: str
    index: int
    hidden: bool
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)

    @property
    def last_row(self) -> int:
        return max((row for row, _ in self.cells), default=0)


@dataclass
class Book:
    sheets: list[SheetData]
    date1904: bool = False

    def to_date(self, serial: float) -> dt.date:
        """The day a date serial number stands for."""
        if not self.date1904 and serial < 61:
            # Excel counts a 29 February 1900 that never was; serials before it are one off.
            serial += 1
        epoch = _EPOCH_1904 if self.date1904 else _EPOCH_1900
        return epoch + dt.timedelta(days=int(serial))


def unescape(text: str) -> str:
    """Excel's ``_xHHHH_`` escapes decoded (``_x005F_`` is an underscore)."""
    if "_x" not in text:
        return text
    decoded = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    if any("\ud800" <= ch <= "\udfff" for ch in decoded):
        decoded = decoded.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return decoded


def _local(tag: str) -> str:
    """An element's name without its namespace: transitional and strict files alike."""
    return tag.rsplit("}", 1)[-1]


def position(reference: str) -> tuple[int, int]:
    """``B12`` -> (12, 2)."""
    match = _REF.match(reference)
    if match is None:
        raise WorkbookError("damaged", detail=f"cell reference {reference[:20]!r}")
    letters, digits = match.groups()
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - 64
    return int(digits), column


def classify(raw: bytes) -> None:
    """Raise :class:`WorkbookError` for bytes that are no zip archive: an encrypted or old
    Excel file (both OLE files) or anything else."""
    if raw.startswith(_ZIP):
        return
    if raw.startswith(_OLE):
        encrypted = "EncryptedPackage".encode("utf-16-le") in raw
        raise WorkbookError("encrypted" if encrypted else "legacy")
    raise WorkbookError("not-workbook")


class _Archive:
    """The zip archive, with every part's size checked before it is read."""

    def __init__(self, raw: bytes, max_unpacked: int, max_parts: int) -> None:
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(raw))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
            raise WorkbookError("not-workbook", detail=str(exc)) from None
        if len(infos) > max_parts:
            raise WorkbookError("parts", count=len(infos), limit=max_parts)
        total = sum(info.file_size for info in infos)
        if total > max_unpacked:
            raise WorkbookError("bomb", size=total, limit=max_unpacked)
        self.sizes: dict[str, int] = {}
        for info in infos:
            if info.flag_bits & 0x1:
                raise WorkbookError("encrypted")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise WorkbookError("damaged", detail=f"compression {info.compress_type}")
            self.sizes[info.filename] = info.file_size
        self.lower = {name.lower(): name for name in self.sizes}

    def names(self) -> list[str]:
        return list(self.sizes)

    def has(self, name: str) -> bool:
        return name.lower() in self.lower

    def read(self, name: str) -> bytes:
        actual = self.lower.get(name.lower())
        if actual is None:
            raise WorkbookError("damaged", detail=f"{name[:60]} is missing")
        size = self.sizes[actual]
        try:
            with self.zip.open(actual) as stream:
                data = stream.read(size + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise WorkbookError("damaged", detail=f"{actual[:60]}: {exc}") from None
        if len(data) > size:  # more than it claims: never read on
            raise WorkbookError("damaged", detail=f"{actual[:60]} is longer than it says")
        return data


def _safe(data: bytes, part: str) -> None:
    """Refuse XML that declares a document type (the only way to define entities: billion
    laughs, external entities) or that is not UTF-8 (where such a declaration could hide)."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data or b"\x00" in data:
        raise WorkbookError("damaged", detail=f"{part[:60]}: document type declaration")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise WorkbookError("damaged", detail=f"{part[:60]}: not UTF-8")


def _xml(data: bytes, part: str) -> Element:
    _safe(data, part)
    # The C parser, for speed: what defusedxml guards against needs a document type
    # declaration, which _safe refused above.
    parser = XMLParser()  # noqa: S314
    try:
        parser.feed(data)
        root: Element = parser.close()
    except Exception as exc:  # the parser's errors
        raise WorkbookError("damaged", detail=f"{part[:60]}: {type(exc).__name__}") from None
    return root


def _rels(archive: _Archive, part: str) -> dict[str, tuple[str, str]]:
    """The relationships of ``part`` (``""``: the package's): id -> (type, target part)."""
    folder, name = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", name + ".rels")
    if not archive.has(rels_name):
        return {}
    found: dict[str, tuple[str, str]] = {}
    for element in _xml(archive.read(rels_name), rels_name):
        if _local(element.tag) != "Relationship" or element.get("TargetMode") == "External":
            continue
        target = element.get("Target") or ""
        if target.startswith("/"):
            resolved = target[1:]
        else:
            resolved = posixpath.normpath(posixpath.join(folder, target))
        kind = (element.get("Type") or "").rsplit("/", 1)[-1]
        found[element.get("Id") or ""] = (kind, resolved)
    return found


def _check_content(archive: _Archive) -> None:
    """Refuse macros (VBA projects, ActiveX), binary workbooks, and files that are no
    spreadsheet."""
    for name in archive.names():
        lowered = name.lower()
        if "vbaproject" in lowered or lowered.startswith("xl/activex/"):
            raise WorkbookError("macros")
    if not archive.has("[Content_Types].xml"):
        raise WorkbookError("not-workbook")
    types = _xml(archive.read("[Content_Types].xml"), "[Content_Types].xml")
    for element in types:
        content = (element.get("ContentType") or "").lower()
        if any(kind in content for kind in _MACRO_TYPES):
            raise WorkbookError("macros")
        if "sheet.binary" in content:
            raise WorkbookError("binary")


def _shared_strings(archive: _Archive, part: str | None) -> list[str]:
    if part is None or not archive.has(part):
        return []
    strings: list[str] = []
    for item in _xml(archive.read(part), part):
        if _local(item.tag) == "si":
            strings.append(unescape(_text_of(item)))
    return strings


def _text_of(item: Element) -> str:
    """The text of a string item: its ``t``, or its runs' ``t`` (phonetic runs left out)."""
    parts: list[str] = []
    for child in item:
        name = _local(child.tag)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts.extend(t.text or "" for t in child if _local(t.tag) == "t")
    return "".join(parts)


def _date_styles(archive: _Archive, part: str | None) -> set[int]:
    """The indexes of the cell formats that show numbers as dates."""
    if part is None or not archive.has(part):
        return set()
    root = _xml(archive.read(part), part)
    custom: dict[int, str] = {}
    dated: set[int] = set()
    for child in root:
        name = _local(child.tag)
        if name == "numFmts":
            for fmt in child:
                try:
                    custom[int(fmt.get("numFmtId") or "-1")] = fmt.get("formatCode") or ""
                except ValueError:
                    continue
        elif name == "cellXfs":
            for index, xf in enumerate(child):
                try:
                    number = int(xf.get("numFmtId") or "0")
                except ValueError:
                    continue
                code = custom.get(number)
                if code is not None:
                    if _DATE_CODE.search(_DATE_NOISE.sub("", code)):
                        dated.add(index)
                elif number in _DATE_FORMATS:
                    dated.add(index)
    return dated


def read_book(
    raw: bytes,
    *,
    max_unpacked: int,
    max_parts: int,
    max_rows: int,
    max_columns: int,
    sheets: set[str] | None = None,
) -> Book:
    """The sheets of the workbook ``raw`` (only those named in ``sheets``, compared in lower
    case with runs of white space as one, when given; the others with no cells). Raises
    :class:`WorkbookError`."""
    classify(raw)
    archive = _Archive(raw, max_unpacked, max_parts)
    _check_content(archive)
    workbook_part = next(
        (target for kind, target in _rels(archive, "").values() if kind == "officeDocument"),
        "xl/workbook.xml",
    )
    if not archive.has(workbook_part):
        raise WorkbookError("not-workbook")
    workbook = _xml(archive.read(workbook_part), workbook_part)
    relations = _rels(archive, workbook_part)
    shared_part = next((t for k, t in relations.values() if k == "sharedStrings"), None)
    styles_part = next((t for k, t in relations.values() if k == "styles"), None)
    date1904 = False
    entries: list[tuple[str, bool, str | None]] = []
    for child in workbook:
        name = _local(child.tag)
        if name == "workbookPr":
            date1904 = (child.get("date1904") or "").lower() in ("1", "true")
        elif name == "sheets":
            for sheet in child:
                rid = next((v for k, v in sheet.attrib.items() if _local(k) == "id"), "")
                entries.append(
                    (
                        sheet.get("name") or "",
                        (sheet.get("state") or "visible") != "visible",
                        relations[rid][1] if rid in relations else None,
                    )
                )
    strings = _shared_strings(archive, shared_part)
    dated = _date_styles(archive, styles_part)
    book = Book([], date1904)
    for index, (name, hidden, part) in enumerate(entries):
        data = SheetData(name, index, hidden)
        book.sheets.append(data)
        if part is None or (sheets is not None and " ".join(name.split()).casefold() not in sheets):
            continue
        _read_sheet(archive.read(part), part, data, strings, dated, max_rows, max_columns)
    return book


def _read_sheet(
    raw: bytes,
    part: str,
    sheet: SheetData,
    strings: list[str],
    dated: set[int],
    max_rows: int,
    max_columns: int,
) -> None:
    root = _xml(raw, part)
    ns = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    names = _Names(ns)
    row = 0
    for child in root:
        if child.tag == names.data:
            for line in child:
                if line.tag != names.row:
                    continue
                number = line.get("r")
                row = int(number) if number is not None and number.isdigit() else row + 1
                if row > max_rows:
                    raise WorkbookError("rows", sheet.name, limit=max_rows)
                column = 0
                for element in line:
                    if element.tag != names.c:
                        continue
                    reference = element.get("r")
                    if reference:
                        row, column = position(reference)
                    else:
                        column += 1
                    if column > max_columns:
                        raise WorkbookError("columns", sheet.name, limit=max_columns)
                    cell = _cell(element, strings, dated, names)
                    if cell is not None:
                        sheet.cells[(row, column)] = cell
        elif child.tag == names.merges:
            for merge in child:
                area = (merge.get("ref") or "").split(":")
                if len(area) == 2:
                    (r1, c1), (r2, c2) = position(area[0]), position(area[1])
                    sheet.merged.append((r1, c1, r2, c2))


class _Names:
    """The qualified names of a sheet's elements in its namespace."""

    def __init__(self, ns: str) -> None:
        self.data, self.row, self.c = ns + "sheetData", ns + "row", ns + "c"
        self.v, self.f, self.inline = ns + "v", ns + "f", ns + "is"
        self.merges = ns + "mergeCells"


def _cell(element: Element, strings: list[str], dated: set[int], names: _Names) -> Cell | None:
    kind = element.get("t") or "n"
    formula = value = inline = None
    for child in element:
        tag = child.tag
        if tag == names.f:
            formula = child
        elif tag == names.v:
            value = child.text
        elif tag == names.inline:
            inline = child
    has_formula = formula is not None
    if inline is not None:
        return Cell(unescape(_text_of(inline)), formula=has_formula)
    if value is None:
        if has_formula:
            return Cell(None, formula=True, uncomputed=True)
        return None
    try:
        style = int(element.get("s") or "0")
    except ValueError:
        style = 0
    if kind == "s":
        try:
            return Cell(strings[int(value)], formula=has_formula)
        except (ValueError, IndexError):
            raise WorkbookError("damaged", detail=f"shared string {value[:20]}") from None
    if kind in ("str", "inlineStr"):
        return Cell(unescape(value), formula=has_formula)
    if kind == "b":
        return Cell(value.strip() in ("1", "true"), formula=has_formula)
    if kind == "e":
        return Cell(None, formula=has_formula, error=value.strip())
    if kind == "d":  # a date written as ISO text (strict files)
        return Cell(value.strip()[:10], written=value.strip(), date=True, formula=has_formula)
    try:
        number = float(value)
    except ValueError:
        raise WorkbookError("damaged", detail=f"number {value[:20]!r}") from None
    return Cell(number, written=value.strip(), date=style in dated, formula=has_formula)
