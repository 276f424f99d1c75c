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
- Monte-Carlo: weightings from ``Dirichlet(concentration * profile)`` with a fixed seed
  (mean: the profile; a weight ``w`` varies with standard deviation
  ``sqrt(w (1 - w) / (concentration + 1))``), quasi-random in independently shifted sets
  (:mod:`ossfirst.engine.weightings`); the share of weightings in which each alternative is
  recommended, and its 95 % confidence interval from the spread between the sets. An
  infinite concentration (zero spread) reproduces the profile. Dominated alternatives (no
  weighting can make them the best of their class) are left out of the draws. Most
  weightings recommend the profile's choice with room to spare: a few sums per weighting
  show it (:func:`clearance`), and those are counted at once; the decider decides the rest.
- Grade: robust when the recommendation holds in at least 95 % of the draws and no
  threshold lies within 5 percentage points of its profile weight; sensitive when it holds
  in less than 75 % or a threshold lies within 2 points; moderate otherwise.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence
from math import floor, fsum
from operator import mul
from typing import NamedTuple

from ossfirst.engine import policy, ufab, weightings
from ossfirst.engine.scoring import weighted_total
from ossfirst.engine.weightings import Point
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
    contenders: Sequence[Contender],
    award: AwardPolicy,
    margin: float,
    fast: bool = False,
    profile: Sequence[float] | None = None,
) -> Decide:
    """The recommended alternative's id as a function of the dimension weights (in any
    scale: only their proportions count).

    The exact decider computes totals exactly as the evaluation does, so that the profile's
    weights give the evaluation's recommendation. ``fast`` computes the same totals as
    ``sum_d W_d S_d / sum_d W_d`` in one pass (correctly rounded sums, so the same on every
    Python version), which may differ from the exact value in the last bit; it serves the
    Monte-Carlo weightings, where that cannot matter, and costs a fraction of the time.
    Given the ``profile``, it first tries :func:`clearance` for the profile's
    recommendation, which settles most weightings with a few sums.
    """
    if not fast or (award.method != "weighted" and not all(c.price > 0 for c in contenders)):
        return _exact(contenders, award, margin)
    if award.method == "weighted":
        full = _fast_by_total(contenders, margin)
    else:
        full = _fast_by_award(contenders, award, margin)
    if profile is None:
        return full
    return cleared(full, screening(contenders, award, margin, profile))


class Screen(NamedTuple):
    """The profile's recommendation ``base`` and the :func:`clearance` vectors that show a
    weighting recommends it too."""

    base: str
    vectors: list[list[float]]


def screening(
    contenders: Sequence[Contender], award: AwardPolicy, margin: float, profile: Sequence[float]
) -> Screen | None:
    """What settles most weightings with a few sums, for the fast deciders of
    :func:`decider` (``None`` where they or :func:`clearance` do not apply)."""
    if award.method != "weighted" and not all(c.price > 0 for c in contenders):
        return None
    base = _exact(contenders, award, margin)(profile)
    vectors = None if base is None else clearance(contenders, award, margin, base, profile)
    return None if base is None or vectors is None else Screen(base, vectors)


def cleared(full: Decide, screen: Screen | None) -> Decide:
    """``full``, first trying the ``screen``: a weighting that every vector clears (``sum_d
    w_d v_d > 0``, summed exactly) recommends its ``base``."""
    if screen is None:
        return full
    base, vectors = screen

    def decide(weights: Sequence[float]) -> str | None:
        for vector in vectors:
            if fsum(map(mul, weights, vector)) <= 0.0:
                return full(weights)
        return base

    return decide


def _exact(contenders: Sequence[Contender], award: AwardPolicy, margin: float) -> Decide:
    relative = ufab.is_ratio_method(award.method)
    limit = award.margin_percent if relative else margin

    def by_award(weights: Sequence[float]) -> str | None:
        offers = [
            ufab.Offer(
                c.id,
                c.category,
                round(weighted_total(weights, c.scores), 2),
                round(weighted_total(weights, c.performance), 2),
                c.price,
            )
            for c in contenders
        ]
        chosen = policy.choose(ufab.order(award, offers), limit, relative)
        return chosen[3] if chosen else None

    return by_award


#: How far a total (or performance points) may move when rounded to the hundredths the
#: decision uses, and room for the last bits of floating-point arithmetic.
_ROUNDING = 0.005
_SLACK = 1e-9


