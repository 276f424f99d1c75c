# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The procurement request: the need, the requirements and the alternatives."""

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from ossfirst.model import limits
from ossfirst.model.catalogue import (
    AwardMethod,
    AwardPolicy,
    Catalogue,
    Concentration,
    Corridor,
    Draws,
    ExpiryMonths,
    HorizonYears,
    PriceBasis,
    PriceConversion,
    PriceWeight,
    Rate,
    Score,
    TieBreaker,
)
from ossfirst.model.common import (
    CriterionId,
    Date,
    FileId,
    Flag,
    Identifier,
    Model,
    Money,
    NonEmpty,
    NotBoolean,
)
from ossfirst.model.evidence import EVIDENCE_KINDS, EvidenceKind

Deployment = Literal["on-premises", "private-cloud", "public-cloud", "saas"]
#: Where a request stands: written but not handed in, handed in for a decision (the default),
#: approved, rejected, or awarded (the contract is placed).
RequestStatus = Literal["draft", "submitted", "approved", "rejected", "awarded"]
#: The statuses of a decided request.
DECIDED: tuple[RequestStatus, ...] = ("approved", "rejected", "awarded")
Coverage = Literal["met", "partial", "unmet"]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
Name = Annotated[str, StringConstraints(min_length=1, max_length=limits.NAME)]
#: Where the evidence for an assessment is: one reference or a list of them.
References = (
    Annotated[list[NonEmpty], Field(max_length=limits.EVIDENCE_REFERENCES)] | NonEmpty | None
)


class Requirement(Model):
    """A requirement of the need; ``must: true`` makes it a knock-out."""

    id: Identifier
    text: NonEmpty
    must: Flag = False


class Costs(Model):
    """Costs in EUR. One-time costs fall at the start, yearly costs at the end of each year of
    the horizon, the exit cost (migrating out at the end) at the horizon."""

    one_time: dict[Identifier, Money] = Field(default_factory=dict, max_length=limits.COST_ITEMS)
    yearly: dict[Identifier, Money] = Field(default_factory=dict, max_length=limits.COST_ITEMS)
    exit: Money = 0


def _as_list(evidence: list[str] | str | None) -> list[str]:
    if evidence is None:
        return []
    return [evidence] if isinstance(evidence, str) else list(evidence)


class AssessorScore(Model):
    """One named assessor's level for a criterion; rationale, evidence and date default to
    those of the assessment it belongs to."""

    assessor: Name
    score: Score
    rationale: NonEmpty | None = None
    evidence: References = None
    assessed_on: Date | None = None

    def evidence_list(self) -> list[str]:
        return _as_list(self.evidence)


class Assessment(Model):
    """A person's judgement of one criterion for one alternative.

    Scored criteria take ``score`` (0-4, or empty while not yet assessed), or ``scores`` from
    several named assessors, which the catalogue's rule combines (median or mean); knock-out
    criteria take ``passed``.
    """

    score: Score | None = None
    scores: list[AssessorScore] | None = Field(
        default=None, min_length=1, max_length=limits.ASSESSORS
    )
    passed: Flag | None = None
    rationale: NonEmpty | None = None
    evidence: References = None
    assessed_on: Date | None = None
    assessor: Name | None = None

    def evidence_list(self) -> list[str]:
        return _as_list(self.evidence)


EvidencePath = Annotated[str, StringConstraints(min_length=1, max_length=1000)]


class EvidenceFiles(Model):
    """Evidence files that describe an alternative, as paths relative to the request file.

    Each must lie inside the repository that holds the request (the nearest parent directory
    with a ``.git``, else the request's own directory).
    """

    publiccode: EvidencePath | None = None
    scorecard: EvidencePath | None = None
    sbom: EvidencePath | None = None

    def declared(self) -> list[tuple[EvidenceKind, str]]:
        """The declared files as (kind, path), in reading order."""
        found = ((kind, getattr(self, kind)) for kind in EVIDENCE_KINDS)
        return [(kind, path) for kind, path in found if path is not None]


