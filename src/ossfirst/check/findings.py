# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""From a Result and its request to findings: rule, level, ``line:col``, message.

Pure: no I/O, no clock (the reference date for deviations is a parameter). The engine has
already decided everything that matters; this module only names each point the CI must
show, places it on the key in the request that causes it (through the request's
:class:`~ossfirst.load.yamlsource.SourceMap`), and applies the deviations the request
records and the levels the repository's policy sets.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from ossfirst.check.rules import BY_ID, RANK, Level, Setting
from ossfirst.errors import Problem
from ossfirst.load.yamlsource import PathT, SourceMap
from ossfirst.model.request import Request
from ossfirst.model.result import Param, Result
from ossfirst.render.words import Words, date, text


@dataclass(frozen=True)
class AppliedDeviation:
    """A deviation recorded in the request, as it applies to one finding."""

    status: Literal["accepted", "expired"]
    index: int
    decision: str
    approver: str
    expires: str
    justification: str


@dataclass(frozen=True)
class Finding:
    """One point the check reports, placed on the key that causes it."""

    rule: str
    level: Level
    line: int
    column: int
    message: str
    #: Where in the request (YAML keys and list indexes); empty for the whole file.
    path: tuple[str | int, ...] = ()
    alternative: str | None = None
    criterion: str | None = None
    #: What else tells two findings of one rule apart (a requirement id, a deviation index).
    subject: str = ""
    deviation: AppliedDeviation | None = None
    #: Set when the cause lies in another file than the request (a local catalogue).
    file: str | None = None

    def identity(self) -> str:
        """What stays the same when lines move: for fingerprints and test names."""
        return "|".join((self.rule, self.alternative or "", self.criterion or "", self.subject))


@dataclass(frozen=True)
class _Raw:
    """A finding before deviations, levels, positions and words."""

    rule: str
    path: PathT
    params: dict[str, Param] = field(default_factory=dict)
    alternative: str | None = None
    criterion: str | None = None
    subject: str = ""


_GAP_RULES = {
    "undocumented": "undocumented-assessment",
    "stale": "stale-evidence",
    "future-date": "assessment-after-request",
    "unassessed": "unassessed-criterion",
    "no-data": "uncomputable-criterion",
    "disagreement": "assessors-disagree",
}


@dataclass(frozen=True)
class Point:
    """A point on which the open-source alternatives fell short, and the words that name it."""

    ref: str
    names: tuple[str, ...]


def points_to_address(result: Result) -> list[Point]:
    """The points a justification is expected to address.

    For every open-source (or reuse) alternative in the "why no OSS" determination: its
    knock-outs (the requirement, the criterion, or the budget) when it is excluded, else the
    dimensions in which the proprietary alternative scores higher. For a departure between
    two open-source alternatives: the dimensions in which the proposal scores higher than
    the recommendation. Each point is named by its id and its title in either language.
    """
    requirements = {r.id: r.text for r in result.request.requirements}
    criteria = {c.id: c for c in result.catalogue.criteria}
    dimensions = {d.id: d for d in result.catalogue.dimensions}
    points: dict[str, Point] = {}

    def dimension(dimension_id: str) -> None:
        info = dimensions.get(dimension_id)
        names = (dimension_id, info.title.de, info.title.en) if info else (dimension_id,)
        points.setdefault(dimension_id, Point(dimension_id, names))

    for shortfall in result.why_no_oss:
        if shortfall.excluded:
            for knockout in shortfall.knockouts:
                if knockout.code == "must-requirement":
                    names: tuple[str, ...] = (knockout.ref, requirements.get(knockout.ref, ""))
                elif knockout.code == "budget":
                    names = ("budget", "Budget")
                else:
                    info = criteria.get(knockout.ref)
                    names = (
                        (knockout.ref, info.title.de, info.title.en) if info else (knockout.ref,)
                    )
                points.setdefault(knockout.ref, Point(knockout.ref, tuple(n for n in names if n)))
        else:
            for dimension_id, gap in shortfall.dimension_gaps.items():
                if gap is not None and gap > 0:
                    dimension(dimension_id)
    verdict = result.verdict
    if not result.why_no_oss and verdict.status == "justified-departure":
        assert verdict.proposed is not None and verdict.recommended is not None
        proposed = result.alternative(verdict.proposed)
        recommended = {
            d.dimension: d.score for d in result.alternative(verdict.recommended).dimensions
        }
        for row in proposed.dimensions:
            theirs = recommended.get(row.dimension)
            if row.score is not None and theirs is not None and row.score > theirs:
                dimension(row.dimension)
    return list(points.values())


