# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What the arrangements around an alternative say: the state of its exit plan and of the
framework contract that covers it, as the categories of the ``exit-plan`` and
``framework-contract`` metrics. Pure functions of the request data and its dates."""

from __future__ import annotations

import datetime as dt

from ossfirst.model.dates import add_months
from ossfirst.model.request import ExitPlan, FrameworkContract


def exit_plan_state(
    plan: ExitPlan | str | None, request_date: dt.date, expiry_months: int
) -> str | None:
    """``none``, ``incomplete``, ``untested``, ``expired`` or ``tested``; ``None`` when the
    request says nothing about an exit plan.

    The test expires like evidence (after the catalogue's ``expiry_months``); the review is
    due after the plan's own ``review_months`` (the same period when it names none), counted
    from the review, or from the test when no review is recorded.
    """
    if plan is None:
        return None
    if not isinstance(plan, ExitPlan):
        return "none"
    if plan.missing():
        return "incomplete"
    if plan.tested_on is None:
        return "untested"
    reviewed = max(plan.tested_on, plan.reviewed_on or plan.tested_on)
    test_due = add_months(plan.tested_on, expiry_months)
    review_due = add_months(reviewed, plan.review_months or expiry_months)
    if test_due < request_date or review_due < request_date:
        return "expired"
    return "tested"


def framework_state(contract: FrameworkContract | str | None, horizon_end: dt.date) -> str | None:
    """``none``, ``partial``, ``joinable``, ``expires`` or ``covered``; ``None`` when the
    request says nothing about a framework contract."""
    if contract is None:
        return None
    if not isinstance(contract, FrameworkContract):
        return "none"
    if contract.scope == "partial":
        return "partial"
    if contract.holder == "other-body":
        return "joinable"
    if contract.until < horizon_end:
        return "expires"
    return "covered"
