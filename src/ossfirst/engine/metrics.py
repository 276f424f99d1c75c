# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The metrics of computed criteria: :data:`METRICS` maps each metric a catalogue can name to
the function that computes its value for one alternative from the request and its facts.

A value is a number (a ratio, a share, a count) or a category, which the criterion's
computation turns into a level; ``None`` when the request has no data for it.
"""

from __future__ import annotations

from collections.abc import Callable

from ossfirst.engine import arrangements, scoring, ufab
from ossfirst.engine.context import Context
from ossfirst.model.catalogue import Criterion, Metric
from ossfirst.model.facts import AlternativeFacts
from ossfirst.model.request import Alternative
from ossfirst.model.result import Message

#: What a metric reads: the context, the alternative, its facts and its jurisdiction
#: category (domestic, eu, ...).
MetricFunction = Callable[[Context, Alternative, AlternativeFacts, str], float | str | None]


def tco_ratio(
    ctx: Context, alternative: Alternative, facts: AlternativeFacts, where: str
) -> float | None:
    return scoring.ratio(ctx.economics[alternative.id].present_value, ctx.tco_baseline)


def exit_cost_share(
    ctx: Context, alternative: Alternative, facts: AlternativeFacts, where: str
) -> float | None:
    # Relative to the TCO baseline, not to the alternative's own TCO: a dear alternative
    # must not make its exit look cheap.
    econ = ctx.economics[alternative.id]
    if econ.present_value_exit <= 0:
        return 0.0
    return scoring.ratio(econ.present_value_exit, ctx.tco_baseline)


def open_standards_share(
    ctx: Context, alternative: Alternative, facts: AlternativeFacts, where: str
) -> float | None:
    # A standard missing from the list cannot be shown to be open, so it counts as not
    # open (and is flagged): leaving it out would let an unknown format raise the share.
    if not facts.standards:
        return None
    return sum(1 for s in facts.standards if s.open) / len(facts.standards)


def requirements_coverage(
    ctx: Context, alternative: Alternative, facts: AlternativeFacts, where: str
) -> float:
    return scoring.requirements_coverage(ctx.request, alternative)


def providers(ctx: Context, alternative: Alternative, facts: AlternativeFacts, where: str) -> float:
    return float(alternative.providers)


def operators(
    ctx: Context, alternative: Alternative, facts: AlternativeFacts, where: str
) -> float | None:
    return None if alternative.operators is None else float(alternative.operators)


def deployment(ctx: Context, alternative: Alternative, facts: AlternativeFacts, where: str) -> str:
    return alternative.deployment


def jurisdiction(
    ctx: Context, alternative: Alternative, facts: AlternativeFacts, where: str
) -> str:
    return where


def exit_plan(
    ctx: Context, alternative: Alternative, facts: AlternativeFacts, where: str
) -> str | None:
    return arrangements.exit_plan_state(
        alternative.exit_plan, ctx.request.date, ctx.method.evidence_expiry_months
    )


def framework_contract(
    ctx: Context, alternative: Alternative, facts: AlternativeFacts, where: str
) -> str | None:
    return arrangements.framework_state(alternative.framework_contract, ctx.horizon_end)


def licence_freedom(
    ctx: Context, alternative: Alternative, facts: AlternativeFacts, where: str
) -> float:
    return float(facts.licence.freedom_level)


#: Every metric a catalogue can name, and its function.
METRICS: dict[Metric, MetricFunction] = {
    "tco-ratio": tco_ratio,
    "exit-cost-share": exit_cost_share,
    "open-standards-share": open_standards_share,
    "requirements-coverage": requirements_coverage,
    "providers": providers,
    "deployment": deployment,
    "jurisdiction": jurisdiction,
    "licence-freedom": licence_freedom,
    "operators": operators,
    "exit-plan": exit_plan,
    "framework-contract": framework_contract,
}


def value(
    ctx: Context,
    criterion: Criterion,
    alternative: Alternative,
    facts: AlternativeFacts,
    where: str,
) -> float | str | None:
    """The value of ``criterion``'s metric for ``alternative``."""
    assert criterion.computation is not None
    return METRICS[criterion.computation.metric](ctx, alternative, facts, where)


def unbounded(criterion: Criterion) -> bool:
    """Whether the metric is a cost ratio, which has no value when the lowest present value
    is 0 EUR: then it is dearer than any level."""
    assert criterion.computation is not None
    return criterion.computation.metric in ufab.PRICE_METRICS


def reason(ctx: Context, criterion: Criterion, alternative: Alternative) -> Message | None:
    """Why a cost ratio is what it is when the lowest present value is 0 EUR: a ratio of
    0/0 or x/0 would say nothing, so the reason says what the figures are."""
    assert criterion.computation is not None
    metric = criterion.computation.metric
    if metric not in ufab.PRICE_METRICS or ctx.tco_baseline > 0:
        return None
    econ = ctx.economics[alternative.id]
    if metric == "exit-cost-share":
        if econ.present_value_exit <= 0:
            return None
        return Message(code="exit-against-free", params={"exit_value": econ.present_value_exit})
    if all(e.present_value <= 0 for e in ctx.economics.values()):
        return Message(code="tco-all-free")
    if econ.present_value <= 0:
        return Message(code="tco-free")
    return Message(code="tco-against-free", params={"present_value": econ.present_value})
