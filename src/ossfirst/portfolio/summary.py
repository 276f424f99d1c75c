# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""From one evaluated request to its summary, and a Result without people's names.

Pure: the reference date and the language are parameters. The summary is what the
portfolio keeps of a request (:class:`~ossfirst.model.portfolio.RequestSummary`); the
Result itself is dropped once its report is written.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ossfirst import prose
from ossfirst.model.portfolio import (
    AlternativeSummary,
    CheckStatus,
    DeviationSummary,
    RequestSummary,
)
from ossfirst.model.result import AlternativeResult, Result
from ossfirst.texts import text
from ossfirst.words import Words

#: Statuses whose selection counts as spending.
COUNTED = ("approved", "awarded")
#: The longest one-line reason kept; a longer one is cut at a word and ends with an ellipsis.
REASON = 500


def one_line(value: str, limit: int = REASON) -> str:
    """``value`` on one line, without control characters, at most ``limit`` characters."""
    line = " ".join(prose.strip_controls(value, " ").split())
    if len(line) <= limit:
        return line
    cut = line.rfind(" ", 0, limit - 1)
    return line[: cut if cut > limit // 2 else limit - 1].rstrip(" ;,") + " …"


def first_sentence(value: str) -> str:
    """The first sentence (or line) of a free text."""
    line = one_line(value)
    for end in (". ", "! ", "? "):
        cut = line.find(end)
        if 0 < cut < 200:
            return line[: cut + 1]
    return one_line(line, 200)


def why_no_oss(result: Result, selected: str | None, lang: str) -> str | None:
    """Why no open-source (or reuse) alternative was chosen, in one line, when the
    selection is proprietary: each open-source alternative's shortfall, as the report's
    section of that name says it; the recorded market search where none was examined; and
    the justification's first sentence where the proposal departs from the recommendation."""
    if selected is None or result.alternative(selected).category != "proprietary":
        return None
    words = Words(result, lang)
    parts = [f"{words.name(s.alternative)}: {words.shortfall(s)}" for s in result.why_no_oss]
    if not result.why_no_oss:
        search = result.request.market_search
        parts.append(
            text("portfolio.why.market", lang, search=first_sentence(search))
            if search
            else text("portfolio.why.none", lang)
        )
    verdict = result.verdict
    if verdict.proposed is not None and verdict.proposed != verdict.recommended:
        justification = verdict.justification
        parts.append(
            text("portfolio.why.justification", lang, text=first_sentence(justification))
            if justification
            else text("portfolio.why.unjustified", lang)
        )
    return one_line("; ".join(parts))


def _alternative(a: AlternativeResult, result: Result) -> AlternativeSummary:
    return AlternativeSummary(
        id=a.id,
        name=a.name,
        category=a.category,
        licence=a.licence.expression,
        open_source=a.licence.open_source,
        supplier=a.supplier,
        providers=a.providers,
        deployment=a.deployment,
        eligible=a.eligible,
        rank=a.rank,
        total=a.total,
        dimensions={d.dimension: d.score for d in a.dimensions},
        present_value=a.economics.present_value,
        nominal_total=a.economics.nominal_total,
        exit_cost=a.economics.exit,
        recommended=a.id == result.verdict.recommended,
        proposed=a.id == result.verdict.proposed,
        standards_declared=len(a.standards),
        standards_open=sum(1 for s in a.standards if s.open is True),
        standards_unknown=sum(1 for s in a.standards if s.open is None),
    )


def year_of(result: Result) -> int:
    """The year a request belongs to: that of its decision, else that of the request."""
    request = result.request
    return (request.decided_on or request.date).year


def summarise(
    result: Result,
    *,
    path: str,
    check: CheckStatus,
    findings: dict[str, int],
    today: dt.date,
    lang: str,
    publish_names: bool,
    report: str | None,
) -> RequestSummary:
    """The portfolio's summary of ``result`` (the request at ``path``); deviations are
    judged on ``today``; names of people only with ``publish_names``."""
    request = result.request
    verdict = result.verdict
    selected = verdict.proposed or verdict.recommended
    sensitivity = result.sensitivity
    return RequestSummary(
        path=path,
        id=request.id,
        title=one_line(request.title),
        organisation=one_line(request.organisation),
        department=one_line(request.department) if request.department else None,
        contact=one_line(request.contact) if request.contact and publish_names else None,
        date=request.date,
        year=year_of(result),
        status=request.status,
        decided_on=request.decided_on,
        decided_by=one_line(request.decided_by) if request.decided_by else None,
        counted=request.status in COUNTED,
        verdict=verdict.status,
        policy_holds=verdict.policy_holds,
        check=check,
        findings=findings,
        catalogue=f"{result.catalogue.id} {result.catalogue.version}",
        recommended=verdict.recommended,
        proposed=verdict.proposed,
        selected=selected,
        justification=bool(verdict.justification),
        why_no_oss=why_no_oss(result, selected, lang),
        deviations=[
            DeviationSummary(
                rule=d.rule,
                alternative=d.alternative,
                criterion=d.criterion,
                decision=one_line(d.decision),
                approver=one_line(d.approver) if publish_names else None,
                decided_on=d.decided_on,
                expires=d.expires,
                in_force=today <= d.expires,
            )
            for d in request.deviations
        ],
        stale_assessments=sum(1 for gap in result.gaps if gap.reason == "stale"),
        robustness=sensitivity.robustness if sensitivity else None,
        holds=sensitivity.holds if sensitivity else None,
        report=report,
        alternatives=[_alternative(a, result) for a in result.alternatives],
    )


def withhold_names(result: Result, lang: str) -> Result:
    """``result`` without the names of people: the request's contact left out, each
    deviation's approver replaced by a note, and each assessor by "Person 1", "Person 2", ...
    (numbered per request in the order they first appear, so that several assessors of one
    criterion stay apart). Free text (a rationale, a justification) is left as written."""
    numbers: dict[str, int] = {}

    def person(name: str | None) -> str | None:
        if name is None:
            return None
        number = numbers.setdefault(name, len(numbers) + 1)
        return text("portfolio.person", lang, n=number)

    withheld = text("portfolio.withheld", lang)
    request = result.request.model_copy(
        update={
            "contact": None,
            "deviations": [
                d.model_copy(update={"approver": withheld}) for d in result.request.deviations
            ],
        }
    )
    alternatives = []
    for alternative in result.alternatives:
        rows = []
        named = False
        for row in alternative.criteria:
            if row.assessor is None and row.panel is None:
                rows.append(row)  # names nobody: kept as it is, as most rows are
                continue
            named = True
            update: dict[str, Any] = {"assessor": person(row.assessor)}
            if row.panel is not None:
                entries = [
                    e.model_copy(update={"assessor": person(e.assessor)}) for e in row.panel.entries
                ]
                update["panel"] = row.panel.model_copy(update={"entries": entries})
            rows.append(row.model_copy(update=update))
        alternatives.append(
            alternative.model_copy(update={"criteria": rows}) if named else alternative
        )
    # a disagreement names its assessors with their levels: the same numbers instead
    panels = {
        (alternative.id, row.criterion): row.panel
        for alternative in alternatives
        for row in alternative.criteria
        if row.panel is not None
    }
    gaps = []
    for gap in result.gaps:
        panel = panels.get((gap.alternative, gap.criterion))
        if gap.reason == "disagreement" and "levels" in gap.params and panel is not None:
            levels = ", ".join(f"{e.assessor}: {e.score}" for e in panel.entries)
            gaps.append(gap.model_copy(update={"params": {**gap.params, "levels": levels}}))
        else:
            gaps.append(gap)
    return result.model_copy(
        update={"request": request, "alternatives": alternatives, "gaps": gaps}
    )