class ExitPlan(Model):
    """A documented plan for leaving this alternative (DORA Art. 28(8), EBA/GL/2019/02): where
    it is, what it lays down on roles, triggers, the target system and the data export, when it
    was last tested and reviewed, and how often that is to be repeated."""

    document: NonEmpty
    roles: NonEmpty | None = None
    triggers: NonEmpty | None = None
    target: NonEmpty | None = None
    data_export: NonEmpty | None = None
    tested_on: Date | None = None
    #: The last review; without it, the test counts as the review.
    reviewed_on: Date | None = None
    #: How often test and review are due; without it, the catalogue's evidence expiry.
    review_months: ExpiryMonths | None = None

    def missing(self) -> list[str]:
        """The parts a complete plan has and this one lacks."""
        return [
            name
            for name in ("roles", "triggers", "target", "data_export")
            if getattr(self, name) is None
        ]


ContractHolder = Literal["body", "service-provider", "other-body"]


class FrameworkContract(Model):
    """An existing framework or support contract that covers this alternative."""

    name: NonEmpty
    #: Whose contract: the body's own, its IT service provider's, or another body's, which
    #: the body must first join.
    holder: ContractHolder
    #: Whether it covers supply and support fully or only in part.
    scope: Literal["full", "partial"] = "full"
    until: Date


#: Where commissioned development is published: to the project itself (upstream), on
#: openCoDE, or not at all.
Publication = Literal["upstream", "opencode", "none"]
#: The suffix of the id of the alternative a gap closing adds (``openris+gap-closing``).
GAP_CLOSING_SUFFIX = "+gap-closing"


class GapClosing(Model):
    """Development the body would commission to close named gaps of an open-source
    alternative: the requirements it would meet afterwards, what it costs once and every
    year, how many months it takes, and where the result is published. ossfirst evaluates the
    alternative with the gaps closed as an alternative of its own (``<id>+gap-closing``)."""

    requirements: list[Identifier] = Field(min_length=1, max_length=limits.REQUIREMENTS)
    #: The name of the alternative with the gaps closed; without it, the alternative's name
    #: followed by the requirement ids.
    name: Name | None = None
    one_time: Money
    yearly: Money = 0
    months: Annotated[int, Field(ge=0, le=120), NotBoolean]
    published: Publication
    description: NonEmpty | None = None


class Alternative(Model):
    """One way to meet the need: an open-source or a proprietary product and how it is run."""

    id: Identifier
    name: Name
    description: NonEmpty | None = None
    licence: Annotated[str, StringConstraints(min_length=1, max_length=500)]
    reuse: Flag = False
    deployment: Deployment
    operator_jurisdiction: CountryCode
    parent_jurisdiction: CountryCode | None = None
    providers: Annotated[int, Field(ge=0, le=100_000), NotBoolean]
    #: Who sells or runs it (a firm, a public IT service provider), for supplier concentration.
    supplier: Name | None = None
    #: Independent parties that may and can run this software with the body's data, the
    #: intended operator included.
    operators: Annotated[int, Field(ge=1, le=100_000), NotBoolean] | None = None
    #: The exit plan, or ``none`` to record that there is none.
    exit_plan: ExitPlan | Literal["none"] | None = None
    #: An existing framework or support contract, or ``none`` to record that there is none.
    framework_contract: FrameworkContract | Literal["none"] | None = None
    standards: list[Annotated[str, StringConstraints(min_length=1, max_length=100)]] = Field(
        default_factory=list, max_length=limits.STANDARDS
    )
    #: publiccode.yml, OpenSSF Scorecard JSON and CycloneDX SBOM of this alternative.
    evidence: EvidenceFiles | None = None
    costs: Costs
    requirements: dict[Identifier, Coverage] = Field(
        default_factory=dict, max_length=limits.REQUIREMENTS
    )
    assessments: dict[CriterionId, Assessment] = Field(
        default_factory=dict, max_length=limits.CRITERIA
    )
    #: Commissioned development that would close named gaps (open-source alternatives only).
    gap_closing: GapClosing | None = None


#: The pattern of what ``proposed`` names: an identifier, with ``+gap-closing`` after it
#: for an alternative with its gaps closed.
PROPOSED_ID = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}(\+gap-closing)?$"
#: What ``proposed`` names: an alternative, or one with its gaps closed.
ProposedId = Annotated[str, StringConstraints(pattern=PROPOSED_ID)]


#: A check rule id, as ``ossfirst check`` names it (``stale-evidence``).
RuleId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{0,63}$")]


