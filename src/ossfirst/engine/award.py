# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The award: the eligible alternatives ranked under the award method (weighted total,
UfAB's simple or extended Richtwertmethode, price-performance points), and each
alternative's award figures."""

from __future__ import annotations

from ossfirst.engine import policy, scoring, sensitivity, ufab
from ossfirst.engine.context import Context
from ossfirst.model.result import AlternativeResult, Award, AwardScore, Shortfall


def rank(
    ctx: Context,
    alternatives: list[AlternativeResult],
    contenders: dict[str, sensitivity.Contender],
    performances: dict[str, float],
) -> tuple[ufab.Ranking, Award | None]:
    """Rank the eligible alternatives under the award method."""
    settings = ctx.award
    offers = [
        ufab.Offer(a.id, a.category, a.total, performances[a.id], contenders[a.id].price)
        for a in alternatives
        if a.eligible
    ]
    ranking = ufab.rank(settings, offers)
    if settings.method == "weighted":
        return ranking, None
    ratio_method = ufab.is_ratio_method(settings.method)
    info = Award(
        method=settings.method,
        price_basis=settings.price_basis,
        price_criteria=list(ctx.price_criteria),
        margin_percent=settings.margin_percent,
        corridor=settings.corridor if settings.method == "ufab-extended" else None,
        tie_breaker=settings.tie_breaker if settings.method == "ufab-extended" else None,
        conversion=settings.conversion if not ratio_method else None,
        price_weight=settings.price_weight if not ratio_method else None,
        performance_weight=(
            round(1.0 - settings.price_weight, 4)
            if not ratio_method and settings.price_weight is not None
            else None
        ),
        best_ratio=shown_ratio(ranking.best_ratio),
        corridor_bound=shown_ratio(ranking.corridor_bound),
        lowest_price=ranking.lowest_price,
    )
    return ranking, info


def performance(ctx: Context, contender: sensitivity.Contender) -> float:
    """UfAB's L: the total without the price-derived criteria, rounded as shown."""
    return round(scoring.weighted_total(ctx.profile_weights, contender.performance), 2)


def shown_ratio(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def award_scores(
    ctx: Context,
    alternative: AlternativeResult,
    contender: sensitivity.Contender,
    performance: float,
    ranking: ufab.Ranking,
) -> AwardScore:
    outcome = ranking.outcomes.get(alternative.id)
    ratio_method = ufab.is_ratio_method(ctx.award.method)
    if outcome is None:  # excluded: L, P and Z for information, not ranked
        return AwardScore(
            performance=performance,
            price=contender.price,
            ratio=shown_ratio(ufab.ratio(performance, contender.price)) if ratio_method else None,
            price_points=None,
            value=None,
            in_corridor=None,
        )
    return AwardScore(
        performance=performance,
        price=contender.price,
        ratio=shown_ratio(outcome.ratio),
        price_points=outcome.price_points,
        value=shown_ratio(outcome.value) if ratio_method else outcome.value,
        in_corridor=outcome.in_corridor,
    )


def lead_percent(shortfall: Shortfall, ranking: ufab.Ranking) -> Shortfall:
    mine = ranking.outcomes.get(shortfall.alternative)
    theirs = ranking.outcomes.get(shortfall.compared_with)
    if mine is None or theirs is None or mine.ratio is None or theirs.ratio is None:
        return shortfall
    lead = policy.lead_of(theirs.ratio, mine.ratio, relative=True)
    return shortfall.model_copy(update={"lead_percent": round(lead, 2)})
