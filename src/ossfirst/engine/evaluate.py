# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""From (catalogue, request, facts) to a Result. Pure: no I/O, no clock, no globals."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools

from ossfirst.engine import (
    assessors,
    jurisdiction,
    justification,
    policy,
    qsos,
    scoring,
    sensitivity,
    sovereignty,
    ufab,
)
from ossfirst.engine.economics import economics
from ossfirst.model.catalogue import (
    MAX_SCORE,
    Catalogue,
    Criterion,
    SensitivitySettings,
)
from ossfirst.model.dates import add_months
from ossfirst.model.facts import AlternativeFacts, Facts
from ossfirst.model.request import Alternative, Assessment, Request, award_settings
from ossfirst.model.result import (
    SCHEMA_VERSION,
    AlternativeResult,
    AssessorEntry,
    Audit,
    Award,
    AwardScore,
    CatalogueInfo,
    Category,
    CriterionInfo,
    CriterionScore,
    DeviationInfo,
    DimensionInfo,
    DimensionScore,
    DiscountRateInfo,
    Economics,
    FrameworkInfo,
    FrameworkScore,
    Gap,
    ImportedScore,
    KnockOut,
    LicenceResult,
    Message,
    MethodInfo,
    Panel,
    Param,
    RequestInfo,
    RequirementCoverage,
    RequirementInfo,
    Result,
    ScoreSource,
    Shortfall,
)


def _method(catalogue: Catalogue, request: Request, profile: str | None) -> MethodInfo:
    policy_ = catalogue.policy
    name = profile or request.profile or policy_.default_profile
    chosen = catalogue.profiles[name]
    own_rate = request.discount_rate is not None
    rate = DiscountRateInfo(
        value=request.discount_rate if own_rate else policy_.discount_rate.value,
        origin="request" if own_rate else "catalogue",
        source=policy_.discount_rate.source,
        date=policy_.discount_rate.date,
    )
    return MethodInfo(
        profile=name,
        profile_title=chosen.title,
        profile_rationale=chosen.rationale,
        margin=policy_.margin,
        missing_data=policy_.missing_data,
        evidence_expiry_months=policy_.evidence_expiry_months,
        horizon_years=request.horizon_years or policy_.horizon_years,
        horizon_origin="request" if request.horizon_years else "catalogue",
        discount_rate=rate,
        accepted_licence_refs=list(policy_.accepted_licence_refs),
        max_score=MAX_SCORE,
        scorecard_risk_weights=policy_.scorecard_risk_weights.model_dump(),
        assessor_aggregate=policy_.assessors.aggregate,
        disagreement_threshold=policy_.assessors.disagreement,
        strict_selection=qsos.marks(
            catalogue.criteria, policy_.strict_selection, request.strict_selection
        ),
        unanswered_justification=policy_.unanswered_justification,
    )


def sensitivity_settings(
    catalogue: Catalogue, request: Request, draws: int | None = None
) -> SensitivitySettings:
    """Monte-Carlo settings: the catalogue's, the request's, then the command line's."""
    settings = catalogue.policy.sensitivity
    if request.sensitivity is not None:
        settings = settings.model_copy(update=request.sensitivity.model_dump(exclude_none=True))
    if draws is not None:
        settings = settings.model_copy(update={"draws": draws})
    return settings


def _catalogue_info(catalogue: Catalogue, method: MethodInfo) -> CatalogueInfo:
    weights = catalogue.profiles[method.profile].weights
    return CatalogueInfo(
        id=catalogue.id,
        version=catalogue.version,
        title=catalogue.title,
        publisher=catalogue.publisher,
        lineage=catalogue.lineage,
        dimensions=[
            DimensionInfo(id=d.id, title=d.title, description=d.description, weight=weights[d.id])
            for d in catalogue.dimensions
        ],
        criteria=[
            CriterionInfo(
                id=c.id,
                dimension=c.dimension,
                kind=c.kind,
                title=c.title,
                question=c.question,
                levels=c.levels,
                weight=c.weight,
                floor=c.floor,
                metric=c.computation.metric if c.computation else None,
            )
            for c in catalogue.criteria
        ],
    )