def clearance(
    contenders: Sequence[Contender],
    award: AwardPolicy,
    margin: float,
    base: str,
    profile: Sequence[float],
) -> list[list[float]] | None:
    """Vectors ``v`` such that weights ``w`` with ``sum_d w_d v_d > 0`` for every one of
    them recommend ``base``, whatever the rounding of the totals: each is one comparison of
    the OSS-first rule (and of the award method) that ``base`` wins with room to spare.
    Totals are linear in the weights, so each comparison is one sum of products.

    Under the weighted total (and the price points, likewise): ``base`` leads every other
    alternative of its class, leads every more preferred one by more than the margin, and
    no less preferred one leads it by the margin. Under the Richtwertmethoden the same with
    the ratios Z and the margin in per cent; under the extended one ``base`` must lie in the
    corridor of every offer and beat its rivals by the tie-breaker or see them below its
    corridor. ``None`` where this does not apply (a missing dimension score, or ``base`` of a
    less preferred class under the extended method, or no such room at the profile).
    """
    method = award.method
    weighted = method == "weighted"
    by_id = {c.id: c for c in contenders}
    mine = by_id[base]
    others = [c for c in _undominated(contenders, award_prices=not weighted) if c.id != base]

    def scores(contender: Contender) -> list[float] | None:
        values = contender.scores if weighted else contender.performance
        return None if None in values else list(values)  # type: ignore[arg-type]

    own = scores(mine)
    if own is None:
        return None
    preference = policy.PREFERENCE[mine.category]
    vectors: list[list[float]] = []
    if method in ("weighted", "price-points"):
        share = 0.0 if weighted else award.price_weight or 0.0
        # the decision rounds L and then the award points (price points), or the total
        band = 2 * (_ROUNDING * (1.0 - share) + (_ROUNDING if share else 0.0))
        lowest = min(c.price for c in contenders)
        for other in others:
            theirs = scores(other)
            if theirs is None:
                return None
            rank = policy.PREFERENCE[other.category]
            threshold = 0.0 if rank == preference else margin if rank < preference else -margin
            constant = threshold + band + _SLACK
            if share:
                constant -= share * (
                    ufab.price_points(award.conversion, mine.price, lowest)
                    - ufab.price_points(award.conversion, other.price, lowest)
                )
            vectors.append(
                [(1.0 - share) * (a - b) - constant for a, b in zip(own, theirs, strict=True)]
            )
        return vectors
    lead = 1.0 + award.margin_percent / 100.0
    if method == "ufab-simple":
        for other in others:
            theirs = scores(other)
            if theirs is None:
                return None
            rank = policy.PREFERENCE[other.category]
            factor = 1.0 if rank == preference else lead if rank < preference else 1.0 / lead
            vectors.append(_ratio_over(own, mine.price, theirs, other.price, factor))
        return vectors
    # ufab-extended
    if any(policy.PREFERENCE[c.category] < preference for c in others):
        return None
    corridor = award.corridor or 0.0
    highest = award.tie_breaker == "highest-performance"
    below = 1.0 / ((1.0 - corridor) * (1.0 - ufab.TOLERANCE))
    for other in others:
        theirs = scores(other)
        if theirs is None:
            return None
        # base lies in the corridor below other's Z
        vectors.append(_ratio_over(own, mine.price, theirs, other.price, 1.0 - corridor))
    for other in others:
        theirs = scores(other)
        assert theirs is not None
        outside = _ratio_over(own, mine.price, theirs, other.price, below)
        if policy.PREFERENCE[other.category] != preference:
            # a less preferred offer must not lead by the margin (or stay outside)
            options = [_ratio_over(own, mine.price, theirs, other.price, 1.0 / lead), outside]
        elif highest:
            beats = [a - b - 2 * _ROUNDING - _SLACK for a, b in zip(own, theirs, strict=True)]
            options = [beats, outside]
        elif other.price > mine.price:
            continue
        elif other.price < mine.price:
            options = [outside]
        else:
            options = [_ratio_over(own, mine.price, theirs, other.price, 1.0), outside]
        held = [v for v in options if fsum(map(mul, profile, v)) > 0.0]
        if not held:
            return None
        vectors.append(held[0])
    return vectors


