# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What an evidence reader hands to the enrich step: levels for criteria, and warnings.

Each reader (:mod:`~ossfirst.evidence.publiccode`, :mod:`~ossfirst.evidence.scorecard`,
:mod:`~ossfirst.evidence.sbom`) turns the facts of one file into a :class:`Derived`. The
enrich step merges the levels of all files of an alternative: for a criterion fed by
several files the lowest level counts, and every file is named.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ossfirst.model.evidence import EvidenceKind
from ossfirst.model.result import ImportedFrom, Message, Param


@dataclass(frozen=True)
class Derived:
    """Levels one evidence file gives, by criterion id, and what it warns about."""

    levels: dict[str, ImportedFrom] = field(default_factory=dict)
    #: The date the file describes (Scorecard run, SBOM creation), if it states one.
    date: dt.date | None = None
    warnings: tuple[Message, ...] = ()


def level(kind: EvidenceKind, file: str, score: int, code: str, **params: Param) -> ImportedFrom:
    """A level with the reason behind it; ``code`` names a text ``imported.<code>``."""
    return ImportedFrom(kind=kind, file=file, score=score, reason=Message(code=code, params=params))


def warning(code: str, file: str, **params: Param) -> Message:
    """A warning about an evidence file; ``file`` is the path as the request names it. The
    enrich step adds the alternative."""
    return Message(code=code, params={"file": file, **params})
