# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The transparency portfolio as data: a summary per request, the figures over all of them.

A summary keeps what the dashboard, the open data and the annual report need from one
evaluated request, and nothing of the person who assessed it unless the policy publishes
names; a run over ten thousand requests keeps summaries, never Results. ``portfolio.json``
is a :class:`Portfolio` (``ossfirst schema portfolio`` describes it), with
:data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from ossfirst.model.common import OutputModel
from ossfirst.model.request import RequestStatus
from ossfirst.model.result import Category, VerdictStatus

SCHEMA_VERSION = "1.0"

Grade = Literal["robust", "moderate", "sensitive"]
#: ``pass``: no finding of ``ossfirst check`` at or above the policy's threshold; ``fail``:
#: at least one.
CheckStatus = Literal["pass", "fail"]


class AlternativeSummary(OutputModel):
    """One alternative of a request, as ``alternatives.csv`` lists it."""

    id: str
    name: str
    category: Category
    licence: str
    open_source: bool
    supplier: str | None
    providers: int
    deployment: str
    eligible: bool
    rank: int | None
    total: float
    #: Points per dimension (0 to 100), by dimension id; ``None`` where nothing was scored.
    dimensions: dict[str, float | None]
    present_value: float
    nominal_total: float
    exit_cost: float
    recommended: bool
    proposed: bool
    #: The standards it declares, and how many of them are open by the shipped list (the
    #: rest are not open or unknown to it).
    standards_declared: int
    standards_open: int
    standards_unknown: int


class DeviationSummary(OutputModel):
    """A deviation from a check rule that a request records, judged on the portfolio's
    reference date: in force through its ``expires`` day, expired from the next."""

    rule: str
    alternative: str | None
    criterion: str | None
    decision: str
    #: Who approved it; ``None`` unless the policy publishes names.
    approver: str | None
    decided_on: dt.date | None
    expires: dt.date
    in_force: bool


class RequestSummary(OutputModel):
    """One evaluated request in the portfolio.

    The *selection* is what the request buys: the proposal, or the recommendation where
    nothing is proposed. Only approved and awarded requests (``counted``) count in the
    spending figures. ``year`` is the year of the decision, or of the request while it is
    undecided."""

    path: str
    id: str
    title: str
    organisation: str
    department: str | None
    #: The request's contact; ``None`` unless the policy publishes names.
    contact: str | None
    date: dt.date
    year: int
    status: RequestStatus
    decided_on: dt.date | None
    decided_by: str | None
    counted: bool
    verdict: VerdictStatus
    policy_holds: bool
    check: CheckStatus
    findings: dict[str, int]
    catalogue: str
    recommended: str | None
    proposed: str | None
    selected: str | None
    justification: bool
    #: Why no open-source (or reuse) alternative was chosen, in one line, for a proprietary
    #: selection; in the language of the run.
    why_no_oss: str | None
    deviations: list[DeviationSummary]
    #: Assessments older than the catalogue's evidence expiry, counted over every alternative.
    stale_assessments: int
    robustness: Grade | None
    #: Share of the Monte-Carlo weightings that keep the recommendation (0 to 1).
    holds: float | None
    #: The request's HTML report in the site (``requests/<id>.html``); ``None`` without.
    report: str | None
    alternatives: list[AlternativeSummary]

    def alternative(self, alternative_id: str | None) -> AlternativeSummary | None:
        """The alternative ``alternative_id``, if there is one."""
        for alternative in self.alternatives:
            if alternative.id == alternative_id:
                return alternative
        return None

    def selection(self) -> AlternativeSummary | None:
        return self.alternative(self.selected)


class NotEvaluable(OutputModel):
    """A file that could not be evaluated, with the first reason: listed, never left out."""

    path: str
    kind: Literal["request", "catalogue", "pairwise"]
    status: Literal["invalid", "error"]
    #: Where the first problem is (``file:line:col``), and what is wrong (how to fix it),
    #: in the language of the run.
    location: str
    message: str
    #: How many problems there are in all.
    problems: int


class Amount(OutputModel):
    """How many selections, and their present value and nominal total in EUR."""

    count: int = 0
    present_value: float = 0.0
    nominal_total: float = 0.0


class YearFigures(OutputModel):
    year: int
    #: Requests per status.
    statuses: dict[RequestStatus, int]
    #: Approved and awarded selections per category.
    categories: dict[Category, Amount]
    total: Amount


class SupplierShare(OutputModel):
    supplier: str
    count: int
    present_value: float
    #: Share of the present value of all counted selections (0 to 1).
    share: float


class LockIn(OutputModel):
    """Dependence on single vendors among the counted selections."""

    #: Exit costs (migrating away at the end of the horizon) of the proprietary selections,
    #: and of all selections.
    exit_cost_proprietary: float
    exit_cost_total: float
    #: Selections that only one provider can deliver and support (``providers`` at most 1).
    sole_provider: int
    sole_provider_proprietary: int
    suppliers: list[SupplierShare]
    #: Selections without a named supplier.
    unnamed: int


class StandardsCoverage(OutputModel):
    """The standards the counted selections declare, screened against the shipped list."""

    selections: int
    declared: int
    open: int
    unknown: int
    #: Selections whose declared standards are all open, and those that declare none.
    all_open: int
    none_declared: int


class Figures(OutputModel):
    """Every figure the dashboard and the annual report show; each is a count or a sum over
    the requests of the portfolio (a test recomputes them from the JSON Results)."""

    requests: int
    not_evaluable: int
    counted: int
    statuses: dict[RequestStatus, int]
    verdicts: dict[VerdictStatus, int]
    policy_holds: int
    check_failed: int
    years: list[YearFigures]
    #: Counted selections per category, and in all.
    categories: dict[Category, Amount]
    total: Amount
    proprietary: int
    lock_in: LockIn
    standards: StandardsCoverage
    deviations_in_force: int
    deviations_expired: int
    #: Requests with at least one stale assessment, and stale assessments in all.
    stale_requests: int
    stale_assessments: int
    robustness: dict[Literal["robust", "moderate", "sensitive", "none"], int]


class Portfolio(OutputModel):
    """``portfolio.json``: the whole portfolio."""

    schema_version: Literal["1.0"]
    generator: str
    title: str
    lang: Literal["de", "en"]
    #: The reference date: deviations are judged on it, and it is the date of the data.
    date: dt.date
    #: The year the portfolio is restricted to (``--year``), if any.
    year: int | None
    publisher: str
    #: Licence of the data (SPDX id).
    licence: str
    publish_names: bool
    figures: Figures
    requests: list[RequestSummary] = Field(default_factory=list)
    not_evaluable: list[NotEvaluable] = Field(default_factory=list)
