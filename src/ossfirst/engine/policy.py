# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The OSS-first decision rule: recommendation, verdict and the "why no OSS" determination.

Preference order (Italy's CAD art. 68, the Dortmund resolution): software a public body
already owns or runs (reuse) before open source before proprietary. The best eligible
alternative of the most preferred class is recommended. An alternative of a less preferred
class takes its place only when its total exceeds the best total of *every* more preferred
eligible alternative by more than the catalogue's margin. Ties are broken by the higher
total, then the identifier, so the outcome never depends on the order of the file.
"""

from __future__ import annotations

from collections.abc import Sequence

from ossfirst.model.request import Request
from ossfirst.model.result import (
    AlternativeResult,
    Category,
    Message,
    Shortfall,
    Verdict,
    VerdictStatus,
)

PREFERENCE: dict[Category, int] = {"reuse": 0, "open-source": 1, "proprietary": 2}


def rank_key(alternative: AlternativeResult) -> tuple[float, int, str]:
    """Sort key: higher total first, then the preferred class, then the id."""
    return (-alternative.total, PREFERENCE[alternative.category], alternative.id)


def recommend(
    eligible: Sequence[AlternativeResult], margin: float
) -> tuple[AlternativeResult | None, list[Message]]:
    """The recommended alternative and the reasons, by the preference order and margin."""
    if not eligible:
        return None, [Message(code="no-eligible-alternative")]
    by_class: dict[Category, AlternativeResult] = {}
    for alternative in sorted(eligible, key=rank_key):
        by_class.setdefault(alternative.category, alternative)
    classes = sorted(by_class, key=PREFERENCE.__getitem__)
    chosen = by_class[classes[0]]
    reasons: list[Message] = []
    best_preferred = chosen.total
    for category in classes[1:]:
        challenger = by_class[category]
        lead = challenger.total - best_preferred
        params = {
            "alternative": challenger.id,
            "over": chosen.id,
            "lead": round(lead, 2),
            "margin": margin,
        }
        if lead > margin:
            reasons.append(Message(code="margin-exceeded", params=params))
            chosen = challenger
        elif lead > 0:
            reasons.append(Message(code="margin-not-exceeded", params=params))
        best_preferred = max(best_preferred, challenger.total)
    reasons.insert(
        0,
        Message(
            code="recommended",
            params={"alternative": chosen.id, "category": chosen.category, "total": chosen.total},
        ),
    )
    return chosen, reasons


def verdict(request: Request, alternatives: Sequence[AlternativeResult], margin: float) -> Verdict:
    """Apply the OSS-first rule to the proposal.

    A written justification is required when the proposal departs from the recommendation,
    and whenever a proprietary alternative is proposed (every proprietary use must be
    justified, even when no open-source alternative qualifies).
    """
    eligible = [a for a in alternatives if a.eligible]
    chosen, reasons = recommend(eligible, margin)
    by_id = {a.id: a for a in alternatives}
    proposed = by_id.get(request.proposed) if request.proposed else None
    justification = request.justification
    oss_considered = any(a.category != "proprietary" for a in alternatives)

    if chosen is not None and chosen.category == "proprietary":
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
    status: VerdictStatus
    required = proposed is not None and proposed.category == "proprietary"
    if chosen is None:
        status = "no-eligible-alternative"
    elif proposed is not None and not proposed.eligible:
        status = "proposal-excluded"
        reasons.append(Message(code="proposal-excluded", params={"proposed": proposed.id}))
    elif proposed is None:
        status = "recommendation-only"
        reasons.append(Message(code="no-proposal"))
    elif proposed.id != chosen.id:
        required = True
        reasons.append(
            Message(
                code="proposal-departs", params={"proposed": proposed.id, "recommended": chosen.id}
            )
        )
        status = "justified-departure" if justification else "unjustified-departure"
    else:
        reasons.append(Message(code="proposal-conforms", params={"proposed": proposed.id}))
        if not required or justification:
            status = "conforms"
        elif oss_considered:
            status = "justification-missing"
        else:
            status = "no-oss-considered"
    if not oss_considered and proposed is not None:
        reasons.append(Message(code="no-oss-considered"))
    if required:
        reasons.append(
            Message(code="justification-given" if justification else "justification-missing")
        )
    holds = status in ("conforms", "recommendation-only", "justified-departure")
    return Verdict(
        status=status,
        policy_holds=holds,
        recommended=chosen.id if chosen else None,
        proposed=proposed.id if proposed else None,
        justification_required=required,
        justification=justification,
        reasons=reasons,
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