def _request_info(request: Request) -> RequestInfo:
    return RequestInfo(
        id=request.id,
        title=request.title,
        organisation=request.organisation,
        department=request.department,
        contact=request.contact,
        country=request.country,
        date=request.date,
        language=request.language,
        need=request.need,
        budget=request.budget,
        requirements=[
            RequirementInfo(id=r.id, text=r.text, must=r.must) for r in request.requirements
        ],
        proposed=request.proposed,
        justification=request.justification,
        deviations=[DeviationInfo(**d.model_dump()) for d in request.deviations],
        market_search=request.market_search,
    )


class _Context:
    """What every alternative's evaluation needs from the whole request."""

    def __init__(
        self, catalogue: Catalogue, request: Request, facts: Facts, method: MethodInfo
    ) -> None:
        self.catalogue = catalogue
        self.request = request
        self.facts = facts
        self.method = method
        self.economics = {
            a.id: economics(a.costs, method.horizon_years, method.discount_rate.value)
            for a in request.alternatives
        }
        # The TCO baseline is the cheapest alternative that meets the need (all must-
        # requirements met); one that does not meet it should not set the price.
        qualifying = [a.id for a in request.alternatives if scoring.meets_musts(request, a)]
        pool = qualifying or [a.id for a in request.alternatives]
        self.tco_baseline = min(self.economics[i].present_value for i in pool)
        self.stale_before = add_months(request.date, -method.evidence_expiry_months)
        self.award = award_settings(catalogue, request)
        self.zero_rule = method.missing_data == "zero"
        self.dimensions = [d.id for d in catalogue.dimensions]
        self.dimension_weights = catalogue.profiles[method.profile].weights
        self.profile_weights = [self.dimension_weights[d] for d in self.dimensions]
        self.criterion_weights = {c.id: c.weight for c in catalogue.criteria}
        self.price_criteria = price_criteria(catalogue)
        framework = catalogue.sovereignty_framework
        self.seal_minimum = (
            sovereignty.minimums(framework, request.minimum_seal) if framework else {}
        )


def _metric_value(
    ctx: _Context,
    criterion: Criterion,
    alternative: Alternative,
    facts: AlternativeFacts,
    category: str,
) -> float | str | None:
    assert criterion.computation is not None
    metric = criterion.computation.metric
    econ = ctx.economics[alternative.id]
    if metric == "tco-ratio":
        return scoring.ratio(econ.present_value, ctx.tco_baseline)
    if metric == "exit-cost-share":
        # Relative to the TCO baseline, not to the alternative's own TCO: a dear alternative
        # must not make its exit look cheap.
        if econ.present_value_exit <= 0:
            return 0.0
        return scoring.ratio(econ.present_value_exit, ctx.tco_baseline)
    if metric == "open-standards-share":
        # A standard missing from the list cannot be shown to be open, so it counts as not
        # open (and is flagged): leaving it out would let an unknown format raise the share.
        if not facts.standards:
            return None
        return sum(1 for s in facts.standards if s.open) / len(facts.standards)
    if metric == "requirements-coverage":
        return scoring.requirements_coverage(ctx.request, alternative)
    if metric == "providers":
        return float(alternative.providers)
    if metric == "deployment":
        return alternative.deployment
    if metric == "jurisdiction":
        return category
    return float(facts.licence.freedom_level)  # licence-freedom


def _metric_reason(ctx: _Context, criterion: Criterion, alternative: Alternative) -> Message | None:
    """Why a cost ratio is what it is when the lowest present value is 0 EUR: a ratio of
    0/0 or x/0 would say nothing, so the reason says what the figures are."""
    assert criterion.computation is not None
    metric = criterion.computation.metric
    if metric not in ("tco-ratio", "exit-cost-share") or ctx.tco_baseline > 0:
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