def _ratio_over(
    own: Sequence[float], price: float, theirs: Sequence[float], other_price: float, factor: float
) -> list[float]:
    """A vector for ``Z > factor * Z_other`` with ``Z = L / P`` whatever the rounding of
    the performance points ``L``: ``L P_other - f L_other P > 0.005 (P_other + f P)``."""
    factor *= 1.0 + _SLACK
    band = _ROUNDING * (other_price + factor * price) * (1.0 + _SLACK) + _SLACK
    return [a * other_price - factor * price * b - band for a, b in zip(own, theirs, strict=True)]


def round2(value: float) -> float:
    """``round(value, 2)`` for a total (0 to 100) in a third of the time: the nearest
    integer to ``100 * value``, divided by 100, is what ``round`` gives unless ``100 *
    value`` lies next to a half, where ``round`` itself decides (a test checks both)."""
    scaled = value * 100.0
    nearest = floor(scaled + 0.5)
    if -1e-6 < scaled + 0.5 - nearest < 1e-6:
        return round(value, 2)
    return nearest / 100.0


def _fast_by_total(contenders: Sequence[Contender], margin: float) -> Decide:
    """The weighted-total decider of :func:`policy.choose` for many weightings: the same
    preference order, ranking keys and margin, with the totals as one dot product each and
    no intermediate objects. A test checks that it agrees with the exact decider."""
    classes: dict[int, list[tuple[str, list[float], list[float] | None]]] = {}
    for contender in _undominated(contenders, award_prices=False):
        values, present, complete = _linear(contender.scores)
        preference = policy.PREFERENCE[contender.category]
        classes.setdefault(preference, []).append(
            (contender.id, values, None if complete else present)
        )
    ordered = [classes[preference] for preference in sorted(classes)]

    def decide(weights: Sequence[float]) -> str | None:
        weight_sum = fsum(weights)
        chosen: str | None = None
        best = -1.0
        for members in ordered:
            top, top_id = -1.0, ""
            for alternative_id, values, present in members:
                counted = weight_sum if present is None else fsum(map(mul, weights, present))
                total = 0.0
                if counted > 0:
                    # round2(), inlined: this runs for every contender of every weighting
                    total = fsum(map(mul, weights, values)) / counted
                    scaled = total * 100.0
                    nearest = floor(scaled + 0.5)
                    if -1e-6 < scaled + 0.5 - nearest < 1e-6:
                        total = round(total, 2)
                    else:
                        total = nearest / 100.0
                # members are sorted by id, so a tie keeps the smaller id, as the key does
                if total > top:
                    top, top_id = total, alternative_id
            # the key (-total, preference, id) of a later class is smaller only with a
            # higher total, and the lead must exceed the margin (>= 0)
            if chosen is None or (top > best and top - best > margin):
                chosen = top_id
            best = max(best, top)
        return chosen

    return decide


def _fast_by_award(contenders: Sequence[Contender], award: AwardPolicy, margin: float) -> Decide:
    """The decider of the UfAB methods (:func:`ufab.order` and :func:`policy.choose`) for
    many weightings: the same ranking keys, corridor and margins, with the performance
    points as one dot product each. A test checks that it agrees with the exact decider."""
    method = award.method
    relative = ufab.is_ratio_method(method)
    limit = award.margin_percent if relative else margin
    lowest = min(c.price for c in contenders)
    classes: dict[int, list[tuple[str, list[float], list[float] | None, float, float]]] = {}
    for contender in _undominated(contenders, award_prices=True):
        values, present, complete = _linear(contender.performance)
        points = 0.0
        if method == "price-points":
            points = ufab.price_points(award.conversion, contender.price, lowest)
        classes.setdefault(policy.PREFERENCE[contender.category], []).append(
            (contender.id, values, None if complete else present, contender.price, points)
        )
    ordered = [(preference, classes[preference]) for preference in sorted(classes)]
    share = award.price_weight or 0.0
    within = (1.0 - (award.corridor or 0.0), 1.0 - ufab.TOLERANCE)
    highest = award.tie_breaker == "highest-performance"
    scale = ufab.SCALE
    ratio_level = ufab.ratio_level

    extended, simple = method == "ufab-extended", method == "ufab-simple"

    def decide(weights: Sequence[float]) -> str | None:
        weight_sum = fsum(weights)
        measured = []
        highest_value = 0.0
        for preference, members in ordered:
            row = []
            for alternative_id, values, present, price, points in members:
                counted = weight_sum if present is None else fsum(map(mul, weights, present))
                performance = 0.0
                if counted > 0:
                    # round2(), inlined: this runs for every contender of every weighting
                    performance = fsum(map(mul, weights, values)) / counted
                    scaled = performance * 100.0
                    nearest = floor(scaled + 0.5)
                    if -1e-6 < scaled + 0.5 - nearest < 1e-6:
                        performance = round(performance, 2)
                    else:
                        performance = nearest / 100.0
                if relative:
                    value = performance / price * scale
                else:
                    value = round2((1.0 - share) * performance + share * points)
                highest_value = max(highest_value, value)
                row.append((performance, value, alternative_id, price))
            measured.append((preference, row))
        # ufab.in_corridor(z, ufab.corridor_bound(highest, corridor)), the same operations
        floor_ = highest_value * within[0] * within[1]
        chosen: str | None = None
        best_key: tuple[float | int | str, ...] = ()
        best_value = 0.0
        for preference, row in measured:
            top: tuple[float | int | str, ...] = ()
            top_value = 0.0
            for performance, value, alternative_id, price in row:
                key: tuple[float | int | str, ...]
                if extended:
                    level = ratio_level(value, highest_value)
                    if value >= floor_:
                        tie = -performance if highest else price
                        key = (0, tie, -level, price, preference, alternative_id)
                    else:
                        key = (1, -level, price, 0.0, preference, alternative_id)
                elif simple:
                    key = (-ratio_level(value, highest_value), price, preference, alternative_id)
                else:
                    key = (-value, preference, alternative_id)
                if not top or key < top:
                    top, top_value = key, value
            if chosen is None:
                chosen, best_key, best_value = str(top[-1]), top, top_value
                continue
            if top < best_key and policy.lead_of(top_value, best_value, relative) > limit:
                chosen = str(top[-1])
            best_value = max(best_value, top_value)
            best_key = min(best_key, top)
        return chosen

    return decide


