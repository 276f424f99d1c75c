# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""A request form in Excel, read as a request: its cells become the same data a YAML
request gives, validated by the same models and cross-checks, and every problem is named
by its cell (``form.xlsx:Bewertungen!D12``) as a YAML problem is by its line.

The form's layout is :mod:`ossfirst.forms.layout`; a form is read in German or English,
whichever it was written in. The workbook is read by :mod:`ossfirst.xlsx.read`: bounded
before anything is unpacked, never a workbook with macros, no formula run (a formula's value
is the one the spreadsheet application computed and stored; without one the cell is an
error). The values and texts of a form count against the same limits as a YAML request's.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from ossfirst.errors import InputError, Location, Problem
from ossfirst.forms import layout
from ossfirst.forms.layout import Column, Table, normal
from ossfirst.load import numbers, yamlsource
from ossfirst.load.request import LoadedRequest
from ossfirst.load.yamlsource import PathT, SourceMap
from ossfirst.model import limits
from ossfirst.model.request import Request
from ossfirst.texts import LANGS, TEXTS, Phrase, both, number
from ossfirst.xlsx.book import ref
from ossfirst.xlsx.read import Book, Cell, SheetData, WorkbookError, read_book

#: Suffixes of the files read as forms.
SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlsb")

Where = tuple[int, int, int]  # sheet index, row, column

_LEVEL = re.compile(r"^\s*([0-9]+(?:[.,][0-9]+)?)(?:\s*(?:[-–—:.)]\s*.*)?)?$", re.DOTALL)
_YES = frozenset(normal(w) for w in ("ja", "yes", "true", "wahr", "bestanden", "passed", "erfüllt"))
_NO = frozenset(
    normal(w)
    for w in ("nein", "no", "false", "falsch", "nicht bestanden", "not passed", "nicht erfüllt")
)
_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_SEAL_PAIR = re.compile(r"^\s*([A-Za-z][A-Za-z0-9]*-[0-9]+)\s*[:=]\s*([0-9]+)\s*$")
_CURRENCY = re.compile(r"€|EUR|Euro|%", re.IGNORECASE)


def is_form(path: Path) -> bool:
    """Whether ``path`` is read as a form (by its suffix)."""
    return path.suffix.lower() in SUFFIXES


def _words(key: str, /, **params: object) -> Phrase:
    """The text ``key`` of the catalogue in every language (:func:`ossfirst.texts.both`)."""
    return both(key, **params)


def _in_both(names: tuple[str, str]) -> Phrase:
    """A name a form gives in German and in English (a sheet, a column) as a text in every
    language, to fill into a sentence of the catalogue."""
    return dict(zip(LANGS, names, strict=True))


def _hint(key: str, **params: object) -> dict[str, str]:
    return _words(key, **params) if key in TEXTS else {}


class FormSourceMap(SourceMap):
    """Where every value of a form is: its cell. ``locate`` returns the cell of a path, or of
    its nearest parent that has one, as :class:`SourceMap` does for lines."""

    def __init__(self, file: str, sheets: list[str]) -> None:
        super().__init__(file)
        self.sheets = sheets
        self.cells: dict[PathT, Where] = {}
        self.key_cells: dict[PathT, Where] = {}
        #: The label (German, English) of the field or column of a cell.
        self.labels: dict[Where, tuple[str, str]] = {}

    def place(self, path: PathT, where: Where, *, key: Where | None = None) -> None:
        self.cells.setdefault(path, where)
        self.values.setdefault(path, (where[1], where[2]))
        key = key or where
        self.key_cells.setdefault(path, key)
        self.keys.setdefault(path, (key[1], key[2]))

    def location(self, where: Where) -> Location:
        sheet, row, column = where
        return Location(
            self.file, row, column, sheet + 1, f"{self.sheets[sheet]}!{ref(row, column)}"
        )

    def locate(self, path: PathT, *, prefer_key: bool = False) -> Location:
        path = tuple(path)
        while True:
            first, second = (
                (self.key_cells, self.cells) if prefer_key else (self.cells, self.key_cells)
            )
            found = first.get(path) or second.get(path)
            if found is not None:
                return self.location(found)
            if not path:
                return Location(self.file)
            path = path[:-1]

    def has(self, path: PathT) -> bool:
        return tuple(path) in self.cells

    def span(self, path: PathT, *, prefer_key: bool = False) -> tuple[Location, tuple[int, int]]:
        return self.locate(path, prefer_key=prefer_key), (0, 0)


