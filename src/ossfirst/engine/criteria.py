# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Per-criterion scoring: each criterion of the catalogue for one alternative, computed from
its metric, assessed by one person or a panel, or imported from evidence files; with the
gaps each leaves. Weights and contributions are filled in later, from the aggregation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from ossfirst.engine import assessors, gaps, metrics, scoring
from ossfirst.engine.context import Context
from ossfirst.model.catalogue import Criterion, Kind
from ossfirst.model.facts import AlternativeFacts
from ossfirst.model.request import Alternative, Assessment
from ossfirst.model.result import (
    AssessorEntry,
    Cap,
    CriterionScore,
    Gap,
    ImportedScore,
    Message,
    Panel,
    ScoreSource,
)


@dataclass(slots=True)
class Draft:
    """A criterion's row before the aggregation gives it its weight and contribution: the
    fields of :class:`CriterionScore` but those, which :meth:`final` adds. The stages
    between scoring and aggregation read and change rows many times over; the Result model
    is built once, at the end."""

    criterion: str
    dimension: str
    kind: Kind
    source: ScoreSource
    score: int | float | None
    passed: bool | None
    value: float | str | None
    rationale: str | None
    evidence: list[str]
    assessed_on: dt.date | None
    assessor: str | None
    stale: bool
    imported: ImportedScore | None
    panel: Panel | None
    reason: Message | None
    capped: Cap | None = None

    def final(self, weight: float, contribution: float, below_floor: bool) -> CriterionScore:
        """The row of the Result."""
        return CriterionScore(
            criterion=self.criterion,
            dimension=self.dimension,
            kind=self.kind,
            source=self.source,
            score=self.score,
            passed=self.passed,
            value=self.value,
            rationale=self.rationale,
            evidence=self.evidence,
            assessed_on=self.assessed_on,
            assessor=self.assessor,
            weight=weight,
            contribution=contribution,
            stale=self.stale,
            below_floor=below_floor,
            imported=self.imported,
            panel=self.panel,
            reason=self.reason,
            capped=self.capped,
        )


Row = tuple[Criterion, Draft]


@dataclass
class _Scored:
    """What one criterion's source gives, before it becomes a row."""

    source: ScoreSource = "missing"
    score: int | float | None = None
    passed: bool | None = None
    value: float | str | None = None
    panel: Panel | None = None
    reason: Message | None = None


def score_criteria(
    ctx: Context, index: int, alternative: Alternative, facts: AlternativeFacts, where: str
) -> tuple[list[Row], list[Gap]]:
    """A row per criterion of the catalogue, in its order, and the gaps they leave."""
    rows: list[Row] = []
    found: list[Gap] = []
    for criterion in ctx.catalogue.criteria:
        row, left = _criterion(ctx, index, alternative, facts, where, criterion)
        rows.append((criterion, row))
        found.extend(left)
    return rows, found


def computed_again(
    ctx: Context,
    index: int,
    alternative: Alternative,
    facts: AlternativeFacts,
    where: str,
    rows: list[Row],
) -> list[Row]:
    """``rows`` of :func:`score_criteria` with the computed criteria scored again under
    ``ctx``: the rows :func:`score_criteria` gives under ``ctx`` when it differs from the
    context of ``rows`` only in what computed criteria read (the request's
    must-requirements, and the TCO baseline that follows from them). Assessed and imported
    criteria read only the assessments, the evidence, the dates and the catalogue."""
    return [
        (criterion, _criterion(ctx, index, alternative, facts, where, criterion)[0])
        if criterion.kind == "computed"
        else (criterion, row)
        for criterion, row in rows
    ]


def _criterion(
    ctx: Context,
    index: int,
    alternative: Alternative,
    facts: AlternativeFacts,
    where: str,
    criterion: Criterion,
) -> tuple[Draft, list[Gap]]:
    path: list[str | int] = ["alternatives", index, "assessments", criterion.id]
    assessment = alternative.assessments.get(criterion.id)
    imported = facts.imported.get(criterion.id) if criterion.kind == "assessed" else None
    if criterion.kind == "computed":
        scored, left = _computed(ctx, index, alternative, facts, where, criterion)
    elif assessment is not None and assessment.scores:
        panel, left = _panel(ctx, alternative.id, criterion.id, assessment, path)
        scored = _Scored(source="assessed", score=panel.value, panel=panel)
    else:
        scored, left = _single(ctx, index, alternative, criterion, assessment, imported, path)
    from_person = scored.source != "imported"
    row = Draft(
        criterion=criterion.id,
        dimension=criterion.dimension,
        kind=criterion.kind,
        source=scored.source,
        score=scored.score,
        passed=scored.passed,
        value=scored.value,
        rationale=assessment.rationale if assessment and from_person else None,
        evidence=_evidence_of(assessment, imported, from_person),
        assessed_on=(
            (assessment.assessed_on if assessment else None)
            if from_person
            else imported.date
            if imported
            else None
        ),
        assessor=assessment.assessor if assessment and from_person else None,
        stale=gaps.stale(left),
        imported=imported,
        panel=scored.panel,
        reason=scored.reason,
    )
    return row, left