def _undominated(contenders: Sequence[Contender], award_prices: bool) -> list[Contender]:
    """``contenders`` sorted by id, without those that no weighting can make the top of
    their preference class: another of the same class, with a smaller id, the same missing
    dimensions, no lower score in any dimension (and, under a UfAB method, no lower
    performance and no higher price) ranks at least as high under every weighting, and
    wins a tie by its id. Only the top of each class enters the OSS-first rule, and the
    lowest price (price points) is kept, so leaving them out changes no decision."""
    ordered = sorted(contenders, key=lambda c: c.id)
    kept = []
    for contender in ordered:
        scores = contender.performance if award_prices else contender.scores
        dominated = False
        for other in ordered:
            if other.id >= contender.id or other.category != contender.category:
                continue
            theirs = other.performance if award_prices else other.scores
            if award_prices and other.price > contender.price:
                continue
            if all(
                (mine is None) == (their is None) and (mine is None or their >= mine)  # type: ignore[operator]
                for mine, their in zip(scores, theirs, strict=True)
            ):
                dominated = True
                break
        if not dominated:
            kept.append(contender)
    return kept


def _linear(scores: Sequence[float | None]) -> tuple[list[float], list[float], bool]:
    values = [0.0 if s is None else s for s in scores]
    present = [0.0 if s is None else 1.0 for s in scores]
    return values, present, None not in scores


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
    screen: Screen | None = None,
) -> list[WeightThreshold]:
    """For each dimension, the nearest weights below and above the profile's at which the
    recommendation changes.

    ``scan`` (default: ``decide``) walks the grid; every change it finds is confirmed and
    located by ``decide``, so a faster ``scan`` cannot report a threshold ``decide`` would
    not. Given the ``screen`` that ``scan`` starts with (:func:`cleared`), the grid points
    that it clears by far (:func:`_grid_cleared`) are passed without building their weights.
    """
    scan = scan or decide
    thresholds = []
    grid = [i * GRID_STEP for i in range(int(100 / GRID_STEP) + 1)]
    for index, dimension in enumerate(dimensions):
        weight = weights[index]
        found: dict[str, tuple[float, str | None] | None] = {"lower": None, "upper": None}
        below = [t for t in reversed(grid) if t < weight] + ([0.0] if weight > 0 else [])
        above = [t for t in grid if t > weight] + ([100.0] if weight < 100 else [])
        passes = _grid_cleared(screen, weights, index) if screen is not None else None
        for direction, points in (("lower", below), ("upper", above)):
            same = weight
            walk = list(dict.fromkeys(points))
            if passes is not None:
                cleared = _passed(passes, walk)
                if cleared:  # the scan gives the base for these
                    same, walk = walk[cleared - 1], walk[cleared:]
            for point in walk:
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