class _Reader:
    def __init__(self, book: Book, display: str) -> None:
        self.book = book
        self.display = display
        self.source = FormSourceMap(display, [s.name for s in book.sheets])
        self.problems: list[Problem] = []
        #: Cells already reported: a schema problem at the same cell is left out.
        self.reported: set[Where] = set()
        self.values = 0
        self.characters = 0
        self.sheets: dict[str, SheetData] = {}
        by_name = layout.sheet_keys_by_name()
        for sheet in book.sheets:
            key = by_name.get(normal(sheet.name))
            if key is not None:
                self.sheets.setdefault(key, sheet)

    # -- problems --------------------------------------------------------------------------

    def problem(
        self, where: Where | None, key: str, hint: str = "", code: str = "form", **params: object
    ) -> None:
        location = self.source.location(where) if where else Location(self.display)
        if where is not None:
            self.reported.add(where)
        hint_words = _hint(hint, **params) if hint else {}
        self.problems.append(Problem(location, _words(key, **params), hint_words, code))

    def missing(self, where: Where, spec: Column) -> None:
        """A cell that must be filled in is empty."""
        self.reported.add(where)
        labels = spec.labels()
        self.problems.append(
            Problem(
                self.source.location(where),
                _words("form.err.missing", label=_in_both(labels)),
                _words("form.hint.missing"),
                "form-missing",
            )
        )

    # -- sheets ----------------------------------------------------------------------------

    def check_sheets(self) -> bool:
        """Whether every sheet a form needs is there; a problem for each missing one."""
        found = [s.name for s in self.book.sheets]
        if not any(key in self.sheets for key in layout.REQUIRED):
            name = layout.sheet_name("request", "de") + " / " + layout.sheet_name("request", "en")
            shown = ", ".join(f"'{n}'" for n in found[:12]) or "–"
            self.problems.append(
                Problem(
                    Location(self.display),
                    _words("form.err.no-form", sheet=name, found=shown),
                    _words("form.hint.no-form"),
                    "form-sheet",
                )
            )
            return False
        known = set(layout.sheet_keys_by_name())
        unknown = [s for s in self.book.sheets if normal(s.name) not in known]
        wanted = list(layout.REQUIRED)
        if any(key in self.sheets for key in layout.MARKET):
            wanted += layout.MARKET
        complete = True
        for key in wanted:
            if key in self.sheets:
                continue
            complete = False
            names = TEXTS[f"form.sheet.{key}"]
            guess = None
            import difflib  # only for a sheet missing: keeps imports cheap

            for sheet in unknown:
                if difflib.get_close_matches(
                    normal(sheet.name), [normal(n) for n in names], 1, 0.6
                ):
                    guess = sheet
                    break
            if guess is not None:
                where = Location(self.display, 1, 1, guess.index + 1, f"{guess.name}!A1")
                hint = _words("form.hint.sheet-renamed", found=guess.name, sheet=_in_both(names))
            else:
                where = Location(self.display)
                hint = _words("form.hint.sheet-missing")
            message = _words("form.err.sheet-missing", sheet=_in_both(names))
            self.problems.append(Problem(where, message, hint, "form-sheet"))
        return complete

    def check_merged(self, sheet: SheetData, columns: set[int]) -> None:
        for first_row, first_column, last_row, last_column in sheet.merged:
            if (first_row, first_column) == (last_row, last_column):
                continue
            if any(first_column <= c <= last_column for c in columns):
                cells = f"{ref(first_row, first_column)}:{ref(last_row, last_column)}"
                self.problem(
                    (sheet.index, first_row, first_column),
                    "form.err.merged",
                    "form.hint.merged",
                    "form-merged",
                    cells=cells,
                )

    # -- cells -----------------------------------------------------------------------------

    def count(self, where: Where, value: object) -> bool:
        """Count a value against the request's limits; ``False`` once one is crossed."""
        self.values += 1
        if isinstance(value, str):
            self.characters += len(value)
        if self.values > limits.REQUEST_VALUES:
            self.problem(
                where,
                "form.err.values",
                "form.hint.size",
                "too-large",
                limit=f"{limits.REQUEST_VALUES:,}",
            )
            raise _Stop
        if self.characters > limits.REQUEST_CHARACTERS:
            self.problem(
                where,
                "form.err.characters",
                "form.hint.characters",
                "too-long",
                limit=f"{limits.REQUEST_CHARACTERS:,}",
            )
            raise _Stop
        return True

    def raw(self, sheet: SheetData, row: int, column: int, spec: Column) -> Cell | None:
        """The cell if it holds a value to read; a formula without a value or an error value
        is reported; every value counts against the limits."""
        where = (sheet.index, row, column)
        self.source.labels[where] = spec.labels()
        found = sheet.cells.get((row, column))
        if found is None:
            return None
        if found.uncomputed:
            self.problem(where, "form.err.formula", "form.hint.formula", "form-formula")
            return None
        if found.error is not None:
            self.problem(
                where,
                "form.err.cell-error",
                "form.hint.cell-error",
                "form-cell",
                error=found.error[:20],
            )
            return None
        value = found.value
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        self.count(where, value)
        return found

    def cell(self, sheet: SheetData, row: int, column: int, spec: Column) -> tuple[bool, Any]:
        """The value of a cell as ``spec`` reads it: (present, value)."""
        found = self.raw(sheet, row, column, spec)
        if found is None:
            return False, None
        converted = self.convert(found, spec, (sheet.index, row, column))
        if converted is _INVALID:
            return False, None
        return True, converted

    def convert(self, found: Cell, spec: Column, where: Where) -> Any:
        value, kind = found.value, spec.kind
        shown = self.shown(found)
        if found.date and kind not in ("date",) and not isinstance(value, str):
            self.problem(
                where,
                "form.err.became-date",
                "form.hint.became-date",
                "form-type",
                value=self.book.to_date(float(value or 0)).isoformat(),
            )
            return _INVALID
        if kind in ("text", "long"):
            if isinstance(value, bool):
                return "true" if value else "false"
            return value if isinstance(value, str) else found.written
        if kind == "whole":
            return self.whole(value, shown, where, "form.err.whole")
        if kind in ("number", "money", "rate"):
            return self.number(found, spec, where)
        if kind == "date":
            return self.date(found, where)
        if kind == "flag":
            return self.flag(value, shown, where, "form.err.flag")
        if kind == "choice":
            return self.choice(value, shown, spec, where)
        if kind == "list":
            text = value if isinstance(value, str) else found.written
            return [part.strip() for part in re.split(r"[;\n]", text) if part.strip()]
        if kind == "ids":
            text = value if isinstance(value, str) else found.written
            return [part for part in re.split(r"[,;\s]+", text) if part]
        if kind == "lines":
            text = value if isinstance(value, str) else found.written
            lines = [line.strip() for line in text.split("\n") if line.strip()]
            return lines[0] if len(lines) == 1 else lines
        if kind == "seal":
            return self.seal(value, shown, where)
        raise AssertionError(kind)  # pragma: no cover - the layout names every kind

    @staticmethod
    def shown(found: Cell) -> str:
        value = found.value
        text = value if isinstance(value, str) else found.written or str(value)
        text = " ".join(text.split())
        return text if len(text) <= 60 else text[:59] + "…"

    def whole(self, value: Any, shown: str, where: Where, message: str) -> Any:
        if isinstance(value, float) and not isinstance(value, bool) and value.is_integer():
            return int(value)
        if isinstance(value, str) and value.strip().isdigit():
            return int(value.strip())
        self.problem(where, message, "", "form-type", value=shown)
        return _INVALID

    def number(self, found: Cell, spec: Column, where: Where) -> Any:
        value = found.value
        shown = self.shown(found)
        if isinstance(value, bool):
            self.problem(where, "form.err.number", "form.hint.number", "form-type", value=shown)
            return _INVALID
        if isinstance(value, str):
            meant = _meant(value, spec.kind == "rate")
            if meant is None:
                self.problem(where, "form.err.number", "form.hint.number", "form-type", value=shown)
            else:
                self.problem(
                    where,
                    "form.err.number-text",
                    "form.hint.number-text",
                    "form-type",
                    value=shown,
                    meant=meant,
                )
            return _INVALID
        number = float(value)  # type: ignore[arg-type]
        if spec.kind == "money":
            written = found.written
            decimals = (
                written.split(".", 1)[1] if "." in written and "e" not in written.lower() else ""
            )
            if len(decimals) > 2 and round(number, 2) != number:
                self.problem(
                    where,
                    "form.err.cents",
                    "form.hint.cents",
                    "number-format",
                    value=shown,
                    meant=f"{number:.2f}",
                )
                return _INVALID
        return int(number) if spec.kind == "money" and number.is_integer() else number

    def date(self, found: Cell, where: Where) -> Any:
        value = found.value
        if isinstance(value, str):
            text = value.strip()
            german = _GERMAN_DATE.match(text)
            if german:
                day, month, year = german.groups()
                return f"{year}-{int(month):02d}-{int(day):02d}"
            return text  # the model judges it, as it judges a date in YAML
        if isinstance(value, float) and found.date:
            try:
                return self.book.to_date(value).isoformat()
            except (OverflowError, ValueError):
                pass
        self.problem(where, "form.err.date", "form.hint.date", "form-type", value=self.shown(found))
        return _INVALID

    def flag(self, value: Any, shown: str, where: Where, message: str) -> Any:
        if isinstance(value, bool):
            return value
        if isinstance(value, str):
            word = normal(value)
            if word in _YES:
                return True
            if word in _NO:
                return False
        self.problem(
            where,
            message,
            "form.hint.level" if "passed" in message else "",
            "form-type",
            value=shown,
        )
        return _INVALID

    def choice(self, value: Any, shown: str, spec: Column, where: Where) -> Any:
        text = normal(value if isinstance(value, str) else str(value))
        for code in spec.choices:
            words = [code, spec.word(code, "de"), spec.word(code, "en")]
            if text in (normal(w) for w in words):
                return code
        allowed = {
            lang: ", ".join(spec.word(c, lang) for c in spec.choices) for lang in ("de", "en")
        }
        where_location = self.source.location(where)
        self.reported.add(where)
        self.problems.append(
            Problem(
                where_location,
                _words("form.err.choice", value=shown),
                _words("form.hint.choice", allowed=allowed),
                "form-type",
            )
        )
        return _INVALID

    def seal(self, value: Any, shown: str, where: Where) -> Any:
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str):
            if value.strip().isdigit():
                return int(value.strip())
            pairs: dict[str, int] = {}
            for part in re.split(r"[,;\n]", value):
                if not part.strip():
                    continue
                match = _SEAL_PAIR.match(part)
                if match is None:
                    break
                pairs[match.group(1)] = int(match.group(2))
            else:
                if pairs:
                    return pairs
        self.problem(where, "form.err.seal", "form.hint.seal", "form-type", value=shown)
        return _INVALID

    def level(self, sheet: SheetData, row: int, column: int, spec: Column) -> tuple[str, Any]:
        """A level cell: ("score", n), ("passed", bool), or ("", None) when empty or wrong."""
        where = (sheet.index, row, column)
        found = self.raw(sheet, row, column, spec)
        if found is None:
            return "", None
        value = found.value
        if isinstance(value, bool):
            return "passed", value
        if isinstance(value, float):
            if value.is_integer() and 0 <= value <= 4 and not found.date:
                return "score", int(value)
        elif isinstance(value, str):
            word = normal(value)
            if word in _YES:
                return "passed", True
            if word in _NO:
                return "passed", False
            match = _LEVEL.match(value)
            if match and match.group(1).isdigit() and 0 <= int(match.group(1)) <= 4:
                return "score", int(match.group(1))
        self.problem(
            where, "form.err.level", "form.hint.level", "form-level", value=self.shown(found)
        )
        return "", None

    # -- the request sheet -----------------------------------------------------------------

    def read_request(self, data: dict[str, Any]) -> None:
        sheet = self.sheets["request"]
        self.check_merged(sheet, {1, 2})
        self.source.place((), (sheet.index, 1, 1))
        fields = {normal(label): spec for spec in layout.REQUEST_FIELDS for label in spec.labels()}
        seen: dict[str, int] = {}
        for row in range(2, sheet.last_row + 1):
            label_cell = sheet.cells.get((row, 1))
            label = label_cell.value if label_cell is not None else None
            value_cell = sheet.cells.get((row, 2))
            if not isinstance(label, str) or not label.strip():
                if value_cell is not None and value_cell.value not in (None, ""):
                    self.problem(
                        (sheet.index, row, 1), "form.err.field-unknown", "", "form-field", label=""
                    )
                continue
            spec = fields.get(normal(label))
            if spec is None:
                from ossfirst.load.validate import suggestion

                labels = [
                    spec.label(lang) for spec in layout.REQUEST_FIELDS for lang in ("de", "en")
                ]
                where = (sheet.index, row, 1)
                self.reported.add(where)
                self.problems.append(
                    Problem(
                        self.source.location(where),
                        _words("form.err.field-unknown", label=self.shown(label_cell)),  # type: ignore[arg-type]
                        suggestion(label, labels),
                        "form-field",
                    )
                )
                continue
            if spec.key in seen:
                self.problem(
                    (sheet.index, row, 1),
                    "form.err.field-twice",
                    "",
                    "form-field",
                    label=label.strip(),
                )
                continue
            seen[spec.key] = row
            parts = spec.key.split(".")
            path: PathT = tuple(parts)
            where = (sheet.index, row, 2)
            for depth in range(1, len(path)):
                self.source.place(path[:depth], where, key=(sheet.index, row, 1))
            self.source.place(path, where, key=(sheet.index, row, 1))
            present, value = self.cell(sheet, row, 2, spec)
            if not present:
                continue
            target = data
            for part in parts[:-1]:
                target = target.setdefault(part, {})
            target[parts[-1]] = value
        data.setdefault("ossfirst", layout.FORM_VERSION)

    # -- tables ----------------------------------------------------------------------------

    def columns(
        self, table: Table, *, extra: bool = False
    ) -> tuple[dict[str, int], dict[int, str]]:
        """The columns of a table sheet by key, and (``extra``) the other headings by column."""
        sheet = self.sheets[table.key]
        by_label = {normal(label): spec for spec in table.columns for label in spec.labels()}
        found: dict[str, int] = {}
        others: dict[int, str] = {}
        last = max((c for (r, c) in sheet.cells if r == 1), default=0)
        for column in range(1, last + 1):
            header = sheet.cells.get((1, column))
            text = header.value if header is not None else None
            if text is None or (isinstance(text, str) and not text.strip()):
                continue
            heading = text if isinstance(text, str) else (header.written if header else "")
            spec = by_label.get(normal(heading))
            if spec is None:
                if extra:
                    others[column] = heading.strip()
                    continue
                self.unknown_column(table, sheet, column, heading)
                continue
            if spec.key in found:
                self.problem(
                    (sheet.index, 1, column),
                    "form.err.column-twice",
                    "",
                    "form-column",
                    header=heading.strip(),
                )
                continue
            found[spec.key] = column
        for spec in table.columns:
            if spec.kind != "info" and spec.key not in found:
                names = spec.labels()
                self.problems.append(
                    Problem(
                        self.source.location((sheet.index, 1, 1)),
                        _words("form.err.column-missing", header=_in_both(names)),
                        {},
                        "form-column",
                    )
                )
        read = {
            c
            for k, c in found.items()
            if next(s for s in table.columns if s.key == k).kind != "info"
        }
        self.check_merged(sheet, read | set(others))
        return found, others

    def unknown_column(self, table: Table, sheet: SheetData, column: int, heading: str) -> None:
        from ossfirst.load.validate import suggestion

        where = (sheet.index, 1, column)
        self.reported.add(where)
        labels = [spec.label(lang) for spec in table.columns for lang in ("de", "en")]
        self.problems.append(
            Problem(
                self.source.location(where),
                _words("form.err.column-unknown", header=heading.strip()[:60]),
                suggestion(heading.strip(), labels),
                "form-column",
            )
        )

    def rows(self, table: Table, found: dict[str, int]) -> list[tuple[int, dict[str, Any]]]:
        """The filled rows of a table: (row, {key: value}) with each cell placed under
        ``("@", key)`` until the caller places it under its path."""
        sheet = self.sheets[table.key]
        specs = {spec.key: spec for spec in table.columns}
        result: list[tuple[int, dict[str, Any]]] = []
        for row in range(2, sheet.last_row + 1):
            if not any(
                (row, column) in sheet.cells and specs[key].kind != "info"
                for key, column in found.items()
            ):
                continue
            values: dict[str, Any] = {}
            empty = True
            for key, column in found.items():
                spec = specs[key]
                if spec.kind == "info":
                    continue
                if spec.kind == "level":
                    kind, level = self.level(sheet, row, column, spec)
                    if kind:
                        values[kind] = level
                        empty = False
                    elif (sheet.index, row, column) in self.reported:
                        empty = False
                    continue
                present, value = self.cell(sheet, row, column, spec)
                if present:
                    values[key] = value
                    empty = False
                elif (sheet.index, row, column) in self.reported:
                    empty = False
            if not empty:
                result.append((row, values))
        return result

    def place_row(
        self,
        table: Table,
        found: dict[str, int],
        row: int,
        base: PathT,
        *,
        skip: tuple[str, ...] = (),
    ) -> None:
        """Place the cells of a table row under ``base`` + their keys."""
        index = self.sheets[table.key].index
        for key, column in found.items():
            if key in skip:
                continue
            path = (*base, *key.split("."))
            if key.startswith("evidence."):
                self.source.place((*base, "evidence"), (index, row, column))
            self.source.place(path, (index, row, column))

    # -- the whole form --------------------------------------------------------------------

    def read(self) -> dict[str, Any]:
        data = self._data
        self.read_request(data)
        requirements = self.read_requirements(data)
        alternatives = self.read_alternatives(data)
        self.read_coverage(data, requirements, alternatives)
        self.read_costs(data, alternatives)
        self.read_assessments(data, alternatives)
        self.read_deviations(data)
        self.read_market(data)
        return data

    def read_requirements(self, data: dict[str, Any]) -> list[tuple[int, str | None]]:
        table = layout.REQUIREMENTS
        sheet = self.sheets[table.key]
        found, others = self.columns(table, extra=True)
        self.coverage_columns = others
        self.source.place(("requirements",), (sheet.index, 1, 1))
        items: list[dict[str, Any]] = []
        rows: list[tuple[int, str | None]] = []
        for row, values in self.rows(table, found):
            index = len(items)
            self.place_row(table, found, row, ("requirements", index))
            self.source.place(("requirements", index), (sheet.index, row, found.get("id", 1)))
            items.append(values)
            requirement_id = values.get("id")
            rows.append((row, requirement_id if isinstance(requirement_id, str) else None))
        data["requirements"] = items
        return rows

    def read_alternatives(self, data: dict[str, Any]) -> dict[str, int]:
        table = layout.ALTERNATIVES
        sheet = self.sheets[table.key]
        found, _ = self.columns(table)
        self.source.place(("alternatives",), (sheet.index, 1, 1))
        items: list[dict[str, Any]] = []
        ids: dict[str, int] = {}
        for row, values in self.rows(table, found):
            index = len(items)
            base: PathT = ("alternatives", index)
            self.source.place(base, (sheet.index, row, found.get("id", 1)))
            self.place_row(table, found, row, base)
            item: dict[str, Any] = {}
            evidence: dict[str, Any] = {}
            nested: dict[str, dict[str, Any]] = {}
            for key, value in values.items():
                if key.startswith("evidence."):
                    evidence[key.split(".", 1)[1]] = value
                elif "." in key:
                    outer, inner = key.split(".", 1)
                    nested.setdefault(outer, {})[inner] = value
                else:
                    item[key] = value
            if evidence:
                item["evidence"] = evidence
            for outer, parts in nested.items():
                first = parts.get(layout.NESTED.get(outer, ""))
                none = isinstance(first, str) and first.strip().casefold() == "none"
                item[outer] = "none" if none and len(parts) == 1 else parts
            item["costs"] = {}
            item["requirements"] = {}
            item["assessments"] = {}
            identifier = values.get("id")
            if isinstance(identifier, str):
                ids.setdefault(identifier.strip(), index)
            items.append(item)
        data["alternatives"] = items
        return ids

    def alternative_of(
        self, value: Any, where: Where, ids: dict[str, int], column: Column
    ) -> int | None:
        if not isinstance(value, str):
            return None
        index = ids.get(value.strip())
        if index is None:
            from ossfirst.load.validate import suggestion

            self.reported.add(where)
            names = (
                layout.sheet_name("alternatives", "de"),
                layout.sheet_name("alternatives", "en"),
            )
            self.problems.append(
                Problem(
                    self.source.location(where),
                    _words(
                        "form.err.alternative-unknown",
                        value=value.strip()[:60],
                        sheet=_in_both(names),
                    ),
                    suggestion(value.strip(), ids),
                    "form-reference",
                )
            )
        return index

    def read_coverage(
        self,
        data: dict[str, Any],
        requirements: list[tuple[int, str | None]],
        ids: dict[str, int],
    ) -> None:
        sheet = self.sheets["requirements"]
        spec = layout.COVERAGE_COLUMN
        for column, heading in self.coverage_columns.items():
            where = (sheet.index, 1, column)
            index = self.alternative_of(heading, where, ids, spec)
            if index is None:
                continue
            base: PathT = ("alternatives", index, "requirements")
            self.source.place(base, where)
            target = data["alternatives"][index]["requirements"]
            for row, requirement_id in requirements:
                present, value = self.cell(sheet, row, column, spec)
                if requirement_id is None:
                    continue
                self.source.place((*base, requirement_id), (sheet.index, row, column))
                if present:
                    target[requirement_id] = value

    def read_costs(self, data: dict[str, Any], ids: dict[str, int]) -> None:
        table = layout.COSTS
        sheet = self.sheets[table.key]
        found, _ = self.columns(table)
        seen: dict[tuple[int, str, str], int] = {}
        for alternative in range(len(data["alternatives"])):
            self.source.place(("alternatives", alternative, "costs"), (sheet.index, 1, 1))
        for row, values in self.rows(table, found):
            column = found.get("alternative", 1)
            where = (sheet.index, row, column)
            index = self.alternative_of(values.get("alternative"), where, ids, table.columns[0])
            if index is None:
                if "alternative" not in values and where not in self.reported:
                    self.missing(where, table.columns[0])
                continue
            kind = values.get("kind")
            costs = data["alternatives"][index]["costs"]
            base: PathT = ("alternatives", index, "costs")
            kind_cell = (sheet.index, row, found.get("kind", 2))
            amount_cell = (sheet.index, row, found.get("amount", 4))
            item_cell = (sheet.index, row, found.get("item", 3))
            if kind is None:
                if kind_cell not in self.reported:
                    self.missing(kind_cell, table.columns[1])
                continue
            amount = values.get("amount")
            if kind == "exit":
                previous = seen.get((index, "exit", ""))
                if previous is not None:
                    self.problem(
                        amount_cell,
                        "form.err.exit-twice",
                        "form.hint.twice",
                        "form-twice",
                        alternative=values["alternative"],
                        row=previous,
                    )
                    continue
                seen[(index, "exit", "")] = row
                self.source.place((*base, "exit"), amount_cell, key=kind_cell)
                if amount is not None:
                    costs["exit"] = amount
                continue
            item = values.get("item")
            if not isinstance(item, str) or not item.strip():
                if item_cell not in self.reported:
                    self.problem(
                        item_cell, "form.err.item-missing", "form.hint.missing", "form-missing"
                    )
                continue
            item = item.strip()
            previous = seen.get((index, kind, item))
            if previous is not None:
                self.problem(
                    item_cell,
                    "form.err.item-twice",
                    "form.hint.twice",
                    "form-twice",
                    item=item,
                    alternative=values["alternative"],
                    row=previous,
                )
                continue
            seen[(index, kind, item)] = row
            self.source.place((*base, kind), kind_cell)
            self.source.place((*base, kind, item), amount_cell, key=item_cell)
            if amount is None:
                if amount_cell not in self.reported:
                    self.missing(amount_cell, table.columns[3])
                continue
            costs.setdefault(kind, {})[item] = amount

    def read_assessments(self, data: dict[str, Any], ids: dict[str, int]) -> None:
        table = layout.ASSESSMENTS
        sheet = self.sheets[table.key]
        found, _ = self.columns(table)
        rows: dict[tuple[int, str], int] = {}
        for alternative in range(len(data["alternatives"])):
            self.source.place(("alternatives", alternative, "assessments"), (sheet.index, 1, 1))
        for row, values in self.rows(table, found):
            target = self.assessment_target(table, found, row, values, ids, rows, sheet)
            if target is None:
                continue
            index, criterion, entry = target
            base: PathT = ("alternatives", index, "assessments", criterion)
            score_column = found.get("score", 5)
            self.source.place(
                base,
                (sheet.index, row, score_column),
                key=(sheet.index, row, found.get("criterion", 2)),
            )
            self.place_row(table, found, row, base, skip=("alternative", "criterion", "score"))
            self.source.place((*base, "score"), (sheet.index, row, score_column))
            self.source.place((*base, "passed"), (sheet.index, row, score_column))
            for key, value in values.items():
                if key not in ("alternative", "criterion"):
                    entry[key] = value
        self.read_panels(data, ids, rows)

    def assessment_target(
        self,
        table: Table,
        found: dict[str, int],
        row: int,
        values: dict[str, Any],
        ids: dict[str, int],
        rows: dict[tuple[int, str], int],
        sheet: SheetData,
    ) -> tuple[int, str, dict[str, Any]] | None:
        where = (sheet.index, row, found.get("alternative", 1))
        index = self.alternative_of(values.get("alternative"), where, ids, table.columns[0])
        if index is None:
            if "alternative" not in values and where not in self.reported:
                self.missing(where, table.columns[0])
            return None
        criterion_cell = (sheet.index, row, found.get("criterion", 2))
        criterion = values.get("criterion")
        if not isinstance(criterion, str) or not criterion.strip():
            if criterion_cell not in self.reported:
                self.missing(criterion_cell, table.columns[1])
            return None
        criterion = criterion.strip()
        return (
            index,
            criterion,
            self.assessment_entry(index, criterion, row, rows, criterion_cell, values, table),
        )

    def assessment_entry(
        self,
        index: int,
        criterion: str,
        row: int,
        rows: dict[tuple[int, str], int],
        where: Where,
        values: dict[str, Any],
        table: Table,
    ) -> dict[str, Any]:
        assessments = self._data["alternatives"][index]["assessments"]
        if table is layout.ASSESSMENTS:
            previous = rows.get((index, criterion))
            if previous is not None:
                self.problem(
                    where,
                    "form.err.row-twice",
                    "form.hint.row-twice",
                    "form-twice",
                    alternative=values["alternative"],
                    criterion=criterion,
                    row=previous,
                    sheet=layout.sheet_name("assessors", "de"),
                )
                return {}
            rows[(index, criterion)] = row
        entry: dict[str, Any] = assessments.setdefault(criterion, {})
        return entry

    def read_panels(
        self, data: dict[str, Any], ids: dict[str, int], rows: dict[tuple[int, str], int]
    ) -> None:
        table = layout.ASSESSORS
        sheet = self.sheets[table.key]
        found, _ = self.columns(table)
        for row, values in self.rows(table, found):
            target = self.assessment_target(table, found, row, values, ids, rows, sheet)
            if target is None:
                continue
            index, criterion, entry = target
            scores = entry.setdefault("scores", [])
            base: PathT = ("alternatives", index, "assessments", criterion)
            first = (sheet.index, row, found.get("assessor", 3))
            self.source.place(base, first)
            self.source.place((*base, "scores"), first)
            position = len(scores)
            self.source.place((*base, "scores", position), first)
            self.place_row(
                table, found, row, (*base, "scores", position), skip=("alternative", "criterion")
            )
            item = {k: v for k, v in values.items() if k not in ("alternative", "criterion")}
            if "passed" in item:
                self.problem(
                    (sheet.index, row, found.get("score", 4)),
                    "form.err.level",
                    "form.hint.level",
                    "form-level",
                    value=str(item.pop("passed")),
                )
            scores.append(item)
        del data

    def read_deviations(self, data: dict[str, Any]) -> None:
        table = layout.DEVIATIONS
        sheet = self.sheets[table.key]
        found, _ = self.columns(table)
        self.source.place(("deviations",), (sheet.index, 1, 1))
        items: list[dict[str, Any]] = []
        for row, values in self.rows(table, found):
            index = len(items)
            self.source.place(("deviations", index), (sheet.index, row, found.get("rule", 1)))
            self.place_row(table, found, row, ("deviations", index))
            items.append(values)
        if items:
            data["deviations"] = items

    def read_market(self, data: dict[str, Any]) -> None:
        if not all(key in self.sheets for key in layout.MARKET):
            return
        exploration: dict[str, Any] = {}
        first = self.sheets["catalogues"]
        self.source.place(("market_exploration",), (first.index, 1, 1))
        for key in layout.MARKET:
            table = layout.TABLES[key]
            sheet = self.sheets[key]
            found, _ = self.columns(table)
            self.source.place(("market_exploration", key), (sheet.index, 1, 1))
            items: list[dict[str, Any]] = []
            for row, values in self.rows(table, found):
                index = len(items)
                base: PathT = ("market_exploration", key, index)
                self.source.place(base, (sheet.index, row, 1))
                self.place_row(table, found, row, base)
                items.append(values)
            exploration[key] = items
        if any(exploration.values()):
            data["market_exploration"] = exploration

    _data: dict[str, Any]


