# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What the Result says about the method, the catalogue and the request it evaluated."""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel

from ossfirst.engine import floors, qsos
from ossfirst.engine.kept import per_catalogue
from ossfirst.model import catalogue as catalogue_model
from ossfirst.model.catalogue import MAX_SCORE, Catalogue, SensitivitySettings
from ossfirst.model.dates import add_months
from ossfirst.model.facts import Facts
from ossfirst.model.request import Involvements, Request
from ossfirst.model.result import (
    Audit,
    CatalogueInfo,
    CriterionInfo,
    DeviationInfo,
    DimensionInfo,
    DiscountRateInfo,
    ExplorationCatalogue,
    ExplorationHit,
    ExplorationSearch,
    FrameworkInfo,
    InvolvementInfo,
    MarketExplorationInfo,
    MethodInfo,
    ProcurementInfo,
    RequestInfo,
    RequirementInfo,
    SignOffInfo,
)


def method_info(catalogue: Catalogue, request: Request, profile: str | None) -> MethodInfo:
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
        licence_rule=policy_.licence_rule,
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


def catalogue_info(catalogue: Catalogue, method: MethodInfo) -> CatalogueInfo:
    """What the Result says about the catalogue and the profile's weights."""
    return _catalogue_info(catalogue, method.profile)


# A batch of requests mostly shares a catalogue, and the information, part of the
# immutable Result, can be shared as well.
@per_catalogue
def _catalogue_info(catalogue: Catalogue, profile: str) -> CatalogueInfo:
    weights = catalogue.profiles[profile].weights
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
        evidence_floors=[floors.info(f) for f in catalogue.evidence_floors],
    )


def request_info(request: Request, method: MethodInfo) -> RequestInfo:
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
        status=request.status,
        decided_on=request.decided_on,
        decided_by=request.decided_by,
        budget_line=request.budget_line,
        first_budget_year=request.first_budget_year,
        procurement=_info(ProcurementInfo, request.procurement),
        prepared_by=_info(SignOffInfo, request.prepared_by),
        approved_by=_info(SignOffInfo, request.approved_by),
        involvement=_involvement(request.involvement),
        market_exploration=_exploration_info(request, method),
    )


def _exploration_info(request: Request, method: MethodInfo) -> MarketExplorationInfo | None:
    """The request's market exploration as the Result carries it: each hit with its outcome,
    the newest search, whether that is past the evidence expiry, whether it is finished."""
    exploration = request.market_exploration
    if exploration is None:
        return None
    hits = [
        ExplorationHit(
            repository=hit.repository,
            name=hit.name,
            catalogue=hit.catalogue,
            outcome="taken-in" if hit.alternative else "set-aside" if hit.set_aside else "open",
            alternative=hit.alternative,
            reason=hit.set_aside,
            note=hit.note,
        )
        for hit in exploration.hits
    ]
    newest = max(search.date for search in exploration.searches)
    return MarketExplorationInfo(
        catalogues=[ExplorationCatalogue(**c.model_dump()) for c in exploration.catalogues],
        searches=[ExplorationSearch(**s.model_dump()) for s in exploration.searches],
        hits=hits,
        searched_on=newest,
        stale=newest < add_months(request.date, -method.evidence_expiry_months),
        finished=all(hit.outcome != "open" for hit in hits),
    )


_Info = TypeVar("_Info", ProcurementInfo, SignOffInfo)


def _info(kind: type[_Info], given: BaseModel | None) -> _Info | None:
    """A part of the request as the Result carries it (none when nothing in it is given)."""
    if given is None:
        return None
    data = given.model_dump()
    return None if all(value is None for value in data.values()) else kind(**data)


def _involvement(given: Involvements | None) -> dict[str, InvolvementInfo]:
    if given is None:
        return {}
    found = {body: getattr(given, body) for body in Involvements.model_fields}
    return {
        body: InvolvementInfo(**each.model_dump())
        for body, each in found.items()
        if each is not None
    }


def framework_info(catalogue: Catalogue) -> FrameworkInfo | None:
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


def catalogue_digest(catalogue: Catalogue) -> str:
    """SHA-256 of the resolved catalogue's canonical JSON form."""
    return catalogue_model.digest(catalogue)


def audit(
    catalogue: Catalogue, facts: Facts, tool_version: str, request_file: str, request_sha256: str
) -> Audit:
    """What an auditor needs to reproduce the Result: the tool, the request file, the
    catalogue and the data versions, and the evidence files read, with their digests."""
    return Audit(
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
    )