def _grid_cleared(
    screen: Screen, weights: Sequence[float], index: int
) -> Callable[[float], bool] | None:
    """Whether every vector of the ``screen`` clears ``rescaled(weights, index, t)`` by far,
    for a weight ``t`` of the grid (0 to 100 in steps of :data:`GRID_STEP`), told without
    building those weights (``None`` when every other weight is 0).

    The rescaled weights are ``t`` and ``(100 - t) w_j / rest``, computed with three
    roundings each (``100 - t`` is exact on the grid), so the exact sum of the products
    that :func:`cleared` computes is ``S = t v_i + (100 - t) K`` up to ``3.01 u (|t v_i| +
    (100 - t) L)`` (``u = 2**-53``), where ``K = sum_(j != i) w_j v_j / rest`` and ``L`` is
    the same with ``|w_j v_j|``. With ``K`` and ``L`` computed here (``k``, ``l``: a few
    roundings each), ``S`` is positive where the linear function ``g(t) = t v_i + (100 -
    t) k - 2**-47 (t |v_i| + (100 - t) l)`` is. The test computes ``g`` plainly and asks
    for more than its rounding (``2**-46`` in all; ``2**-900`` against underflow). Since
    ``g`` is linear, a test passed at two weights holds between them.
    """
    rest = 100.0 - weights[index]
    if rest <= 0:
        return None
    terms = []
    for vector in screen.vectors:
        products = [
            w * v for j, (w, v) in enumerate(zip(weights, vector, strict=True)) if j != index
        ]
        lean = fsum(products) / rest
        spread = fsum(map(abs, products)) / rest
        terms.append((vector[index], lean, spread))

    def passes(point: float) -> bool:
        left = 100.0 - point
        for own, lean, spread in terms:
            mine = point * own
            if mine + left * lean <= 2.0**-46 * (abs(mine) + left * spread) + 2.0**-900:
                return False
        return True

    return passes


def _passed(passes: Callable[[float], bool], points: Sequence[float]) -> int:
    """How many of the ``points`` (in order of the weight) from the first pass the test of
    :func:`_grid_cleared`, by bisection: between two points that pass, all do."""
    if not points or not passes(points[0]):
        return 0
    if passes(points[-1]):
        return len(points)
    low, high = 0, len(points) - 1
    while high - low > 1:
        middle = (low + high) // 2
        if passes(points[middle]):
            low = middle
        else:
            high = middle
    return low + 1


class Shares(NamedTuple):
    """The Monte-Carlo result: each candidate's share of the weightings in which it is
    recommended, the half-width of its 95 % confidence interval (``None`` when it cannot be
    estimated: fewer than two sets) and the number of sets."""

    shares: dict[str, float]
    precision: dict[str, float] | None
    sets: int


def monte_carlo(
    decide: Decide,
    candidates: Sequence[str],
    weights: Sequence[float],
    draws: int,
    concentration: float,
    seed: int,
    screen: Screen | None = None,
) -> Shares:
    """The share of ``draws`` weightings from ``Dirichlet(concentration * weights)`` in which
    each candidate is recommended (:mod:`ossfirst.engine.weightings`), and its precision
    from the spread between the independently randomised sets.

    Given the ``screen`` that ``decide`` starts with (:func:`cleared`), the weightings it
    clears with room to spare are counted for its ``base`` all at once (:func:`_doubtful`),
    and ``decide`` decides the others: the same decisions, in a fraction of the time.
    """
    sets = weightings.set_count(draws)
    if math.isinf(concentration) or len(candidates) == 1:
        # every weighting is the profile (or nothing can change): the shares are exact
        winner = decide(weights)
        shares = {c: 1.0 if c == winner and draws else 0.0 for c in candidates}
        return Shares(shares, dict.fromkeys(candidates, 0.0), sets)
    alphas = [concentration * w / 100.0 for w in weights]
    per_set: list[dict[str, int]] = []
    sizes = []
    bounds = None if screen is None else _bounds(screen, weightings.heaviest(alphas, draws))
    for points in weightings.weighting_sets(alphas, draws, seed):
        wins = dict.fromkeys(candidates, 0)
        doubtful: Sequence[Point] = points
        if screen is not None and bounds is not None:
            doubtful = _doubtful(points, screen.vectors, bounds)
            wins[screen.base] += len(points) - len(doubtful)
        for point in doubtful:
            winner = decide(point)
            if winner is not None:
                wins[winner] += 1
        per_set.append(wins)
        sizes.append(len(points))
    shares = {
        c: round(sum(wins[c] for wins in per_set) / draws, 4) if draws else 0.0 for c in candidates
    }
    precision: dict[str, float] | None = {}
    for c in candidates:
        half_width = weightings.precision(
            [wins[c] / size for wins, size in zip(per_set, sizes, strict=True)]
        )
        if half_width is None:
            precision = None
            break
        precision[c] = round(half_width, 4)  # type: ignore[index]
    return Shares(shares, precision, sets)


