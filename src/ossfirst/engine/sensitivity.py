# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""How far the recommendation depends on the dimension weights of the profile.

Totals are linear in the dimension weights (``total = sum_d W_d * S_d / sum_d W_d``), so
each alternative's dimension scores are computed once and every weighting costs a few
multiplications; the recommendation for a weighting is found by the same award method and
OSS-first rule as the evaluation itself (:mod:`ossfirst.engine.policy`,
:mod:`ossfirst.engine.ufab`), from totals rounded as the report shows them. Knock-outs do
not depend on weights, so the eligible alternatives stay the same. The weights of criteria
within a dimension are the catalogue's and are not varied.

- One at a time: each dimension weight runs from 0 to 100 % while the others keep their
  proportions. The weight at which the recommendation changes is searched on a grid of
  half a percentage point and refined by bisection to 0.01 points; a change that reverses
  within less than half a point can be missed. The grid is walked with the fast totals and
  every change is confirmed and located with the exact ones.
- Monte-Carlo: weights drawn from ``Dirichlet(concentration * profile)`` with a fixed seed
  (mean: the profile; a weight ``w`` varies with standard deviation
  ``sqrt(w (1 - w) / (concentration + 1))``); the share of draws in which each alternative
  is recommended. An infinite concentration (zero spread) reproduces the profile.
- Grade: robust when the recommendation holds in at least 95 % of the draws and no
  threshold lies within 5 percentage points of its profile weight; sensitive when it holds
  in less than 75 % or a threshold lies within 2 points; moderate otherwise.
"""

from __future__ import annotations

import math
import operator
import random
from collections.abc import Callable, Sequence
from typing import NamedTuple

from ossfirst.engine import policy, ufab
from ossfirst.engine.scoring import weighted_total
from ossfirst.model.catalogue import AwardPolicy, SensitivitySettings
from ossfirst.model.result import Category, MonteCarlo, Sensitivity, WeightThreshold

GRID_STEP = 0.5
PRECISION = 0.01
ROBUST_SHARE, SENSITIVE_SHARE = 0.95, 0.75
ROBUST_DISTANCE, SENSITIVE_DISTANCE = 5.0, 2.0


class Contender(NamedTuple):
    """An eligible alternative reduced to what the decision needs.

    ``scores`` are its dimension scores (``None``: no counted criterion), ``performance``
    the dimension scores without the price-derived criteria (for UfAB's L), ``price`` P.
    """

    id: str
    category: Category
    scores: tuple[float | None, ...]
    performance: tuple[float | None, ...]
    price: float


Decide = Callable[[Sequence[float]], str | None]


def decider(
    contenders: Sequence[Contender], award: AwardPolicy, margin: float, fast: bool = False
) -> Decide:
    """The recommended alternative's id as a function of the dimension weights (in any
    scale: only their proportions count).

    The exact decider computes totals exactly as the evaluation does, so that the profile's
    weights give the evaluation's recommendation. ``fast`` computes the same totals as
    ``sum_d W_d S_d / sum_d W_d`` in one pass, which may differ from the exact value in the
    last bit; it serves the Monte-Carlo draws, where that cannot matter, and costs a fraction
    of the time.
    """
    if fast and award.method == "weighted":
        return _fast_by_total(contenders, margin)
    # The fast path of the UfAB methods: they rank by L and P only.
    totals = _fast_performance(contenders) if fast else _exact_totals(contenders)
    relative = ufab.is_ratio_method(award.method)
    limit = award.margin_percent if relative else margin

    def by_award(weights: Sequence[float]) -> str | None:
        offers = [
            ufab.Offer(c.id, c.category, total, performance, c.price)
            for c, (total, performance) in zip(contenders, totals(weights), strict=True)
        ]
        chosen = policy.choose(ufab.order(award, offers), limit, relative)
        return chosen[3] if chosen else None

    return by_award


def _fast_by_total(contenders: Sequence[Contender], margin: float) -> Decide:
    """The weighted-total decider of :func:`policy.choose` for many draws: the same
    preference order, ranking keys and margin, with the totals as one dot product each and
    no intermediate objects. A test checks that it agrees with the exact decider."""
    classes: dict[int, list[tuple[str, list[float], list[float], bool]]] = {}
    for contender in sorted(contenders, key=lambda c: c.id):
        values, present, complete = _linear(contender.scores)
        preference = policy.PREFERENCE[contender.category]
        classes.setdefault(preference, []).append((contender.id, values, present, complete))
    ordered = [(preference, classes[preference]) for preference in sorted(classes)]
    mul = operator.mul

    def decide(weights: Sequence[float]) -> str | None:
        weight_sum = sum(weights)
        chosen: str | None = None
        best_value = 0.0
        best_key: tuple[float, int, str] | None = None
        for preference, members in ordered:
            top: tuple[float, str] | None = None
            for alternative_id, values, present, complete in members:
                counted = weight_sum if complete else sum(map(mul, weights, present))
                total = round(sum(map(mul, weights, values)) / counted, 2) if counted > 0 else 0.0
                # members are sorted by id, so a tie keeps the smaller id, as the key does
                if top is None or total > top[0]:
                    top = (total, alternative_id)
            assert top is not None
            key = (-top[0], preference, top[1])
            if best_key is None:
                chosen, best_value, best_key = top[1], top[0], key
                continue
            if key < best_key and top[0] - best_value > margin:
                chosen = top[1]
            best_value = max(best_value, top[0])
            best_key = min(best_key, key)
        return chosen

    return decide


Totals = Callable[[Sequence[float]], list[tuple[float, float]]]


def _exact_totals(contenders: Sequence[Contender]) -> Totals:
    """Each contender's (total, performance) as the evaluation computes and rounds them."""

    def totals(weights: Sequence[float]) -> list[tuple[float, float]]:
        return [
            (
                round(weighted_total(weights, c.scores), 2),
                round(weighted_total(weights, c.performance), 2),
            )
            for c in contenders
        ]

    return totals