def _score_criteria(
    ctx: _Context,
    index: int,
    alternative: Alternative,
    facts: AlternativeFacts,
    category: str,
    gaps: list[Gap],
) -> list[tuple[Criterion, CriterionScore]]:
    rows: list[tuple[Criterion, CriterionScore]] = []
    for criterion in ctx.catalogue.criteria:
        path: list[str | int] = ["alternatives", index, "assessments", criterion.id]
        score: int | float | None = None
        passed: bool | None = None
        value: float | str | None = None
        source: ScoreSource = "missing"
        assessment = alternative.assessments.get(criterion.id)
        imported = facts.imported.get(criterion.id) if criterion.kind == "assessed" else None
        stale = False
        panel: Panel | None = None
        reason: Message | None = None
        if criterion.kind == "computed":
            assert criterion.computation is not None
            value = _metric_value(ctx, criterion, alternative, facts, category)
            reason = _metric_reason(ctx, criterion, alternative)
            if value is None and criterion.computation.metric in ("tco-ratio", "exit-cost-share"):
                score, source = 0, "computed"  # unbounded ratio: dearer than any level
            elif value is None:
                gaps.append(
                    Gap(
                        alternative=alternative.id,
                        criterion=criterion.id,
                        reason="no-data",
                        params={"metric": criterion.computation.metric},
                        path=["alternatives", index],
                    )
                )
            else:
                score, source = scoring.level_of(criterion.computation, value), "computed"
            if isinstance(value, float):
                value = round(value, 4)
        elif assessment is not None and assessment.scores:
            source = "assessed"
            panel, stale = _panel(ctx, alternative.id, criterion.id, assessment, path, gaps)
            score = panel.value
        else:
            if assessment is not None:
                score, passed = assessment.score, assessment.passed
            # A criterion a catalogue took out of the score (weight 0, no floor) is shown for
            # information; leaving it unassessed is no gap.
            counts = (
                criterion.kind == "knock-out" or criterion.weight > 0 or criterion.floor is not None
            )
            if score is None and passed is None and imported is not None:
                # Evidence files fill a criterion nobody assessed; a person's score wins.
                score, source = imported.score, "imported"
                stale = _evidence_gaps(ctx, alternative.id, criterion.id, imported, index, gaps)
            elif score is None and passed is None:
                if counts:
                    gaps.append(
                        Gap(
                            alternative=alternative.id,
                            criterion=criterion.id,
                            reason="unassessed",
                            path=path,
                        )
                    )
            else:
                source = "assessed"
                assert assessment is not None
                stale = _document_gaps(
                    ctx,
                    alternative.id,
                    criterion.id,
                    (assessment.rationale, assessment.evidence_list(), assessment.assessed_on),
                    path,
                    gaps,
                )
        from_person = source != "imported"
        rows.append(
            (
                criterion,
                CriterionScore(
                    criterion=criterion.id,
                    dimension=criterion.dimension,
                    kind=criterion.kind,
                    source=source,
                    score=score,
                    passed=passed,
                    value=value,
                    rationale=assessment.rationale if assessment and from_person else None,
                    evidence=_evidence_of(assessment, imported, from_person),
                    assessed_on=(
                        (assessment.assessed_on if assessment else None)
                        if from_person
                        else imported.date
                        if imported
                        else None
                    ),
                    assessor=assessment.assessor if assessment and from_person else None,
                    weight=0.0,
                    contribution=0.0,
                    stale=stale,
                    below_floor=False,
                    imported=imported,
                    panel=panel,
                    reason=reason,
                ),
            )
        )
    return rows


def _evidence_of(
    assessment: Assessment | None, imported: ImportedScore | None, from_person: bool
) -> list[str]:
    if from_person:
        return assessment.evidence_list() if assessment else []
    assert imported is not None
    return list(dict.fromkeys(source.file for source in imported.sources))