class _Stop(Exception):
    """A limit was crossed: reading stops."""


_INVALID = object()


def _meant(text: str, rate: bool) -> str | None:
    """The number a text in a number cell probably means, as it should be typed."""
    percent = "%" in text
    cleaned = _CURRENCY.sub("", text).strip().replace("\u00a0", "").replace("\u202f", "")
    cleaned = cleaned.replace(" ", "")
    if re.fullmatch(r"[+-]?\d{1,3}(\.\d{3})+(,\d+)?", cleaned) or re.fullmatch(
        r"[+-]?\d+,\d+", cleaned
    ):
        number = float(cleaned.replace(".", "").replace(",", "."))
    elif re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", cleaned):
        number = float(cleaned.replace(",", ""))
    elif re.fullmatch(r"[+-]?\d+(\.\d+)?", cleaned):
        number = float(cleaned)
    else:
        return None
    if rate and percent:
        return f"{number:g} %"
    return f"{number:g}" if abs(number) < 1e15 else None


def _error(exc: WorkbookError, display: str) -> InputError:
    params = dict(exc.params)
    code = exc.code
    key = f"form.err.{code}"
    hint = {
        "not-workbook": "form.hint.not-workbook",
        "legacy": "form.hint.legacy",
        "encrypted": "form.hint.encrypted",
        "macros": "form.hint.macros",
        "binary": "form.hint.legacy",
        "damaged": "form.hint.damaged",
        "bomb": "form.hint.bomb",
        "parts": "form.hint.bomb",
        "rows": "form.hint.size",
        "columns": "form.hint.size",
    }.get(code, "")
    shown: dict[str, object] = {"detail": "", **params}
    for name in ("size", "limit"):
        if name in params:
            value = int(params[name])
            shown[name] = {
                lang: yamlsource.size_text(value, lang)
                if code == "bomb"
                else number(value, lang, 0)
                for lang in LANGS
            }
    message = both(key, **shown)
    location = Location(display)
    if exc.sheet is not None:
        location = Location(display, 1, 1, 0, f"{exc.sheet}!A1")
    return InputError([Problem(location, message, _hint(hint), f"form-{code}")])


