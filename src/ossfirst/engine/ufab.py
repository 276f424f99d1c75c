# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Award methods: the weighted total, and price-performance after the UfAB.

The UfAB (Unterlage für Ausschreibung und Bewertung von IT-Leistungen, 2018) compares the
performance points ``L`` of an offer with its price ``P``:

- simple Richtwertmethode: ``Z = L / P``, the highest ``Z`` wins (at equal ``Z`` the lower
  price);
- extended Richtwertmethode: the same ``Z``, but every offer whose ``Z`` lies within a
  corridor (Schwankungsbreite, at most 10 %) below the best ``Z`` counts as equal, and a
  tie-breaker announced in advance decides among them (highest ``L`` or lowest ``P``, then
  ``Z``); offers below the corridor follow by ``Z``;
- price to points: ``M * Pmin / P`` (ratio) or ``M * (2 - P / Pmin)`` floored at 0
  (one-sided interpolation), added to ``L`` with the price weight. Two-sided interpolation
  between the lowest and the highest price is refused when the request is loaded: review
  bodies consider it inadmissible, because the points of every offer then depend on the
  worst offer.

``L`` is the total without the price-derived criteria (:data:`PRICE_METRICS`), whose weight
passes to the other criteria of their dimension, so that the price is not counted twice.
``P`` is the present value of the TCO, or its nominal sum if the request says so. ``Z`` is
shown in points per million EUR. Pure functions. L, P and the price points are rounded as
they are shown and decisions use them so, like the totals.

Scaling every price by the same factor leaves the ranking as it is. Floating-point division
does not: ``10.74 / 1074`` and ``22.51 / 2251`` are the same ``Z``, but scaled by 73 the two
quotients differ in their last bit, and an equal ``Z`` (which the price decides) would
become a lead. So ``Z`` is compared relative to the best ``Z`` to nine decimals
(:func:`ratio_level`: two offers whose ``Z`` agree to a billionth are equal), the corridor
with a relative tolerance (:func:`in_corridor`), and the price points are rounded half up
after the last bits of the division are taken off (:func:`points`); all three are ratios
of prices and so do not change when every price does.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from ossfirst.engine.policy import Standing, standing
from ossfirst.model.catalogue import AwardPolicy
from ossfirst.model.result import Category

#: Z in points per million EUR, so that it reads as a number of ordinary size.
SCALE = 1_000_000.0
#: Metrics derived from the price; under a UfAB method they are part of P, not of L.
PRICE_METRICS = ("tco-ratio", "exit-cost-share")
#: Maximum points of the price under the price-points method (the scale of L).
MAX_POINTS = 100.0
TOLERANCE = 1e-12
#: Decimals to which ``Z / best Z`` is compared: ratios of ``Z`` that agree to a billionth
#: are equal (far finer than L in hundredths of a point and P in cents can tell apart, far
#: coarser than the last bits of a division).
LEVEL_DECIMALS = 9
_CENT = Decimal("0.01")


def ratio_level(value: float, best: float) -> float:
    """``Z`` as the ranking compares it: its share of the best ``Z``, to nine decimals, so
    that equal ratios stay equal whatever the unit of the prices."""
    if best <= 0:
        return 0.0
    return round(value / best, LEVEL_DECIMALS)


def points(exact: float) -> float:
    """Price points to hundredths, rounded half up once the last bits of the division are
    taken off: ``M * Pmin / P`` at a half hundredth rounds the same whatever the unit."""
    denoised = round(exact, LEVEL_DECIMALS)
    return float(Decimal(repr(denoised)).quantize(_CENT, rounding=ROUND_HALF_UP))


def ratio(performance: float, price: float) -> float:
    """``Z = L / P`` in points per million EUR (simple Richtwertmethode), unrounded."""
    if price <= 0:
        raise ValueError("the price must be positive")
    return performance / price * SCALE


def points_by_ratio(price: float, lowest: float, maximum: float = MAX_POINTS) -> float:
    """``M * Pmin / P``: the lowest price gets ``M`` points, twice the price half of them."""
    if price <= 0 or lowest <= 0:
        raise ValueError("prices must be positive")
    return points(maximum * lowest / price)


def points_one_sided(price: float, lowest: float, maximum: float = MAX_POINTS) -> float:
    """``M * (2 - P / Pmin)``, floored at 0: one-sided linear interpolation from the lowest
    price (``M`` points) to twice the lowest price (0 points)."""
    if price <= 0 or lowest <= 0:
        raise ValueError("prices must be positive")
    return points(max(0.0, maximum * (2.0 - price / lowest)))


