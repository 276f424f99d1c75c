# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Does a written justification answer the gap? The points it is read against.

A proprietary proposal is measured against every open-source and reuse alternative; any
other proposal that departs from the recommendation against the recommended alternative.
For each compared alternative the *grounds* for the proposal are the knock-outs that
exclude it (the must-requirement, the criterion, the budget) or, when it is eligible, the
dimensions in which the proposal scores higher; the points the justification has to
*answer* are the dimensions in which that alternative leads and, when it is cheaper, the
difference of the present values.

A justification *answers* when it names at least one ground: its id, or its title in
German or English, standing as a word of its own (``R1`` is not named by ``R10``). It is a
heuristic, and the report shows what it found. Requirements, criteria and dimensions the
justification names are also checked against the comparison: a requirement that is no
must, one the compared alternatives meet, a criterion or dimension in which the proposal
does not lead is named as not supporting the proposal.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ossfirst.model.catalogue import Catalogue
from ossfirst.model.request import Request
from ossfirst.model.result import (
    AlternativeResult,
    Citation,
    JustificationReview,
    ReviewPoint,
)

#: Words by which a justification names the cost difference, besides the cost criterion.
COST_WORDS = (
    "Kosten",
    "Gesamtkosten",
    "Barwert",
    "Preis",
    "Wirtschaftlichkeit",
    "cost",
    "costs",
    "price",
    "present value",
    "TCO",
)
BUDGET_WORDS = ("budget", "Budget", "Haushalt", "Haushaltsmittel")


