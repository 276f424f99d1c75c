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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from ossfirst.errors import Problem
from ossfirst.load.yamlsource import PathT, SourceMap
from ossfirst.model.request import Request
from ossfirst.model.result import Message, Param, Result
from ossfirst.model.rules import BY_ID, RANK, Level, Setting
from ossfirst.texts import date, text
from ossfirst.words import Words


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
    #: Where the key's value ends (line, and the column after it; 0: the end of that line);
    #: 0 when unknown.
    end_line: int = 0
    end_column: int = 0
    #: In a request form (a workbook): the cell, ``Bewertungen!D12``; ``line`` and ``column``
    #: then hold its row and column number.
    cell: str = ""

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
    #: A breach of the policy the engine found: an error whatever the repository's levels.
    breach: bool = False


_GAP_RULES = {
    "undocumented": "undocumented-assessment",
    "stale": "stale-evidence",
    "future-date": "assessment-after-request",
    "unassessed": "unassessed-criterion",
    "no-data": "uncomputable-criterion",
    "disagreement": "assessors-disagree",
}


def _verdict_findings(result: Result, source: SourceMap) -> list[_Raw]:
    """The verdict's breaches as they are (the engine decided them, once for ``evaluate``
    and ``check``), and the notes and warnings about the proposal that break nothing."""
    verdict = result.verdict
    raw: list[_Raw] = []
    for breach in verdict.breaches:
        path: PathT = tuple(breach.path or ())
        if path in (("justification",), ("proposed",)):
            # where the justification is, or would be written
            path = ("justification",) if ("justification",) in source.keys else ("proposed",)
        params = dict(breach.params)
        if breach.code == "justification-misses-points":
            params = _review_params(result)
        raw.append(
            _Raw(
                breach.code,
                path,
                params,
                alternative=breach.alternative,
                criterion=_criterion_of(breach),
                subject=_subject_of(breach),
                breach=True,
            )
        )
    review = verdict.justification_review
    if (
        review is not None
        and not review.answered
        and not any(b.code == "justification-misses-points" for b in verdict.breaches)
    ):
        raw.append(_Raw("justification-misses-points", ("justification",), _review_params(result)))
    if verdict.proposed is None and verdict.recommended is not None:
        raw.append(_Raw("no-proposal", ("proposed",), {"recommended": verdict.recommended}))
    return raw


def _criterion_of(breach: Message) -> str | None:
    if breach.code == "proposal-excluded" and breach.params.get("code") != "budget":
        ref = breach.params.get("ref")
        return None if ref is None else str(ref)
    return None


def _subject_of(breach: Message) -> str:
    if breach.code == "proposal-unmet-must":
        return str(breach.params.get("requirement") or "")
    if breach.code == "proposal-excluded":
        return str(breach.params.get("code") or "")
    return ""


def _review_params(result: Result) -> dict[str, Param]:
    """The grounds a justification could have named, and what it cites without support."""
    review = result.verdict.justification_review
    assert review is not None
    grounds = list(dict.fromkeys(p.ref for p in review.points if p.side == "proposal"))
    shown = ", ".join(grounds[:6]) + (", …" if len(grounds) > 6 else "")
    unsupported = ", ".join(c.ref for c in review.citations if not c.supports)
    return {"points": shown, "unsupported": unsupported}


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


#: States of an exit plan ``exit-plan`` reports (``None``: the request says nothing).
_EXIT_GAPS = (None, "none", "incomplete", "untested", "expired")


