# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Gaps: what a request leaves open for one criterion of one alternative (no data, no
assessment, missing documentation, dates past the evidence expiry or after the request
date, assessors who disagree). Each function returns the gaps it finds, in the order the
Result lists them; a criterion is stale when one of its gaps is."""

from __future__ import annotations

import datetime as dt

from ossfirst.engine.context import Context
from ossfirst.model.request import Alternative, ExitPlan
from ossfirst.model.result import Gap, ImportedScore, Param

#: Where in a request a gap points: keys and list positions.
Path = list[str | int]


def stale(gaps: list[Gap]) -> bool:
    """Whether a date among ``gaps`` is past the evidence expiry."""
    return any(gap.reason == "stale" for gap in gaps)


def no_data(alternative: Alternative, index: int, criterion_id: str, metric: str) -> Gap:
    """A computed criterion whose metric has no value: the request lacks its data."""
    return Gap(
        alternative=alternative.id,
        criterion=criterion_id,
        reason="no-data",
        params={"metric": metric},
        path=["alternatives", index],
    )


def unassessed(alternative: Alternative, criterion_id: str, path: Path) -> Gap:
    return Gap(alternative=alternative.id, criterion=criterion_id, reason="unassessed", path=path)


def date_gaps(
    ctx: Context,
    alternative_id: str,
    criterion_id: str,
    day: dt.date,
    path: Path,
    extra: dict[str, Param] | None = None,
) -> list[Gap]:
    """A date past the evidence expiry (stale) or after the request date, of an assessment
    or of an evidence file."""
    params: dict[str, Param]
    if day < ctx.stale_before:
        reason = "stale"
        params = {"assessed_on": day.isoformat(), "months": ctx.method.evidence_expiry_months}
    elif day > ctx.request.date:
        reason = "future-date"
        params = {"assessed_on": day.isoformat(), "request_date": ctx.request.date.isoformat()}
    else:
        return []
    return [
        Gap(
            alternative=alternative_id,
            criterion=criterion_id,
            reason=reason,
            params={**params, **(extra or {})},
            path=path,
        )
    ]


def evidence_gaps(
    ctx: Context, alternative_id: str, criterion_id: str, imported: ImportedScore, index: int
) -> list[Gap]:
    """Evidence files whose date is past the expiry, or after the request date."""
    day = imported.date
    if day is None:
        return []
    files = ", ".join(dict.fromkeys(source.file for source in imported.sources))
    where: Path = ["alternatives", index, "evidence"]
    return date_gaps(ctx, alternative_id, criterion_id, day, where, {"file": files})


def document_gaps(
    ctx: Context,
    alternative_id: str,
    criterion_id: str,
    documentation: tuple[str | None, list[str], dt.date | None],
    path: Path,
) -> list[Gap]:
    """Missing rationale, evidence or date, and stale or future dates."""
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
    found = []
    if missing:
        found.append(
            Gap(
                alternative=alternative_id,
                criterion=criterion_id,
                reason="undocumented",
                params={"missing": ", ".join(missing)},
                path=path,
            )
        )
    if day is not None:
        found.extend(date_gaps(ctx, alternative_id, criterion_id, day, [*path, "assessed_on"]))
    return found


def exit_plan_dates(
    ctx: Context, alternative: Alternative, index: int, criterion_id: str
) -> list[Gap]:
    """An exit plan tested or reviewed after the request date: a date to check, as for an
    assessment (its expiry is part of the plan's state, not a gap)."""
    plan = alternative.exit_plan
    if not isinstance(plan, ExitPlan):
        return []
    found = []
    for key in ("tested_on", "reviewed_on"):
        day = getattr(plan, key)
        if day is not None and day > ctx.request.date:
            found.append(
                Gap(
                    alternative=alternative.id,
                    criterion=criterion_id,
                    reason="future-date",
                    params={
                        "assessed_on": day.isoformat(),
                        "request_date": ctx.request.date.isoformat(),
                    },
                    path=["alternatives", index, "exit_plan", key],
                )
            )
    return found