def _evidence_gaps(
    ctx: _Context,
    alternative_id: str,
    criterion_id: str,
    imported: ImportedScore,
    index: int,
    gaps: list[Gap],
) -> bool:
    """Record evidence files whose date is past the expiry, or after the request date."""
    day = imported.date
    if day is None:
        return False
    files = ", ".join(dict.fromkeys(source.file for source in imported.sources))
    where: list[str | int] = ["alternatives", index, "evidence"]
    return _date_gaps(ctx, alternative_id, criterion_id, day, where, gaps, {"file": files})


def _date_gaps(
    ctx: _Context,
    alternative_id: str,
    criterion_id: str,
    day: dt.date,
    path: list[str | int],
    gaps: list[Gap],
    extra: dict[str, Param] | None = None,
) -> bool:
    """Record a date past the evidence expiry (returns ``True``: stale) or after the request
    date, of an assessment or of an evidence file."""
    params: dict[str, Param]
    if day < ctx.stale_before:
        reason = "stale"
        params = {"assessed_on": day.isoformat(), "months": ctx.method.evidence_expiry_months}
    elif day > ctx.request.date:
        reason = "future-date"
        params = {"assessed_on": day.isoformat(), "request_date": ctx.request.date.isoformat()}
    else:
        return False
    gaps.append(
        Gap(
            alternative=alternative_id,
            criterion=criterion_id,
            reason=reason,
            params={**params, **(extra or {})},
            path=path,
        )
    )
    return reason == "stale"


def _panel(
    ctx: _Context,
    alternative_id: str,
    criterion_id: str,
    assessment: Assessment,
    path: list[str | int],
    gaps: list[Gap],
) -> tuple[Panel, bool]:
    """Several assessors' levels combined by the catalogue's rule; each entry documented
    (its own rationale, evidence and date, else the assessment's), disagreement flagged."""
    assert assessment.scores
    entries: list[AssessorEntry] = []
    stale = False
    for position, entry in enumerate(assessment.scores):
        documented = AssessorEntry(
            assessor=entry.assessor,
            score=entry.score,
            rationale=entry.rationale or assessment.rationale,
            evidence=entry.evidence_list() or assessment.evidence_list(),
            assessed_on=entry.assessed_on or assessment.assessed_on,
        )
        entries.append(documented)
        where = [*path, "scores", position]
        stale |= _document_gaps(
            ctx,
            alternative_id,
            criterion_id,
            (documented.rationale, documented.evidence, documented.assessed_on),
            where,
            gaps,
        )
    levels = [e.score for e in entries]
    rule = ctx.catalogue.policy.assessors
    spread = assessors.spread(levels)
    disagreement = spread >= rule.disagreement
    if disagreement:
        gaps.append(
            Gap(
                alternative=alternative_id,
                criterion=criterion_id,
                reason="disagreement",
                params={
                    "spread": spread,
                    "threshold": rule.disagreement,
                    "levels": ", ".join(f"{e.assessor}: {e.score}" for e in entries),
                },
                path=[*path, "scores"],
            )
        )
    panel = Panel(
        aggregate=rule.aggregate,
        value=assessors.shown(assessors.combine(levels, rule.aggregate)),
        spread=spread,
        disagreement=disagreement,
        entries=entries,
    )
    return panel, stale


def _document_gaps(
    ctx: _Context,
    alternative_id: str,
    criterion_id: str,
    documentation: tuple[str | None, list[str], dt.date | None],
    path: list[str | int],
    gaps: list[Gap],
) -> bool:
    """Record missing rationale, evidence or date, and stale or future dates."""
    rationale, evidence, day = documentation
    missing = [
        name
        for name, present in (
            ("rationale", rationale),
            ("evidence", evidence),
            ("assessed_on", day),
        )
        if not present
    ]
    if missing:
        gaps.append(
            Gap(
                alternative=alternative_id,
                criterion=criterion_id,
                reason="undocumented",
                params={"missing": ", ".join(missing)},
                path=path,
            )
        )
    if day is None:
        return False
    return _date_gaps(ctx, alternative_id, criterion_id, day, [*path, "assessed_on"], gaps)


