# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The criteria catalogue: dimensions, criteria, weight profiles and policy parameters.

Two shapes exist. :class:`CatalogueFile` is what a YAML file holds: the standard catalogue
is complete, a municipality's catalogue may ``extends:`` another and add or override parts.
:class:`Catalogue` is the resolved, complete catalogue the engine works with.
"""

import hashlib
from typing import Annotated, Any, Literal

from pydantic import Field, SerializerFunctionWrapHandler, StringConstraints, model_serializer

from ossfirst.model import limits
from ossfirst.model.common import (
    CriterionId,
    Date,
    DimensionId,
    Flag,
    Identifier,
    Model,
    NonEmpty,
    NotBoolean,
    Text,
    omit_defaults,
)

MAX_SCORE = 4
Score = Annotated[int, Field(ge=0, le=MAX_SCORE), NotBoolean]
Percent = Annotated[float, Field(ge=0, le=100), NotBoolean]
Kind = Literal["assessed", "computed", "knock-out"]
#: QSOS-style marks for strict selection: a critical criterion must reach the top level, a
#: relevant one must not stay at the bottom.
Selection = Literal["critical", "relevant"]
AwardMethod = Literal["weighted", "ufab-simple", "ufab-extended", "price-points"]
TieBreaker = Literal["highest-performance", "lowest-price"]
PriceBasis = Literal["present-value", "nominal"]
PriceConversion = Literal["ratio", "one-sided", "two-sided"]
Aggregate = Literal["mean", "median"]
#: UfAB: the corridor (Schwankungsbreite) of the extended Richtwertmethode is at most 10 %.
MAX_CORRIDOR = 0.10

#: Metrics the engine computes from request data, and the direction in which they are better.
NUMERIC_METRICS: dict[str, Literal["higher", "lower"]] = {
    "tco-ratio": "lower",
    "exit-cost-share": "lower",
    "open-standards-share": "higher",
    "requirements-coverage": "higher",
    "providers": "higher",
    "operators": "higher",
}
#: Metrics whose value is a category; the catalogue maps each category to a level.
CATEGORY_METRICS: dict[str, tuple[str, ...]] = {
    "deployment": ("on-premises", "private-cloud", "public-cloud", "saas"),
    "jurisdiction": ("domestic", "eu", "eu-foreign-parent", "adequacy", "third-country"),
    # The state of an alternative's exit plan (request: exit_plan).
    "exit-plan": ("none", "incomplete", "untested", "expired", "tested"),
    # Whether an existing framework or support contract covers it (framework_contract).
    "framework-contract": ("none", "partial", "joinable", "expires", "covered"),
}
#: Metrics with a fixed mapping written out in the criterion's levels.
FIXED_METRICS = ("licence-freedom",)
Metric = Literal[
    "tco-ratio",
    "exit-cost-share",
    "open-standards-share",
    "requirements-coverage",
    "providers",
    "deployment",
    "jurisdiction",
    "licence-freedom",
    "operators",
    "exit-plan",
    "framework-contract",
]
#: What counts as open source: OSI approval (the standard), both the OSI and the FSF list
#: (France's SILL), or either list.
LicenceRule = Literal["osi", "osi-and-fsf", "osi-or-fsf"]
#: ``source:question`` in the catalogue's ``sources``.
AnswerRef = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,47}:[a-z0-9][a-z0-9.-]{0,47}$")
]


class Computation(Model):
    """How a computed criterion turns request data into a level.

    Numeric metrics use ``thresholds``: four values, the bounds of levels 4, 3, 2 and 1 (for
    a metric where lower is better, a value at or below the first gives 4; where higher is
    better, at or above). Category metrics use ``levels``: a level per category.
    """

    metric: Metric
    thresholds: list[float] | None = Field(default=None, min_length=4, max_length=4)
    levels: dict[str, Score] | None = None


class Criterion(Model):
    """One thing an alternative is judged on."""

    id: CriterionId
    kind: Kind
    title: Text
    question: Text
    guidance: Text | None = None
    levels: dict[Score, Text] | None = None
    weight: Annotated[float, Field(ge=0, le=1000), NotBoolean] = 0
    floor: Annotated[int, Field(ge=1, le=MAX_SCORE), NotBoolean] | None = None
    computation: Computation | None = None
    selection: Selection | None = None
    #: The questions of the catalogue's sources this criterion answers (``source:question``).
    answers: list[AnswerRef] = Field(default_factory=list)

    @model_serializer(mode="wrap")
    def _serialise(self, handler: SerializerFunctionWrapHandler) -> Any:
        return omit_defaults(self, handler(self), ("answers",))

    @property
    def dimension(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def scored(self) -> bool:
        return self.kind != "knock-out"


class Dimension(Model):
    id: DimensionId
    title: Text
    description: Text


class Profile(Model):
    """Weights of the dimensions in per cent, with the reason for them."""

    title: Text
    rationale: Text
    weights: dict[DimensionId, Percent] = Field(max_length=limits.DIMENSIONS)


#: Bounds shared by the catalogue's policy and a request that overrides it. Discount rates
#: may be negative: the federal rates for economic-efficiency studies were in 2020-2022.
MIN_RATE, MAX_RATE = -0.05, 0.2
Rate = Annotated[float, Field(ge=MIN_RATE, le=MAX_RATE), NotBoolean]
HorizonYears = Annotated[int, Field(ge=1, le=30), NotBoolean]
ExpiryMonths = Annotated[int, Field(ge=1, le=120), NotBoolean]
MissingData = Literal["zero", "renormalise"]
#: What a justification that answers none of the points is: a violation of the policy (the
#: default) or a warning.
UnansweredJustification = Literal["violation", "warning"]
Draws = Annotated[int, Field(ge=0, le=limits.DRAWS), NotBoolean]
Concentration = Annotated[float, Field(gt=0, le=100_000), NotBoolean]
Corridor = Annotated[float, Field(ge=0, le=MAX_CORRIDOR), NotBoolean]
PriceWeight = Annotated[float, Field(gt=0, lt=1), NotBoolean]


class DiscountRate(Model):
    value: Rate
    source: Text
    date: Date


RiskWeight = Percent


class ScorecardWeights(Model):
    """Weights of the OpenSSF Scorecard risk levels in the aggregate ossfirst recomputes.

    The defaults are those OpenSSF Scorecard uses for its own aggregate.
    """

    critical: RiskWeight = 10
    high: RiskWeight = 7.5
    medium: RiskWeight = 5
    low: RiskWeight = 2.5


class SensitivitySettings(Model):
    """How the robustness of a recommendation is tested.

    Monte-Carlo draws dimension weights from a Dirichlet distribution centred on the profile:
    ``Dirichlet(concentration * w)`` has mean ``w`` and gives a weight ``w`` a standard
    deviation of ``sqrt(w (1 - w) / (concentration + 1))``; with the default 60 a weight of
    20 % varies by about 5 percentage points. ``draws: 0`` turns Monte-Carlo off.
    """

    draws: Draws = 10_000
    concentration: Concentration = 60.0
    seed: Annotated[int, Field(ge=0, le=2**32 - 1), NotBoolean] = 20_261_120


class AssessorPolicy(Model):
    """How the scores of several assessors of one criterion are combined."""

    aggregate: Aggregate = "median"
    #: Assessors disagree when their highest and lowest level differ by this much or more.
    disagreement: Annotated[int, Field(ge=1, le=MAX_SCORE), NotBoolean] = 2


class AwardPolicy(Model):
    """How eligible alternatives are compared (the award method).

    ``weighted``: the weighted total, price included as the cost criterion. The UfAB methods
    (Unterlage für Ausschreibung und Bewertung von IT-Leistungen) compare performance points
    ``L`` (the total without the price-derived criteria) with the price ``P``:
    ``ufab-simple`` by ``Z = L / P``; ``ufab-extended`` also by ``Z``, but every alternative
    within ``corridor`` of the best ``Z`` counts as equal and the announced ``tie_breaker``
    decides among them; ``price-points`` turns the price into points (``conversion``) and
    adds them to ``L`` with ``price_weight``.
    """

    method: AwardMethod = "weighted"
    corridor: Corridor | None = None
    tie_breaker: TieBreaker | None = None
    price_basis: PriceBasis = "present-value"
    conversion: PriceConversion = "ratio"
    price_weight: PriceWeight | None = None
    #: OSS-first margin under the UfAB ratio methods, in per cent of ``Z``.
    margin_percent: Percent = 10.0


class Policy(Model):
    """The OSS-first policy parameters of a catalogue."""

    margin: Percent
    missing_data: MissingData
    evidence_expiry_months: ExpiryMonths
    discount_rate: DiscountRate
    horizon_years: HorizonYears
    default_profile: Identifier
    #: ``LicenseRef-*`` identifiers this catalogue accepts as open source (e.g. a licence of
    #: the body's own); every other ``LicenseRef-*`` counts as proprietary.
    accepted_licence_refs: list[str] = Field(default_factory=list, max_length=100)
    #: How the checks of an OpenSSF Scorecard result are weighted by their risk level.
    scorecard_risk_weights: ScorecardWeights = Field(default_factory=ScorecardWeights)
    sensitivity: SensitivitySettings = Field(default_factory=SensitivitySettings)
    assessors: AssessorPolicy = Field(default_factory=AssessorPolicy)
    award: AwardPolicy = Field(default_factory=AwardPolicy)
    #: QSOS-style strict selection: eliminate an alternative whose ``critical`` criterion is
    #: below the top level or whose ``relevant`` criterion is at the bottom.
    strict_selection: Flag = False
    #: A written justification that names none of the points on which the compared
    #: alternatives fall short (the requirements and criteria that exclude them, the
    #: dimensions in which the proposal leads) is a violation of the policy, or a warning.
    unanswered_justification: UnansweredJustification = "violation"
    #: Which licences count as open source: in the licence-freedom criterion, the
    #: classification of the alternatives and the report's wording.
    licence_rule: LicenceRule = "osi"

    @model_serializer(mode="wrap")
    def _serialise(self, handler: SerializerFunctionWrapHandler) -> Any:
        return omit_defaults(self, handler(self), ("licence_rule",))


Version = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$")]


class PolicyPatch(Model):
    """Policy parameters a local catalogue overrides; absent keys are inherited."""

    margin: Percent | None = None
    missing_data: MissingData | None = None
    evidence_expiry_months: ExpiryMonths | None = None
    discount_rate: DiscountRate | None = None
    horizon_years: HorizonYears | None = None
    default_profile: Identifier | None = None
    accepted_licence_refs: list[str] | None = Field(default=None, max_length=100)
    scorecard_risk_weights: ScorecardWeights | None = None
    sensitivity: SensitivitySettings | None = None
    assessors: AssessorPolicy | None = None
    award: AwardPolicy | None = None
    strict_selection: Flag | None = None
    unanswered_justification: UnansweredJustification | None = None
    licence_rule: LicenceRule | None = None


class CriterionOverride(Model):
    """What a local catalogue may change in an inherited criterion."""

    weight: Annotated[float, Field(ge=0, le=1000), NotBoolean] | None = None
    floor: Annotated[int, Field(ge=1, le=MAX_SCORE), NotBoolean] | None = None
    computation: Computation | None = None
    selection: Selection | None = None


ObjectiveId = Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9]{0,15}-[0-9]{1,3}$")]
Published = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$")]


class FrameworkObjective(Model):
    """One objective of a sovereignty framework, assessed through one catalogue criterion
    whose level is the objective's assurance level (SEAL)."""

    id: ObjectiveId
    criterion: CriterionId
    minimum_seal: Score = 0


