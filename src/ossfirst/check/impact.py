# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What adopting another catalogue version would change: ``check --compare-catalogue``.

Every request is evaluated twice: under its own catalogue (as ``check`` evaluates it), and
with the named version in its place. For a shipped reference (``standard@2``) that version
replaces the shipped catalogue wherever the request's chain names it, so a local catalogue
that ``extends: standard@1.1`` is tried on the new base with its own changes kept; a path
names a catalogue to use instead. A request changes when its verdict, its recommendation or
the eligibility of an alternative changes; the criteria that make the difference are those
that moved the lead between the two recommended alternatives, in points of the total, and
the knock-outs an alternative gained or lost.

Pure apart from reading the requests; no Monte-Carlo draws (they decide nothing here).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from ossfirst.check.files import Target
from ossfirst.errors import InputError
from ossfirst.model.result import AlternativeResult, KnockOut, Result

#: Version of ``check --compare-catalogue --format json``.
SCHEMA_VERSION = "1.0"
#: Criteria that moved the lead by less than this many points are left out, unless no other
#: criterion explains the change.
MIN_POINTS = 0.25
#: At most this many criteria are named per request.
MAX_CRITERIA = 6


@dataclass(frozen=True)
class Outcome:
    """A request under one catalogue."""

    catalogue: str
    version: str
    status: str | None = None
    recommended: str | None = None
    eligible: tuple[str, ...] = ()
    #: Each alternative's total, in request order.
    totals: dict[str, float] = field(default_factory=dict)
    #: Why the request cannot be evaluated under this catalogue (its input errors).
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class Difference:
    """A criterion that moved the lead towards the new recommendation (``points`` > 0)."""

    criterion: str
    title: dict[str, str]
    points: float
    #: ``new``: only the new catalogue has it; ``removed``: only the old one.
    change: str | None = None


@dataclass(frozen=True)
class Eligibility:
    """An alternative that becomes eligible or is excluded, and the knock-outs why."""

    alternative: str
    name: str
    eligible: bool
    knockouts: tuple[str, ...]


@dataclass(frozen=True)
class Impact:
    path: str
    request_id: str | None
    title: str | None
    before: Outcome
    after: Outcome
    #: ``verdict``, ``recommendation``, ``eligibility``; empty when nothing changes.
    changes: tuple[str, ...] = ()
    names: dict[str, str] = field(default_factory=dict)
    differences: tuple[Difference, ...] = ()
    eligibility: tuple[Eligibility, ...] = ()
    #: The new catalogue does not touch this request's chain.
    untouched: bool = False


def rebase_for(reference: str) -> dict[str, str] | None:
    """The replacement a shipped reference makes (``{"standard": "standard@2"}``); ``None``
    for a path, which replaces the whole catalogue."""
    from ossfirst.load.catalogue import split_ref

    parts = split_ref(reference)
    return None if parts is None else {parts[0]: reference}


def _outcome(result: Result) -> Outcome:
    return Outcome(
        catalogue=result.catalogue.id,
        version=result.catalogue.version,
        status=result.verdict.status,
        recommended=result.verdict.recommended,
        eligible=tuple(a.id for a in result.alternatives if a.eligible),
        totals={a.id: a.total for a in result.alternatives},
    )


def _failed(error: InputError, lang: str) -> Outcome:
    # Every alternative that assesses a missing criterion says so; each reason once.
    problems = tuple(dict.fromkeys(p.text(lang) for p in error.problems))
    return Outcome(catalogue="", version="", problems=problems)


def _knockout_refs(alternative: AlternativeResult) -> tuple[str, ...]:
    return tuple(_ref(k) for k in alternative.knockouts)


def _ref(knockout: KnockOut) -> str:
    return knockout.ref if knockout.code != "budget" else "budget"


