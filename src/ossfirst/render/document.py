# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The report as a typed document in words: what every report format shows, in one place.

A document is a title block and numbered sections made of a few kinds of blocks
(:class:`Paragraph`, :class:`Bullets`, :class:`Quote`, :class:`Verdict`, :class:`Table`,
:class:`KeyFigures`, :class:`Figure`, :class:`Subheading`). Every value in it is a finished
string (numbers and dates formatted for the language) or chart geometry, so the writers
(Markdown, HTML, Typst for the PDF, the terminal) only lay it out, and the formats show the
same content. The sections that fill it are :mod:`ossfirst.render.sections`, one module
each; the transparency portfolio (:mod:`ossfirst.portfolio.document`) is a document of the
same blocks.

Text from a request is data here, never markup: the blocks only strip control characters
and bidirectional overrides; each writer then treats every string as plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import MISSING as _NO_DEFAULT
from dataclasses import dataclass, fields, is_dataclass
from functools import lru_cache
from typing import Any, ClassVar, Literal, TypeVar

from ossfirst import prose
from ossfirst.render import charts

# The space between a number and its unit, where a line must not break ("5,0 %" on one line).
_UNIT = re.compile(r"(?<=\d) (?=%|EUR\b)")
MISSING = "–"

Align = Literal["left", "center", "right"]
Lines = tuple[tuple[str, ...], ...]


def keep_units(text: str) -> str:
    """``text`` with a no-break space between a number and ``%`` or ``EUR``."""
    if "%" not in text and "EUR" not in text:
        return text
    return _UNIT.sub("\u00a0", text)


def clean(value: object) -> str:
    """One line of text: control characters removed, white space collapsed, a number kept
    on one line with its unit."""
    return _clean(value if type(value) is str else str(value))


# Most strings of a report recur (criteria, levels, sources, numbers): nine of ten calls
# over a portfolio's requests ask for a string already cleaned. Bounded, so that memory
# stays flat however many reports a process writes.
@lru_cache(maxsize=8192)
def _clean(text: str) -> str:
    # A control character becomes a space (a tab, which prose.CONTROL keeps, is white space
    # to split() anyway); an isolate around a name written right to left stays.
    return keep_units(" ".join(prose.strip_controls(text, " ").split()))


def paragraphs(value: object) -> Lines:
    """Multi-line text as paragraphs of lines (:func:`prose.paragraphs`), with numbers kept
    on the line of their unit."""
    return _paragraphs(value if type(value) is str else str(value))


# The sentences of a report recur from one report to the next (an introduction, a note on
# the method), and the paragraphs are immutable: each text is cut once. Bounded like
# :func:`_clean`.
@lru_cache(maxsize=1024)
def _paragraphs(text: str) -> Lines:
    # A tab or other control character becomes a space here: the formats set text in cells.
    return tuple(tuple(keep_units(line) for line in lines) for lines in prose.paragraphs(text, " "))


# -- the parts of blocks ---------------------------------------------------------------------

_Frozen = TypeVar("_Frozen")


