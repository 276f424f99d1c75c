# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Weights from pairwise comparisons: the Analytic Hierarchy Process (Saaty).

Each judgement says how much more important one item is than another on the 1-9 scale
(1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; 2, 4, 6, 8
in between). The judgements fill a positive reciprocal matrix ``A`` (``a_ji = 1 / a_ij``);
the weights are its principal eigenvector, normalised to sum 1, found by power iteration.
Consistency: ``CI = (lambda_max - n) / (n - 1)``, ``CR = CI / RI`` with Saaty's random
indices; judgements with ``CR > 0.10`` are not accepted. The most inconsistent judgements are
those whose value departs furthest from what the weights imply (``a_ij * w_j / w_i``
furthest from 1, on a log scale). Pure and deterministic.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ossfirst.model import limits
from ossfirst.model.pairwise import Judgement

#: Saaty's random consistency index by the number of items (1 and 2 are always consistent).
RANDOM_INDEX = {
    1: 0.0,
    2: 0.0,
    3: 0.58,
    4: 0.90,
    5: 1.12,
    6: 1.24,
    7: 1.32,
    8: 1.41,
    9: 1.45,
    10: 1.49,
}
MAX_ITEMS = limits.PAIRWISE_ITEMS
MAX_RATIO = 0.10
SCALE = range(1, 10)
_TOLERANCE = 1e-13
_MAX_ITERATIONS = 10_000


@dataclass(frozen=True)
class Inconsistency:
    """A judgement (the ``index``-th given) and what the weights from all judgements imply."""

    index: int
    judgement: Judgement
    implied: float  # how many times as important ``more`` is than ``than`` by the weights
    deviation: float  # |ln(given / implied)|


@dataclass(frozen=True)
class Elicitation:
    items: tuple[str, ...]
    weights: tuple[float, ...]
    lambda_max: float
    ci: float
    ri: float
    cr: float
    inconsistencies: tuple[Inconsistency, ...]  # most inconsistent first

    @property
    def consistent(self) -> bool:
        return self.cr <= MAX_RATIO


def matrix(items: Sequence[str], judgements: Sequence[Judgement]) -> list[list[float]]:
    """The reciprocal comparison matrix; every pair must be judged exactly once."""
    index = {item: position for position, item in enumerate(items)}
    size = len(items)
    result = [[1.0] * size for _ in range(size)]
    for judgement in judgements:
        i, j = index[judgement.more], index[judgement.than]
        result[i][j] = float(judgement.by)
        result[j][i] = 1.0 / judgement.by
    return result


def principal(values: Sequence[Sequence[float]]) -> tuple[list[float], float]:
    """The principal eigenvector (summing to 1) and eigenvalue of a positive matrix."""
    size = len(values)
    weights = [1.0 / size] * size
    for _ in range(_MAX_ITERATIONS):
        product = [sum(a * w for a, w in zip(row, weights, strict=True)) for row in values]
        total = sum(product)
        following = [p / total for p in product]
        change = max(abs(a - b) for a, b in zip(following, weights, strict=True))
        weights = following
        if change < _TOLERANCE:
            break
    product = [sum(a * w for a, w in zip(row, weights, strict=True)) for row in values]
    eigenvalue = sum(p / w for p, w in zip(product, weights, strict=True)) / size
    return weights, eigenvalue


def elicit(items: Sequence[str], judgements: Sequence[Judgement]) -> Elicitation:
    """Weights, lambda_max, CI, CR and the judgements ranked by inconsistency."""
    size = len(items)
    if not 1 <= size <= MAX_ITEMS:
        raise ValueError(f"between 1 and {MAX_ITEMS} items can be compared")
    weights, eigenvalue = principal(matrix(items, judgements))
    ci = (eigenvalue - size) / (size - 1) if size > 2 else 0.0
    ri = RANDOM_INDEX[size]
    cr = ci / ri if ri > 0 else 0.0
    index = {item: position for position, item in enumerate(items)}
    ranked = []
    for position, judgement in enumerate(judgements):
        implied = weights[index[judgement.more]] / weights[index[judgement.than]]
        deviation = abs(math.log(judgement.by / implied))
        ranked.append(Inconsistency(position, judgement, implied, deviation))
    ranked.sort(key=lambda entry: (-entry.deviation, entry.index))
    return Elicitation(
        items=tuple(items),
        weights=tuple(weights),
        lambda_max=eigenvalue,
        ci=max(ci, 0.0),
        ri=ri,
        cr=max(cr, 0.0),
        inconsistencies=tuple(ranked),
    )


def percentages(weights: Sequence[float], decimals: int = 1) -> list[float]:
    """Weights as percentages rounded to ``decimals`` that sum to exactly 100 (largest
    remainder), so that a profile written from them passes the catalogue's check."""
    unit = 10**decimals
    whole = sum(weights)
    exact = [w / whole * 100 * unit for w in weights]
    floors = [math.floor(x) for x in exact]
    short = 100 * unit - sum(floors)
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:short]:
        floors[i] += 1
    return [f / unit for f in floors]
