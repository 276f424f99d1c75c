# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What every report section is given, and what it gives back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ossfirst.model.result import AlternativeResult, Result
from ossfirst.render import RenderOptions
from ossfirst.render.document import MISSING, Align, Block, Column, column
from ossfirst.words import Words


@dataclass(frozen=True)
class Context:
    """A Result to put into words, in one language: the Result, the options of the report
    and :class:`~ossfirst.words.Words` (every word a section uses comes from it)."""

    result: Result
    options: RenderOptions
    #: Texts, numbers and dates in the report's language; names written right to left are
    #: set apart (isolates), which the HTML and the PDF show and Markdown leaves out.
    words: Words

    @property
    def lang(self) -> str:
        return self.options.lang

    def ranked(self) -> list[tuple[str, AlternativeResult]]:
        """The alternatives with their rank as shown: the ranked ones in order, then those
        not eligible (no rank)."""
        r = self.result
        ranked = [(str(r.alternative(aid).rank), r.alternative(aid)) for aid in r.ranking]
        return ranked + [(MISSING, a) for a in r.alternatives if not a.eligible]

    def alternative_columns(self, align: Align = "left") -> list[Column]:
        """A column per alternative, in the order of the request."""
        return [column(self.words.name(a.id), align, 1.3) for a in self.result.alternatives]


@dataclass(frozen=True)
class ReportSection:
    """A numbered section of the report."""

    #: Its anchor in the HTML report (``summary``).
    anchor: str
    #: The key of its title among the texts.
    title: str
    #: Its blocks, or ``None`` when the Result gives it nothing to show (the report then
    #: has no such section, and the sections after it move up a number).
    build: Callable[[Context], list[Block] | None]
