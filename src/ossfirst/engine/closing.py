# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Gap closing: an open-source alternative with commissioned development that closes named
gaps, as an alternative of its own.

The variant has the licence, operation, evidence and assessments of its alternative; the
requirements the development closes count as met, and its costs are added to the
alternative's as the cost item ``gap_closing`` (once, and every year). The variants follow
the request's own alternatives, so that an alternative's position in the request stays its
position in the Result.
"""

from __future__ import annotations

from dataclasses import replace

from ossfirst.model.facts import Facts
from ossfirst.model.request import GAP_CLOSING_SUFFIX, Alternative, Costs, Request
from ossfirst.model.result import AlternativeResult, GapClosingInfo

#: The cost item the commissioned development adds, once and every year.
COST_ITEM = "gap_closing"


def variant_id(alternative_id: str) -> str:
    return alternative_id + GAP_CLOSING_SUFFIX


def _variant(alternative: Alternative) -> Alternative:
    closing = alternative.gap_closing
    assert closing is not None
    one_time = dict(alternative.costs.one_time)
    yearly = dict(alternative.costs.yearly)
    one_time[COST_ITEM] = one_time.get(COST_ITEM, 0.0) + closing.one_time
    if closing.yearly:
        yearly[COST_ITEM] = yearly.get(COST_ITEM, 0.0) + closing.yearly
    requirements = dict(alternative.requirements)
    for requirement in closing.requirements:
        requirements[requirement] = "met"
    name = closing.name or f"{alternative.name} + {', '.join(closing.requirements)}"
    # model_copy keeps the validated fields as they are: the id with its "+" is the
    # engine's, never a request's.
    return alternative.model_copy(
        update={
            "id": variant_id(alternative.id),
            "name": name,
            "description": closing.description or alternative.description,
            "costs": Costs(one_time=one_time, yearly=yearly, exit=alternative.costs.exit),
            "requirements": requirements,
            "gap_closing": None,
        }
    )


def expand(request: Request, facts: Facts) -> tuple[Request, Facts]:
    """``request`` with an alternative for every gap closing it describes, after its own
    alternatives, and ``facts`` with theirs (those of the alternative they close gaps of);
    both unchanged when it describes none."""
    variants = [_variant(a) for a in request.alternatives if a.gap_closing is not None]
    if not variants:
        return request, facts
    alternatives = dict(facts.alternatives)
    for source in request.alternatives:
        if source.gap_closing is not None:
            alternatives[variant_id(source.id)] = facts.alternatives[source.id]
    expanded = request.model_copy(update={"alternatives": [*request.alternatives, *variants]})
    return expanded, replace(facts, alternatives=alternatives)


def info(request: Request) -> dict[str, GapClosingInfo]:
    """What each variant closes, by its id."""
    found: dict[str, GapClosingInfo] = {}
    for alternative in request.alternatives:
        closing = alternative.gap_closing
        if closing is None:
            continue
        found[variant_id(alternative.id)] = GapClosingInfo(
            alternative=alternative.id,
            requirements=list(closing.requirements),
            one_time=closing.one_time,
            yearly=closing.yearly,
            months=closing.months,
            published=closing.published,
            description=closing.description,
        )
    return found


def with_info(
    alternatives: list[AlternativeResult], infos: dict[str, GapClosingInfo]
) -> list[AlternativeResult]:
    """The alternatives, each variant with what it closes."""
    if not infos:
        return alternatives
    return [
        a.model_copy(update={"gap_closing": infos[a.id]}) if a.id in infos else a
        for a in alternatives
    ]
