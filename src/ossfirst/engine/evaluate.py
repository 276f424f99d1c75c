# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""From (catalogue, request, facts) to a Result. Pure: no I/O, no clock, no globals."""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import itertools

from ossfirst.engine import jurisdiction, policy, scoring
from ossfirst.engine.economics import economics
from ossfirst.enrich import AlternativeFacts, Facts
from ossfirst.model.catalogue import MAX_SCORE, Catalogue, Criterion
from ossfirst.model.request import Alternative, Assessment, Request
from ossfirst.model.result import (
    SCHEMA_VERSION,
    AlternativeResult,
    Audit,
    CatalogueInfo,
    Category,
    CriterionInfo,
    CriterionScore,
    DeviationInfo,
    DimensionInfo,
    DimensionScore,
    DiscountRateInfo,
    Economics,
    Gap,
    ImportedScore,
    KnockOut,
    LicenceResult,
    Message,
    MethodInfo,
    RequestInfo,
    RequirementCoverage,
    RequirementInfo,
    Result,
    ScoreSource,
)


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier (the last day of the month where it does not exist)."""
    years, month_index = divmod(day.month - 1 - months, 12)
    year, month = day.year + years, month_index + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _method(catalogue: Catalogue, request: Request, profile: str | None) -> MethodInfo:
    policy_ = catalogue.policy
    name = profile or request.profile or policy_.default_profile
    chosen = catalogue.profiles[name]
    if request.discount_rate is not None:
        rate = DiscountRateInfo(
            value=request.discount_rate,
            origin="request",
            source=policy_.discount_rate.source,
            date=policy_.discount_rate.date,
        )
    else:
        rate = DiscountRateInfo(
            value=policy_.discount_rate.value,
            origin="catalogue",
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
    )


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
        self.stale_before = months_before(request.date, method.evidence_expiry_months)


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
        score: int | None = None
        passed: bool | None = None
        value: float | str | None = None
        source: ScoreSource = "missing"
        assessment = alternative.assessments.get(criterion.id)
        imported = facts.imported.get(criterion.id) if criterion.kind == "assessed" else None
        stale = False
        if criterion.kind == "computed":
            assert criterion.computation is not None
            value = _metric_value(ctx, criterion, alternative, facts, category)
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
        else:
            if assessment is not None:
                score, passed = assessment.score, assessment.passed
            if score is None and passed is None and imported is not None:
                # Evidence files fill a criterion nobody assessed; a person's score wins.
                score, source = imported.score, "imported"
                stale = _evidence_gaps(ctx, alternative.id, criterion.id, imported, index, gaps)
            elif score is None and passed is None:
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
                stale = _document_gaps(ctx, alternative.id, criterion.id, assessment, path, gaps)
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
    path: list[str | int] = ["alternatives", index, "evidence"]
    if day < ctx.stale_before:
        gaps.append(
            Gap(
                alternative=alternative_id,
                criterion=criterion_id,
                reason="stale",
                params={
                    "assessed_on": day.isoformat(),
                    "months": ctx.method.evidence_expiry_months,
                    "file": files,
                },
                path=path,
            )
        )
        return True
    if day > ctx.request.date:
        gaps.append(
            Gap(
                alternative=alternative_id,
                criterion=criterion_id,
                reason="future-date",
                params={
                    "assessed_on": day.isoformat(),
                    "request_date": ctx.request.date.isoformat(),
                    "file": files,
                },
                path=path,
            )
        )
    return False


def _document_gaps(
    ctx: _Context,
    alternative_id: str,
    criterion_id: str,
    assessment: Assessment,
    path: list[str | int],
    gaps: list[Gap],
) -> bool:
    """Record missing rationale, evidence or date, and stale or future dates."""
    missing = [
        name
        for name, present in (
            ("rationale", assessment.rationale),
            ("evidence", assessment.evidence_list()),
            ("assessed_on", assessment.assessed_on),
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
    day = assessment.assessed_on
    if day is None:
        return False
    if day < ctx.stale_before:
        gaps.append(
            Gap(
                alternative=alternative_id,
                criterion=criterion_id,
                reason="stale",
                params={
                    "assessed_on": day.isoformat(),
                    "months": ctx.method.evidence_expiry_months,
                },
                path=[*path, "assessed_on"],
            )
        )
        return True
    if day > ctx.request.date:
        gaps.append(
            Gap(
                alternative=alternative_id,
                criterion=criterion_id,
                reason="future-date",
                params={
                    "assessed_on": day.isoformat(),
                    "request_date": ctx.request.date.isoformat(),
                },
                path=[*path, "assessed_on"],
            )
        )
    return False


def _knockouts(
    ctx: _Context,
    alternative: Alternative,
    econ: Economics,
    rows: list[tuple[Criterion, CriterionScore]],
    warnings: list[Message],
) -> list[KnockOut]:
    found: list[KnockOut] = []
    zero_rule = ctx.method.missing_data == "zero"
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


def _alternative(
    ctx: _Context, index: int, alternative: Alternative, gaps: list[Gap], warnings: list[Message]
) -> AlternativeResult:
    facts = ctx.facts.alternatives[alternative.id]
    category = _category(alternative, facts)
    where = jurisdiction.category(
        ctx.request.country, alternative.operator_jurisdiction, alternative.parent_jurisdiction
    )
    rows = _score_criteria(ctx, index, alternative, facts, where, gaps)
    zero_rule = ctx.method.missing_data == "zero"
    effective: dict[str, float | None] = {
        c.id: (float(row.score) if row.score is not None else (0.0 if zero_rule else None))
        for c, row in rows
        if c.scored
    }
    dimensions = [d.id for d in ctx.catalogue.dimensions]
    weights = ctx.catalogue.profiles[ctx.method.profile].weights
    weighted = scoring.aggregate([c for c, _ in rows], dimensions, weights, effective)
    econ = ctx.economics[alternative.id]
    knockouts = _knockouts(ctx, alternative, econ, rows, warnings)
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
    total = 0.0
    for dimension in dimensions:
        score = weighted.dimension_score[dimension]
        weight = weighted.dimension.get(dimension, 0.0)
        contribution = weight * (score or 0.0) / 100.0
        total += contribution
        dimension_rows.append(
            DimensionScore(
                dimension=dimension,
                score=None if score is None else round(score, 2),
                weight=round(weight, 2),
                contribution=round(contribution, 2),
            )
        )
    licence = facts.licence
    return AlternativeResult(
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
    )


def catalogue_digest(catalogue: Catalogue) -> str:
    """SHA-256 of the resolved catalogue's canonical JSON form."""
    return hashlib.sha256(catalogue.model_dump_json().encode("utf-8")).hexdigest()