def names(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` as a word of its own (case-insensitive)."""
    word = _word(name)
    return word is not None and word.search(_folded(text)) is not None


@functools.lru_cache(maxsize=4096)
def _word(name: str) -> re.Pattern[str] | None:
    """``name`` as a word of its own, case-insensitive (``None``: an empty name)."""
    needle = name.casefold().strip()
    if not needle:
        return None
    return re.compile(r"(?<![0-9a-zäöüß_])" + re.escape(needle) + r"(?![0-9a-zäöüß_])")


@functools.lru_cache(maxsize=8)
def _folded(text: str) -> str:
    """``text`` case-folded: a review reads one justification for many names."""
    return text.casefold()


def names_any(text: str, candidates: Iterable[str]) -> bool:
    return any(names(text, name) for name in candidates)


@dataclass(frozen=True)
class _Vocabulary:
    """The words that name each requirement, criterion and dimension."""

    requirements: dict[str, tuple[str, ...]]
    criteria: dict[str, tuple[str, ...]]
    dimensions: dict[str, tuple[str, ...]]
    cost: tuple[str, ...]

    @classmethod
    def of(cls, catalogue: Catalogue, request: Request) -> _Vocabulary:
        tco = [
            c
            for c in catalogue.criteria
            if c.computation is not None and c.computation.metric == "tco-ratio"
        ]
        return cls(
            requirements={r.id: (r.id, r.text) for r in request.requirements},
            criteria={c.id: (c.id, c.title.de, c.title.en) for c in catalogue.criteria},
            dimensions={d.id: (d.id, d.title.de, d.title.en) for d in catalogue.dimensions},
            cost=(*COST_WORDS, *(n for c in tco for n in (c.id, c.title.de, c.title.en))),
        )

    def of_point(self, kind: str, ref: str) -> tuple[str, ...]:
        if kind == "requirement":
            return self.requirements.get(ref, (ref,))
        if kind == "criterion":
            return self.criteria.get(ref, (ref,))
        if kind == "dimension":
            return self.dimensions.get(ref, (ref,))
        if kind == "budget":
            return BUDGET_WORDS
        return self.cost


def compared_alternatives(
    alternatives: Sequence[AlternativeResult], proposed: str | None, recommended: str | None
) -> list[AlternativeResult]:
    """The alternatives a justification of the proposal has to answer: every open-source
    and reuse alternative for a proprietary proposal, else the recommended alternative when
    the proposal departs from it."""
    by_id = {a.id: a for a in alternatives}
    chosen = by_id.get(proposed) if proposed else None
    if chosen is None:
        return []
    if chosen.category == "proprietary":
        return [a for a in alternatives if a.category != "proprietary"]
    if recommended is not None and recommended != chosen.id:
        return [by_id[recommended]]
    return []


def _leads(
    proposal: AlternativeResult, other: AlternativeResult
) -> tuple[dict[str, float], dict[str, float]]:
    """Per dimension, how far the proposal leads ``other`` and how far ``other`` leads."""
    theirs = {d.dimension: d.score for d in other.dimensions}
    ahead: dict[str, float] = {}
    behind: dict[str, float] = {}
    for row in proposal.dimensions:
        score = theirs.get(row.dimension)
        if row.score is None or score is None:
            continue
        gap = round(row.score - score, 2)
        if gap > 0:
            ahead[row.dimension] = gap
        elif gap < 0:
            behind[row.dimension] = -gap
    return ahead, behind


def _points(
    proposal: AlternativeResult,
    compared: Sequence[AlternativeResult],
    text: str,
    vocab: _Vocabulary,
) -> list[ReviewPoint]:
    points: list[ReviewPoint] = []

    def add(
        kind: str, ref: str, other: str, side: str, value: float | None, also: Iterable[str] = ()
    ) -> None:
        named = names_any(text, vocab.of_point(kind, ref)) or names_any(text, also)
        points.append(
            ReviewPoint.model_validate(
                {
                    "kind": kind,
                    "ref": ref,
                    "alternative": other,
                    "side": side,
                    "value": value,
                    "named": named,
                }
            )
        )

    def criteria_led(
        dimension: str, ahead: AlternativeResult, behind: AlternativeResult
    ) -> list[str]:
        """The names of the criteria of ``dimension`` in which ``ahead`` scores higher: a
        justification that names one of them names the dimension's lead."""
        found: list[str] = []
        for row in ahead.criteria:
            if row.dimension != dimension or row.score is None:
                continue
            theirs = _score(behind, row.criterion)
            if theirs is None or row.score > theirs:
                found.extend(vocab.criteria.get(row.criterion, (row.criterion,)))
        return found

    for other in compared:
        if not other.eligible:
            for knockout in other.knockouts:
                kind = (
                    "requirement"
                    if knockout.code == "must-requirement"
                    else "budget"
                    if knockout.code == "budget"
                    else "criterion"
                )
                add(kind, knockout.ref, other.id, "proposal", None)
            continue
        ahead, behind = _leads(proposal, other)
        for dimension, lead in ahead.items():
            led = criteria_led(dimension, proposal, other)
            add("dimension", dimension, other.id, "proposal", lead, led)
        for dimension, lead in behind.items():
            led = criteria_led(dimension, other, proposal)
            add("dimension", dimension, other.id, "other", lead, led)
        cheaper = round(proposal.economics.present_value - other.economics.present_value, 2)
        if cheaper > 0:
            add("cost", "cost", other.id, "other", cheaper)
    return points


def _score(alternative: AlternativeResult, criterion: str) -> float | None:
    for row in alternative.criteria:
        if row.criterion == criterion:
            return None if row.score is None else float(row.score)
    return None


def _cited(
    text: str,
    request: Request,
    catalogue: Catalogue,
    proposal: AlternativeResult,
    compared: Sequence[AlternativeResult],
    points: Sequence[ReviewPoint],
    vocab: _Vocabulary,
) -> list[Citation]:
    """What the justification names, each judged: does it support the proposal?"""
    grounds = {(p.kind, p.ref) for p in points if p.side == "proposal"}
    eligible = [a for a in compared if a.eligible]
    citations: list[Citation] = []

    def cite(kind: str, ref: str, reason: str) -> None:
        citations.append(
            Citation.model_validate(
                {"kind": kind, "ref": ref, "supports": reason == "ground", "reason": reason}
            )
        )

    for requirement in request.requirements:
        if not names(text, requirement.id):
            continue
        if ("requirement", requirement.id) in grounds:
            cite("requirement", requirement.id, "ground")
        elif not requirement.must:
            cite("requirement", requirement.id, "not-a-must")
        else:
            cite("requirement", requirement.id, "met-by-other")
    for criterion in catalogue.criteria:
        if not names_any(text, vocab.criteria[criterion.id]):
            continue
        if ("criterion", criterion.id) in grounds:
            cite("criterion", criterion.id, "ground")
            continue
        if criterion.kind == "knock-out":  # not a ground: the compared alternatives pass it
            cite("criterion", criterion.id, "met-by-other")
            continue
        mine = _score(proposal, criterion.id)
        leads = mine is not None and any(
            (theirs := _score(other, criterion.id)) is None or mine > theirs for other in eligible
        )
        cite("criterion", criterion.id, "ground" if leads else "proposal-does-not-lead")
    for dimension in catalogue.dimensions:
        if not names_any(text, vocab.dimensions[dimension.id]):
            continue
        leads = ("dimension", dimension.id) in grounds
        cite("dimension", dimension.id, "ground" if leads else "proposal-does-not-lead")
    return citations


def review(
    catalogue: Catalogue,
    request: Request,
    alternatives: Sequence[AlternativeResult],
    proposed: str | None,
    recommended: str | None,
    justification: str,
) -> JustificationReview | None:
    """The justification read against the points of the comparison; ``None`` when there is
    no alternative to compare the proposal with."""
    compared = compared_alternatives(alternatives, proposed, recommended)
    if not compared or proposed is None:
        return None
    proposal = next(a for a in alternatives if a.id == proposed)
    vocab = _Vocabulary.of(catalogue, request)
    points = _points(proposal, compared, justification, vocab)
    citations = _cited(justification, request, catalogue, proposal, compared, points, vocab)
    grounds = [p for p in points if p.side == "proposal"]
    answered = not grounds or any(p.named for p in grounds) or any(c.supports for c in citations)
    return JustificationReview(
        compared=[a.id for a in compared],
        points=points,
        citations=citations,
        answered=answered,
    )