def _knockouts(
    ctx: _Context,
    alternative: Alternative,
    econ: Economics,
    rows: list[tuple[Criterion, CriterionScore]],
    warnings: list[Message],
) -> list[KnockOut]:
    found: list[KnockOut] = []
    zero_rule = ctx.zero_rule
    for requirement in ctx.request.requirements:
        coverage = alternative.requirements.get(requirement.id, "unmet")
        if requirement.must and coverage != "met":
            found.append(
                KnockOut(code="must-requirement", ref=requirement.id, params={"coverage": coverage})
            )
    for criterion, row in rows:
        if criterion.kind == "knock-out":
            if row.passed is False or (row.passed is None and zero_rule):
                found.append(
                    KnockOut(
                        code="knock-out-criterion",
                        ref=criterion.id,
                        params={"unassessed": row.passed is None},
                    )
                )
            elif row.passed is None:
                warnings.append(
                    Message(
                        code="knock-out-unverified",
                        params={"criterion": criterion.id},
                        alternative=alternative.id,
                    )
                )
        elif criterion.floor is not None:
            if row.score is None and not zero_rule:
                warnings.append(
                    Message(
                        code="floor-unverified",
                        params={"criterion": criterion.id, "floor": criterion.floor},
                        alternative=alternative.id,
                    )
                )
            elif (row.score or 0) < criterion.floor:
                found.append(
                    KnockOut(
                        code="floor",
                        ref=criterion.id,
                        params={
                            "score": row.score,
                            "floor": criterion.floor,
                            "unassessed": row.score is None,
                        },
                    )
                )
    budget = ctx.request.budget
    if budget is not None and econ.nominal_total > budget:
        found.append(
            KnockOut(
                code="budget",
                ref="budget",
                params={"nominal_total": econ.nominal_total, "budget": budget},
            )
        )
    return found


def _category(alternative: Alternative, facts: AlternativeFacts) -> Category:
    # Reuse ranks before open source only for software that is itself open: a proprietary
    # product the body already licenses does not earn the reuse preference.
    if not facts.licence.open_source:
        return "proprietary"
    return "reuse" if alternative.reuse else "open-source"


def _selection_and_framework(
    ctx: _Context,
    alternative: Alternative,
    rows: list[tuple[Criterion, CriterionScore]],
    warnings: list[Message],
) -> tuple[list[KnockOut], FrameworkScore | None]:
    """Knock-outs by strict selection and by the framework's minimum levels."""
    zero_rule = ctx.zero_rule
    scores = {c.id: row.score for c, row in rows}
    found: list[KnockOut] = []
    selection = ctx.method.strict_selection
    if selection is not None:
        eliminated, unchecked = qsos.eliminations(selection, scores, zero_rule)
        found.extend(eliminated)
        warnings.extend(
            Message(
                code="strict-selection-unverified",
                params={"criterion": criterion},
                alternative=alternative.id,
            )
            for criterion in unchecked
        )
    framework = ctx.catalogue.sovereignty_framework
    if framework is None:
        return found, None
    standing, below = sovereignty.assess(
        framework, ctx.criterion_weights, scores, ctx.seal_minimum, zero_rule
    )
    return [*found, *below], standing


def price_criteria(catalogue: Catalogue) -> list[str]:
    """The criteria derived from the price, which UfAB's performance points leave out."""
    return [
        c.id
        for c in catalogue.criteria
        if c.computation is not None and c.computation.metric in ufab.PRICE_METRICS
    ]