def compare_file(
    target: Target,
    reference: str,
    *,
    catalogue: str | None,
    profile: str | None,
    lang: str,
) -> Impact:
    """Evaluate one request under its own catalogue and under ``reference``."""
    from ossfirst import api

    path = target.display
    try:
        own = api.prepare(target.path, catalogue=catalogue, profile=profile, display=path)
    except InputError as exc:
        failed = _failed(exc, lang)
        return Impact(path, None, None, failed, failed)
    before = api.evaluate_prepared(own, draws=0)
    request = own.loaded.request
    rebase = rebase_for(reference)
    try:
        if rebase is None:
            other = api.prepare(target.path, catalogue=reference, profile=profile, display=path)
        else:
            other = api.prepare(
                target.path, catalogue=catalogue, profile=profile, display=path, rebase=rebase
            )
    except InputError as exc:
        return Impact(
            path,
            request.id,
            request.title,
            _outcome(before),
            _failed(exc, lang),
            ("evaluation",),
            {a.id: a.name for a in before.alternatives},
        )
    untouched = [(r.id, r.version) for r in own.catalogue.lineage] == [
        (r.id, r.version) for r in other.catalogue.lineage
    ]
    after = api.evaluate_prepared(other, draws=0)
    return compare_results(path, before, after, untouched=untouched)


def compare_results(path: str, before: Result, after: Result, *, untouched: bool = False) -> Impact:
    """What differs between two evaluations of the same request."""
    first, second = _outcome(before), _outcome(after)
    changes: list[str] = []
    if first.status != second.status:
        changes.append("verdict")
    if first.recommended != second.recommended:
        changes.append("recommendation")
    if set(first.eligible) != set(second.eligible):
        changes.append("eligibility")
    names = {a.id: a.name for a in after.alternatives}
    eligibility = tuple(
        Eligibility(
            alternative=new.id,
            name=new.name,
            eligible=new.eligible,
            knockouts=_knockout_refs(new if not new.eligible else old),
        )
        for old, new in zip(before.alternatives, after.alternatives, strict=True)
        if old.eligible != new.eligible
    )
    differences: tuple[Difference, ...] = ()
    # When the old recommendation is excluded now, its knock-outs are the reason, not weights.
    if (
        "recommendation" in changes
        and first.recommended
        and second.recommended
        and first.recommended in second.eligible
    ):
        differences = _differences(before, after, first.recommended, second.recommended)
    return Impact(
        path,
        after.request.id,
        after.request.title,
        first,
        second,
        tuple(changes),
        names,
        differences,
        eligibility,
        untouched,
    )


def _contributions(result: Result, alternative: str) -> dict[str, float]:
    return {row.criterion: row.contribution for row in result.alternative(alternative).criteria}


def _differences(before: Result, after: Result, old: str, new: str) -> tuple[Difference, ...]:
    """The criteria that moved the lead from ``old`` towards ``new``: for each, how many
    points of the total the gap ``new - old`` grew by."""
    old_before, new_before = _contributions(before, old), _contributions(before, new)
    old_after, new_after = _contributions(after, old), _contributions(after, new)
    titles = {c.id: c.title for c in before.catalogue.criteria}
    titles.update({c.id: c.title for c in after.catalogue.criteria})
    known_before = set(old_before)
    known_after = set(old_after)
    moved: list[Difference] = []
    for criterion in [*old_after, *(c for c in old_before if c not in known_after)]:
        gap_before = new_before.get(criterion, 0.0) - old_before.get(criterion, 0.0)
        gap_after = new_after.get(criterion, 0.0) - old_after.get(criterion, 0.0)
        points = round(gap_after - gap_before, 2)
        if points <= 0:
            continue
        change = (
            "new"
            if criterion not in known_before
            else "removed"
            if criterion not in known_after
            else None
        )
        title = titles[criterion]
        moved.append(Difference(criterion, {"de": title.de, "en": title.en}, points, change))
    moved.sort(key=lambda d: (-d.points, d.criterion))
    shown = [d for d in moved if d.points >= MIN_POINTS] or moved[:1]
    return tuple(shown[:MAX_CRITERIA])


# -- writing ---------------------------------------------------------------------------