def _exit_plan(result: Result, source: SourceMap) -> list[_Raw]:
    """The proposed alternative (else the recommended one), when it is proprietary or used
    as SaaS, needs a complete exit plan, tested and reviewed within its period; only under a
    catalogue that has an exit-plan criterion."""
    criteria = [c.id for c in result.catalogue.criteria if c.metric == "exit-plan"]
    chosen = result.verdict.proposed or result.verdict.recommended
    if not criteria or chosen is None:
        return []
    alternative = result.alternative(chosen)
    if alternative.category != "proprietary" and alternative.deployment != "saas":
        return []
    row = next(r for r in alternative.criteria if r.criterion == criteria[0])
    if row.value not in _EXIT_GAPS:
        return []
    # an alternative with its gaps closed has the exit plan of the one it closes gaps of
    base = alternative.gap_closing.alternative if alternative.gap_closing else chosen
    index = [a.id for a in result.alternatives].index(base)
    path: PathT = ("alternatives", index, "exit_plan")
    if path not in source.keys:
        path = ("alternatives", index, "id")
    state = "missing" if row.value is None else str(row.value)
    return [
        _Raw(
            "exit-plan",
            path,
            {"alternative": chosen, "state": state},
            alternative=chosen,
            criterion=criteria[0],
        )
    ]


def _market(result: Result, request: Request, source: SourceMap) -> list[_Raw]:
    """The market exploration (Markterkundung) behind a proprietary selection: recorded at
    all, every hit decided, and searched within the evidence expiry before the request date
    (as the Result says).

    A written account (``market_search:``) counts as recorded; the other two rules look at the
    recorded catalogue searches (``market_exploration:``) only.
    """
    raw: list[_Raw] = []
    exploration = result.request.market_exploration
    chosen = result.verdict.proposed or result.verdict.recommended
    if (
        chosen is not None
        and exploration is None
        and not request.market_search
        and result.alternative(chosen).category == "proprietary"
    ):
        path: PathT = ("proposed",)
        if result.verdict.proposed is None or path not in source.keys:
            path = ("alternatives", [a.id for a in result.alternatives].index(chosen), "id")
        raw.append(
            _Raw("market-exploration-missing", path, {"alternative": chosen}, alternative=chosen)
        )
    if exploration is None:
        return raw
    for index, hit in enumerate(exploration.hits):
        if hit.outcome == "open":
            raw.append(
                _Raw(
                    "market-hit-undecided",
                    ("market_exploration", "hits", index, "repository"),
                    {"name": hit.name, "repository": hit.repository},
                    subject=hit.repository,
                )
            )
    if exploration.stale:
        dates = [search.date for search in exploration.searches]
        raw.append(
            _Raw(
                "market-exploration-stale",
                ("market_exploration", "searches", dates.index(exploration.searched_on), "date"),
                {
                    "searched_on": exploration.searched_on.isoformat(),
                    "months": result.method.evidence_expiry_months,
                },
            )
        )
    return raw


def _gap_closing(result: Result) -> list[_Raw]:
    """The question the Open Source first rule asks of a proprietary selection: an excluded
    open-source or reuse alternative that would be recommended without the requirements and
    knock-outs that exclude it, and the request describes no gap closing for it."""
    chosen = result.verdict.proposed or result.verdict.recommended
    if result.decisive is None or chosen is None:
        return []
    if result.alternative(chosen).category != "proprietary":
        return []
    ids = [a.id for a in result.alternatives]
    return [
        _Raw(
            "gap-closing-unexamined",
            ("alternatives", ids.index(exclusion.alternative), "id"),
            {
                "alternative": exclusion.alternative,
                "chosen": chosen,
                "exclusion": exclusion.alternative,
            },
            alternative=exclusion.alternative,
            subject=exclusion.alternative,
        )
        for exclusion in result.decisive.exclusions
        if exclusion.recommended and exclusion.closed_by is None and exclusion.alternative in ids
    ]


def _unpinned(result: Result, request: Request, source: SourceMap, reference: str) -> _Raw:
    """Where the chain names a shipped catalogue without its version, and the pin of the
    version it was evaluated with."""
    from ossfirst.load.catalogue import pinned_ref, split_ref

    name = (split_ref(reference) or (reference, None))[0]
    used = next((link for link in result.catalogue.lineage if link.id == name), None)
    pinned = pinned_ref(used.id, used.version) if used else reference
    path: PathT = ("catalogue",) if ("catalogue",) in source.keys else ()
    return _Raw(
        "unpinned-catalogue",
        path,
        {"catalogue": request.catalogue, "reference": reference, "pinned": pinned},
        subject=reference,
    )


