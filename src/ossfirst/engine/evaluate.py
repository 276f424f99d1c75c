# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""From (catalogue, request, facts) to a Result. Pure: no I/O, no clock, no global state
but what pure functions keep for the next request (the weightings of the robustness
analysis, the catalogue's information).

The orchestration of the engine's stages, each in its module and each returning what it
finds: per alternative, :mod:`.criteria` scores every criterion (:mod:`.metrics` for the
computed ones, :mod:`.gaps` for what is left open), :mod:`.floors` applies the evidence
floors, :mod:`.scoring` aggregates and :mod:`.knockouts` excludes; then :mod:`.award`
ranks, :mod:`.policy` gives the verdict, :mod:`.sensitivity` tests it, :mod:`.decisive`
finds the must-requirements and knock-outs it hangs on (evaluating the request again with
them relaxed), and :mod:`.info` says how it was all done. :mod:`.closing` first adds an
alternative for every gap closing the request describes. Everything an alternative's
stages need from the whole request is in the :class:`~.context.Context`.
"""

from __future__ import annotations

import itertools
from typing import NamedTuple

from ossfirst.engine import (
    award,
    closing,
    criteria,
    decisive,
    floors,
    info,
    jurisdiction,
    justification,
    policy,
    scoring,
    sensitivity,
    ufab,
)
from ossfirst.engine.context import Context
from ossfirst.engine.knockouts import knockouts as find_knockouts
from ossfirst.engine.knockouts import selection_and_framework
from ossfirst.model.catalogue import MAX_SCORE, Catalogue
from ossfirst.model.facts import AlternativeFacts, Facts
from ossfirst.model.request import Alternative, Request
from ossfirst.model.result import (
    SCHEMA_VERSION,
    AlternativeResult,
    Award,
    Category,
    CriterionScore,
    DimensionScore,
    FloorOutcome,
    FrameworkScore,
    Gap,
    KnockOut,
    LicenceResult,
    Message,
    RequirementCoverage,
    Result,
)


def _category(alternative: Alternative, facts: AlternativeFacts) -> Category:
    # Reuse ranks before open source only for software that is itself open: a proprietary
    # product the body already licenses does not earn the reuse preference.
    if not facts.licence.open_source:
        return "proprietary"
    return "reuse" if alternative.reuse else "open-source"


class _Stages(NamedTuple):
    """An alternative through the stages the award ranking needs: its rows capped by the
    evidence floors, the aggregation, the knock-outs and its place in the ranking."""

    rows: list[criteria.Row]
    outcomes: list[FloorOutcome]
    effective: dict[str, float | None]
    weighted: scoring.Weighted
    knockouts: list[KnockOut]
    framework_score: FrameworkScore | None
    contender: sensitivity.Contender
    warnings: list[Message]


class _Evaluated(NamedTuple):
    """One alternative evaluated: its result, the gaps and warnings it gives, and what a
    re-evaluation with relaxed requirements starts from (:func:`_recommendation`)."""

    result: AlternativeResult
    contender: sensitivity.Contender
    gaps: list[Gap]
    warnings: list[Message]
    category: Category
    jurisdiction: str
    #: The rows as scored, before the evidence floors cap them.
    rows: list[criteria.Row]
    #: Every knock-out, none relaxed.
    knockouts: list[KnockOut]


def _alternative(ctx: Context, index: int, alternative: Alternative) -> _Evaluated:
    """One alternative through the stages: its criteria scored (with their gaps), evidence
    floors, aggregation, knock-outs; the warnings each stage gives, in that order."""
    facts = ctx.facts.alternatives[alternative.id]
    category = _category(alternative, facts)
    where = jurisdiction.category(
        ctx.request.country, alternative.operator_jurisdiction, alternative.parent_jurisdiction
    )
    rows, gaps = criteria.score_criteria(ctx, index, alternative, facts, where)
    stages = _stages(ctx, alternative, category, rows)
    knockouts = stages.knockouts
    below = {k.ref for k in knockouts if k.code == "floor"}
    scored_rows = _weighted_rows(stages.rows, stages.weighted, stages.effective, below)
    contender = stages.contender
    total = scoring.weighted_total(ctx.profile_weights, contender.scores)
    licence = facts.licence
    result = AlternativeResult(
        id=alternative.id,
        name=alternative.name,
        description=alternative.description,
        category=category,
        reuse=alternative.reuse,
        licence=LicenceResult(
            expression=licence.expression,
            open_source=licence.open_source,
            fsf_libre=licence.fsf_libre,
            freedom_level=licence.freedom_level,
            licences=list(licence.licences),
        ),
        deployment=alternative.deployment,
        operator_jurisdiction=alternative.operator_jurisdiction,
        parent_jurisdiction=alternative.parent_jurisdiction,
        jurisdiction=where,
        providers=alternative.providers,
        supplier=alternative.supplier,
        standards=list(facts.standards),
        requirements=[
            RequirementCoverage(
                requirement=r.id, must=r.must, coverage=alternative.requirements.get(r.id, "unmet")
            )
            for r in ctx.request.requirements
        ],
        economics=ctx.economics[alternative.id],
        criteria=scored_rows,
        dimensions=_dimension_rows(ctx, stages.weighted),
        total=round(total, 2),
        eligible=not knockouts,
        knockouts=knockouts,
        rank=None,
        evidence=facts.evidence,
        sovereignty=stages.framework_score,
        floors=stages.outcomes,
    )
    return _Evaluated(
        result, contender, gaps, stages.warnings, category, where, rows, stages.knockouts
    )


def _stages(
    ctx: Context, alternative: Alternative, category: Category, rows: list[criteria.Row]
) -> _Stages:
    """The stages after the criteria are scored: evidence floors, aggregation, knock-outs
    (without those ``ctx`` relaxes)."""
    facts = ctx.facts.alternatives[alternative.id]
    evidence_floors = ctx.catalogue.evidence_floors
    outcomes = floors.judge(evidence_floors, facts.evidence, ctx.request.date)
    effects = floors.consequences(evidence_floors, outcomes)
    rows = criteria.capped(rows, effects.caps)
    warnings = [
        Message(
            code="evidence-floor-unverified",
            params={"floor": outcome.floor, "file": outcome.file},
            alternative=alternative.id,
        )
        for outcome in outcomes
        if outcome.status == "unverified"
    ]
    effective, weighted, performance = _aggregate(ctx, rows)
    econ = ctx.economics[alternative.id]
    knockouts, unchecked = find_knockouts(ctx, alternative, econ, rows)
    knockouts.extend(effects.knockouts)
    more, framework_score, unselected = selection_and_framework(ctx, alternative, rows)
    knockouts.extend(more)
    if ctx.relaxed:
        knockouts = [k for k in knockouts if (k.code, k.ref) not in ctx.relaxed]
    warnings.extend([*unchecked, *unselected])
    price = econ.present_value if ctx.award.price_basis == "present-value" else econ.nominal_total
    contender = sensitivity.Contender(
        id=alternative.id,
        category=category,
        scores=tuple(weighted.dimension_score[d] for d in ctx.dimensions),
        performance=tuple(performance.dimension_score[d] for d in ctx.dimensions),
        price=round(price, 2),
    )
    return _Stages(
        rows, outcomes, effective, weighted, knockouts, framework_score, contender, warnings
    )


def _aggregate(
    ctx: Context, rows: list[criteria.Row]
) -> tuple[dict[str, float | None], scoring.Weighted, scoring.Weighted]:
    """The levels that count (missing ones as 0 under the zero rule), the weighted
    aggregation over them, and the one UfAB's performance points use (without the criteria
    the price already counts; the same under the weighted method)."""
    zero_rule = ctx.zero_rule
    effective: dict[str, float | None] = {
        c.id: (float(row.score) if row.score is not None else (0.0 if zero_rule else None))
        for c, row in rows
        if c.scored
    }
    dimensions, weights, grouped = ctx.dimensions, ctx.dimension_weights, ctx.groups
    catalogue_criteria = [c for c, _ in rows]  # the catalogue's, in its order
    weighted = scoring.aggregate(catalogue_criteria, dimensions, weights, effective, grouped)
    if ctx.award.method == "weighted":
        return effective, weighted, weighted
    # UfAB's L leaves out what the price P already counts.
    priced = set(ctx.price_criteria)
    without_price = {c: None if c in priced else v for c, v in effective.items()}
    performance = scoring.aggregate(catalogue_criteria, dimensions, weights, without_price, grouped)
    return effective, weighted, performance


def _weighted_rows(
    rows: list[criteria.Row],
    weighted: scoring.Weighted,
    effective: dict[str, float | None],
    below: set[str],
) -> list[CriterionScore]:
    """Each criterion's row with its effective weight, its contribution and whether it is
    below its floor."""
    scored_rows: list[CriterionScore] = []
    for criterion, row in rows:
        share = weighted.criterion.get(criterion.id, 0.0)
        counted = effective.get(criterion.id) or 0.0
        scored_rows.append(
            row.final(
                weight=round(share, 2),
                contribution=round(share * counted / MAX_SCORE, 2),
                below_floor=criterion.id in below,
            )
        )
    return scored_rows


def _dimension_rows(ctx: Context, weighted: scoring.Weighted) -> list[DimensionScore]:
    dimension_rows = []
    for dimension in ctx.dimensions:
        score = weighted.dimension_score[dimension]
        weight = weighted.dimension.get(dimension, 0.0)
        contribution = weight * (score or 0.0) / 100.0
        dimension_rows.append(
            DimensionScore(
                dimension=dimension,
                score=None if score is None else round(score, 2),
                weight=round(weight, 2),
                contribution=round(contribution, 2),
            )
        )
    return dimension_rows


def _request_warnings(
    request: Request,
    facts: Facts,
    alternatives: list[AlternativeResult],
    ranked: ufab.Ranking,
    ranking: list[str],
) -> list[Message]:
    """What the whole request gives reason to warn about: no open-source alternative, reuse
    of software that is not open, a single alternative, nothing costs anything, ties."""
    warnings: list[Message] = []
    if not any(a.category != "proprietary" for a in alternatives) and not policy.explored(request):
        warnings.append(Message(code="no-oss-alternative"))
    for index, source in enumerate(request.alternatives):
        if source.reuse and not facts.alternatives[source.id].licence.open_source:
            warnings.append(
                Message(
                    code="reuse-not-open",
                    alternative=source.id,
                    path=["alternatives", index, "reuse"],
                )
            )
    if len(alternatives) == 1:
        warnings.append(Message(code="single-alternative"))
    if len(alternatives) > 1 and all(a.economics.present_value <= 0 for a in alternatives):
        warnings.append(Message(code="tco-all-free"))
    outcomes = ranked.outcomes
    for first, second in itertools.pairwise(ranking):
        value = outcomes[first].value
        if value == outcomes[second].value:
            code, name = ("ratio-tie", "ratio") if ranked.relative else ("tie", "total")
            shown = round(value, 4) if ranked.relative else value
            warnings.append(
                Message(code=code, params={"first": first, "second": second, name: shown})
            )
    return warnings


def _ranked(
    ctx: Context,
) -> tuple[
    list[_Evaluated],
    dict[str, sensitivity.Contender],
    dict[str, float],
    ufab.Ranking,
    Award | None,
]:
    """Every alternative through its stages, and the award ranking of the eligible ones."""
    evaluated = [_alternative(ctx, i, a) for i, a in enumerate(ctx.request.alternatives)]
    alternatives = [e.result for e in evaluated]
    contenders = {e.contender.id: e.contender for e in evaluated}
    performances = {i: award.performance(ctx, c) for i, c in contenders.items()}
    ranking, awarded = award.rank(ctx, alternatives, contenders, performances)
    return evaluated, contenders, performances, ranking, awarded


def _margin(ctx: Context, relative: bool) -> float:
    return ctx.award.margin_percent if relative else ctx.method.margin


def _recommendation(
    ctx: Context, evaluated: list[_Evaluated], relaxed: decisive.Relaxed
) -> str | None:
    """The recommendation with the must-requirements and knock-outs ``relaxed``: a relaxed
    must-requirement counts as wished for, a relaxed knock-out excludes nobody.

    This is the evaluation of the request so changed, from the ``evaluated`` alternatives
    of the request as it is, doing again only what the change can change: without relaxed
    must-requirements every score stays and only the knock-outs go; with them the computed
    criteria are scored again (they read the must-requirements, and the TCO baseline that
    follows from them), then the stages after the scoring. A test compares it with the
    whole evaluation of the changed request."""
    musts = {ref for code, ref in relaxed if code == "must-requirement"}
    standings: list[tuple[sensitivity.Contender, bool]] = []
    if musts:
        wished = [
            r.model_copy(update={"must": False}) if r.id in musts else r
            for r in ctx.request.requirements
        ]
        request = ctx.request.model_copy(update={"requirements": wished})
        changed = Context(ctx.catalogue, request, ctx.facts, ctx.method, relaxed, ctx.economics)
        for index, (alternative, before) in enumerate(
            zip(request.alternatives, evaluated, strict=True)
        ):
            facts = ctx.facts.alternatives[alternative.id]
            rows = criteria.computed_again(
                changed, index, alternative, facts, before.jurisdiction, before.rows
            )
            stages = _stages(changed, alternative, before.category, rows)
            standings.append((stages.contender, not stages.knockouts))
    else:
        for before in evaluated:
            left = [k for k in before.knockouts if (k.code, k.ref) not in relaxed]
            standings.append((before.contender, not left))
    offers = [
        ufab.Offer(
            contender.id,
            contender.category,
            round(scoring.weighted_total(ctx.profile_weights, contender.scores), 2),
            award.performance(ctx, contender),
            contender.price,
        )
        for contender, eligible in standings
        if eligible
    ]
    ranking = ufab.rank(ctx.award, offers)
    best = policy.choose(ranking.standings, _margin(ctx, ranking.relative), ranking.relative)
    return None if best is None else best[3]


def evaluate(
    catalogue: Catalogue,
    request: Request,
    facts: Facts,
    *,
    profile: str | None = None,
    request_file: str = "",
    request_sha256: str = "",
    tool_version: str = "",
    draws: int | None = None,
) -> Result:
    """Evaluate ``request`` against ``catalogue``: knock-outs, scores, award ranking, verdict,
    sensitivity of the recommendation, decisive requirements, gaps.

    ``draws`` overrides the number of Monte-Carlo draws (0: none).
    """
    original = request
    request, facts = closing.expand(request, facts)
    variants = closing.info(original)
    method = info.method_info(catalogue, request, profile)
    ctx = Context(catalogue, request, facts, method)
    gaps: list[Gap] = []
    warnings: list[Message] = list(facts.warnings)
    evaluated, contenders, performances, ranking_, awarded = _ranked(ctx)
    for done in evaluated:
        # a variant's gaps and warnings are those of its alternative, said once
        gaps.extend(g for g in done.gaps if g.alternative not in variants)
        warnings.extend(m for m in done.warnings if m.alternative not in variants)
    alternatives = closing.with_info([e.result for e in evaluated], variants)
    ranking = [entry[3] for entry in sorted(ranking_.standings)]
    alternatives = [
        a.model_copy(
            update={
                "rank": ranking.index(a.id) + 1 if a.eligible else None,
                "award": None
                if awarded is None
                else award.award_scores(ctx, a, contenders[a.id], performances[a.id], ranking_),
            }
        )
        for a in alternatives
    ]
    warnings.extend(_request_warnings(original, facts, alternatives, ranking_, ranking))
    relative = ranking_.relative
    margin = _margin(ctx, relative)
    verdict = policy.verdict(request, alternatives, margin, ranking_.standings, relative)
    if verdict.justification and verdict.justification_required:
        review = justification.review(
            catalogue,
            request,
            alternatives,
            verdict.proposed,
            verdict.recommended,
            verdict.justification,
        )
        verdict = policy.with_review(verdict, review, catalogue.policy.unanswered_justification)
    why_no_oss = policy.why_no_oss(alternatives, verdict, method.margin)
    if relative:
        why_no_oss = [award.lead_percent(s, ranking_) for s in why_no_oss]
    analysis = sensitivity.analyse(
        [contenders[i] for i in ranking],
        ctx.dimensions,
        ctx.profile_weights,
        ctx.award,
        margin,
        info.sensitivity_settings(catalogue, request, draws),
    )
    found_decisive = decisive.find(
        alternatives,
        ranking,
        verdict,
        lambda relaxed: _recommendation(ctx, evaluated, relaxed),
    )
    # A Result without anything 1.3 or 1.4 added keeps 1.2: pinned catalogues evaluate as
    # before; the council-paper fields or a market exploration of the request make it 1.4,
    # decisive requirements or gap closings 1.5.
    request_info = info.request_info(original, method)
    new = (
        bool(catalogue.evidence_floors)
        or method.licence_rule != "osi"
        or request.status != "submitted"
        or request.decided_on is not None
        or request.decided_by is not None
        or any(a.supplier is not None for a in request.alternatives)
    )
    explored = request.market_exploration is not None
    fourth = explored or request_info.council_paper()
    version = (
        SCHEMA_VERSION
        if found_decisive is not None
        else "1.4"
        if fourth
        else "1.3"
        if new
        else "1.2"
    )
    return Result(
        schema_version=version,
        request=request_info,
        catalogue=info.catalogue_info(catalogue, method),
        method=method,
        alternatives=alternatives,
        ranking=ranking,
        verdict=verdict,
        why_no_oss=why_no_oss,
        gaps=gaps,
        warnings=warnings,
        audit=info.audit(catalogue, facts, tool_version, request_file, request_sha256),
        award=awarded,
        sensitivity=analysis,
        sovereignty_framework=info.framework_info(catalogue),
        decisive=found_decisive,
    )
