# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The OSS-first decision rule: recommendation, verdict and the "why no OSS" determination.

Preference order (Italy's CAD art. 68, the Dortmund resolution): software a public body
already owns or runs (reuse) before open source before proprietary. The best eligible
alternative of the most preferred class is recommended. An alternative of a less preferred
class takes its place only when its total exceeds the best total of *every* more preferred
eligible alternative by more than the catalogue's margin. Ties are broken by the higher
total, then the identifier, so the outcome never depends on the order of the file.

Under a UfAB award method (:mod:`ossfirst.engine.ufab`) the same rule compares the award
measure instead of the total: the price-performance ratio Z, whose lead is measured in per
cent, or the combined points of the price-points method.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ossfirst.model.catalogue import UnansweredJustification
from ossfirst.model.request import Request
from ossfirst.model.result import (
    AlternativeResult,
    Category,
    JustificationReview,
    Message,
    Param,
    Shortfall,
    Verdict,
    VerdictStatus,
)

PREFERENCE: dict[Category, int] = {"reuse": 0, "open-source": 1, "proprietary": 2}
#: Relative difference below which two ratios Z are the same (see :mod:`ossfirst.engine.ufab`).
_EQUAL_RATIO = 1e-9

#: An eligible alternative as the rule sees it: (ranking key, preference, value, id, category).
#: The ranking key orders the award ranking (smaller first); ``value`` is the award measure
#: whose lead is compared with the margin (total points, or Z under a UfAB ratio method).
Standing = tuple[tuple[float | int | str, ...], int, float, str, Category]


def standing(
    alternative_id: str, category: Category, value: float, key: tuple[float | int | str, ...]
) -> Standing:
    """A standing whose ranking key is ``key`` followed by the preference and the id, so that
    the outcome never depends on the order of the file."""
    preference = PREFERENCE[category]
    return ((*key, preference, alternative_id), preference, value, alternative_id, category)


def lead_of(value: float, over: float, relative: bool) -> float:
    """How far ``value`` leads ``over``: in points, or in per cent of ``over``."""
    if not relative:
        return value - over
    if over <= 0:
        return math.inf if value > 0 else 0.0
    share = value / over
    # Ratios that agree to a billionth are equal (as the UfAB ranking compares them), so
    # that the last bits of a division cannot turn an equal Z into a lead.
    if abs(share - 1.0) <= _EQUAL_RATIO:
        return 0.0
    return (share - 1.0) * 100.0


def choose(
    standings: Sequence[Standing],
    margin: float,
    relative: bool = False,
    reasons: list[Message] | None = None,
) -> Standing | None:
    """The recommended standing by the preference order and the margin.

    The best-ranked alternative of the most preferred class is chosen; an alternative of a
    less preferred class takes its place only when it ranks ahead of every more preferred
    one and leads the best of them by more than ``margin``. When ``reasons`` is given, the
    comparisons are recorded in it.
    """
    if not standings:
        return None
    by_class: dict[int, Standing] = {}
    for entry in sorted(standings):
        by_class.setdefault(entry[1], entry)
    classes = sorted(by_class)
    chosen = by_class[classes[0]]
    best_value, best_key = chosen[2], chosen[0]
    exceeded, not_exceeded = (
        ("ratio-margin-exceeded", "ratio-margin-not-exceeded")
        if relative
        else ("margin-exceeded", "margin-not-exceeded")
    )
    for preference in classes[1:]:
        challenger = by_class[preference]
        lead = lead_of(challenger[2], best_value, relative)
        ahead = challenger[0] < best_key
        if reasons is not None:
            params: dict[str, Param] = {
                "alternative": challenger[3],
                "over": chosen[3],
                "lead": round(lead, 2) if math.isfinite(lead) else None,
                "margin": margin,
            }
            if ahead and lead > margin:
                reasons.append(Message(code=exceeded, params=params))
            elif lead > margin:  # only under the corridor of the extended Richtwertmethode
                reasons.append(Message(code="ratio-not-ahead", params=params))
            elif lead > 0:
                reasons.append(Message(code=not_exceeded, params=params))
            elif lead == 0:
                # an exact tie: the preference order alone decides, and says so
                reasons.append(Message(code="tie-decided-by-rule", params=params))
        if ahead and lead > margin:
            chosen = challenger
        best_value = max(best_value, challenger[2])
        best_key = min(best_key, challenger[0])
    return chosen


def recommend(
    eligible: Sequence[AlternativeResult],
    margin: float,
    standings: Sequence[Standing],
    relative: bool,
) -> tuple[AlternativeResult | None, list[Message]]:
    """The recommended alternative and the reasons, by the preference order and margin."""
    if not eligible:
        return None, [Message(code="no-eligible-alternative")]
    reasons: list[Message] = []
    best = choose(standings, margin, relative, reasons)
    assert best is not None
    chosen = next(a for a in eligible if a.id == best[3])
    reasons.insert(
        0,
        Message(
            code="recommended",
            params={"alternative": chosen.id, "category": chosen.category, "total": chosen.total},
        ),
    )
    return chosen, reasons


def ways_on(request: Request, alternatives: Sequence[AlternativeResult]) -> list[Message]:
    """What to do when no alternative is eligible: per must-requirement, the alternatives
    that fail on it alone (relaxing it would make them eligible), or that no single
    requirement decides; then the usual ways on (a market exploration, a commission that
    closes the gap in an open-source alternative).

    Read from the knock-outs only: an alternative fails on a requirement alone when every
    knock-out it has is that must-requirement. Which alternative would then be recommended
    is not said here; that needs a new evaluation without the requirement.
    """
    messages: list[Message] = []
    for requirement in request.requirements:
        if not requirement.must:
            continue
        for alternative in alternatives:
            if alternative.knockouts and all(
                k.code == "must-requirement" and k.ref == requirement.id
                for k in alternative.knockouts
            ):
                messages.append(
                    Message(
                        code="relaxing-admits",
                        alternative=alternative.id,
                        params={
                            "alternative": alternative.id,
                            "requirement": requirement.id,
                            "text": requirement.text,
                        },
                        path=["requirements", _requirement_index(request, requirement.id)],
                    )
                )
    if not messages:
        messages.append(Message(code="relaxing-admits-none"))
    oss = any(a.category != "proprietary" for a in alternatives)
    messages.append(Message(code="ways-on" if oss else "ways-on-no-oss"))
    return messages


def _requirement_index(request: Request, requirement: str) -> int:
    return next(i for i, r in enumerate(request.requirements) if r.id == requirement)


#: The breaches in the order of how fundamental they are: the first one present names the
#: verdict's status.
_PRECEDENCE: tuple[tuple[str, VerdictStatus], ...] = (
    ("no-eligible-alternative", "no-eligible-alternative"),
    ("proposal-unmet-must", "proposal-excluded"),
    ("proposal-excluded", "proposal-excluded"),
    ("no-oss-considered", "no-oss-considered"),
    ("unjustified-departure", "unjustified-departure"),
    ("justification-missing", "justification-missing"),
    ("justification-misses-points", "justification-unanswered"),
)


def explored(request: Request) -> bool:
    """Whether the request records a market exploration that stands in for an open-source
    alternative: a written account (``market_search``), or a recorded catalogue search
    (``market_exploration``) in which every hit was taken in or set aside."""
    if request.market_search:
        return True
    exploration = request.market_exploration
    return exploration is not None and all(
        hit.alternative is not None or hit.set_aside is not None for hit in exploration.hits
    )


def verdict(
    request: Request,
    alternatives: Sequence[AlternativeResult],
    margin: float,
    standings: Sequence[Standing],
    relative: bool,
) -> Verdict:
    """Apply the OSS-first rule to the proposal.

    A written justification is required when the proposal departs from the recommendation,
    and whenever a proprietary alternative is proposed (every proprietary use must be
    justified, even when no open-source alternative qualifies). When every alternative is
    proprietary, the request has not shown that no open-source or reuse solution can do the
    job, unless it records the market search that found none. Every breach is listed; the
    policy holds when there is none.
    """
    eligible = [a for a in alternatives if a.eligible]
    chosen, reasons = recommend(eligible, margin, standings, relative)
    by_id = {a.id: a for a in alternatives}
    index = {a.id: i for i, a in enumerate(request.alternatives)}
    proposed = by_id.get(request.proposed) if request.proposed else None
    justification = request.justification
    oss_considered = any(a.category != "proprietary" for a in alternatives)
    breaches: list[Message] = []
    justification_at: list[str | int] = ["justification" if justification else "proposed"]

    if chosen is None:
        # Name the causes, and what excludes each alternative, as for the open-source ones
        # below.
        causes = dict.fromkeys(k.code for a in alternatives for k in a.knockouts)
        reasons = [Message(code="no-eligible-alternative", params={"causes": ",".join(causes)})]
        for alternative in alternatives:
            reasons.append(
                Message(
                    code="alternative-excluded",
                    alternative=alternative.id,
                    params={"alternative": alternative.id},
                )
            )
        reasons.extend(ways_on(request, alternatives))
        breaches.append(Message(code="no-eligible-alternative", path=["alternatives"]))
    elif chosen.category == "proprietary":
        # Say in the summary itself why the open-source alternatives are not recommended.
        for alternative in alternatives:
            if alternative.category != "proprietary" and not alternative.eligible:
                reasons.append(
                    Message(
                        code="oss-excluded",
                        alternative=alternative.id,
                        params={"alternative": alternative.id},
                    )
                )
    required = proposed is not None and proposed.category == "proprietary"
    if proposed is not None and not proposed.eligible:
        reasons.append(Message(code="proposal-excluded", params={"proposed": proposed.id}))
        breaches.extend(_exclusions(proposed, index[proposed.id]))
    if not oss_considered:
        if explored(request):
            reasons.append(Message(code="market-search"))
        else:
            reasons.append(Message(code="no-oss-considered"))
            breaches.append(Message(code="no-oss-considered", path=["alternatives"]))
    if chosen is not None and proposed is None:
        reasons.append(Message(code="no-proposal"))
    elif chosen is not None and proposed is not None and proposed.eligible:
        if proposed.id != chosen.id:
            required = True
            reasons.append(
                Message(
                    code="proposal-departs",
                    params={"proposed": proposed.id, "recommended": chosen.id},
                )
            )
            if not justification:
                breaches.append(
                    Message(
                        code="unjustified-departure",
                        params={"proposed": proposed.id, "recommended": chosen.id},
                        path=justification_at,
                    )
                )
        else:
            reasons.append(Message(code="proposal-conforms", params={"proposed": proposed.id}))
    if required:
        reasons.append(
            Message(code="justification-given" if justification else "justification-missing")
        )
        if not justification and not any(b.code == "unjustified-departure" for b in breaches):
            assert proposed is not None
            breaches.append(
                Message(
                    code="justification-missing",
                    params={"proposed": proposed.id},
                    path=justification_at,
                )
            )
    return _settled(
        Verdict(
            status="conforms",
            policy_holds=True,
            recommended=chosen.id if chosen else None,
            proposed=proposed.id if proposed else None,
            justification_required=required,
            justification=justification,
            reasons=reasons,
            breaches=breaches,
        )
    )


def _exclusions(proposed: AlternativeResult, index: int) -> list[Message]:
    """A breach for every knock-out of the proposed alternative, placed where it is caused."""
    found: list[Message] = []
    for knockout in proposed.knockouts:
        if knockout.code == "must-requirement":
            found.append(
                Message(
                    code="proposal-unmet-must",
                    params={
                        "proposed": proposed.id,
                        "requirement": knockout.ref,
                        "coverage": knockout.params.get("coverage"),
                    },
                    alternative=proposed.id,
                    path=["alternatives", index, "requirements", knockout.ref],
                )
            )
        else:
            found.append(
                Message(
                    code="proposal-excluded",
                    params={"proposed": proposed.id, "code": knockout.code, "ref": knockout.ref},
                    alternative=proposed.id,
                    path=(
                        ["budget"]
                        if knockout.code == "budget"
                        else ["alternatives", index, "evidence"]
                        if knockout.code == "evidence-floor"
                        else ["alternatives", index, "assessments", knockout.ref]
                    ),
                )
            )
    return found


def _settled(verdict: Verdict) -> Verdict:
    """``verdict`` with its status and ``policy_holds`` derived from its breaches."""
    status: VerdictStatus
    codes = {b.code for b in verdict.breaches}
    for code, named in _PRECEDENCE:
        if code in codes:
            status = named
            break
    else:
        if verdict.proposed is None:
            status = "recommendation-only"
        elif verdict.proposed != verdict.recommended:
            status = "justified-departure"
        else:
            status = "conforms"
    return verdict.model_copy(update={"status": status, "policy_holds": not verdict.breaches})


def with_review(
    verdict: Verdict, review: JustificationReview | None, unanswered: UnansweredJustification
) -> Verdict:
    """``verdict`` with the review of its justification: a justification that answers none
    of the points breaks the policy when the catalogue says so (``violation``)."""
    if review is None:
        return verdict
    reasons = list(verdict.reasons)
    breaches = list(verdict.breaches)
    unsupported = [c.ref for c in review.citations if not c.supports]
    if not review.answered:
        reasons.append(Message(code=f"justification-unanswered-{unanswered}"))
        if unanswered == "violation":
            breaches.append(
                Message(code="justification-misses-points", path=["justification"], params={})
            )
    if unsupported:
        reasons.append(
            Message(
                code="justification-cites-unsupported",
                params={"refs": ", ".join(unsupported), "count": len(unsupported)},
            )
        )
    return _settled(
        verdict.model_copy(
            update={"reasons": reasons, "breaches": breaches, "justification_review": review}
        )
    )


def why_no_oss(
    alternatives: Sequence[AlternativeResult], verdict: Verdict, margin: float
) -> list[Shortfall]:
    """Point by point, why each open-source or reuse alternative was not the choice.

    Produced when the proposal or the recommendation is proprietary; compared with the
    proposal if it is proprietary, else with the recommendation.
    """
    by_id = {a.id: a for a in alternatives}
    proposed = by_id.get(verdict.proposed) if verdict.proposed else None
    recommended = by_id.get(verdict.recommended) if verdict.recommended else None
    if proposed is not None and proposed.category == "proprietary":
        compared = proposed
    elif recommended is not None and recommended.category == "proprietary":
        compared = recommended
    else:
        return []
    compared_dims = {d.dimension: d.score for d in compared.dimensions}
    shortfalls = []
    for alternative in alternatives:
        if alternative.category == "proprietary":
            continue
        gaps: dict[str, float | None] = {}
        for dimension in alternative.dimensions:
            theirs = compared_dims.get(dimension.dimension)
            gaps[dimension.dimension] = (
                None
                if theirs is None or dimension.score is None
                else round(theirs - dimension.score, 2)
            )
        shortfalls.append(
            Shortfall(
                alternative=alternative.id,
                category=alternative.category,
                excluded=not alternative.eligible,
                knockouts=alternative.knockouts,
                total=alternative.total,
                compared_with=compared.id,
                lead=round(compared.total - alternative.total, 2),
                margin=margin,
                dimension_gaps=gaps,
            )
        )
    return shortfalls