def _computed(
    ctx: Context,
    index: int,
    alternative: Alternative,
    facts: AlternativeFacts,
    where: str,
    criterion: Criterion,
) -> tuple[_Scored, list[Gap]]:
    """A criterion computed from its metric; a level by the catalogue's computation."""
    assert criterion.computation is not None
    value = metrics.value(ctx, criterion, alternative, facts, where)
    scored = _Scored(value=value, reason=metrics.reason(ctx, criterion, alternative))
    left: list[Gap] = []
    if criterion.computation.metric == "exit-plan":
        left.extend(gaps.exit_plan_dates(ctx, alternative, index, criterion.id))
    if value is None and metrics.unbounded(criterion):
        scored.score, scored.source = 0, "computed"  # unbounded ratio: dearer than any level
    elif value is None:
        left.append(gaps.no_data(alternative, index, criterion.id, criterion.computation.metric))
    else:
        scored.score, scored.source = scoring.level_of(criterion.computation, value), "computed"
    if isinstance(value, float):
        scored.value = round(value, 4)
    return scored, left


def _single(
    ctx: Context,
    index: int,
    alternative: Alternative,
    criterion: Criterion,
    assessment: Assessment | None,
    imported: ImportedScore | None,
    path: list[str | int],
) -> tuple[_Scored, list[Gap]]:
    """A criterion one person assessed, or evidence files filled in, or nobody answered."""
    scored = _Scored()
    if assessment is not None:
        scored.score, scored.passed = assessment.score, assessment.passed
    if scored.score is not None or scored.passed is not None:
        assert assessment is not None
        scored.source = "assessed"
        documentation = (assessment.rationale, assessment.evidence_list(), assessment.assessed_on)
        return scored, gaps.document_gaps(ctx, alternative.id, criterion.id, documentation, path)
    if imported is not None:
        # Evidence files fill a criterion nobody assessed; a person's score wins.
        scored.score, scored.source = imported.score, "imported"
        return scored, gaps.evidence_gaps(ctx, alternative.id, criterion.id, imported, index)
    # A criterion a catalogue took out of the score (weight 0, no floor) is shown for
    # information; leaving it unassessed is no gap.
    counts = criterion.kind == "knock-out" or criterion.weight > 0 or criterion.floor is not None
    return scored, [gaps.unassessed(alternative, criterion.id, path)] if counts else []


def _evidence_of(
    assessment: Assessment | None, imported: ImportedScore | None, from_person: bool
) -> list[str]:
    if from_person:
        return assessment.evidence_list() if assessment else []
    assert imported is not None
    return list(dict.fromkeys(source.file for source in imported.sources))


def _panel(
    ctx: Context,
    alternative_id: str,
    criterion_id: str,
    assessment: Assessment,
    path: list[str | int],
) -> tuple[Panel, list[Gap]]:
    """Several assessors' levels combined by the catalogue's rule; each entry documented
    (its own rationale, evidence and date, else the assessment's), disagreement flagged."""
    assert assessment.scores
    entries: list[AssessorEntry] = []
    left: list[Gap] = []
    for position, entry in enumerate(assessment.scores):
        documented = AssessorEntry(
            assessor=entry.assessor,
            score=entry.score,
            rationale=entry.rationale or assessment.rationale,
            evidence=entry.evidence_list() or assessment.evidence_list(),
            assessed_on=entry.assessed_on or assessment.assessed_on,
        )
        entries.append(documented)
        left.extend(
            gaps.document_gaps(
                ctx,
                alternative_id,
                criterion_id,
                (documented.rationale, documented.evidence, documented.assessed_on),
                [*path, "scores", position],
            )
        )
    levels = [e.score for e in entries]
    rule = ctx.catalogue.policy.assessors
    spread = assessors.spread(levels)
    disagreement = spread >= rule.disagreement
    if disagreement:
        left.append(
            Gap(
                alternative=alternative_id,
                criterion=criterion_id,
                reason="disagreement",
                params={
                    "spread": spread,
                    "threshold": rule.disagreement,
                    "levels": ", ".join(f"{e.assessor}: {e.score}" for e in entries),
                },
                path=[*path, "scores"],
            )
        )
    panel = Panel(
        aggregate=rule.aggregate,
        value=assessors.shown(assessors.combine(levels, rule.aggregate)),
        spread=spread,
        disagreement=disagreement,
        entries=entries,
    )
    return panel, left


def capped(rows: list[Row], caps: dict[str, tuple[int, list[str]]]) -> list[Row]:
    """Criteria limited by evidence floors that are not met count at most the floors' level;
    the level they had is kept beside it."""
    if not caps:
        return rows
    limited = []
    for criterion, row in rows:
        cap = caps.get(criterion.id)
        if cap is not None and row.score is not None and row.score > cap[0]:
            row = replace(  # noqa: PLW2901
                row,
                score=cap[0],
                capped=Cap(score=row.score, at_most=cap[0], floors=cap[1]),
            )
        limited.append((criterion, row))
    return limited
