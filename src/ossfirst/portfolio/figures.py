# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The portfolio's figures, added up one summary at a time.

:class:`Tally` takes the summaries in the order of the files and keeps counts, sums and a
compact :class:`Entry` per request for the lists the dashboard shows; the summaries
themselves are not kept. Amounts are summed in whole cents (every amount of a Result is
rounded to cents), so a sum is exact and does not depend on the order of the requests.

What counts: only approved and awarded requests count in the spending figures (the
categories, the suppliers, lock-in and standards); every evaluable request counts in the
statuses, verdicts, evidence and robustness figures.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import get_args

from ossfirst.model.portfolio import (
    Amount,
    DeviationSummary,
    Figures,
    LockIn,
    NotEvaluable,
    RequestSummary,
    StandardsCoverage,
    SupplierShare,
    YearFigures,
)
from ossfirst.model.request import RequestStatus
from ossfirst.model.result import Category, VerdictStatus

CATEGORIES: tuple[Category, ...] = ("reuse", "open-source", "proprietary")
STATUSES: tuple[RequestStatus, ...] = get_args(RequestStatus)
VERDICTS: tuple[VerdictStatus, ...] = get_args(VerdictStatus)
GRADES = ("robust", "moderate", "sensitive", "none")


def cents(value: float) -> int:
    """An amount in EUR (rounded to cents) as whole cents."""
    return round(value * 100)


@dataclass(slots=True)
class Sum:
    """How many, and their present value and nominal total, in cents."""

    count: int = 0
    present_value: int = 0
    nominal_total: int = 0

    def add(self, present_value: float, nominal_total: float) -> None:
        self.count += 1
        self.present_value += cents(present_value)
        self.nominal_total += cents(nominal_total)

    def amount(self) -> Amount:
        return Amount(
            count=self.count,
            present_value=self.present_value / 100,
            nominal_total=self.nominal_total / 100,
        )


@dataclass(frozen=True, slots=True)
class Entry:
    """What the dashboard's lists show of one request."""

    path: str
    id: str
    title: str
    year: int
    status: RequestStatus
    counted: bool
    decided_on: str | None
    decided_by: str | None
    verdict: VerdictStatus
    policy_holds: bool
    check: str
    selection: str | None
    category: Category | None
    supplier: str | None
    providers: int | None
    present_value: float | None
    nominal_total: float | None
    exit_cost: float | None
    why_no_oss: str | None
    report: str | None
    robustness: str | None
    stale: int

    @classmethod
    def of(cls, summary: RequestSummary) -> Entry:
        chosen = summary.selection()
        return cls(
            path=summary.path,
            id=summary.id,
            title=summary.title,
            year=summary.year,
            status=summary.status,
            counted=summary.counted,
            decided_on=summary.decided_on.isoformat() if summary.decided_on else None,
            decided_by=summary.decided_by,
            verdict=summary.verdict,
            policy_holds=summary.policy_holds,
            check=summary.check,
            selection=chosen.name if chosen else None,
            category=chosen.category if chosen else None,
            supplier=chosen.supplier if chosen else None,
            providers=chosen.providers if chosen else None,
            present_value=chosen.present_value if chosen else None,
            nominal_total=chosen.nominal_total if chosen else None,
            exit_cost=chosen.exit_cost if chosen else None,
            why_no_oss=summary.why_no_oss,
            report=summary.report,
            robustness=summary.robustness,
            stale=summary.stale_assessments,
        )