class SovereigntyFramework(Model):
    """A sovereignty framework such as the EU Cloud Sovereignty Framework: objectives with
    weights (the weights of their criteria), assurance levels 0-4 per objective, minimum
    levels that act as knock-outs, and the overall level as the weakest objective's."""

    id: Identifier
    title: Text
    version: Version
    published: Published
    source: Text
    levels: dict[Score, Text]
    objectives: list[FrameworkObjective] = Field(min_length=1, max_length=20)


QuestionId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9.-]{0,47}$")]
SourceId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,47}$")]


#: When a source was published: a year, a month or a day.
SourceDate = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")]


class Source(Model):
    """A published set of assessment criteria the catalogue answers, with its questions:
    ``docs/criteria-coverage.md`` maps them to the criteria."""

    #: How the coverage table names it (``DORA Art. 28(8)``).
    short: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    title: Text
    publisher: NonEmpty
    published: SourceDate
    url: NonEmpty | None = None
    #: The source's state where it matters (a draft, a consultation).
    status: Text | None = None
    questions: dict[QuestionId, Text] = Field(min_length=1)


class Omission(Model):
    """What the catalogue deliberately leaves out, and why."""

    topic: Text
    reason: Text
    #: The questions of the sources it concerns (``source:question``).
    answers: list[AnswerRef] = Field(default_factory=list)