def _names(justification: str, point: Point) -> bool:
    lowered = justification.casefold()
    for name in point.names:
        needle = name.casefold().strip()
        if not needle:
            continue
        # An id must stand as a word of its own ("R1" is not named by "R10").
        pattern = r"(?<![0-9a-z_])" + re.escape(needle) + r"(?![0-9a-z_])"
        if re.search(pattern, lowered):
            return True
    return False


def _verdict_findings(result: Result, request: Request, source: SourceMap) -> list[_Raw]:
    verdict = result.verdict
    raw: list[_Raw] = []
    justification_at: PathT = (
        ("justification",) if ("justification",) in source.keys else ("proposed",)
    )
    if verdict.status == "unjustified-departure":
        raw.append(
            _Raw(
                "unjustified-departure",
                justification_at,
                {"proposed": verdict.proposed, "recommended": verdict.recommended},
            )
        )
    elif verdict.justification_required and not verdict.justification:
        raw.append(_Raw("justification-missing", justification_at, {"proposed": verdict.proposed}))
    if verdict.status == "no-eligible-alternative":
        raw.append(_Raw("no-eligible-alternative", ("alternatives",)))
    if verdict.status == "recommendation-only":
        raw.append(_Raw("no-proposal", ("proposed",), {"recommended": verdict.recommended}))
    if all(a.category == "proprietary" for a in result.alternatives):
        raw.append(_Raw("no-oss-considered", ("alternatives",)))
    if verdict.proposed is not None:
        index = next(i for i, a in enumerate(request.alternatives) if a.id == verdict.proposed)
        proposed = result.alternative(verdict.proposed)
        base: PathT = ("alternatives", index)
        for knockout in proposed.knockouts:
            if knockout.code == "must-requirement":
                raw.append(
                    _Raw(
                        "proposal-unmet-must",
                        (*base, "requirements", knockout.ref),
                        {
                            "proposed": proposed.id,
                            "requirement": knockout.ref,
                            "coverage": knockout.params.get("coverage"),
                        },
                        alternative=proposed.id,
                        subject=knockout.ref,
                    )
                )
            else:
                path: PathT = (
                    ("budget",)
                    if knockout.code == "budget"
                    else (*base, "assessments", knockout.ref)
                )
                raw.append(
                    _Raw(
                        "proposal-excluded",
                        path,
                        {"proposed": proposed.id, "code": knockout.code, "ref": knockout.ref},
                        alternative=proposed.id,
                        criterion=None if knockout.code == "budget" else knockout.ref,
                        subject=knockout.code,
                    )
                )
    if verdict.justification and verdict.justification_required:
        points = points_to_address(result)
        if points and not any(_names(verdict.justification, p) for p in points):
            shown = ", ".join(p.ref for p in points[:6]) + (", …" if len(points) > 6 else "")
            raw.append(_Raw("justification-misses-points", ("justification",), {"points": shown}))
    return raw


def _gap_findings(result: Result) -> list[_Raw]:
    raw: list[_Raw] = []
    for gap in result.gaps:
        path = tuple(gap.path) if gap.path else ()
        raw.append(
            _Raw(
                _GAP_RULES[gap.reason],
                path,
                {**gap.params, "alternative": gap.alternative, "criterion": gap.criterion},
                alternative=gap.alternative,
                criterion=gap.criterion,
            )
        )
    return raw


def _matches(raw: _Raw, rule: str, alternative: str | None, criterion: str | None) -> bool:
    return (
        raw.rule == rule
        and (alternative is None or raw.alternative == alternative)
        and (criterion is None or raw.criterion == criterion)
    )


def _words(words: Words, key: str, value: Param) -> str:
    if value is None:
        return "–"
    if key in ("proposed", "recommended", "alternative"):
        return words.name(str(value))
    if key in ("criterion", "ref") and str(value) in words.criteria:
        return words.criterion(str(value))
    if key in ("assessed_on", "request_date"):
        return words.date(str(value))
    if key == "coverage":
        return words.t(f"coverage.{value}")
    if key == "code":
        return words.t(f"check.knockout.{value}")
    return str(value)


