# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""A catalogue's sovereignty framework, such as the EU Cloud Sovereignty Framework.

Each objective (SOV-1 ... SOV-8) is assessed through one criterion whose level 0-4 is the
objective's assurance level (SEAL-0 ... SEAL-4). The framework's score is
``sum_n Score(SOV_n) / Max(SOV_n) * Weight_n`` with the weights of the objectives'
criteria normalised to 100 %; the overall assurance level is the lowest of the objectives
(the weakest link). An objective below its minimum level excludes the alternative; the
minimum is the catalogue's, raised by the request where it asks for more. An objective that
is not assessed counts as SEAL-0 under the catalogue's ``zero`` rule and stays open (no
knock-out, no overall level) under ``renormalise``.
"""

from __future__ import annotations

from collections.abc import Mapping

from ossfirst.model.catalogue import MAX_SCORE, SovereigntyFramework
from ossfirst.model.result import FrameworkScore, KnockOut, ObjectiveScore


def minimums(
    framework: SovereigntyFramework, requested: int | Mapping[str, int] | None
) -> dict[str, int]:
    """The minimum level per objective: the catalogue's, raised by the request's."""
    result = {}
    for objective in framework.objectives:
        asked = requested if isinstance(requested, int) else (requested or {}).get(objective.id, 0)
        result[objective.id] = max(objective.minimum_seal, asked)
    return result


def assess(
    framework: SovereigntyFramework,
    weights: Mapping[str, float],
    levels: Mapping[str, int | float | None],
    minimum: Mapping[str, int],
    zero_rule: bool,
) -> tuple[FrameworkScore, list[KnockOut]]:
    """One alternative under the framework.

    ``weights`` are the catalogue weights of the objectives' criteria, ``levels`` their
    levels for this alternative (``None``: not assessed).
    """
    weight_sum = sum(weights[o.criterion] for o in framework.objectives)
    rows: list[ObjectiveScore] = []
    knockouts: list[KnockOut] = []
    points = 0.0
    counted_weight = 0.0
    counted: list[int | float] = []
    open_objective = False
    for objective in framework.objectives:
        level = levels.get(objective.criterion)
        effective = level if level is not None else (0 if zero_rule else None)
        share = 100.0 * weights[objective.criterion] / weight_sum if weight_sum > 0 else 0.0
        required = minimum[objective.id]
        met = effective is None or effective >= required
        if effective is None:
            open_objective = True
        else:
            counted.append(effective)
            counted_weight += share
            points += share * effective / MAX_SCORE
        if not met:
            knockouts.append(
                KnockOut(
                    code="seal-minimum",
                    ref=objective.id,
                    params={
                        "criterion": objective.criterion,
                        "seal": effective,
                        "minimum": required,
                        "unassessed": level is None,
                    },
                )
            )
        rows.append(
            ObjectiveScore(
                objective=objective.id,
                criterion=objective.criterion,
                seal=level,
                weight=round(share, 2),
                minimum_seal=required,
                met=met,
            )
        )
    overall = None if open_objective or not counted else min(counted)
    # Objectives left open (the renormalise rule) hand their weight to the others.
    score = 100.0 * points / counted_weight if counted_weight > 0 else 0.0
    return FrameworkScore(objectives=rows, overall_seal=overall, score=round(score, 2)), knockouts