def read_book_of(raw: bytes, display: str) -> Book:
    """The workbook in ``raw``, refused as the README's security model says."""
    wanted = {
        normal(name)
        for key in (*layout.REQUIRED, *layout.MARKET)
        for name in TEXTS[f"form.sheet.{key}"]
    }
    try:
        return read_book(
            raw,
            max_unpacked=limits.FORM_UNPACKED,
            max_parts=limits.FORM_PARTS,
            max_rows=limits.FORM_ROWS,
            max_columns=limits.FORM_COLUMNS,
            sheets=wanted,
        )
    except WorkbookError as exc:
        raise _error(exc, display) from None


def form_data(raw: bytes, display: str) -> tuple[dict[str, Any], FormSourceMap, list[Problem]]:
    """The request data of the form in ``raw``, where each value is, and the problems found
    in its cells (the model has not judged it yet)."""
    book = read_book_of(raw, display)
    reader = _Reader(book, display)
    if not reader.check_sheets():
        raise InputError(reader.problems)
    data: dict[str, Any] = {}
    reader._data = data
    try:
        reader.read()
    except _Stop:
        raise InputError(reader.problems) from None
    return data, reader.source, reader.problems


def read_form(path: Path, display: str | None = None) -> LoadedRequest:
    """Read and validate the request form at ``path`` (schema only, like
    :func:`ossfirst.load.request.read_request`)."""
    name = display if display is not None else str(path)
    raw = yamlsource.read_bytes(path, name, limits.FORM_BYTES)
    data, source, problems = form_data(raw, name)
    request = validate_form(data, source, problems)
    return LoadedRequest(request, source, hashlib.sha256(raw).hexdigest(), path)


def validate_form(data: dict[str, Any], source: FormSourceMap, problems: list[Problem]) -> Request:
    """``data`` as a request; the problems found in the cells come first, and a problem the
    model finds at a cell already reported is left out."""
    reported = {(p.location.sheet, p.location.line, p.location.column) for p in problems}
    try:
        request = numbers.validate(Request, data, source, numbers.request_spots(data))
    except InputError as exc:
        found = list(problems)
        for problem in exc.problems:
            place = (problem.location.sheet, problem.location.line, problem.location.column)
            if problem.location.cell and place in reported:
                continue
            found.append(_for_form(problem, source))
        raise InputError(found) from None
    if problems:
        raise InputError(problems)
    return request


def _for_form(problem: Problem, source: FormSourceMap) -> Problem:
    """A problem of the model in the words of a form: a missing value names its field."""
    if problem.code != "schema.missing" or not problem.location.cell:
        return problem
    where = (problem.location.sheet - 1, problem.location.line, problem.location.column)
    label = source.labels.get(where)
    if label is None:
        return problem
    return Problem(
        problem.location,
        _words("form.err.missing", label=_in_both(label)),
        _words("form.hint.missing"),
        "form-missing",
    )