def _matches(raw: _Raw, rule: str, alternative: str | None, criterion: str | None) -> bool:
    return (
        raw.rule == rule
        and (alternative is None or raw.alternative == alternative)
        and (criterion is None or raw.criterion == criterion)
    )


def _words(words: Words, key: str, value: Param) -> str:
    if value is None:
        return "–"
    if key in ("proposed", "recommended", "alternative", "chosen"):
        return words.name(str(value))
    if key == "exclusion":
        # what excludes an open-source alternative, from the decisive requirements
        decisive = words.result.decisive
        found = [e for e in decisive.exclusions if e.alternative == value] if decisive else []
        return words.knockouts(found[0].knockouts) if found else str(value)
    if key in ("criterion", "ref") and str(value) in words.criteria:
        return words.criterion(str(value))
    if key in ("assessed_on", "request_date", "searched_on"):
        return words.date(str(value))
    if key == "coverage":
        return words.t(f"coverage.{value}")
    if key == "code":
        return words.t(f"check.knockout.{value}")
    if key == "unsupported":
        return words.t("check.unsupported", refs=_refs(words, str(value))) if value else ""
    if key == "points":
        return _refs(words, str(value))
    if key == "state":
        return words.t(f"check.exit-state.{value}")
    return str(value)


def _refs(words: Words, refs: str) -> str:
    """Points of a justification review, given by id (``R1, practicality, economics.tco``),
    in words: a criterion or a dimension by its title, the budget and the cost as such."""
    shown = []
    for ref in refs.split(", "):
        if ref in words.criteria:
            shown.append(words.criterion(ref))
        elif ref in ("budget", "cost"):
            shown.append(words.t(f"rev.kind.{ref}"))
        else:
            shown.append(words.dimension(ref))  # a dimension's title; anything else as it is
    return "; ".join(shown)


def _place(source: SourceMap, path: PathT) -> tuple[int, int, int, int, str]:
    """The start of the key at ``path``, the end of its value (0, 0 when not known), and its
    cell in a form."""
    where, (end_line, end_column) = source.span(path, prefer_key=True)
    return where.line, where.column, end_line, end_column, where.cell


def findings_for(
    result: Result,
    request: Request,
    source: SourceMap,
    levels: Mapping[str, Setting],
    today: dt.date,
    lang: str,
    unpinned: str | None = None,
) -> list[Finding]:
    """Every finding for one evaluated request, in the order of the file.

    ``levels`` is the repository's setting per rule (``off`` drops a rule); ``today`` decides
    whether a recorded deviation is still in force (it is through its ``expires`` day);
    ``unpinned`` is the catalogue reference of the request's chain that names no version.
    """
    raw = _verdict_findings(result, source) + _gap_findings(result) + _exit_plan(result, source)
    raw += _market(result, request, source) + _gap_closing(result)
    if unpinned is not None:
        raw.append(_unpinned(result, request, source, unpinned))
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
        # A breach of the policy is an error, as it makes ``evaluate`` fail; no level in the
        # repository's policy lowers it, only a recorded deviation (below) does, visibly.
        setting = "error" if item.breach else levels.get(item.rule, BY_ID[item.rule].level)
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
        line, column, end_line, end_column, cell = _place(source, item.path)
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
                end_line=end_line,
                end_column=end_column,
                cell=cell,
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
        line, column, end_line, end_column, cell = _place(source, path)
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
                end_line=end_line,
                end_column=end_column,
                cell=cell,
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
            subject=f"{problem.code}@{problem.location.cell or problem.location.line}"
            + ("" if problem.location.cell else f":{problem.location.column}"),
            file=None if problem.location.file == display else problem.location.file,
            cell=problem.location.cell,
        )
        for problem in problems
    )


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """In the order of the file; ties by rule and what the finding is about."""
    return sorted(
        findings,
        key=lambda f: (f.cell.split("!")[0], f.line, f.column, f.rule, f.identity(), f.message),
    )


def worst(findings: Iterable[Finding]) -> int:
    """The rank of the most severe finding (0 when there is none)."""
    return max((RANK[f.level] for f in findings), default=0)