def changed(impacts: Iterable[Impact]) -> list[Impact]:
    return [i for i in impacts if i.changes]


def text_report(impacts: Sequence[Impact], reference: str, lang: str) -> str:
    """The upgrade impact for people: the requests that change, with why; then a summary."""
    from ossfirst.texts import number, text

    lines = [text("impact.head", lang, reference=reference), ""]
    for impact in impacts:
        if not impact.changes:
            continue
        lines.append(f"{impact.path}: {_heading(impact, lang)}")
        lines.extend(f"  {line}" for line in _details(impact, lang, number))
        lines.append("")
    lines.append(_summary(impacts, lang))
    return "\n".join(lines) + "\n"


def markdown_report(impacts: Sequence[Impact], reference: str, lang: str) -> str:
    """The same as Markdown, for a merge request or a council paper."""
    from ossfirst.texts import number, text

    def md(value: str) -> str:
        return value.replace("|", "\\|")

    lines = [f"# {text('impact.title', lang)}", "", text("impact.head", lang, reference=reference)]
    for impact in impacts:
        if not impact.changes:
            continue
        lines += ["", f"## `{md(impact.path)}`", "", md(_heading(impact, lang)), ""]
        lines += [f"- {md(line.strip())}" for line in _details(impact, lang, number)]
    lines += ["", _summary(impacts, lang)]
    return "\n".join(lines) + "\n"


def json_report(impacts: Sequence[Impact], reference: str) -> str:
    document: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "compare_catalogue": reference,
        "requests": [asdict(i) for i in impacts],
        "changed": len(changed(impacts)),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _version(outcome: Outcome) -> str:
    return f"{outcome.catalogue} {outcome.version}".strip()


def _heading(impact: Impact, lang: str) -> str:
    from ossfirst.texts import text

    title = f"{impact.request_id} {impact.title}" if impact.request_id else ""
    return text(
        "impact.request",
        lang,
        title=title,
        before=_version(impact.before),
        after=_version(impact.after) or "–",
    )


def _details(impact: Impact, lang: str, number: Any) -> list[str]:
    from ossfirst.texts import text

    before, after, names = impact.before, impact.after, impact.names
    if after.problems:
        return [text("impact.invalid", lang), *(f"  {p}" for p in after.problems)]
    lines: list[str] = []

    def name(alternative: str | None) -> str:
        return names.get(alternative or "", alternative or text("impact.none", lang))

    if "recommendation" in impact.changes:
        lines.append(
            text(
                "impact.recommendation",
                lang,
                before=name(before.recommended),
                after=name(after.recommended),
            )
        )
    if "verdict" in impact.changes:
        lines.append(text("impact.verdict", lang, before=before.status, after=after.status))
    for entry in impact.eligibility:
        key = "impact.eligible" if entry.eligible else "impact.excluded"
        lines.append(text(key, lang, name=entry.name, knockouts=", ".join(entry.knockouts)))
    if impact.differences:
        lines.append(text("impact.criteria", lang, after=name(after.recommended)))
        for difference in impact.differences:
            mark = f" ({text('impact.' + difference.change, lang)})" if difference.change else ""
            lines.append(
                f"  +{number(difference.points, lang)}  "
                f"{difference.title[lang]} ({difference.criterion}){mark}"
            )
    return lines


def _summary(impacts: Sequence[Impact], lang: str) -> str:
    from ossfirst.texts import text

    moved = len(changed(impacts))
    untouched = sum(1 for i in impacts if i.untouched)
    failed = sum(1 for i in impacts if i.before.problems)
    return text(
        "impact.summary",
        lang,
        count=len(impacts),
        changed=moved,
        same=len(impacts) - moved - failed,
        untouched=untouched,
        failed=failed,
    )


def exit_code(impacts: Sequence[Impact]) -> int:
    """0 nothing changes, 1 some request changes, 2 a request cannot be evaluated under its
    own catalogue."""
    if any(i.before.problems for i in impacts):
        return 2
    return 1 if changed(impacts) else 0
