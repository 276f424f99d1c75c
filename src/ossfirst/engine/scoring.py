# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Computed metrics and their levels, and the weighted additive aggregation.

``total = sum_d W_d * sum_c w_c * s_c / s_max`` with the weights normalised within each
level; every criterion's contribution is reported, so the total can be recomputed by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ossfirst.model.catalogue import (
    CATEGORY_METRICS,
    FIXED_METRICS,
    MAX_SCORE,
    NUMERIC_METRICS,
    Computation,
    Criterion,
)
from ossfirst.model.request import Alternative, Request

_EPSILON = 1e-9
COVERAGE_VALUE = {"met": 1.0, "partial": 0.5, "unmet": 0.0}
MUST_FACTOR = 2.0


def level_of(computation: Computation, value: float | str) -> int:
    """The level (0-4) a metric value reaches under the catalogue's thresholds or levels."""
    metric = computation.metric
    if metric in FIXED_METRICS:  # the value is the level (licence freedom)
        return int(value)
    if metric in CATEGORY_METRICS:
        assert computation.levels is not None
        return computation.levels[str(value)]
    assert computation.thresholds is not None and isinstance(value, int | float)
    lower_is_better = NUMERIC_METRICS[metric] == "lower"
    for offset, threshold in enumerate(computation.thresholds):
        reached = (
            (value <= threshold + _EPSILON) if lower_is_better else (value >= threshold - _EPSILON)
        )
        if reached:
            return MAX_SCORE - offset
    return 0


def requirements_coverage(request: Request, alternative: Alternative) -> float:
    """Share of requirements covered: met 1, partial 0.5, unmet 0; must-requirements count
    twice."""
    total = 0.0
    covered = 0.0
    for requirement in request.requirements:
        weight = MUST_FACTOR if requirement.must else 1.0
        total += weight
        covered += weight * COVERAGE_VALUE[alternative.requirements.get(requirement.id, "unmet")]
    return covered / total if total else 0.0


def meets_musts(request: Request, alternative: Alternative) -> bool:
    return all(alternative.requirements.get(r.id) == "met" for r in request.requirements if r.must)


def ratio(value: float, baseline: float) -> float | None:
    """``value / baseline``; ``None`` when the ratio is unbounded (baseline 0, value > 0)."""
    if baseline <= 0:
        return 1.0 if value <= 0 else None
    return value / baseline


@dataclass(frozen=True)
class Weighted:
    """Effective weights of one alternative after the missing-data rule."""

    criterion: dict[str, float]  # share of the total, in per cent
    dimension: dict[str, float]  # effective dimension weight in per cent (None: excluded)
    dimension_score: dict[str, float | None]


#: Each dimension with its scored criteria of positive weight, in the catalogue's order.
Groups = list[tuple[str, list[tuple[str, float]]]]


def groups(criteria: Sequence[Criterion], dimensions: Sequence[str]) -> Groups:
    """What :func:`aggregate` sums, dimension by dimension: the scored criteria with a
    weight, and their weights."""
    return [
        (d, [(c.id, c.weight) for c in criteria if c.dimension == d and c.scored and c.weight > 0])
        for d in dimensions
    ]


def aggregate(
    criteria: Sequence[Criterion],
    dimensions: Sequence[str],
    profile_weights: Mapping[str, float],
    effective: Mapping[str, float | None],
    grouped: Groups | None = None,
) -> Weighted:
    """Weights and dimension scores from the effective criterion scores.

    ``effective`` maps each scored criterion to the score counted (``None``: left out, as
    the ``renormalise`` rule does for a missing score). Left-out criteria and dimensions
    hand their weight to the others in proportion. ``grouped``: :func:`groups` of
    ``criteria`` and ``dimensions``, when the caller keeps them for many alternatives.
    """
    inner: dict[str, dict[str, float]] = {}
    scores: dict[str, float | None] = {}
    for dimension, members in groups(criteria, dimensions) if grouped is None else grouped:
        counted = {cid: weight for cid, weight in members if effective.get(cid) is not None}
        weight_sum = sum(counted.values())
        if weight_sum <= 0:
            inner[dimension] = {}
            scores[dimension] = None
            continue
        inner[dimension] = {cid: w / weight_sum for cid, w in counted.items()}
        scores[dimension] = 100.0 * sum(
            share * (effective[cid] or 0.0) / MAX_SCORE for cid, share in inner[dimension].items()
        )
    present = {d: profile_weights[d] for d in dimensions if scores[d] is not None}
    present_sum = sum(present.values())
    dimension_weights = {
        d: (100.0 * w / present_sum if present_sum else 0.0) for d, w in present.items()
    }
    criterion_weights: dict[str, float] = {}
    for dimension, shares in inner.items():
        for cid, part in shares.items():
            criterion_weights[cid] = dimension_weights.get(dimension, 0.0) * part
    return Weighted(criterion_weights, dimension_weights, scores)


def weighted_total(profile_weights: Sequence[float], scores: Sequence[float | None]) -> float:
    """The total (0-100) from dimension scores and the profile's dimension weights.

    Dimensions without a score (``None``) hand their weight to the others in proportion. The
    evaluation and the sensitivity analysis both compute totals here, so that the same
    weights give the same total to the last bit.
    """
    present_sum = 0.0
    for weight, score in zip(profile_weights, scores, strict=True):
        if score is not None:
            present_sum += weight
    if present_sum <= 0:
        return 0.0
    total = 0.0
    for weight, score in zip(profile_weights, scores, strict=True):
        if score is not None:
            total += (100.0 * weight / present_sum) * score / 100.0
    return total