def _alternative(
    ctx: _Context, index: int, alternative: Alternative, gaps: list[Gap], warnings: list[Message]
) -> tuple[AlternativeResult, sensitivity.Contender]:
    facts = ctx.facts.alternatives[alternative.id]
    category = _category(alternative, facts)
    where = jurisdiction.category(
        ctx.request.country, alternative.operator_jurisdiction, alternative.parent_jurisdiction
    )
    rows = _score_criteria(ctx, index, alternative, facts, where, gaps)
    zero_rule = ctx.zero_rule
    effective: dict[str, float | None] = {
        c.id: (float(row.score) if row.score is not None else (0.0 if zero_rule else None))
        for c, row in rows
        if c.scored
    }
    dimensions, weights = ctx.dimensions, ctx.dimension_weights
    criteria = [c for c, _ in rows]
    weighted = scoring.aggregate(criteria, dimensions, weights, effective)
    if ctx.award.method == "weighted":
        performance = weighted
    else:
        # UfAB's L leaves out what the price P already counts.
        priced = set(ctx.price_criteria)
        without_price = {c: None if c in priced else v for c, v in effective.items()}
        performance = scoring.aggregate(criteria, dimensions, weights, without_price)
    econ = ctx.economics[alternative.id]
    knockouts = _knockouts(ctx, alternative, econ, rows, warnings)
    more, framework_score = _selection_and_framework(ctx, alternative, rows, warnings)
    knockouts.extend(more)
    floors = {k.ref for k in knockouts if k.code == "floor"}
    scored_rows: list[CriterionScore] = []
    for criterion, row in rows:
        share = weighted.criterion.get(criterion.id, 0.0)
        counted = effective.get(criterion.id) or 0.0
        scored_rows.append(
            row.model_copy(
                update={
                    "weight": round(share, 2),
                    "contribution": round(share * counted / MAX_SCORE, 2),
                    "below_floor": criterion.id in floors,
                }
            )
        )
    dimension_rows = []
    scores = tuple(weighted.dimension_score[d] for d in dimensions)
    total = scoring.weighted_total(ctx.profile_weights, scores)
    for dimension in dimensions:
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
    licence = facts.licence
    price = econ.present_value if ctx.award.price_basis == "present-value" else econ.nominal_total
    contender = sensitivity.Contender(
        id=alternative.id,
        category=category,
        scores=scores,
        performance=tuple(performance.dimension_score[d] for d in dimensions),
        price=round(price, 2),
    )
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
        standards=list(facts.standards),
        requirements=[
            RequirementCoverage(
                requirement=r.id, must=r.must, coverage=alternative.requirements.get(r.id, "unmet")
            )
            for r in ctx.request.requirements
        ],
        economics=econ,
        criteria=scored_rows,
        dimensions=dimension_rows,
        total=round(total, 2),
        eligible=not knockouts,
        knockouts=knockouts,
        rank=None,
        evidence=facts.evidence,
        sovereignty=framework_score,
    )
    return result, contender


def catalogue_digest(catalogue: Catalogue) -> str:
    """SHA-256 of the resolved catalogue's canonical JSON form."""
    return hashlib.sha256(catalogue.model_dump_json().encode("utf-8")).hexdigest()


def _award(
    ctx: _Context,
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
        best_ratio=_shown_ratio(ranking.best_ratio),
        corridor_bound=_shown_ratio(ranking.corridor_bound),
        lowest_price=ranking.lowest_price,
    )
    return ranking, info


def _performance(ctx: _Context, contender: sensitivity.Contender) -> float:
    """UfAB's L: the total without the price-derived criteria, rounded as shown."""
    return round(scoring.weighted_total(ctx.profile_weights, contender.performance), 2)


