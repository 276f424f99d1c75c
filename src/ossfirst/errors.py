# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The exception hierarchy of ossfirst.

The core never prints and never exits. It raises these exceptions; the command line
turns them into messages and exit codes in one place (``ossfirst.cli.app``).
"""

from __future__ import annotations

from dataclasses import dataclass, field


def printable(text: str) -> str:
    """``text`` with control and bidirectional-formatting characters shown as escapes.

    Messages echo values from untrusted files; a newline must not forge a second message
    line in a CI log, and a right-to-left override must not make a value read differently.
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in text)


def _escape(ch: str) -> str:
    # A byte of a file name that is not UTF-8 comes back from the file system as a lone
    # surrogate (U+DC80 to U+DCFF): shown as the byte it stands for, \xe4.
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def short(value: object, limit: int = 60) -> str:
    """``value`` as text of at most ``limit`` characters, for quoting in a message: a key
    or value of a file is quoted, never pages of it."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, order=True)
class Location:
    """A place in an input file. ``line`` and ``column`` are 1-based; 0 means unknown.

    In a workbook (a request form) the place is a cell: ``cell`` names it as spreadsheets
    do (``Bewertungen!D12``), ``line`` and ``column`` hold its row and column number and
    ``sheet`` the sheet's position, so that problems sort sheet by sheet."""

    file: str
    line: int = 0
    column: int = 0
    sheet: int = 0
    cell: str = ""

    def __str__(self) -> str:
        # A file name is text from outside too: a newline in it must not forge a line.
        file = printable(self.file)
        if self.cell:
            return f"{file}:{printable(self.cell)}"
        if self.line <= 0:
            return file
        return f"{file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, in both report languages.

    ``message`` holds the text per language code (``de``, ``en``); ``hint`` says how to fix it.
    """

    location: Location
    message: dict[str, str]
    hint: dict[str, str] = field(default_factory=dict)
    code: str = "invalid"

    def text(self, lang: str) -> str:
        """The message with its fix, in ``lang`` (falls back to English), on one line."""
        msg = printable(self.message.get(lang) or self.message["en"])
        hint = printable(self.hint.get(lang) or self.hint.get("en") or "").rstrip(".")
        return f"{msg.removesuffix('.')} ({hint})" if hint else msg

    def sort_key(self) -> tuple[str, bool, int, int, int, str]:
        last = self.code == MORE_PROBLEMS
        where = self.location
        return (where.file, last, where.sheet, where.line, where.column, self.code)


#: Problems reported per error; the rest are counted in one more problem.
MAX_PROBLEMS = 100
MORE_PROBLEMS = "more-problems"


def _capped(problems: list[Problem]) -> list[Problem]:
    """The first :data:`MAX_PROBLEMS` problems and a count of the rest: thousands of unknown
    keys would otherwise mean thousands of lines (and as many did-you-mean searches)."""
    counted = [p for p in problems if p.code != MORE_PROBLEMS]
    more = sum(int(p.hint.get("count", "0")) for p in problems if p.code == MORE_PROBLEMS)
    if len(counted) <= MAX_PROBLEMS and not more:
        return problems
    kept = counted[:MAX_PROBLEMS]
    rest = len(counted) - len(kept) + more
    file = (counted[MAX_PROBLEMS] if len(counted) > MAX_PROBLEMS else kept[-1]).location.file
    return [*kept, more_problems(file, rest)]


def more_problems(file: str, count: int) -> Problem:
    """The problem that stands for ``count`` problems not listed."""
    from ossfirst.texts import both

    return Problem(
        Location(file), both("cli.more-problems", count=count), {"count": str(count)}, MORE_PROBLEMS
    )


class OssfirstError(Exception):
    """Base class of every error ossfirst raises on purpose."""


class InputError(OssfirstError):
    """An input file (request, catalogue, evidence) is invalid. Maps to exit code 2.

    At most :data:`MAX_PROBLEMS` problems are kept; the rest are counted."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = _capped(sorted(problems, key=Problem.sort_key))
        first = self.problems[0] if self.problems else None
        super().__init__(f"{first.location}: {first.text('en')}" if first else "invalid input")


class UsageError(OssfirstError):
    """The command was called wrongly (unknown format, missing file). Maps to exit code 2."""

    def __init__(self, message: dict[str, str]) -> None:
        self.message = message
        super().__init__(message["en"])

    def text(self, lang: str) -> str:
        return self.message.get(lang) or self.message["en"]


class OutputError(OssfirstError):
    """A report could not be written (permissions, missing directory). Maps to exit code 2."""

    def __init__(self, message: dict[str, str]) -> None:
        self.message = message
        super().__init__(message["en"])

    def text(self, lang: str) -> str:
        return self.message.get(lang) or self.message["en"]