def _fast_performance(contenders: Sequence[Contender]) -> Totals:
    """The performance points of :func:`_exact_totals` as one dot product each, given in
    both places of the pair (the UfAB methods need no other total)."""
    rows = [_linear(c.performance) for c in contenders]

    def totals(weights: Sequence[float]) -> list[tuple[float, float]]:
        weight_sum = sum(weights)
        return [(value, value) for value in (_dot(weights, weight_sum, row) for row in rows)]

    return totals


def _linear(scores: Sequence[float | None]) -> tuple[list[float], list[float], bool]:
    values = [0.0 if s is None else s for s in scores]
    present = [0.0 if s is None else 1.0 for s in scores]
    return values, present, None not in scores


def _dot(
    weights: Sequence[float], weight_sum: float, row: tuple[list[float], list[float], bool]
) -> float:
    values, present, complete = row
    counted = weight_sum if complete else sum(map(operator.mul, weights, present))
    return round(sum(map(operator.mul, weights, values)) / counted, 2) if counted > 0 else 0.0


def rescaled(weights: Sequence[float], index: int, value: float) -> list[float]:
    """``weights`` with ``weights[index]`` set to ``value`` (per cent) and the others scaled
    so that all still sum to 100, keeping their proportions."""
    rest = 100.0 - weights[index]
    others = len(weights) - 1
    result = []
    for position, weight in enumerate(weights):
        if position == index:
            result.append(value)
        elif rest > 0:
            result.append(weight * (100.0 - value) / rest)
        else:  # every other weight is 0: share the remainder equally
            result.append((100.0 - value) / others)
    return result


def _boundary(
    decide: Decide, weights: Sequence[float], index: int, same: float, changed: float, base: str
) -> tuple[float, str | None]:
    """Bisect between a weight that keeps the recommendation and one that changes it."""
    changed_to = decide(rescaled(weights, index, changed))
    while abs(changed - same) > PRECISION:
        middle = (same + changed) / 2
        winner = decide(rescaled(weights, index, middle))
        if winner == base:
            same = middle
        else:
            changed, changed_to = middle, winner
    return round((same + changed) / 2, 1), changed_to


def one_at_a_time(
    decide: Decide,
    dimensions: Sequence[str],
    weights: Sequence[float],
    base: str,
    scan: Decide | None = None,
) -> list[WeightThreshold]:
    """For each dimension, the nearest weights below and above the profile's at which the
    recommendation changes.

    ``scan`` (default: ``decide``) walks the grid; every change it finds is confirmed and
    located by ``decide``, so a faster ``scan`` cannot report a threshold ``decide`` would
    not.
    """
    scan = scan or decide
    thresholds = []
    grid = [i * GRID_STEP for i in range(int(100 / GRID_STEP) + 1)]
    for index, dimension in enumerate(dimensions):
        weight = weights[index]
        found: dict[str, tuple[float, str | None] | None] = {"lower": None, "upper": None}
        below = [t for t in reversed(grid) if t < weight] + ([0.0] if weight > 0 else [])
        above = [t for t in grid if t > weight] + ([100.0] if weight < 100 else [])
        for direction, points in (("lower", below), ("upper", above)):
            same = weight
            for point in dict.fromkeys(points):
                changed = rescaled(weights, index, point)
                if scan(changed) != base and decide(changed) != base:
                    found[direction] = _boundary(decide, weights, index, same, point, base)
                    break
                same = point
        lower, upper = found["lower"], found["upper"]
        thresholds.append(
            WeightThreshold(
                dimension=dimension,
                weight=weight,
                lower=lower[0] if lower else None,
                lower_recommended=lower[1] if lower else None,
                upper=upper[0] if upper else None,
                upper_recommended=upper[1] if upper else None,
            )
        )
    return thresholds


