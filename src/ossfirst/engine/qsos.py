# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""QSOS-style strict selection (Qualification and Selection of Open Source software).

QSOS eliminates software that lacks a required function, scores below 1 (of 2) on a
relevant criterion or below 2 on a critical one. On the 0-4 scale of ossfirst: an
alternative is eliminated when a criterion marked ``critical`` is below the top level, or
one marked ``relevant`` is at the bottom (0). Required functions are the request's
must-requirements, which exclude in any case. Marks come from the catalogue (``selection:``
on a criterion) and from the request (``strict_selection:``); a criterion the request marks
critical is critical. A missing score counts as 0 under the catalogue's ``zero`` rule and is
left unchecked (with a warning) under ``renormalise``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ossfirst.model.catalogue import MAX_SCORE, Criterion
from ossfirst.model.request import StrictSelection
from ossfirst.model.result import KnockOut, StrictSelectionInfo


def marks(
    criteria: Sequence[Criterion], enabled: bool, requested: StrictSelection | None
) -> StrictSelectionInfo | None:
    """The critical and relevant criteria, or ``None`` when strict selection is off."""
    if not enabled and requested is None:
        return None
    critical = {c.id for c in criteria if c.selection == "critical"}
    relevant = {c.id for c in criteria if c.selection == "relevant"}
    if requested is not None:
        critical.update(requested.critical)
        relevant.update(requested.relevant)
    relevant -= critical
    order = [c.id for c in criteria]
    return StrictSelectionInfo(
        critical=[c for c in order if c in critical], relevant=[c for c in order if c in relevant]
    )


def eliminations(
    selection: StrictSelectionInfo, scores: Mapping[str, int | float | None], zero_rule: bool
) -> tuple[list[KnockOut], list[str]]:
    """Knock-outs by strict selection, and the criteria left unchecked for want of a score."""
    knockouts: list[KnockOut] = []
    unchecked: list[str] = []
    for mark, criteria in (("critical", selection.critical), ("relevant", selection.relevant)):
        for criterion in criteria:
            score = scores.get(criterion)
            if score is None and not zero_rule:
                unchecked.append(criterion)
                continue
            level = score if score is not None else 0
            failed = level < MAX_SCORE if mark == "critical" else level <= 0
            if failed:
                knockouts.append(
                    KnockOut(
                        code="strict-selection",
                        ref=criterion,
                        params={"mark": mark, "score": score, "unassessed": score is None},
                    )
                )
    return knockouts, unchecked