def price_points(conversion: str, price: float, lowest: float) -> float:
    """The price as points under ``conversion`` (``ratio`` or ``one-sided``)."""
    if conversion == "ratio":
        return points_by_ratio(price, lowest)
    if conversion == "one-sided":
        return points_one_sided(price, lowest)
    # The loader refuses two-sided interpolation with an explanation; reaching this is a bug.
    raise ValueError(f"price conversion {conversion!r} is not admissible")


def corridor_bound(best: float, corridor: float) -> float:
    """The lowest ``Z`` inside the corridor below the best ``Z``."""
    return best * (1.0 - corridor)


def in_corridor(value: float, bound: float) -> bool:
    """Whether ``value`` lies inside the corridor; a relative tolerance keeps an offer exactly
    on the bound inside whatever the unit of Z."""
    return value >= bound * (1.0 - TOLERANCE)


# Tuples rather than dataclasses: the robustness analysis ranks offers once per draw.
class Offer(NamedTuple):
    """An eligible alternative as the award method sees it."""

    id: str
    category: Category
    total: float
    performance: float
    price: float


class Outcome(NamedTuple):
    ratio: float | None
    price_points: float | None
    value: float
    in_corridor: bool | None


class Ranking(NamedTuple):
    """The award ranking: each offer's outcome, the standings for the OSS-first rule,
    whether leads are relative (per cent of Z), and the reference values."""

    outcomes: dict[str, Outcome]
    standings: list[Standing]
    relative: bool
    best_ratio: float | None
    corridor_bound: float | None
    lowest_price: float | None


def is_ratio_method(method: str) -> bool:
    return method in ("ufab-simple", "ufab-extended")


def order(settings: AwardPolicy, offers: Sequence[Offer]) -> list[Standing]:
    """The standings of ``offers`` under the award method, for the OSS-first rule; the
    robustness analysis calls this once per draw, so it computes nothing else."""
    method = settings.method
    if not offers:
        return []
    if method == "weighted":
        return [standing(o.id, o.category, o.total, (-o.total,)) for o in offers]
    if method == "price-points":
        assert settings.price_weight is not None
        lowest = min(o.price for o in offers)
        share = settings.price_weight
        standings = []
        for o in offers:
            points = price_points(settings.conversion, o.price, lowest)
            value = round((1.0 - share) * o.performance + share * points, 2)
            standings.append(standing(o.id, o.category, value, (-value,)))
        return standings
    ratios = [ratio(o.performance, o.price) for o in offers]
    best = max(ratios)
    if method == "ufab-simple":
        # equal Z: the lower price first
        return [
            standing(o.id, o.category, z, (-ratio_level(z, best), o.price))
            for o, z in zip(offers, ratios, strict=True)
        ]
    assert settings.corridor is not None and settings.tie_breaker is not None
    bound = corridor_bound(best, settings.corridor)
    highest = settings.tie_breaker == "highest-performance"
    standings = []
    for o, z in zip(offers, ratios, strict=True):
        level = ratio_level(z, best)
        if in_corridor(z, bound):
            tie = -o.performance if highest else o.price
            # An equal tie-breaker falls back to Z, then the price, the category and the id.
            standings.append(standing(o.id, o.category, z, (0, tie, -level, o.price)))
        else:
            standings.append(standing(o.id, o.category, z, (1, -level, o.price, 0.0)))
    return standings


def rank(settings: AwardPolicy, offers: Sequence[Offer]) -> Ranking:
    """Rank ``offers`` under the award method of ``settings``, with each offer's figures."""
    method = settings.method
    standings = order(settings, offers)
    by_id = {entry[3]: entry for entry in standings}
    lowest = min((o.price for o in offers), default=None)
    relative = is_ratio_method(method)
    best = max((entry[2] for entry in standings), default=None) if relative else None
    bound = (
        corridor_bound(best, settings.corridor)
        if method == "ufab-extended" and best is not None and settings.corridor is not None
        else None
    )
    outcomes: dict[str, Outcome] = {}
    for o in offers:
        entry = by_id[o.id]
        if method == "weighted":
            outcomes[o.id] = Outcome(None, None, o.total, None)
        elif method == "price-points":
            assert lowest is not None
            points = price_points(settings.conversion, o.price, lowest)
            outcomes[o.id] = Outcome(None, points, entry[2], None)
        else:
            inside = entry[0][0] == 0 if method == "ufab-extended" else None
            outcomes[o.id] = Outcome(entry[2], None, entry[2], inside)
    return Ranking(
        outcomes, standings, relative, best, bound, lowest if method != "weighted" else None
    )