def monte_carlo(
    decide: Decide,
    candidates: Sequence[str],
    weights: Sequence[float],
    draws: int,
    concentration: float,
    seed: int,
) -> dict[str, float]:
    """The share of ``draws`` weightings from ``Dirichlet(concentration * weights)`` in which
    each candidate is recommended."""
    wins = dict.fromkeys(candidates, 0)
    if math.isinf(concentration) or len(candidates) == 1:
        winner = decide(weights)
        if winner is not None:
            wins[winner] = draws
    else:
        # A fixed seed makes the draws reproducible; nothing here needs cryptographic strength.
        draw = gamma_draws(random.Random(seed), [concentration * w / 100.0 for w in weights])  # noqa: S311
        for _ in range(draws):
            # Gamma variates divided by their sum are Dirichlet-distributed; the deciders
            # only use proportions, so the division is left to them.
            winner = decide(draw())
            if winner is not None:
                wins[winner] += 1
    return {c: round(count / draws, 4) if draws else 0.0 for c, count in wins.items()}


def gamma_draws(rng: random.Random, alphas: Sequence[float]) -> Callable[[], list[float]]:
    """A function that draws one Gamma(alpha, 1) variate per alpha, the numbers
    ``rng.gammavariate`` would give, in the same order.

    Monte-Carlo draws tens of thousands of these, and ``gammavariate`` recomputes its
    constants and checks its arguments on every call; here Cheng's algorithm (the one the
    standard library uses for alpha > 1) runs with its constants prepared once. A dimension
    the profile does not weigh stays at 0 (Dirichlet needs alpha > 0); other alphas up to 1
    go to ``gammavariate`` itself. A test checks that both give identical numbers.
    """
    uniform = rng.random
    log, exp = math.log, math.exp
    magic = 1.0 + math.log(4.5)  # random.SG_MAGICCONST
    log4 = math.log(4.0)  # random.LOG4
    plan: list[tuple[int, float, float, float, float]] = []
    for alpha in alphas:
        if alpha > 1.0:
            ainv = math.sqrt(2.0 * alpha - 1.0)
            plan.append((1, alpha, ainv, alpha - log4, alpha + ainv))
        else:
            plan.append((0 if alpha <= 0 else 2, alpha, 0.0, 0.0, 0.0))

    def draw() -> list[float]:
        values: list[float] = []
        for kind, alpha, ainv, bbb, ccc in plan:
            if kind == 1:
                while True:
                    u1 = uniform()
                    if not 1e-7 < u1 < 0.9999999:
                        continue
                    u2 = 1.0 - uniform()
                    v = log(u1 / (1.0 - u1)) / ainv
                    x = alpha * exp(v)
                    z = u1 * u1 * u2
                    r = bbb + ccc * v - x
                    if r + magic - 4.5 * z >= 0.0 or r >= log(z):
                        values.append(x * 1.0)
                        break
            elif kind == 2:
                values.append(rng.gammavariate(alpha, 1.0))
            else:
                values.append(0.0)
        return values

    return draw


def spread_points(concentration: float, weight: float) -> float:
    """Standard deviation, in percentage points, of a weight of ``weight`` per cent under
    ``Dirichlet(concentration * profile)``."""
    share = weight / 100.0
    return 100.0 * math.sqrt(share * (1.0 - share) / (concentration + 1.0))


def analyse(
    contenders: Sequence[Contender],
    dimensions: Sequence[str],
    weights: Sequence[float],
    award: AwardPolicy,
    margin: float,
    settings: SensitivitySettings,
) -> Sensitivity | None:
    """The sensitivity of the recommendation to the profile's dimension weights; ``None``
    when nothing is recommended."""
    if not contenders:
        return None
    decide = decider(contenders, award, margin)
    fast = decider(contenders, award, margin, fast=True)
    base = decide(weights)
    if base is None:
        return None
    thresholds = one_at_a_time(decide, dimensions, weights, base, scan=fast)
    simulation = None
    holds: float | None = None
    if settings.draws > 0:
        shares = monte_carlo(
            fast,
            [c.id for c in contenders],
            weights,
            settings.draws,
            settings.concentration,
            settings.seed,
        )
        simulation = MonteCarlo(
            draws=settings.draws,
            concentration=settings.concentration,
            seed=settings.seed,
            spread_points=round(spread_points(settings.concentration, 20.0), 2),
            shares=shares,
        )
        holds = shares[base]
    nearest: WeightThreshold | None = None
    direction: str | None = None
    distance = math.inf
    for threshold in thresholds:
        for side, value in (("lower", threshold.lower), ("upper", threshold.upper)):
            if value is not None and abs(value - threshold.weight) < distance:
                nearest, direction, distance = threshold, side, abs(value - threshold.weight)
    if (holds is not None and holds < SENSITIVE_SHARE) or distance < SENSITIVE_DISTANCE:
        grade = "sensitive"
    elif (holds is None or holds >= ROBUST_SHARE) and distance >= ROBUST_DISTANCE:
        grade = "robust"
    else:
        grade = "moderate"
    return Sensitivity(
        recommended=base,
        one_at_a_time=thresholds,
        monte_carlo=simulation,
        holds=holds,
        nearest=nearest,
        nearest_direction="lower" if direction == "lower" else "upper" if direction else None,
        robustness=grade,
    )
