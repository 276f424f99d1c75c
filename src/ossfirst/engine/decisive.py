# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Decisive requirements: what an excluded open-source or reuse alternative lacks, and
whether the decision would be another without it.

An alternative is eligible only when none of its must-requirements and knock-outs excludes
it, so all of them together are the one minimal set that excludes it; one alone does when
it has only one. Whether it would be recommended without them is not guessed: the request
is evaluated again with them relaxed for every alternative (a must-requirement counts as
wished for, a knock-out excludes nobody), through the ``recommend`` function the
orchestration passes in. The recommendation *hangs on* a single must-requirement or
knock-out when relaxing it alone gives another recommendation.

The work is bounded: a relaxation is evaluated only where it can change anything (it makes
an alternative eligible, or lets one meet every must-requirement, which moves the cost
baseline), and once per excluded alternative: at most three evaluations per alternative,
each without the robustness analysis.
"""

from __future__ import annotations

from collections.abc import Callable

from ossfirst.model.result import (
    AlternativeResult,
    Closing,
    Decisive,
    Exclusion,
    KnockOut,
    Relaxation,
    Verdict,
)

#: A set of relaxed must-requirements and knock-outs, as (knock-out code, ref).
Relaxed = frozenset[tuple[str, str]]
#: The recommendation of the request evaluated with a set relaxed.
Recommend = Callable[[Relaxed], str | None]


def _keys(knockouts: list[KnockOut]) -> list[tuple[str, str]]:
    return list(dict.fromkeys((k.code, k.ref) for k in knockouts))


def _unmet_musts(alternative: AlternativeResult) -> set[str]:
    return {r.requirement for r in alternative.requirements if r.must and r.coverage != "met"}


def _own(alternative: AlternativeResult, closed_by: dict[str, str]) -> set[str]:
    """The alternative, the one it closes gaps of and the one that closes its gaps."""
    own = {alternative.id}
    if alternative.gap_closing is not None:
        own.add(alternative.gap_closing.alternative)
    if alternative.id in closed_by:
        own.add(closed_by[alternative.id])
    return own


def _compared(verdict: Verdict, ranking: list[str], own: set[str]) -> str | None:
    """What an alternative is compared with: the proposal, else the recommendation, else the
    best-ranked eligible alternative; never the alternative itself or its gap closing."""
    for candidate in (verdict.proposed, verdict.recommended, *ranking):
        if candidate is not None and candidate not in own:
            return candidate
    return None


def _difference(
    by_id: dict[str, AlternativeResult], compared: str | None, alternative: AlternativeResult
) -> float | None:
    if compared is None:
        return None
    other = by_id[compared].economics.present_value
    return round(other - alternative.economics.present_value, 2)


def find(
    alternatives: list[AlternativeResult],
    ranking: list[str],
    verdict: Verdict,
    recommend: Recommend,
) -> Decisive | None:
    """The excluded open-source and reuse alternatives with what excludes them, the single
    relaxations the recommendation hangs on, and the gap closings compared with the
    proposal (else the recommendation, else the best-ranked alternative besides the one
    with its gaps open); ``None`` when there is nothing to say (no such alternative is
    excluded and the request describes no gap closing)."""
    by_id = {a.id: a for a in alternatives}
    excluded = [a for a in alternatives if a.category != "proprietary" and not a.eligible]
    variants = [a for a in alternatives if a.gap_closing is not None]
    if not excluded and not variants:
        return None
    cache: dict[Relaxed, str | None] = {frozenset(): verdict.recommended}

    def recommended_with(relaxed: Relaxed) -> str | None:
        if relaxed not in cache:
            cache[relaxed] = recommend(relaxed)
        return cache[relaxed]

    # The single relaxations that can change anything: those that make an alternative
    # eligible, and the must-requirements whose relaxation lets an alternative meet every
    # must (the cost baseline is the cheapest of those).
    singles: dict[tuple[str, str], None] = {}
    for alternative in alternatives:
        keys = _keys(alternative.knockouts)
        if len(keys) == 1:
            singles[keys[0]] = None
        unmet = _unmet_musts(alternative)
        if len(unmet) == 1:
            singles[("must-requirement", next(iter(unmet)))] = None
    hangs_on: list[Relaxation] = []
    for key in sorted(singles):
        now = recommended_with(frozenset([key]))
        if now != verdict.recommended:
            code, ref = key
            hangs_on.append(Relaxation(code=code, ref=ref, recommended=now))
    closed_by = {v.gap_closing.alternative: v.id for v in variants if v.gap_closing}
    exclusions = []
    for alternative in excluded:
        keys = _keys(alternative.knockouts)
        without = recommended_with(frozenset(keys))
        compared = _compared(verdict, ranking, _own(alternative, closed_by))
        exclusions.append(
            Exclusion(
                alternative=alternative.id,
                category=alternative.category,
                knockouts=alternative.knockouts,
                single=len(keys) == 1,
                recommended_without=without,
                recommended=without == alternative.id,
                compared_with=compared,
                present_value_difference=_difference(by_id, compared, alternative),
                closed_by=closed_by.get(alternative.id),
            )
        )
    closings = []
    for variant in variants:
        assert variant.gap_closing is not None
        compared = _compared(verdict, ranking, _own(variant, closed_by))
        closings.append(
            Closing(
                alternative=variant.gap_closing.alternative,
                variant=variant.id,
                eligible=variant.eligible,
                rank=variant.rank,
                recommended=verdict.recommended == variant.id,
                compared_with=compared,
                present_value_difference=_difference(by_id, compared, variant),
                total_difference=(
                    None if compared is None else round(variant.total - by_id[compared].total, 2)
                ),
            )
        )
    return Decisive(exclusions=exclusions, hangs_on=hangs_on, closings=closings)