def _shown_ratio(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _award_scores(
    ctx: _Context,
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
            ratio=_shown_ratio(ufab.ratio(performance, contender.price)) if ratio_method else None,
            price_points=None,
            value=None,
            in_corridor=None,
        )
    return AwardScore(
        performance=performance,
        price=contender.price,
        ratio=_shown_ratio(outcome.ratio),
        price_points=outcome.price_points,
        value=_shown_ratio(outcome.value) if ratio_method else outcome.value,
        in_corridor=outcome.in_corridor,
    )


def _framework_info(catalogue: Catalogue) -> FrameworkInfo | None:
    framework = catalogue.sovereignty_framework
    if framework is None:
        return None
    return FrameworkInfo(
        id=framework.id,
        title=framework.title,
        version=framework.version,
        published=framework.published,
        source=framework.source,
        levels=framework.levels,
        objectives=[o.id for o in framework.objectives],
    )


def _lead_percent(shortfall: Shortfall, ranking: ufab.Ranking) -> Shortfall:
    mine = ranking.outcomes.get(shortfall.alternative)
    theirs = ranking.outcomes.get(shortfall.compared_with)
    if mine is None or theirs is None or mine.ratio is None or theirs.ratio is None:
        return shortfall
    lead = policy.lead_of(theirs.ratio, mine.ratio, relative=True)
    return shortfall.model_copy(update={"lead_percent": round(lead, 2)})


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
    sensitivity of the recommendation, gaps.

    ``draws`` overrides the number of Monte-Carlo draws (0: none).
    """
    method = _method(catalogue, request, profile)
    ctx = _Context(catalogue, request, facts, method)
    gaps: list[Gap] = []
    warnings: list[Message] = list(facts.warnings)
    evaluated = [
        _alternative(ctx, i, a, gaps, warnings) for i, a in enumerate(request.alternatives)
    ]
    alternatives = [a for a, _ in evaluated]
    contenders = {c.id: c for _, c in evaluated}
    performances = {i: _performance(ctx, c) for i, c in contenders.items()}
    ranking_, award = _award(ctx, alternatives, contenders, performances)
    ranking = [entry[3] for entry in sorted(ranking_.standings)]
    alternatives = [
        a.model_copy(
            update={
                "rank": ranking.index(a.id) + 1 if a.eligible else None,
                "award": None
                if award is None
                else _award_scores(ctx, a, contenders[a.id], performances[a.id], ranking_),
            }
        )
        for a in alternatives
    ]
    if not any(a.category != "proprietary" for a in alternatives) and not request.market_search:
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
    outcomes = ranking_.outcomes
    for first, second in itertools.pairwise(ranking):
        value = outcomes[first].value
        if value == outcomes[second].value:
            code, name = ("ratio-tie", "ratio") if ranking_.relative else ("tie", "total")
            shown = round(value, 4) if ranking_.relative else value
            warnings.append(
                Message(code=code, params={"first": first, "second": second, name: shown})
            )
    relative = ranking_.relative
    margin = ctx.award.margin_percent if relative else method.margin
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
        why_no_oss = [_lead_percent(s, ranking_) for s in why_no_oss]
    analysis = sensitivity.analyse(
        [contenders[i] for i in ranking],
        ctx.dimensions,
        ctx.profile_weights,
        ctx.award,
        margin,
        sensitivity_settings(catalogue, request, draws),
    )
    return Result(
        schema_version=SCHEMA_VERSION,
        request=_request_info(request),
        catalogue=_catalogue_info(catalogue, method),
        method=method,
        alternatives=alternatives,
        ranking=ranking,
        verdict=verdict,
        why_no_oss=why_no_oss,
        gaps=gaps,
        warnings=warnings,
        audit=Audit(
            tool="ossfirst",
            tool_version=tool_version,
            request_file=request_file,
            request_sha256=request_sha256,
            catalogue_id=catalogue.id,
            catalogue_version=catalogue.version,
            catalogue_sha256=catalogue_digest(catalogue),
            spdx_list_version=facts.spdx_list_version,
            standards_list_version=facts.standards_list_version,
            evidence=list(facts.evidence),
        ),
        award=award,
        sensitivity=analysis,
        sovereignty_framework=_framework_info(catalogue),
    )