class Deviation(Model):
    """A recorded, approved exception from one rule of ``ossfirst check`` (comply or explain).

    While it is in force, the findings it covers are shown as notes, never hidden; from the day
    after ``expires`` they count again. ``alternative`` and ``criterion`` narrow it to findings
    about that alternative or criterion.
    """

    rule: RuleId
    alternative: Identifier | None = None
    criterion: CriterionId | None = None
    justification: NonEmpty
    approver: Name
    decision: NonEmpty
    decided_on: Date | None = None
    expires: Date


class AwardChoice(Model):
    """The award method a request announces; absent keys come from the catalogue."""

    method: AwardMethod | None = None
    corridor: Corridor | None = None
    tie_breaker: TieBreaker | None = None
    price_basis: PriceBasis | None = None
    conversion: PriceConversion | None = None
    price_weight: PriceWeight | None = None


class SensitivityChoice(Model):
    """Monte-Carlo settings of a request; absent keys come from the catalogue."""

    draws: Draws | None = None
    concentration: Concentration | None = None


class StrictSelection(Model):
    """QSOS-style strict selection for this request: criteria marked critical must reach the
    top level, criteria marked relevant must not stay at the bottom."""

    critical: list[CriterionId] = Field(default_factory=list, max_length=limits.CRITERIA)
    relevant: list[CriterionId] = Field(default_factory=list, max_length=limits.CRITERIA)


#: Why a hit of the market exploration was not taken in as an alternative.
SetAsideReason = Literal[
    "function-missing",
    "not-relevant",
    "country-specific",
    "not-maintained",
    "not-mature",
    "wrong-platform",
    "licence-not-open",
    "language-missing",
    "duplicate",
    "other",
]
DevelopmentStatus = Literal["concept", "development", "beta", "stable", "obsolete"]
Count = Annotated[int, Field(ge=0, le=100_000_000)]


class SearchedCatalogue(Model):
    """A catalogue the market exploration searched: its name in the index, the day its
    snapshot was taken, and how many entries it held."""

    name: Name
    snapshot: Date | None = None
    entries: Count


class MarketSearch(Model):
    """One search of the market exploration: the query as typed, its filters, the day, and
    how many entries matched."""

    query: Annotated[str, StringConstraints(min_length=1, max_length=500)]
    date: Date
    raw: bool = False
    category: list[Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]{1,64}$")]] = Field(
        default_factory=list, max_length=20
    )
    country: CountryCode | None = None
    lang: list[Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]] = Field(
        default_factory=list, max_length=20
    )
    maintained: bool = False
    status: list[DevelopmentStatus] = Field(default_factory=list, max_length=5)
    found: Count


class MarketHit(Model):
    """A catalogue entry the exploration found, and what became of it: taken in as the
    alternative ``alternative``, or set aside for a reason (``other`` needs a note)."""

    repository: Annotated[str, StringConstraints(min_length=1, max_length=500)]
    name: Name
    catalogue: Name | None = None
    alternative: Identifier | None = None
    set_aside: SetAsideReason | None = None
    note: NonEmpty | None = None


class MarketExploration(Model):
    """The search for open-source candidates before buying (Markterkundung): the
    catalogues searched, the searches, and every hit with its outcome."""

    catalogues: list[SearchedCatalogue] = Field(min_length=1, max_length=limits.MARKET_CATALOGUES)
    searches: list[MarketSearch] = Field(min_length=1, max_length=limits.MARKET_SEARCHES)
    hits: list[MarketHit] = Field(default_factory=list, max_length=limits.MARKET_HITS)


class SignOff(Model):
    """Who prepared (Verfasser) or approved (Freigabe) the request, in what role, and when;
    what is not known yet stays empty (the council paper then says it is missing)."""

    name: Name | None = None
    role: Name | None = None
    date: Date | None = None


#: The award rules: UVgO below the EU threshold, VgV above it, or others (a state's own).
ProcurementRules = Literal["uvgo", "vgv", "other"]
Threshold = Literal["below-eu", "above-eu"]
#: The award procedure, in the terms both rules share (UVgO: Öffentliche Ausschreibung,
#: Beschränkte Ausschreibung, Verhandlungsvergabe, Direktauftrag; VgV: offenes Verfahren,
#: nicht offenes Verfahren, Verhandlungsverfahren, wettbewerblicher Dialog,
#: Innovationspartnerschaft), and the ways without an award procedure of one's own.
Procedure = Literal[
    "open",
    "restricted",
    "negotiated",
    "competitive-dialogue",
    "innovation-partnership",
    "direct-award",
    "framework-call-off",
    "in-house",
    "other",
]