#: Facts of a publiccode.yml a floor can require: maintenance type not ``none``, a
#: maintenance contract (``maintenance/type: contract``) whose last ``until`` lies after the
#: request date, and ``developmentStatus: stable``.
PubliccodeFact = Literal["maintained", "contract-current", "stable"]
#: The name of a Scorecard check (``Maintained``), or ``not-archived``: the repository is not
#: archived (Scorecard's Maintained check says so in its reason).
ScorecardTest = Annotated[str, StringConstraints(pattern=r"^[A-Za-z][A-Za-z-]{0,63}$")]
NOT_ARCHIVED = "not-archived"


class FloorCap(Model):
    """What a floor that is not met does to a criterion: it counts at most this level."""

    criterion: CriterionId
    at_most: Annotated[int, Field(ge=0, le=MAX_SCORE - 1), NotBoolean]


class EvidenceFloor(Model):
    """A behaviour an evidence file must show, as a knock-out or as a cap on a criterion.

    OpenSSF Scorecard's maintainers advise requiring specific checks rather than a pass mark
    on the aggregate: ``scorecard: Maintained`` with ``at_least: 5``. A floor applies to an
    alternative whose evidence files include the kind; one without such a file is not
    judged by it (the report says so).
    """

    id: Identifier
    scorecard: ScorecardTest | None = None
    at_least: Annotated[int, Field(ge=0, le=10), NotBoolean] | None = None
    publiccode: PubliccodeFact | None = None
    then: Literal["knock-out"] | FloorCap
    rationale: Text | None = None


