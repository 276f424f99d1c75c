# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Several assessors of one criterion: the combined level, the spread, disagreement.

The catalogue chooses the aggregate (``policy.assessors.aggregate``): the ``median``
(default; one outlier cannot move it far, and with an even number of assessors it is the
mean of the two middle levels) or the arithmetic ``mean``. The spread is the highest minus
the lowest level; from ``policy.assessors.disagreement`` levels on, the assessors count as
disagreeing and the criterion is flagged for discussion. The combined level counts like any
other score (floors, knock-outs, contributions); nothing is rounded to a whole level.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ossfirst.model.catalogue import Aggregate


def combine(levels: Sequence[int], aggregate: Aggregate) -> float:
    """The combined level of several assessors."""
    if not levels:
        raise ValueError("no levels to combine")
    if aggregate == "mean":
        return math.fsum(levels) / len(levels)
    # by hand: the statistics module would bring fractions and decimal onto the start-up path
    ordered = sorted(levels)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


def spread(levels: Sequence[int]) -> int:
    """Highest minus lowest level."""
    return max(levels) - min(levels)


def shown(value: float) -> int | float:
    """A combined level as the Result carries it: a whole level stays an integer."""
    return int(value) if float(value).is_integer() else round(value, 2)