def _bounds(screen: Screen, heaviest: Sequence[float]) -> list[float]:
    """For each of the ``screen``'s vectors ``v``, a bound above which a plain sum
    ``sum_d w_d v_d`` of a weighting's products shows that their exact sum is positive,
    given the ``heaviest`` weight of each dimension.

    The plain sum of :func:`_doubtful` adds the same products ``p_d = w_d * v_d`` that
    :func:`cleared` sums exactly with ``fsum``, left to right. A plain sum of ``n``
    products differs from their exact sum by at most ``(n - 1) u / (1 - (n - 1) u) *
    sum_d |p_d|`` (``u = 2**-53``; Higham, Accuracy and Stability of Numerical Algorithms,
    2002, section 4.2), and ``|p_d| <= M_d |v_d|`` where ``M_d`` is the heaviest weight of
    dimension ``d``. The bound ``n 2**-50 sum_d M_d |v_d|`` is more than seven times that,
    so that its own rounding cannot matter; ``2**-900`` more covers sums so small that the
    bound would underflow. A plain sum above it has a positive exact sum.
    """
    dims = len(heaviest)
    return [
        dims * 2.0**-50 * fsum(m * abs(v) for m, v in zip(heaviest, vector, strict=True))
        + 2.0**-900
        for vector in screen.vectors
    ]


def _doubtful(
    points: Sequence[Point], vectors: Sequence[Sequence[float]], bounds: Sequence[float]
) -> Sequence[Point]:
    """The ``points`` that some of the ``vectors`` may not clear: every other point ``w``
    has ``sum_d w_d v_d > 0`` for every vector, summed exactly (:func:`_bounds`)."""
    if not vectors or not points:
        return []
    return _screener(len(points[0]), len(vectors))(points, vectors, bounds)


@functools.cache
def _screener(dims: int, count: int) -> Callable[..., list[Point]]:
    """:func:`_doubtful`'s test for points of ``dims`` dimensions and ``count`` vectors:
    one list comprehension with the sums written out, which Python runs several times
    faster than loops over the vectors and dimensions (the source is generated, as
    :mod:`dataclasses` generates its methods; it is built from numbers only)."""
    weights = "".join(f"w{d}, " for d in range(dims))
    lines = ["def screen(points, vectors, bounds):"]
    for j in range(count):
        lines.append(f"    {''.join(f'v{j}_{d}, ' for d in range(dims))}= vectors[{j}]")
    lines.append(f"    {''.join(f'h{j}, ' for j in range(count))}= bounds")
    tests = " or ".join(
        " + ".join(f"w{d} * v{j}_{d}" for d in range(dims)) + f" <= h{j}" for j in range(count)
    )
    lines.append(f"    return [({weights}) for {weights} in points if {tests}]")
    namespace: dict[str, Callable[..., list[Point]]] = {}
    exec("\n".join(lines), namespace)  # noqa: S102
    return namespace["screen"]


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
    screen = screening(contenders, award, margin, weights)
    fast = cleared(decider(contenders, award, margin, fast=True), screen)
    base = decide(weights)
    if base is None:
        return None
    thresholds = one_at_a_time(decide, dimensions, weights, base, scan=fast, screen=screen)
    simulation = None
    holds: float | None = None
    if settings.draws > 0:
        found = monte_carlo(
            fast,
            [c.id for c in contenders],
            weights,
            settings.draws,
            settings.concentration,
            settings.seed,
            screen,
        )
        simulation = MonteCarlo(
            method=weightings.METHOD,
            method_version=weightings.METHOD_VERSION,
            draws=settings.draws,
            sets=found.sets,
            concentration=settings.concentration,
            seed=settings.seed,
            spread_points=round(spread_points(settings.concentration, 20.0), 2),
            shares=found.shares,
            precision=found.precision,
        )
        holds = found.shares[base]
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
