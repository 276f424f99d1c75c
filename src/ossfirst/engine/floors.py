# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Evidence floors: behaviours a Scorecard result or a publiccode.yml must show.

OpenSSF Scorecard's maintainers advise against a pass mark on the aggregate score and for
requiring specific checks; a catalogue names them (``Maintained`` at least 5,
``Dangerous-Workflow`` 10, not archived), and likewise facts of a publiccode.yml (maintenance
not ``none``, a maintenance contract running past the request date, ``developmentStatus:
stable``). A floor judges an alternative that has a file of its kind; a floor that is not met
excludes the alternative or limits one criterion to a level. Pure functions of the facts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ossfirst.model.catalogue import NOT_ARCHIVED, EvidenceFloor, FloorCap
from ossfirst.model.result import (
    EvidenceFacts,
    FloorInfo,
    FloorOutcome,
    KnockOut,
    PubliccodeFacts,
    ScorecardFacts,
)

#: What Scorecard's Maintained check says of an archived repository.
ARCHIVED_REASON = "archived"


def info(floor: EvidenceFloor) -> FloorInfo:
    """A floor as the Result shows it."""
    cap = floor.then if isinstance(floor.then, FloorCap) else None
    kind = "scorecard" if floor.scorecard is not None else "publiccode"
    return FloorInfo(
        id=floor.id,
        kind=kind,
        test=floor.scorecard or floor.publiccode or "",
        at_least=floor.at_least,
        effect="knock-out" if cap is None else "cap",
        criterion=cap.criterion if cap else None,
        at_most=cap.at_most if cap else None,
        rationale=floor.rationale,
    )


def judge(
    floors: list[EvidenceFloor], evidence: EvidenceFacts, request_date: dt.date
) -> list[FloorOutcome]:
    """Each floor's outcome for an alternative's evidence files, in catalogue order; a floor
    whose kind of file the alternative lacks has none."""
    found: list[FloorOutcome] = []
    for floor in floors:
        if floor.scorecard is not None and evidence.scorecard is not None:
            found.append(_scorecard(floor, floor.scorecard, evidence.scorecard))
        elif floor.publiccode is not None and evidence.publiccode is not None:
            found.append(_publiccode(floor, floor.publiccode, evidence.publiccode, request_date))
    return found


def _scorecard(floor: EvidenceFloor, test: str, card: ScorecardFacts) -> FloorOutcome:
    name = "Maintained" if test == NOT_ARCHIVED else test
    check = next((c for c in card.checks if c.name == name), None)
    if check is None:
        return FloorOutcome(floor=floor.id, file=card.file, status="unverified")
    reason = check.reason
    if test == NOT_ARCHIVED:
        archived = ARCHIVED_REASON in (reason or "").lower()
        if not archived and check.score is None:
            status = "unverified"
        else:
            status = "not-met" if archived else "met"
        return FloorOutcome(
            floor=floor.id, file=card.file, status=status, found=check.score, reason=reason
        )
    if check.score is None:
        return FloorOutcome(floor=floor.id, file=card.file, status="unverified", reason=reason)
    assert floor.at_least is not None
    status = "met" if check.score >= floor.at_least else "not-met"
    return FloorOutcome(
        floor=floor.id, file=card.file, status=status, found=check.score, reason=reason
    )


def _publiccode(
    floor: EvidenceFloor, fact: str, pc: PubliccodeFacts, request_date: dt.date
) -> FloorOutcome:
    if fact == "maintained":
        status = "not-met" if pc.maintenance == "none" else "met"
        return FloorOutcome(floor=floor.id, file=pc.file, status=status, found=pc.maintenance)
    if fact == "stable":
        status = "met" if pc.development_status == "stable" else "not-met"
        return FloorOutcome(
            floor=floor.id, file=pc.file, status=status, found=pc.development_status
        )
    # contract-current
    if pc.maintenance != "contract" or not pc.contractors:
        return FloorOutcome(
            floor=floor.id, file=pc.file, status="not-applicable", found=pc.maintenance
        )
    until = max(c.until for c in pc.contractors)
    status = "met" if until > request_date else "not-met"
    return FloorOutcome(floor=floor.id, file=pc.file, status=status, found=until.isoformat())


@dataclass(frozen=True)
class Consequences:
    """What the floors that are not met mean: knock-outs, and per criterion the level it is
    limited to with the floors that limit it."""

    knockouts: list[KnockOut]
    caps: dict[str, tuple[int, list[str]]]


def consequences(floors: list[EvidenceFloor], outcomes: list[FloorOutcome]) -> Consequences:
    by_id = {floor.id: floor for floor in floors}
    knockouts: list[KnockOut] = []
    caps: dict[str, tuple[int, list[str]]] = {}
    for outcome in outcomes:
        if outcome.status != "not-met":
            continue
        floor = by_id[outcome.floor]
        if isinstance(floor.then, FloorCap):
            criterion, limit = floor.then.criterion, floor.then.at_most
            level, named = caps.get(criterion, (limit, []))
            caps[criterion] = (min(level, limit), [*named, floor.id])
        else:
            knockouts.append(
                KnockOut(
                    code="evidence-floor",
                    ref=floor.id,
                    params={
                        "test": floor.scorecard or floor.publiccode,
                        "found": outcome.found,
                        "reason": outcome.reason,
                        "file": outcome.file,
                    },
                )
            )
    return Consequences(knockouts, caps)