def evaluate(
    catalogue: Catalogue,
    request: Request,
    facts: Facts,
    *,
    profile: str | None = None,
    request_file: str = "",
    request_sha256: str = "",
    tool_version: str = "",
) -> Result:
    """Evaluate ``request`` against ``catalogue``: knock-outs, scores, verdict, gaps."""
    method = _method(catalogue, request, profile)
    ctx = _Context(catalogue, request, facts, method)
    gaps: list[Gap] = []
    warnings: list[Message] = list(facts.warnings)
    alternatives = [
        _alternative(ctx, i, a, gaps, warnings) for i, a in enumerate(request.alternatives)
    ]
    ranking = [a.id for a in sorted((a for a in alternatives if a.eligible), key=policy.rank_key)]
    alternatives = [
        a.model_copy(update={"rank": ranking.index(a.id) + 1 if a.eligible else None})
        for a in alternatives
    ]
    if not any(a.category != "proprietary" for a in alternatives):
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
    eligible = [a for a in alternatives if a.eligible]
    for first, second in itertools.pairwise(ranking):
        a, b = (next(x for x in eligible if x.id == i) for i in (first, second))
        if a.total == b.total:
            warnings.append(
                Message(code="tie", params={"first": first, "second": second, "total": a.total})
            )
    verdict = policy.verdict(request, alternatives, method.margin)
    return Result(
        schema_version=SCHEMA_VERSION,
        request=_request_info(request),
        catalogue=_catalogue_info(catalogue, method),
        method=method,
        alternatives=alternatives,
        ranking=ranking,
        verdict=verdict,
        why_no_oss=policy.why_no_oss(alternatives, verdict, method.margin),
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
    )
