# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Knock-outs: what excludes an alternative whatever its score (an unmet must-requirement, a
failed knock-out criterion, a score below a criterion's floor, a budget overrun, strict
selection, the sovereignty framework's minimum levels), and the warnings about those that
could not be checked. Each function returns what it finds."""

from __future__ import annotations

from ossfirst.engine import qsos, sovereignty
from ossfirst.engine.context import Context
from ossfirst.engine.criteria import Draft, Row
from ossfirst.model.catalogue import Criterion
from ossfirst.model.request import Alternative
from ossfirst.model.result import Economics, FrameworkScore, KnockOut, Message


def knockouts(
    ctx: Context, alternative: Alternative, econ: Economics, rows: list[Row]
) -> tuple[list[KnockOut], list[Message]]:
    """Must-requirements, knock-out criteria, floors and the budget."""
    found: list[KnockOut] = []
    warnings: list[Message] = []
    for requirement in ctx.request.requirements:
        coverage = alternative.requirements.get(requirement.id, "unmet")
        if requirement.must and coverage != "met":
            found.append(
                KnockOut(code="must-requirement", ref=requirement.id, params={"coverage": coverage})
            )
    for criterion, row in rows:
        knockout, warning = _criterion(ctx, alternative, criterion, row)
        found.extend(knockout)
        warnings.extend(warning)
    budget = ctx.request.budget
    if budget is not None and econ.nominal_total > budget:
        found.append(
            KnockOut(
                code="budget",
                ref="budget",
                params={"nominal_total": econ.nominal_total, "budget": budget},
            )
        )
    return found, warnings


def _criterion(
    ctx: Context, alternative: Alternative, criterion: Criterion, row: Draft
) -> tuple[list[KnockOut], list[Message]]:
    """A failed knock-out criterion or a score below the floor; or the warning that it
    could not be checked (nobody answered, and missing data do not count as zero)."""
    zero_rule = ctx.zero_rule
    if criterion.kind == "knock-out":
        if row.passed is False or (row.passed is None and zero_rule):
            return [
                KnockOut(
                    code="knock-out-criterion",
                    ref=criterion.id,
                    params={"unassessed": row.passed is None},
                )
            ], []
        if row.passed is None:
            return [], [
                Message(
                    code="knock-out-unverified",
                    params={"criterion": criterion.id},
                    alternative=alternative.id,
                )
            ]
        return [], []
    if criterion.floor is None:
        return [], []
    if row.score is None and not zero_rule:
        return [], [
            Message(
                code="floor-unverified",
                params={"criterion": criterion.id, "floor": criterion.floor},
                alternative=alternative.id,
            )
        ]
    if (row.score or 0) < criterion.floor:
        return [
            KnockOut(
                code="floor",
                ref=criterion.id,
                params={
                    "score": row.score,
                    "floor": criterion.floor,
                    "unassessed": row.score is None,
                },
            )
        ], []
    return [], []


def selection_and_framework(
    ctx: Context, alternative: Alternative, rows: list[Row]
) -> tuple[list[KnockOut], FrameworkScore | None, list[Message]]:
    """Knock-outs by strict selection and by the framework's minimum levels, the
    framework's standing of the alternative, and the selections that could not be checked."""
    zero_rule = ctx.zero_rule
    scores = {c.id: row.score for c, row in rows}
    found: list[KnockOut] = []
    warnings: list[Message] = []
    selection = ctx.method.strict_selection
    if selection is not None:
        eliminated, unchecked = qsos.eliminations(selection, scores, zero_rule)
        found.extend(eliminated)
        warnings.extend(
            Message(
                code="strict-selection-unverified",
                params={"criterion": criterion},
                alternative=alternative.id,
            )
            for criterion in unchecked
        )
    framework = ctx.catalogue.sovereignty_framework
    if framework is None:
        return found, None, warnings
    standing, below = sovereignty.assess(
        framework, ctx.criterion_weights, scores, ctx.seal_minimum, zero_rule
    )
    return [*found, *below], standing, warnings