def _place(source: SourceMap, path: PathT) -> tuple[int, int]:
    where = source.locate(path, prefer_key=True)
    return where.line, where.column


def findings_for(
    result: Result,
    request: Request,
    source: SourceMap,
    levels: Mapping[str, Setting],
    today: dt.date,
    lang: str,
) -> list[Finding]:
    """Every finding for one evaluated request, in the order of the file.

    ``levels`` is the repository's setting per rule (``off`` drops a rule); ``today`` decides
    whether a recorded deviation is still in force (it is through its ``expires`` day).
    """
    raw = _verdict_findings(result, request, source) + _gap_findings(result)
    words = Words(result, lang)
    used: set[int] = set()
    findings: list[Finding] = []
    for item in raw:
        applied: AppliedDeviation | None = None
        for index, deviation in enumerate(request.deviations):
            if _matches(item, deviation.rule, deviation.alternative, deviation.criterion):
                used.add(index)
                applied = AppliedDeviation(
                    status="accepted" if today <= deviation.expires else "expired",
                    index=index,
                    decision=deviation.decision,
                    approver=deviation.approver,
                    expires=deviation.expires.isoformat(),
                    justification=deviation.justification,
                )
                break
        setting = levels.get(item.rule, BY_ID[item.rule].level)
        if setting == "off":
            continue
        level: Level = setting
        params: dict[str, object] = {
            key: _words(words, key, value) for key, value in item.params.items()
        }
        if isinstance(item.params.get("months"), int):
            params["count"] = item.params["months"]
        message = text(f"check.msg.{item.rule}", lang, **params)
        if applied is not None:
            message += text(
                f"check.deviation.{applied.status}",
                lang,
                decision=applied.decision,
                approver=applied.approver,
                expires=words.date(applied.expires),
            )
            if applied.status == "accepted":
                level = "note"
        line, column = _place(source, item.path)
        findings.append(
            Finding(
                rule=item.rule,
                level=level,
                line=line,
                column=column,
                message=message,
                path=item.path,
                alternative=item.alternative,
                criterion=item.criterion,
                subject=item.subject,
                deviation=applied,
            )
        )
    findings += _deviation_findings(request, source, levels, today, used, lang)
    return sort_findings(findings)


def _deviation_findings(
    request: Request,
    source: SourceMap,
    levels: Mapping[str, Setting],
    today: dt.date,
    used: set[int],
    lang: str,
) -> list[Finding]:
    findings: list[Finding] = []
    for index, deviation in enumerate(request.deviations):
        params = {
            "rule": deviation.rule,
            "decision": deviation.decision,
            "expires": date(deviation.expires, lang),
        }
        path: PathT
        if today > deviation.expires:
            rule, path = "deviation-expired", ("deviations", index, "expires")
        elif index not in used:
            rule, path = "deviation-unused", ("deviations", index)
        else:
            continue
        setting = levels.get(rule, BY_ID[rule].level)
        if setting == "off":
            continue
        line, column = _place(source, path)
        findings.append(
            Finding(
                rule=rule,
                level=setting,
                line=line,
                column=column,
                message=text(f"check.msg.{rule}", lang, **params),
                path=path,
                alternative=deviation.alternative,
                criterion=deviation.criterion,
                subject=f"{deviation.rule}#{index}",
            )
        )
    return findings


def invalid_input(problems: Iterable[Problem], display: str, lang: str) -> list[Finding]:
    """Problems that kept the request ``display`` from being evaluated, as findings of
    ``invalid-input``; a problem in another file (its catalogue) keeps that file's name."""
    return sort_findings(
        Finding(
            rule="invalid-input",
            level="error",
            line=problem.location.line,
            column=problem.location.column,
            message=problem.text(lang),
            subject=f"{problem.code}@{problem.location.line}:{problem.location.column}",
            file=None if problem.location.file == display else problem.location.file,
        )
        for problem in problems
    )


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """In the order of the file; ties by rule and what the finding is about."""
    return sorted(findings, key=lambda f: (f.line, f.column, f.rule, f.identity(), f.message))


def worst(findings: Iterable[Finding]) -> int:
    """The rank of the most severe finding (0 when there is none)."""
    return max((RANK[f.level] for f in findings), default=0)