def _quick(cls: type[_Frozen]) -> type[_Frozen]:
    """``cls``, a frozen dataclass with slots, with a constructor that sets each field
    through its slot's own setter. The one ``dataclass`` writes goes through
    ``object.__setattr__`` for every field (around the frozen ``__setattr__``), which looks
    each field up by name: a report makes about 600 cells, rows, notes and tables, and that
    was nearly a tenth of the work of putting it together (the slots also make a field
    quicker to read for the writers). Only these four kinds are made so, since compiling a
    constructor costs the start-up of every command. Everything else stays as
    ``dataclass`` made it: the same signature and defaults, fields that cannot be assigned,
    equality, hash, ``repr``, pickling and ``dataclasses.replace``."""
    found = fields(cls)  # type: ignore[arg-type]
    assert all(f.default_factory is _NO_DEFAULT for f in found)
    setters = {f"_set_{f.name}": getattr(cls, f.name).__set__ for f in found}
    defaults = {f"_{f.name}": f.default for f in found if f.default is not _NO_DEFAULT}
    signature = ", ".join(
        f"{f.name}=_{f.name}" if f.default is not _NO_DEFAULT else f.name for f in found
    )
    body = "".join(f"    _set_{f.name}(self, {f.name})\n" for f in found) or "    pass\n"
    made: dict[str, Any] = {}
    code = f"def __init__(self, {signature}):\n{body}"
    exec(code, {**setters, **defaults}, made)  # noqa: S102 - made of the fields' own names
    init = made["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__annotations__ = dict(cls.__init__.__annotations__)
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


@_quick
@dataclass(frozen=True, slots=True)
class Note:
    """A line shown smaller beneath a cell's text; ``mono`` sets it in a monospaced font
    (a hash, which must stay whole and copyable)."""

    text: str
    mono: bool = False


@_quick
@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell: its text, notes shown smaller beneath it, each on a line of its own
    (evidence, dates, hashes), whether the text is set in a monospaced font (hashes) and
    whether it is bold (the result a row leads to)."""

    text: str
    notes: tuple[Note, ...] = ()
    mono: bool = False
    strong: bool = False
    #: A file beside the document the text leads to (a request's report): the dashboard
    #: links it; the other writers show the text alone.
    link: str = ""


@dataclass(frozen=True)
class Column:
    """A table column: its heading, alignment and relative width.

    A ``detail`` column holds running text (a reason, a justification) for a table that is
    too wide for A4 portrait otherwise: the HTML report shows it as a column like any other;
    the PDF sets each of its cells as a line of its own beneath its row, across the whole
    table and led by the column's heading, and leaves it out of the width shares."""

    label: str
    align: Align = "left"
    width: float = 1.0
    detail: bool = False


@_quick
@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[Cell, ...]
    #: Bold throughout: the total a table adds up to.
    strong: bool = False


@dataclass(frozen=True)
class Entry:
    """An item of a bulleted list: a lead in bold (may be empty) and its text; a ``link``
    (a file beside the document) is shown as a link on the lead where a writer has links."""

    lead: str
    text: str
    link: str = ""


@dataclass(frozen=True)
class Field:
    """A label and its value: a line of the title block or of the verdict box."""

    label: str
    value: str


@dataclass(frozen=True)
class Tile:
    """A key figure: what it counts, its value and a note on it."""

    label: str
    value: str
    note: str


@dataclass(frozen=True)
class LegendItem:
    """A series of a chart in its legend, with the look it has in the chart."""

    label: str
    #: Index into :data:`ossfirst.render.charts.SERIES`.
    series: int
    #: ``fill`` for bars, ``line`` for the radar.
    mode: str
    #: The radar's marker, centred on an 18 x 10 point swatch.
    marker: list[list[float]]


# -- blocks ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    """Running text; ``strong`` sets it in bold (a conclusion the reader should not miss)."""

    type: ClassVar[str] = "paragraph"
    paragraphs: Lines
    strong: bool = False


@dataclass(frozen=True)
class Bullets:
    """A bulleted list."""

    type: ClassVar[str] = "list"
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Quote:
    """Text a person wrote (a justification), set apart and led by ``label``."""

    type: ClassVar[str] = "quote"
    label: str
    paragraphs: Lines


@dataclass(frozen=True)
class Verdict:
    """The box of the summary: recommendation, verdict, robustness, and whether the policy
    holds."""

    type: ClassVar[str] = "verdict"
    holds: bool
    rows: tuple[Field, ...]
    policy: str


@_quick
@dataclass(frozen=True, slots=True)
class Table:
    """A table with its caption; ``label`` ("Tabelle 3") is given when the document is put
    together, so that a section need not know how many tables come before it."""

    type: ClassVar[str] = "table"
    label: str
    caption: str
    columns: tuple[Column, ...]
    #: The rows, or rows made only as a writer reads them (the long lists of a portfolio's
    #: dashboard, written without being held whole; each reading makes them anew).
    rows: Iterable[Row]
    #: The first cell of each row names the row (a screen reader announces it).
    row_headers: bool = True


@dataclass(frozen=True)
class KeyFigures:
    """A few figures that sum a document up, counted among its tables (``label``): the
    dashboard shows them as tiles, the printed annual report as a table of three columns."""

    type: ClassVar[str] = "keyfigures"
    label: str
    caption: str
    tiles: tuple[Tile, ...]


@dataclass(frozen=True)
class Figure:
    """A chart: its caption, a description in words for who cannot see it, the geometry of
    :mod:`ossfirst.render.charts` and its legend."""

    type: ClassVar[str] = "figure"
    label: str
    caption: str
    alt: str
    chart: charts.Scene
    legend: tuple[LegendItem, ...]


@dataclass(frozen=True)
class Subheading:
    """A heading inside a section: level 3 for an alternative (Markdown ``###``), 4 for a
    part of it such as one evidence file (``####``)."""

    type: ClassVar[str] = "subheading"
    text: str
    level: int = 3


Block = Paragraph | Bullets | Quote | Verdict | Table | KeyFigures | Figure | Subheading


@dataclass(frozen=True)
class Section:
    #: The anchor of the section (``summary``), for links and the table of contents.
    id: str
    number: int
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Document:
    """The whole report in one language: title block, page furniture, sections."""

    lang: str
    title: str
    request_title: str
    subtitle: str
    organisation: str
    department: str
    request_id: str
    #: The running header of a page.
    header: str
    #: The running footer, in parts: ``["Seite ", "{page}", " von ", "{pages}"]``.
    footer: tuple[str, ...]
    meta: tuple[Field, ...]
    #: "Inhalt": the heading of the table of contents.
    contents: str
    #: The link that skips to the main text, for keyboard users.
    skip: str
    sections: tuple[Section, ...]
    #: The looks of the series of the charts (:data:`ossfirst.render.charts.SERIES`).
    series: tuple[dict[str, str], ...]
    #: The issue date, ISO 8601.
    issued: str
    #: ``ossfirst <version>``.
    tool: str


# -- making blocks ---------------------------------------------------------------------------


def paragraph(text: object, *, strong: bool = False) -> Paragraph:
    """A block of running text."""
    return Paragraph(paragraphs(text), strong)


def note(text: object, *, mono: bool = False) -> Note:
    return _note(text if type(text) is str else str(text), mono)


# Notes recur as cells do (dates, "assessed on ... by ...", the empty note a row leaves out).
@lru_cache(maxsize=2048)
def _note(text: str, mono: bool) -> Note:
    return Note(_clean(text), mono)


def cell(
    text: object = "",
    *,
    notes: list[Note] | None = None,
    mono: bool = False,
    strong: bool = False,
    link: str = "",
) -> Cell:
    """A table cell; empty notes are left out."""
    if not (notes or mono or strong or link):
        return _plain_cell(text if type(text) is str else str(text))
    shown = tuple([n for n in notes if n.text]) if notes else ()
    return Cell(clean(text), shown, mono, strong, link)


# A cell of text alone is the most common block part (a report has about a thousand) and
# most of them recur (levels, weights, sources, titles of criteria); cells are immutable, so
# one object serves every table that shows the same text. Bounded like :func:`_clean`.
@lru_cache(maxsize=2048)
def _plain_cell(text: str) -> Cell:
    return Cell(_clean(text))


def number_cell(text: str) -> Cell:
    """A cell of a number as :mod:`ossfirst.texts` formats it ("1.234,56 EUR", "12,5 %"):
    the same cell as :func:`cell` gives, made without looking for what a number never has
    (control characters, runs of white space)."""
    return _number_cell(text)


# The amounts of a report's cost tables are many and most are its own: a cache of their
# own keeps them from crowding the recurring texts out of :func:`_plain_cell`'s.
@lru_cache(maxsize=2048)
def _number_cell(text: str) -> Cell:
    return Cell(keep_units(text))


def column(
    label: str, align: Align = "left", width: float = 1.0, *, detail: bool = False
) -> Column:
    return _column(label, align, width, detail)


# The columns of a report's tables are the same in every report (typed: a width of 1 and
# of 1.0 are not the same data for the PDF).
@lru_cache(maxsize=1024, typed=True)
def _column(label: str, align: Align, width: float, detail: bool) -> Column:
    return Column(clean(label), align, width, detail)


def table(
    caption: str,
    columns: list[Column],
    rows: list[list[Cell]],
    *,
    strong_last: bool = False,
    row_headers: bool = True,
) -> Table:
    """A table; ``strong_last`` sets its last row in bold (a total). Its label is given
    when the document is put together."""
    last = len(rows) - 1 if strong_last else -1
    return Table(
        label="",
        caption=clean(caption),
        columns=tuple(columns),
        rows=tuple([Row(tuple(cells), i == last) for i, cells in enumerate(rows)]),
        row_headers=row_headers,
    )


def figure(caption: str, alt: str, chart: charts.Scene, legend: list[dict[str, Any]]) -> Figure:
    """A chart; its label is given when the document is put together."""
    return Figure(
        label="",
        caption=clean(caption),
        alt=clean(alt),
        chart=chart,
        legend=tuple(
            LegendItem(clean(item["label"]), item["series"], item["mode"], item["marker"])
            for item in legend
        ),
    )


def bullets(entries: list[tuple[str, str]]) -> Bullets:
    """A bulleted list; each entry is (lead in bold, text)."""
    return Bullets(tuple(Entry(clean(lead), clean(text)) for lead, text in entries))


def subheading(text: object, level: int = 3) -> Subheading:
    return Subheading(clean(text), level)


def quote(label: str, text: object) -> Quote:
    return Quote(label, paragraphs(text))


def page_parts(template: str) -> tuple[str, ...]:
    """``"Seite {page} von {pages}"`` as ``("Seite ", "{page}", " von ", "{pages}")``, so
    that each format can put its own page counters in place."""
    return tuple(part for part in re.split(r"(\{pages?\})", template) if part)


# -- the document as plain data --------------------------------------------------------------


#: Values :func:`data` returns as they are, by their exact type.
_PLAIN = frozenset({str, int, float, bool, type(None)})
#: The ``type`` and the field names of each kind of block and part met so far.
_SHAPES: dict[type, tuple[str | None, tuple[str, ...]]] = {}


def data(value: Any) -> Any:
    """A document, or any part of it, as plain JSON-ready data: a block is an object with
    its ``type`` first and its fields in order, a tuple a list (what the Typst template
    reads)."""
    cls = type(value)
    if cls in _PLAIN:
        return value
    if cls is tuple or cls is list:
        return [data(item) for item in value]
    shape = _SHAPES.get(cls)
    if shape is None and is_dataclass(value) and not isinstance(value, type):
        shape = _SHAPES[cls] = (getattr(cls, "type", None), tuple(f.name for f in fields(value)))
    if shape is not None:
        kind, names = shape
        found: dict[str, Any] = {} if kind is None else {"type": kind}
        for name in names:
            found[name] = data(getattr(value, name))
        return found
    if isinstance(value, dict):
        return {key: data(item) for key, item in value.items()}
    if isinstance(value, Iterable) and not isinstance(value, str):
        return [data(item) for item in value]
    return value