class Procurement(Model):
    """How the purchase is awarded: the rules, where the estimated value stands against the
    EU threshold, the procedure and whether a call for competition (Teilnahmewettbewerb)
    comes first."""

    rules: ProcurementRules | None = None
    threshold: Threshold | None = None
    procedure: Procedure | None = None
    competition: Flag | None = None
    note: NonEmpty | None = None


class Involvement(Model):
    """The involvement of one body (Beteiligung): the ``date`` it was involved, or
    ``required: false`` and in ``note`` why not; ``note`` may also hold its outcome. With
    neither, the involvement is still to come."""

    date: Date | None = None
    required: Flag = True
    note: NonEmpty | None = None


class Involvements(Model):
    """The bodies a council paper reports as involved: the data protection officer, the
    staff council (Personalrat) and the representative of severely disabled employees
    (Schwerbehindertenvertretung)."""

    data_protection_officer: Involvement | None = None
    staff_council: Involvement | None = None
    disability_representative: Involvement | None = None


BudgetYear = Annotated[int, Field(ge=1900, le=2199), NotBoolean]


class Request(Model):
    """A procurement request as written by a procurement officer."""

    ossfirst: Literal[1]
    id: FileId
    title: Name
    organisation: Name
    department: Name | None = None
    contact: Name | None = None
    #: Country of the requesting body; an operator there counts as domestic jurisdiction.
    country: CountryCode = "DE"
    date: Date
    language: Literal["de", "en"] = "de"
    catalogue: NonEmpty = "standard"
    profile: Identifier | None = None
    horizon_years: HorizonYears | None = None
    discount_rate: Rate | None = None
    budget: Money | None = None
    #: Where the budget is: Haushaltsstelle, Produkt or Sachkonto, as the budget names it.
    budget_line: Name | None = None
    #: The first budget year (Haushaltsjahr) the purchase burdens.
    first_budget_year: BudgetYear | None = None
    procurement: Procurement | None = None
    prepared_by: SignOff | None = None
    approved_by: SignOff | None = None
    involvement: Involvements | None = None
    need: NonEmpty
    requirements: list[Requirement] = Field(min_length=1, max_length=limits.REQUIREMENTS)
    alternatives: list[Alternative] = Field(min_length=1, max_length=limits.ALTERNATIVES)
    #: An alternative's id, or that of an alternative with its gaps closed
    #: (``<id>+gap-closing``).
    proposed: ProposedId | None = None
    justification: NonEmpty | None = None
    #: How the market was searched for open-source and reuse solutions, and why none could
    #: be examined, in words: required when every alternative is proprietary, unless
    #: ``market_exploration`` records a catalogue search whose every hit is decided. The
    #: older of the two keys; both may stand together (the report shows both).
    market_search: NonEmpty | None = None
    #: Where the request stands; only approved and awarded requests count as spending.
    status: RequestStatus = "submitted"
    #: When it was decided, and by whom: a body (a department, a committee, the council).
    decided_on: Date | None = None
    decided_by: Name | None = None
    deviations: list[Deviation] = Field(default_factory=list, max_length=limits.DEVIATIONS)
    award: AwardChoice | None = None
    sensitivity: SensitivityChoice | None = None
    strict_selection: StrictSelection | None = None
    #: Minimum assurance level (SEAL) of the catalogue's sovereignty framework: one level for
    #: every objective, or a level per objective id (``SOV-2: 3``). It only tightens the
    #: catalogue's minimum.
    minimum_seal: Score | Annotated[dict[str, Score], Field(max_length=20)] | None = None
    #: The search of public-code catalogues for open-source candidates (``ossfirst market``).
    market_exploration: MarketExploration | None = None


def award_settings(catalogue: Catalogue, request: Request) -> AwardPolicy:
    """The award method: the catalogue's, with what the request announces."""
    settings = catalogue.policy.award
    if request.award is None:
        return settings
    return settings.model_copy(update=request.award.model_dump(exclude_none=True))