@dataclass
class Tally:
    """The figures so far, and the entries for the lists."""

    entries: list[Entry] = field(default_factory=list)
    deviations: list[tuple[Entry, DeviationSummary]] = field(default_factory=list)
    problems: list[NotEvaluable] = field(default_factory=list)
    statuses: Counter[str] = field(default_factory=Counter)
    verdicts: Counter[str] = field(default_factory=Counter)
    grades: Counter[str] = field(default_factory=Counter)
    policy_holds: int = 0
    check_failed: int = 0
    years: dict[int, tuple[Counter[str], dict[str, Sum], Sum]] = field(default_factory=dict)
    categories: dict[str, Sum] = field(default_factory=lambda: {c: Sum() for c in CATEGORIES})
    total: Sum = field(default_factory=Sum)
    exit_proprietary: int = 0
    exit_total: int = 0
    sole_provider: int = 0
    sole_provider_proprietary: int = 0
    suppliers: dict[str, Sum] = field(default_factory=dict)
    unnamed: int = 0
    standards: Counter[str] = field(default_factory=Counter)
    stale_requests: int = 0
    stale_assessments: int = 0

    def add(self, summary: RequestSummary) -> Entry:
        """Count ``summary`` in; the entry kept for it."""
        entry = Entry.of(summary)
        self.entries.append(entry)
        self.deviations.extend((entry, d) for d in summary.deviations)
        self.statuses[summary.status] += 1
        self.verdicts[summary.verdict] += 1
        self.grades[summary.robustness or "none"] += 1
        self.policy_holds += summary.policy_holds
        self.check_failed += summary.check == "fail"
        self.stale_requests += summary.stale_assessments > 0
        self.stale_assessments += summary.stale_assessments
        year = self.years.setdefault(
            summary.year, (Counter(), {c: Sum() for c in CATEGORIES}, Sum())
        )
        year[0][summary.status] += 1
        chosen = summary.selection()
        if not summary.counted or chosen is None:
            return entry
        pv, nominal = chosen.present_value, chosen.nominal_total
        year[1][chosen.category].add(pv, nominal)
        year[2].add(pv, nominal)
        self.categories[chosen.category].add(pv, nominal)
        self.total.add(pv, nominal)
        self.exit_total += cents(chosen.exit_cost)
        if chosen.category == "proprietary":
            self.exit_proprietary += cents(chosen.exit_cost)
        if chosen.providers <= 1:
            self.sole_provider += 1
            self.sole_provider_proprietary += chosen.category == "proprietary"
        if chosen.supplier:
            self.suppliers.setdefault(chosen.supplier, Sum()).add(pv, nominal)
        else:
            self.unnamed += 1
        declared = chosen.standards_declared
        self.standards["selections"] += 1
        self.standards["declared"] += declared
        self.standards["open"] += chosen.standards_open
        self.standards["unknown"] += chosen.standards_unknown
        self.standards["all_open"] += declared > 0 and chosen.standards_open == declared
        self.standards["none_declared"] += declared == 0
        return entry

    def add_problem(self, problem: NotEvaluable) -> None:
        self.problems.append(problem)

    def figures(self) -> Figures:
        total_pv = self.total.present_value
        suppliers = sorted(
            self.suppliers.items(), key=lambda item: (-item[1].present_value, item[0])
        )
        return Figures(
            requests=len(self.entries),
            not_evaluable=len(self.problems),
            counted=self.total.count,
            statuses={s: self.statuses[s] for s in STATUSES},
            verdicts={v: self.verdicts[v] for v in VERDICTS},
            policy_holds=self.policy_holds,
            check_failed=self.check_failed,
            years=[
                YearFigures(
                    year=year,
                    statuses={s: counts[s] for s in STATUSES},
                    categories={c: sums[c].amount() for c in CATEGORIES},
                    total=total.amount(),
                )
                for year, (counts, sums, total) in sorted(self.years.items())
            ],
            categories={c: self.categories[c].amount() for c in CATEGORIES},
            total=self.total.amount(),
            proprietary=self.categories["proprietary"].count,
            lock_in=LockIn(
                exit_cost_proprietary=self.exit_proprietary / 100,
                exit_cost_total=self.exit_total / 100,
                sole_provider=self.sole_provider,
                sole_provider_proprietary=self.sole_provider_proprietary,
                suppliers=[
                    SupplierShare(
                        supplier=name,
                        count=sums.count,
                        present_value=sums.present_value / 100,
                        share=sums.present_value / total_pv if total_pv else 0.0,
                    )
                    for name, sums in suppliers
                ],
                unnamed=self.unnamed,
            ),
            standards=StandardsCoverage(
                selections=self.standards["selections"],
                declared=self.standards["declared"],
                open=self.standards["open"],
                unknown=self.standards["unknown"],
                all_open=self.standards["all_open"],
                none_declared=self.standards["none_declared"],
            ),
            deviations_in_force=sum(1 for _, d in self.deviations if d.in_force),
            deviations_expired=sum(1 for _, d in self.deviations if not d.in_force),
            stale_requests=self.stale_requests,
            stale_assessments=self.stale_assessments,
            robustness={g: self.grades[g] for g in GRADES},
        )
