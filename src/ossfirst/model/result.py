# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The Result: the single contract between the engine and every output format.

It carries everything a report shows, as plain data. Texts for people are never formed
here: findings are :class:`Message` codes with parameters, which the renderers put into
words in the report language. Its JSON form carries :data:`SCHEMA_VERSION`.
"""

import datetime as dt
from typing import Any, Literal

from pydantic import Field, SerializerFunctionWrapHandler, model_serializer

from ossfirst.model.catalogue import (
    Aggregate,
    AwardMethod,
    CatalogueRef,
    Kind,
    LicenceRule,
    MissingData,
    PriceBasis,
    PriceConversion,
    TieBreaker,
    UnansweredJustification,
)
from ossfirst.model.common import OutputModel, Text, default_of, omit_defaults
from ossfirst.model.evidence import EvidenceKind
from ossfirst.model.request import (
    Coverage,
    Procedure,
    ProcurementRules,
    Publication,
    RequestStatus,
    Threshold,
)
from ossfirst.model.versions import RESULT_SCHEMA

#: The risk levels of OpenSSF Scorecard checks.
Risk = Literal["critical", "high", "medium", "low"]

#: 1.1 added (all optional): sensitivity, award, sovereignty_framework, assessor panels,
#: strict selection and the new knock-out and gap codes.
#: 1.2 added: the verdict's breaches and justification review, the status
#: ``justification-unanswered``, the request's market search, the method's rule for an
#: unanswered justification, the reason of a computed value, and an SBOM's standard
#: and encoding, and the robustness analysis's quasi-random draws (monte_carlo: method,
#: method_version, sets, precision).
#: 1.3 added (present only when used): evidence floors (the catalogue's, each alternative's
#: outcomes, the knock-out code ``evidence-floor`` and a criterion's cap) and the licence
#: rule; the request's status, decision date and deciding body, and an alternative's
#: supplier. A Result that uses none of them is written as 1.2, byte for byte as before, so
#: that a request pinned to a catalogue version that has none of them evaluates the same as
#: it did.
#: 1.4 added (present only when the request gives them): what the request says for the
#: council paper: the budget line, the first budget year, the procurement, prepared_by,
#: approved_by and the involvement of the data protection officer, the staff council and the
#: representative of severely disabled employees; and the recorded market exploration
#: (``request.market_exploration``). A Result without them keeps 1.3 or 1.2.
#: 1.5 added (present only when used): the decisive requirements and knock-outs of each
#: excluded open-source or reuse alternative, the ones the recommendation hangs on, and
#: gap closings (``decisive``; an alternative's ``gap_closing``).
SCHEMA_VERSION = RESULT_SCHEMA
SchemaVersion = Literal["1.2", "1.3", "1.4", "1.5"]

Category = Literal["reuse", "open-source", "proprietary"]
Param = str | int | float | bool | None
YamlPath = list[str | int]


class Message(OutputModel):
    """A finding or reason, as a code with parameters; ``path`` points into the request."""

    code: str
    params: dict[str, Param] = Field(default_factory=dict)
    alternative: str | None = None
    path: YamlPath | None = None


class CriterionInfo(OutputModel):
    id: str
    dimension: str
    kind: Kind
    title: Text
    question: Text
    levels: dict[int, Text] | None
    weight: float
    floor: int | None
    metric: str | None


class DimensionInfo(OutputModel):
    id: str
    title: Text
    description: Text
    weight: float


class DiscountRateInfo(OutputModel):
    value: float
    origin: Literal["request", "catalogue"]
    source: Text
    date: dt.date


class MethodInfo(OutputModel):
    """The parameters this evaluation used, so that a reader can recompute it."""

    profile: str
    profile_title: Text
    profile_rationale: Text
    margin: float
    missing_data: MissingData
    evidence_expiry_months: int
    horizon_years: int
    horizon_origin: Literal["request", "catalogue"]
    discount_rate: DiscountRateInfo
    accepted_licence_refs: list[str]
    max_score: int
    #: Weight per OpenSSF Scorecard risk level (critical, high, medium, low).
    scorecard_risk_weights: dict[str, float] = Field(default_factory=dict)
    #: How the levels of several assessors of one criterion are combined, and the spread
    #: (highest minus lowest level) from which they count as disagreeing.
    assessor_aggregate: Aggregate = "median"
    disagreement_threshold: int = 2
    #: QSOS-style strict selection, when on: which criteria are critical or relevant.
    strict_selection: "StrictSelectionInfo | None" = None
    #: Whether a justification that answers none of the points is a violation of the policy
    #: or a warning (the catalogue's rule).
    unanswered_justification: UnansweredJustification = "violation"
    #: Which licences count as open source (1.3; left out while it is ``osi``).
    licence_rule: LicenceRule = "osi"

    @model_serializer(mode="wrap")
    def _serialise(self, handler: SerializerFunctionWrapHandler) -> Any:
        return omit_defaults(self, handler(self), ("licence_rule",))


class StrictSelectionInfo(OutputModel):
    critical: list[str]
    relevant: list[str]


FloorEffect = Literal["knock-out", "cap"]


class FloorInfo(OutputModel):
    """An evidence floor of the catalogue: what a Scorecard result or a publiccode.yml must
    show, and what follows when it does not (1.3)."""

    id: str
    kind: EvidenceKind
    #: A Scorecard check's name, ``not-archived``, or a publiccode.yml fact.
    test: str
    at_least: int | None = None
    effect: FloorEffect
    criterion: str | None = None
    at_most: int | None = None
    rationale: Text | None = None


class CatalogueInfo(OutputModel):
    id: str
    version: str
    title: Text
    publisher: str | None
    lineage: list[CatalogueRef]
    dimensions: list[DimensionInfo]
    criteria: list[CriterionInfo]
    #: 1.3; left out when the catalogue sets none.
    evidence_floors: list[FloorInfo] = Field(default_factory=list)

    @model_serializer(mode="wrap")
    def _serialise(self, handler: SerializerFunctionWrapHandler) -> Any:
        return omit_defaults(self, handler(self), ("evidence_floors",))


class RequirementInfo(OutputModel):
    id: str
    text: str
    must: bool


class DeviationInfo(OutputModel):
    """A deviation from a check rule that the request records (comply or explain)."""

    rule: str
    alternative: str | None
    criterion: str | None
    justification: str
    approver: str
    decision: str
    decided_on: dt.date | None
    expires: dt.date


class SignOffInfo(OutputModel):
    name: str | None
    role: str | None
    date: dt.date | None


class ProcurementInfo(OutputModel):
    rules: ProcurementRules | None
    threshold: Threshold | None
    procedure: Procedure | None
    competition: bool | None
    note: str | None


class InvolvementInfo(OutputModel):
    """``date`` the body was involved; ``required`` false: not required, ``note`` says why.
    Neither: still to come."""

    date: dt.date | None
    required: bool
    note: str | None


class ExplorationCatalogue(OutputModel):
    """A catalogue the market exploration searched, with its snapshot date and size."""

    name: str
    snapshot: dt.date | None
    entries: int


class ExplorationSearch(OutputModel):
    """One search of the market exploration: the query, its filters, the day, the hits."""

    query: str
    date: dt.date
    raw: bool
    category: list[str]
    country: str | None
    lang: list[str]
    maintained: bool
    status: list[str]
    found: int


class ExplorationHit(OutputModel):
    """A hit and what became of it: ``taken-in`` (as ``alternative``), ``set-aside`` (for
    ``reason``), or ``open`` (neither yet)."""

    repository: str
    name: str
    catalogue: str | None
    outcome: Literal["taken-in", "set-aside", "open"]
    alternative: str | None
    reason: str | None
    note: str | None


class MarketExplorationInfo(OutputModel):
    """The recorded market exploration (Markterkundung, 1.4): what was searched, when, what
    was found and what became of each hit; ``searched_on`` is its newest search, ``stale``
    whether that is older than the evidence expiry before the request date, ``finished``
    whether every hit is decided (only then does it stand in for an open-source
    alternative)."""

    catalogues: list[ExplorationCatalogue]
    searches: list[ExplorationSearch]
    hits: list[ExplorationHit]
    searched_on: dt.date
    stale: bool
    finished: bool


class RequestInfo(OutputModel):
    id: str
    title: str
    organisation: str
    department: str | None
    contact: str | None
    country: str
    date: dt.date
    language: Literal["de", "en"]
    need: str
    budget: float | None
    requirements: list[RequirementInfo]
    proposed: str | None
    justification: str | None
    deviations: list[DeviationInfo] = Field(default_factory=list)
    #: How the market was searched for open-source and reuse solutions, and why none could
    #: be examined (stands in for them when every alternative is proprietary).
    market_search: str | None = None
    #: draft, submitted, approved, rejected or awarded; when and by whom it was decided
    #: (1.3; left out while they hold their defaults).
    status: RequestStatus = "submitted"
    decided_on: dt.date | None = None
    decided_by: str | None = None
    #: What a council paper states besides the evaluation: the budget line and the first
    #: budget year, the award procedure, who prepared and approved the request, and the
    #: involvement of the data protection officer, the staff council and the representative
    #: of severely disabled employees (by those keys).
    budget_line: str | None = None
    first_budget_year: int | None = None
    procurement: ProcurementInfo | None = None
    prepared_by: SignOffInfo | None = None
    approved_by: SignOffInfo | None = None
    involvement: dict[str, InvolvementInfo] = Field(default_factory=dict)
    #: The recorded market exploration (1.4; left out when the request records none).
    market_exploration: MarketExplorationInfo | None = None

    @model_serializer(mode="wrap")
    def _serialise(self, handler: SerializerFunctionWrapHandler) -> Any:
        return omit_defaults(
            self, handler(self), (*DECISION_FIELDS, *COUNCIL_FIELDS, "market_exploration")
        )

    def council_paper(self) -> bool:
        """Whether the request gives anything for the council paper (schema 1.4)."""
        fields = type(self).model_fields
        return any(getattr(self, name) != default_of(fields[name]) for name in COUNCIL_FIELDS)


#: The request's decision fields that schema 1.3 added to :class:`RequestInfo`.
DECISION_FIELDS = ("status", "decided_on", "decided_by")

#: The request's fields for the council paper that schema 1.4 added to :class:`RequestInfo`.
COUNCIL_FIELDS = (
    "budget_line",
    "first_budget_year",
    "procurement",
    "prepared_by",
    "approved_by",
    "involvement",
)


class LicenceResult(OutputModel):
    expression: str
    open_source: bool
    fsf_libre: bool
    freedom_level: int
    licences: list[str]


class StandardUse(OutputModel):
    """A standard an alternative declares, as screened against the shipped list.

    ``criteria`` holds the four openness criteria (free_spec, royalty_free,
    open_participation, independent_body); ``suggestion`` is the closest known name of an
    entry the list does not know.
    """

    declared: str
    id: str | None
    name: str | None
    open: bool | None
    body: str | None = None
    criteria: dict[str, bool] | None = None
    suggestion: str | None = None


class CashFlow(OutputModel):
    year: int
    nominal: float
    discount_factor: float
    present_value: float


class Economics(OutputModel):
    currency: Literal["EUR"]
    horizon_years: int
    discount_rate: float
    one_time: dict[str, float]
    yearly: dict[str, float]
    exit: float
    one_time_total: float
    yearly_total: float
    nominal_total: float
    present_value: float
    present_value_exit: float
    cash_flows: list[CashFlow]


class RequirementCoverage(OutputModel):
    requirement: str
    must: bool
    coverage: Coverage


class ImportedFrom(OutputModel):
    """What one evidence file says about a criterion: a level, and the facts behind it."""

    kind: EvidenceKind
    #: The file as the request names it (relative to the request file).
    file: str
    score: int
    reason: Message


class ImportedScore(OutputModel):
    """The level evidence files give a criterion: the lowest of their levels.

    It fills a criterion nobody assessed; a person's assessment always takes precedence and
    the imported level is then shown beside it. ``date`` is the date of the oldest file that
    states one (Scorecard run, SBOM creation), for the evidence expiry.
    """

    score: int
    sources: list[ImportedFrom]
    date: dt.date | None = None


class AssessorEntry(OutputModel):
    assessor: str
    score: int
    rationale: str | None
    evidence: list[str]
    assessed_on: dt.date | None


class Panel(OutputModel):
    """The levels of several assessors of one criterion and how they were combined."""

    aggregate: Aggregate
    value: int | float
    spread: int
    disagreement: bool
    entries: list[AssessorEntry]


class CriterionScore(OutputModel):
    """One criterion for one alternative: the score, where it came from and what it adds.

    ``source`` is ``assessed`` (a person's score), ``computed`` (from the request data),
    ``imported`` (from evidence files, see ``imported``) or ``missing``.
    ``score`` is a level 0-4; combined from several assessors (``panel``) it may be a
    fraction (a mean, or the median of an even number of levels).
    """

    criterion: str
    dimension: str
    kind: Kind
    source: "ScoreSource"
    score: int | float | None
    passed: bool | None
    value: float | str | None
    rationale: str | None
    evidence: list[str]
    assessed_on: dt.date | None
    assessor: str | None
    weight: float
    contribution: float
    stale: bool
    below_floor: bool
    imported: ImportedScore | None = None
    panel: Panel | None = None
    #: Why a computed value is what it is, where the value alone would mislead (every
    #: present value 0 EUR; a cost against a lowest present value of 0 EUR).
    reason: Message | None = None
    #: The level an evidence floor that is not met limits this criterion to (1.3).
    capped: "Cap | None" = None

    @model_serializer(mode="wrap")
    def _serialise(self, handler: SerializerFunctionWrapHandler) -> Any:
        return omit_defaults(self, handler(self), ("capped",))


class Cap(OutputModel):
    """A criterion limited by evidence floors that are not met: ``score`` is the level it
    had, ``at_most`` the level it counts with (the lowest of the floors' limits)."""

    score: int | float
    at_most: int
    floors: list[str]


FloorStatus = Literal["met", "not-met", "unverified", "not-applicable"]


class FloorOutcome(OutputModel):
    """One evidence floor for one alternative that has a file of the floor's kind.

    ``found`` is the check's score or the fact's value, ``reason`` the Scorecard check's own
    reason text; ``unverified``: the file lacks the check or it was inconclusive;
    ``not-applicable``: the fact does not arise (a contract's end, where maintenance is not
    by contract)."""

    floor: str
    file: str
    status: FloorStatus
    found: int | str | None = None
    reason: str | None = None


class DimensionScore(OutputModel):
    dimension: str
    score: float | None
    weight: float
    contribution: float


KnockOutCode = Literal[
    "must-requirement",
    "floor",
    "knock-out-criterion",
    "budget",
    "seal-minimum",
    "strict-selection",
    "evidence-floor",
]


class KnockOut(OutputModel):
    """Why an alternative is excluded."""

    code: KnockOutCode
    ref: str
    params: dict[str, Param] = Field(default_factory=dict)


class Dependency(OutputModel):
    name: str
    optional: bool
    version: str | None


class Contractor(OutputModel):
    name: str
    until: dt.date


class PubliccodeFacts(OutputModel):
    """What ossfirst read from an alternative's publiccode.yml."""

    file: str
    version: str
    name: str
    url: str | None
    software_version: str | None
    development_status: str
    software_type: str
    platforms: list[str]
    licence: str
    maintenance: str
    contractors: list[Contractor]
    used_by: list[str]
    localisation_ready: bool
    languages: list[str]
    depends_open: list[Dependency] | None
    depends_proprietary: list[Dependency] | None
    depends_hardware: list[Dependency] | None
    supports: list[str]


class ScorecardCheck(OutputModel):
    """One OpenSSF Scorecard check. ``score`` None: inconclusive (-1), left out of the
    aggregate; ``risk`` None: a check ossfirst does not know, also left out."""

    name: str
    score: int | None
    risk: Risk | None
    weight: float
    reason: str | None
    criterion: str | None
    documentation: str | None


class ScorecardFacts(OutputModel):
    """An OpenSSF Scorecard result with the aggregate recomputed with the catalogue's
    risk weights; ``published_score`` is the aggregate the file states."""

    file: str
    repository: str
    commit: str | None
    date: dt.date
    scorecard_version: str
    published_score: float | None
    aggregate: float | None
    checks: list[ScorecardCheck]


class SbomComponent(OutputModel):
    """A component of an SBOM without an open-source licence.

    ``status``: ``proprietary`` (a licence that is not open source), ``commercial`` (used
    under commercial licensing terms), ``unknown`` (no licence stated), ``unidentified`` (a
    licence name that is no SPDX licence). ``own``: supplied by the product's own supplier,
    so part of the product rather than a dependency.
    """

    name: str
    version: str | None
    licence: str | None
    status: Literal["proprietary", "commercial", "unknown", "unidentified"]
    optional: bool
    own: bool


class LicensingTerm(OutputModel):
    """Commercial licensing terms stated in an SBOM (CycloneDX ``licensing``)."""

    component: str
    licence: str | None
    types: list[str]
    expiration: dt.date | None
    licensor: str | None


class SbomFacts(OutputModel):
    """What ossfirst read from an SBOM (CycloneDX or SPDX)."""

    file: str
    standard: Literal["CycloneDX", "SPDX"]
    encoding: Literal["JSON", "XML", "tag-value", "JSON-LD"]
    spec_version: str
    serial_number: str | None
    subject: str | None
    date: dt.date | None
    components: int
    open_source: int
    not_open: list[SbomComponent]
    licensing: list[LicensingTerm]


class EvidenceFacts(OutputModel):
    """The evidence files of one alternative, as read."""

    publiccode: PubliccodeFacts | None = None
    scorecard: ScorecardFacts | None = None
    sbom: SbomFacts | None = None


class EvidenceRef(OutputModel):
    """An evidence file and its SHA-256, for the audit trail."""

    alternative: str
    kind: EvidenceKind
    file: str
    sha256: str


class AlternativeResult(OutputModel):
    id: str
    name: str
    description: str | None
    category: Category
    reuse: bool
    licence: LicenceResult
    deployment: str
    operator_jurisdiction: str
    parent_jurisdiction: str | None
    jurisdiction: str
    providers: int
    #: Who sells or runs it, as the request names it.
    supplier: str | None = None
    standards: list[StandardUse]
    requirements: list[RequirementCoverage]
    economics: Economics
    criteria: list[CriterionScore]
    dimensions: list[DimensionScore]
    total: float
    eligible: bool
    knockouts: list[KnockOut]
    rank: int | None
    evidence: EvidenceFacts = Field(default_factory=EvidenceFacts)
    award: "AwardScore | None" = None
    sovereignty: "FrameworkScore | None" = None
    #: The catalogue's evidence floors, for each file of their kind this alternative has (1.3).
    floors: list[FloorOutcome] = Field(default_factory=list)
    #: Set for the alternative a gap closing adds: what is commissioned, for which
    #: alternative (1.4).
    gap_closing: "GapClosingInfo | None" = None

    @model_serializer(mode="wrap")
    def _serialise(self, handler: SerializerFunctionWrapHandler) -> Any:
        return omit_defaults(self, handler(self), ("floors", "supplier", "gap_closing"))


class GapClosingInfo(OutputModel):
    """Commissioned development that closes named gaps of ``alternative``: the requirements
    met afterwards, its costs (included in the economics as ``gap_closing``), its duration in
    months and where it is published (1.4)."""

    alternative: str
    requirements: list[str]
    one_time: float
    yearly: float
    months: int
    published: Publication
    description: str | None = None


class AwardScore(OutputModel):
    """One alternative under a UfAB award method.

    ``performance`` is L (the total without the price-derived criteria, 0-100), ``price`` is
    P in EUR, ``ratio`` is Z = L / P in points per million EUR (shown to 4 decimals; the
    ranking compares it unrounded); ``price_points`` is the price converted to points under
    ``price-points``. ``value`` is the measure the ranking uses: Z under the Richtwertmethoden,
    the combined points under ``price-points``; ``None`` for an excluded alternative.
    ``in_corridor``: inside the corridor of the extended Richtwertmethode.
    """

    performance: float
    price: float
    ratio: float | None
    price_points: float | None
    value: float | None
    in_corridor: bool | None


class Award(OutputModel):
    """The award method this evaluation used and, for the extended Richtwertmethode, the
    corridor."""

    method: AwardMethod
    price_basis: PriceBasis
    price_criteria: list[str]
    margin_percent: float
    corridor: float | None
    tie_breaker: TieBreaker | None
    conversion: PriceConversion | None
    price_weight: float | None
    performance_weight: float | None
    best_ratio: float | None
    corridor_bound: float | None
    lowest_price: float | None


class ObjectiveScore(OutputModel):
    objective: str
    criterion: str
    seal: int | float | None
    weight: float
    minimum_seal: int
    met: bool


class FrameworkScore(OutputModel):
    """An alternative under the catalogue's sovereignty framework: the assurance level per
    objective, the overall level (the weakest objective's) and the framework's score
    ``sum_n Score(SOV_n) / Max(SOV_n) * Weight_n`` in per cent."""

    objectives: list[ObjectiveScore]
    overall_seal: int | float | None
    score: float


class FrameworkInfo(OutputModel):
    id: str
    title: Text
    version: str
    published: str
    source: Text
    levels: dict[int, Text]
    objectives: list[str]


class WeightThreshold(OutputModel):
    """One dimension weight varied from 0 to 100 % (the others rescaled in proportion): the
    nearest weights below and above the profile's at which the recommendation changes, and
    to which alternative (``None``: no change in that direction)."""

    dimension: str
    weight: float
    lower: float | None
    lower_recommended: str | None
    upper: float | None
    upper_recommended: str | None


class MonteCarlo(OutputModel):
    """Dimension weights drawn from Dirichlet(concentration * profile), with a fixed seed:
    the share of draws in which each alternative is recommended."""

    #: How the weightings are drawn: ``sobol-dirichlet`` version 2 (quasi-random, in
    #: independently shifted sets); version 1, before schema 1.2, drew them at random.
    method: str
    method_version: int
    draws: int
    #: The draws come in this many independently randomised sets.
    sets: int
    concentration: float
    seed: int
    #: Standard deviation, in percentage points, of a weight of 20 % under this
    #: concentration: how far "around the profile" reaches.
    spread_points: float
    shares: dict[str, float]
    #: Half-width of each share's 95 % confidence interval, from the spread between the
    #: sets (``None`` with fewer than two sets; 0 when the shares are exact).
    precision: dict[str, float] | None


class Sensitivity(OutputModel):
    """How far the recommendation depends on the weights of the profile.

    ``holds`` is the Monte-Carlo share of draws that keep the recommendation (``None``
    without Monte-Carlo); ``nearest`` is the threshold closest to its
    profile weight; ``robustness`` grades the result (robust: holds >= 95 % and no threshold
    within 5 points of a weight; sensitive: holds < 75 % or a threshold within 2 points).
    """

    recommended: str
    one_at_a_time: list[WeightThreshold]
    monte_carlo: MonteCarlo | None
    holds: float | None
    nearest: WeightThreshold | None
    nearest_direction: Literal["lower", "upper"] | None
    robustness: Literal["robust", "moderate", "sensitive"]


class Shortfall(OutputModel):
    """Why one open-source (or reuse) alternative was not chosen: the 'why no OSS' point."""

    alternative: str
    category: Category
    excluded: bool
    knockouts: list[KnockOut]
    total: float
    compared_with: str
    lead: float | None
    margin: float
    dimension_gaps: dict[str, float | None]
    #: Under a UfAB ratio method: how far (in per cent of Z) the compared alternative leads.
    lead_percent: float | None = None


VerdictStatus = Literal[
    "conforms",
    "recommendation-only",
    "justified-departure",
    "unjustified-departure",
    "proposal-excluded",
    "no-eligible-alternative",
    "no-oss-considered",
    "justification-missing",
    "justification-unanswered",
]
ScoreSource = Literal["assessed", "computed", "imported", "missing"]


class ReviewPoint(OutputModel):
    """One point a justification is read against, for one alternative compared with the
    proposal.

    ``side`` ``proposal``: a ground for the proposal (the other alternative is excluded by
    it, or the proposal leads in it); ``other``: the other alternative leads in it, which the
    justification has to answer. ``value``: the lead in points (a dimension), the difference
    of the present values in EUR (``cost``), ``None`` for a knock-out. ``named``: the
    justification names it (its id, or its title in German or English).
    """

    kind: Literal["requirement", "criterion", "dimension", "budget", "cost"]
    ref: str
    alternative: str
    side: Literal["proposal", "other"]
    value: float | None
    named: bool


class Citation(OutputModel):
    """A requirement, criterion or dimension the justification names, and whether it
    supports the proposal: ``ground`` (it does), ``not-a-must`` (a requirement that excludes
    nobody), ``met-by-other`` (the compared alternatives meet or pass it as well),
    ``proposal-does-not-lead`` (the proposal scores no higher than they do)."""

    kind: Literal["requirement", "criterion", "dimension"]
    ref: str
    supports: bool
    reason: Literal["ground", "not-a-must", "met-by-other", "proposal-does-not-lead"]


class JustificationReview(OutputModel):
    """A written justification read against the points it has to answer.

    ``compared``: the alternatives the proposal is measured against (every open-source and
    reuse alternative for a proprietary proposal, else the recommended one). ``answered``:
    it names at least one ground for the proposal (always true when there is none to name).
    """

    compared: list[str]
    points: list[ReviewPoint]
    citations: list[Citation]
    answered: bool


class Verdict(OutputModel):
    """The policy verdict, computed once for every output and for ``ossfirst check``.

    ``breaches`` lists every point on which the request breaks the Open Source first policy,
    each as the id of the check rule that reports it, with the place in the request; the
    policy holds exactly when there is none. ``status`` names the most fundamental of them
    (or how the policy is kept).
    """

    status: VerdictStatus
    policy_holds: bool
    recommended: str | None
    proposed: str | None
    justification_required: bool
    justification: str | None
    reasons: list[Message]
    breaches: list[Message] = Field(default_factory=list)
    justification_review: JustificationReview | None = None


class Gap(OutputModel):
    """A criterion whose score is missing, stale or undocumented. Never dropped silently."""

    alternative: str
    criterion: str
    reason: Literal["unassessed", "stale", "future-date", "undocumented", "no-data", "disagreement"]
    params: dict[str, Param] = Field(default_factory=dict)
    path: YamlPath | None = None


class Relaxation(OutputModel):
    """A must-requirement or knock-out relaxed for the whole request (a must-requirement
    counts as wished for, a knock-out excludes nobody), and the alternative then
    recommended."""

    code: KnockOutCode
    ref: str
    recommended: str | None


class Exclusion(OutputModel):
    """An excluded open-source or reuse alternative and what excludes it.

    ``knockouts`` are the must-requirements and knock-outs that exclude it: all of them
    have to go for it to be eligible, so together they are the one minimal set that does;
    ``single``: one alone does. ``recommended_without`` is the recommendation with all of
    them relaxed for the whole request. ``compared_with`` is the proposal (else the
    recommendation), and ``present_value_difference`` its present value minus this
    alternative's: what would be available to close the gaps (negative: this alternative
    costs more). ``closed_by``: the gap closing the request describes for it."""

    alternative: str
    category: Category
    knockouts: list[KnockOut]
    single: bool
    recommended_without: str | None
    recommended: bool
    compared_with: str | None
    present_value_difference: float | None
    closed_by: str | None = None


class Closing(OutputModel):
    """An alternative with its gaps closed, compared with the proposal (else the
    recommendation): its eligibility and rank, whether it is recommended, the present
    value of the compared alternative minus its own (positive: it is cheaper, the
    commissioned development included) and its total minus theirs (positive: it leads)."""

    alternative: str
    variant: str
    eligible: bool
    rank: int | None
    recommended: bool
    compared_with: str | None
    present_value_difference: float | None
    total_difference: float | None


class Decisive(OutputModel):
    """What the decision rests on besides the weights (1.4): for every excluded open-source
    or reuse alternative what excludes it (``exclusions``); the single must-requirements and
    knock-outs whose relaxation alone would change the recommendation (``hangs_on``); and
    every alternative with its gaps closed compared with the proposal (``closings``)."""

    exclusions: list[Exclusion]
    hangs_on: list[Relaxation]
    closings: list[Closing]


class Audit(OutputModel):
    tool: Literal["ossfirst"]
    tool_version: str
    request_file: str
    request_sha256: str
    catalogue_id: str
    catalogue_version: str
    catalogue_sha256: str
    spdx_list_version: str
    standards_list_version: str
    evidence: list[EvidenceRef] = Field(default_factory=list)


class Result(OutputModel):
    schema_version: SchemaVersion
    request: RequestInfo
    catalogue: CatalogueInfo
    method: MethodInfo
    alternatives: list[AlternativeResult]
    ranking: list[str]
    verdict: Verdict
    why_no_oss: list[Shortfall]
    gaps: list[Gap]
    warnings: list[Message]
    audit: Audit
    award: Award | None = None
    sensitivity: Sensitivity | None = None
    sovereignty_framework: FrameworkInfo | None = None
    #: The decisive requirements and gap closings (1.4; left out when there are none).
    decisive: Decisive | None = None

    @model_serializer(mode="wrap")
    def _serialise(self, handler: SerializerFunctionWrapHandler) -> Any:
        return omit_defaults(self, handler(self), ("decisive",))

    def alternative(self, alternative_id: str) -> AlternativeResult:
        for alternative in self.alternatives:
            if alternative.id == alternative_id:
                return alternative
        raise KeyError(alternative_id)