class CatalogueFile(Model):
    """A catalogue as written in YAML."""

    ossfirst_catalogue: Literal[1]
    id: Identifier
    version: Version
    title: Text
    description: Text | None = None
    publisher: NonEmpty | None = None
    extends: NonEmpty | None = None
    policy: PolicyPatch | None = None
    dimensions: list[Dimension] | None = Field(default=None, max_length=limits.DIMENSIONS)
    criteria: list[Criterion] = Field(default_factory=list, max_length=limits.CRITERIA)
    overrides: dict[CriterionId, CriterionOverride] = Field(
        default_factory=dict, max_length=limits.CRITERIA
    )
    profiles: dict[Identifier, Profile] = Field(default_factory=dict, max_length=limits.PROFILES)
    sovereignty_framework: SovereigntyFramework | None = None
    evidence_floors: list[EvidenceFloor] = Field(default_factory=list)
    sources: dict[SourceId, Source] = Field(default_factory=dict)
    omissions: list[Omission] = Field(default_factory=list)


class CatalogueRef(Model):
    """One link of a catalogue's lineage: which file, which version, which content."""

    id: str
    version: str
    sha256: str


class Catalogue(Model):
    """A resolved catalogue: complete, checked, ready for the engine."""

    id: str
    version: str
    title: Text
    description: Text | None = None
    publisher: str | None = None
    lineage: list[CatalogueRef]
    policy: Policy
    dimensions: list[Dimension]
    criteria: list[Criterion]
    profiles: dict[str, Profile]
    sovereignty_framework: SovereigntyFramework | None = None
    evidence_floors: list[EvidenceFloor] = Field(default_factory=list)
    sources: dict[str, Source] = Field(default_factory=dict)
    omissions: list[Omission] = Field(default_factory=list)

    @model_serializer(mode="wrap")
    def _serialise(self, handler: SerializerFunctionWrapHandler) -> Any:
        return omit_defaults(self, handler(self), ("evidence_floors", "sources", "omissions"))

    def criterion(self, criterion_id: str) -> Criterion | None:
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                return criterion
        return None

    def criteria_of(self, dimension: str) -> list[Criterion]:
        return [c for c in self.criteria if c.dimension == dimension]


#: The digest of each catalogue object this process evaluated with, by identity: catalogues
#: are frozen and a process keeps the ones it loaded (check's and the portfolio's workers
#: evaluate thousands of requests against one), and serialising a catalogue costs more than
#: evaluating a small request. A compiled shipped catalogue comes with its digest, computed
#: when it was compiled (:func:`remember_digest`).
_DIGESTS: dict[int, tuple[Catalogue, str]] = {}


def digest(catalogue: Catalogue) -> str:
    """SHA-256 of the resolved catalogue's canonical JSON form."""
    known = _DIGESTS.get(id(catalogue))
    if known is not None and known[0] is catalogue:
        return known[1]
    found = hashlib.sha256(catalogue.model_dump_json().encode("utf-8")).hexdigest()
    remember_digest(catalogue, found)
    return found


def remember_digest(catalogue: Catalogue, found: str) -> None:
    """Keep ``found`` as the digest of ``catalogue`` (this object) for :func:`digest`."""
    if len(_DIGESTS) >= 16:
        _DIGESTS.clear()
    _DIGESTS[id(catalogue)] = (catalogue, found)
