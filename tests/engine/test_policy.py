# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The OSS-first rule: preference order, margin, knock-outs and the verdict.

Totals with the tiny catalogue: 50 * fit / 4 + 50 * control / 4.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.engine.requests import alternative, evaluate, request


def test_open_source_within_the_margin_is_recommended(tmp_path: Path) -> None:
    # Profile 80/20: total = 20 * fit + 5 * control. 70 vs 80: a lead of exactly the margin
    # (10) is not more than the margin.
    result = evaluate(
        tmp_path,
        request(
            alternative("oss", "open-source", 3, 2),
            alternative("prop", "proprietary", 3, 4),
            proposed="oss",
        ),
        profile="quality-first",
    )
    assert result.alternative("oss").total == 70.0
    assert result.alternative("prop").total == 80.0
    assert result.verdict.recommended == "oss"
    assert result.verdict.status == "conforms" and result.verdict.policy_holds
    codes = [m.code for m in result.verdict.reasons]
    assert "margin-not-exceeded" in codes
    assert result.why_no_oss == []


def test_proprietary_recommended_only_beyond_the_margin(tmp_path: Path) -> None:
    # 75 vs 100: the lead of 25 exceeds the margin.
    result = evaluate(
        tmp_path,
        request(
            alternative("oss", "open-source", 2, 4),
            alternative("prop", "proprietary", 4, 4),
            proposed="prop",
            justification="Only prop meets the quality requirements (see scores).",
        ),
    )
    assert result.verdict.recommended == "prop"
    assert result.verdict.status == "conforms" and result.verdict.justification_required
    [shortfall] = result.why_no_oss
    assert shortfall.alternative == "oss" and not shortfall.excluded
    assert shortfall.lead == 25.0 and shortfall.margin == 10.0
    assert shortfall.dimension_gaps == {"quality": 50.0, "sovereignty": 0.0}


def test_knocked_out_open_source_is_listed_in_why_no_oss(tmp_path: Path) -> None:
    result = evaluate(
        tmp_path,
        request(
            alternative("oss", "open-source", 4, 4, r1="partial"),
            alternative("prop", "proprietary", 2, 2),
            proposed="prop",
        ),
    )
    oss = result.alternative("oss")
    assert not oss.eligible and [k.code for k in oss.knockouts] == ["must-requirement"]
    assert result.verdict.recommended == "prop"
    [shortfall] = result.why_no_oss
    assert shortfall.excluded and shortfall.knockouts[0].ref == "R1"
    assert any(m.code == "oss-excluded" and m.alternative == "oss" for m in result.verdict.reasons)
    # every proprietary proposal needs a written justification, even when it is recommended
    assert result.verdict.status == "justification-missing" and not result.verdict.policy_holds


def test_reuse_flag_on_a_proprietary_product_earns_no_preference(tmp_path: Path) -> None:
    flagged = alternative("licensed", "proprietary", 3, 3)
    flagged["reuse"] = True
    result = evaluate(tmp_path, request(flagged, alternative("oss", "open-source", 3, 3)))
    assert result.alternative("licensed").category == "proprietary"
    assert result.verdict.recommended == "oss"
    assert "reuse-not-open" in [m.code for m in result.warnings]


def test_reuse_comes_before_open_source(tmp_path: Path) -> None:
    result = evaluate(
        tmp_path,
        request(alternative("shared", "reuse", 3, 3), alternative("oss", "open-source", 4, 3)),
    )
    # 75 vs 87.5: open source leads by 12.5 > 10, so it overtakes the reuse option
    assert result.verdict.recommended == "oss"
    result = evaluate(
        tmp_path,
        request(alternative("shared", "reuse", 3, 3), alternative("oss", "open-source", 4, 2)),
    )
    # 75 vs 75: reuse keeps its place
    assert result.verdict.recommended == "shared"
    assert result.alternative("shared").category == "reuse"


def test_lower_class_must_beat_every_preferred_alternative(tmp_path: Path) -> None:
    # Profile 80/20: reuse 50, open source 60, proprietary 65. Open source does not lead the
    # reuse option by more than 10; proprietary leads it by 15 but the open-source one only
    # by 5, so the reuse option stays recommended.
    result = evaluate(
        tmp_path,
        request(
            alternative("shared", "reuse", 2, 2),
            alternative("oss", "open-source", 2, 4),
            alternative("prop", "proprietary", 3, 1),
        ),
        profile="quality-first",
    )
    assert [result.alternative(i).total for i in ("shared", "oss", "prop")] == [50, 60, 65]
    assert result.verdict.recommended == "shared"


def test_unjustified_and_justified_departure(tmp_path: Path) -> None:
    alternatives = (
        alternative("oss", "open-source", 4, 4),
        alternative("prop", "proprietary", 4, 3),
    )
    result = evaluate(tmp_path, request(*alternatives, proposed="prop"))
    assert result.verdict.status == "unjustified-departure"
    assert not result.verdict.policy_holds and result.verdict.justification_required
    assert [s.alternative for s in result.why_no_oss] == ["oss"]
    result = evaluate(
        tmp_path,
        request(
            *alternatives, proposed="prop", justification="Only prop integrates with system X."
        ),
    )
    assert result.verdict.status == "justified-departure" and result.verdict.policy_holds


def test_proposal_that_fails_a_knock_out(tmp_path: Path) -> None:
    result = evaluate(
        tmp_path,
        request(
            alternative("oss", "open-source", 4, 4),
            alternative("prop", "proprietary", 4, 4, legal=False),
            proposed="prop",
            justification="We want it.",
        ),
    )
    assert result.verdict.status == "proposal-excluded" and not result.verdict.policy_holds


def test_no_eligible_alternative(tmp_path: Path) -> None:
    result = evaluate(
        tmp_path,
        request(
            alternative("oss", "open-source", 0, 4),
            alternative("prop", "proprietary", 4, 4, r1="unmet"),
        ),
    )
    assert result.alternative("oss").knockouts[0].code == "floor"
    assert result.verdict.status == "no-eligible-alternative"
    assert result.verdict.recommended is None and not result.verdict.policy_holds


def test_no_eligible_alternative_says_which_requirement_alone_excludes_which(
    tmp_path: Path,
) -> None:
    from ossfirst.words import Words

    result = evaluate(
        tmp_path,
        request(
            alternative("oss", "open-source", 4, 4, r1="partial"),
            alternative("reused", "reuse", 4, 4, r1="unmet", legal=False),
            alternative("prop", "proprietary", 4, 4, r1="unmet"),
        ),
    )
    assert result.verdict.status == "no-eligible-alternative"
    ways = [r for r in result.verdict.reasons if r.code.startswith(("relaxing", "ways-on"))]
    # R1 alone excludes oss and prop; reused also fails a knock-out criterion
    assert [(r.code, r.alternative) for r in ways] == [
        ("relaxing-admits", "oss"),
        ("relaxing-admits", "prop"),
        ("ways-on", None),
    ]
    assert ways[0].params["requirement"] == "R1" and ways[0].path == ["requirements", 0]
    words = Words(result, "en")
    assert words.message(ways[0]) == (
        'Without the must-requirement R1 ("Works"), Oss would be eligible; it fails on nothing '
        "else. Check whether the requirement is indispensable or whether it can be a "
        "should-requirement (must: false)."
    )
    assert "market exploration" in words.message(ways[-1])
    assert "Markterkundung" in Words(result, "de").message(ways[-1])


def test_no_eligible_alternative_when_no_single_requirement_decides(tmp_path: Path) -> None:
    result = evaluate(
        tmp_path,
        request(
            alternative("oss", "open-source", 0, 4),
            alternative("prop", "proprietary", 4, 4, r1="unmet", legal=False),
        ),
    )
    codes = [r.code for r in result.verdict.reasons]
    assert codes[-2:] == ["relaxing-admits-none", "ways-on"]


def test_no_eligible_proprietary_only_names_the_market_exploration_first(tmp_path: Path) -> None:
    result = evaluate(
        tmp_path,
        request(alternative("prop", "proprietary", 4, 4, r1="unmet")),
    )
    codes = [r.code for r in result.verdict.reasons]
    assert codes.index("relaxing-admits") + 1 == codes.index("ways-on-no-oss")


def test_no_proposal_is_a_recommendation_only(tmp_path: Path) -> None:
    result = evaluate(
        tmp_path,
        request(alternative("oss", "open-source", 3, 3), alternative("prop", "proprietary", 3, 3)),
    )
    assert result.verdict.status == "recommendation-only" and result.verdict.policy_holds


def test_no_open_source_considered_needs_a_market_search(tmp_path: Path) -> None:
    result = evaluate(tmp_path, request(alternative("prop", "proprietary", 3, 3), proposed="prop"))
    assert result.verdict.status == "no-oss-considered" and not result.verdict.policy_holds
    assert [b.code for b in result.verdict.breaches] == [
        "no-oss-considered",
        "justification-missing",
    ]
    assert {m.code for m in result.warnings} >= {"no-oss-alternative", "single-alternative"}
    # a justification alone does not show that no open-source solution can do the job
    result = evaluate(
        tmp_path,
        request(
            alternative("prop", "proprietary", 3, 3),
            proposed="prop",
            justification="Only this product does it.",
        ),
    )
    assert result.verdict.status == "no-oss-considered" and not result.verdict.policy_holds
    # the market search that found none does
    result = evaluate(
        tmp_path,
        request(
            alternative("prop", "proprietary", 3, 3),
            proposed="prop",
            justification="Only this product does it.",
            market_search="openCoDE and OSOR searched on 2026-10-01: no open tool.",
        ),
    )
    assert result.verdict.status == "conforms" and result.verdict.policy_holds
    assert "market-search" in [m.code for m in result.verdict.reasons]
    assert "no-oss-alternative" not in {m.code for m in result.warnings}


def test_no_open_source_considered_without_a_proposal_breaks_the_policy_too(
    tmp_path: Path,
) -> None:
    result = evaluate(
        tmp_path,
        request(alternative("a", "proprietary", 3, 3), alternative("b", "proprietary", 2, 2)),
    )
    assert result.verdict.status == "no-oss-considered" and not result.verdict.policy_holds
    assert result.verdict.recommended == "a"


def test_missing_knock_out_assessment_counts_as_failed_under_the_zero_rule(tmp_path: Path) -> None:
    result = evaluate(
        tmp_path,
        request(
            alternative("oss", "open-source", 3, 3, legal=None),
            alternative("prop", "proprietary", 3, 3),
        ),
    )
    [knockout] = result.alternative("oss").knockouts
    assert knockout.code == "knock-out-criterion" and knockout.params["unassessed"] is True
    assert any(g.alternative == "oss" and g.reason == "unassessed" for g in result.gaps)


def test_budget_knock_out(tmp_path: Path) -> None:
    result = evaluate(
        tmp_path,
        request(
            alternative("oss", "open-source", 3, 3, yearly=1000),
            alternative("prop", "proprietary", 4, 4, yearly=9000),
            budget=10000,
        ),
    )
    prop = result.alternative("prop")
    assert [k.code for k in prop.knockouts] == ["budget"]
    assert prop.knockouts[0].params == {"nominal_total": 18000.0, "budget": 10000.0}


def test_stale_and_future_evidence_are_gaps_not_silence(tmp_path: Path) -> None:
    result = evaluate(
        tmp_path,
        request(
            alternative("oss", "open-source", 3, 3, assessed_on="2025-10-01"),
            alternative("prop", "proprietary", 3, 3, assessed_on="2026-12-24"),
        ),
    )
    reasons = {(g.alternative, g.reason) for g in result.gaps}
    assert ("oss", "stale") in reasons and ("prop", "future-date") in reasons
    stale_rows = [c for c in result.alternative("oss").criteria if c.stale]
    assert len(stale_rows) == 3


def test_profile_changes_weights(tmp_path: Path) -> None:
    data = request(
        alternative("oss", "open-source", 4, 0), alternative("prop", "proprietary", 0, 4)
    )
    assert evaluate(tmp_path, data).alternative("oss").total == 50.0
    result = evaluate(tmp_path, data, profile="quality-first")
    assert result.alternative("oss").total == 80.0
    assert result.method.profile == "quality-first"


@pytest.mark.parametrize("seed", range(5))
def test_order_of_alternatives_does_not_matter(tmp_path: Path, seed: int) -> None:
    alternatives = [
        alternative("a", "open-source", 3, 3),
        alternative("b", "open-source", 3, 3),
        alternative("c", "proprietary", 4, 4),
        alternative("d", "reuse", 2, 2, r1="unmet"),
    ]
    baseline = evaluate(tmp_path, request(*alternatives))
    random.Random(seed).shuffle(alternatives)
    shuffled = evaluate(tmp_path, request(*alternatives))
    assert shuffled.verdict.recommended == baseline.verdict.recommended == "c"
    assert shuffled.ranking == baseline.ranking == ["c", "a", "b"]


def test_a_dominated_alternative_never_changes_the_winner(tmp_path: Path) -> None:
    base = [alternative("oss", "open-source", 3, 3), alternative("prop", "proprietary", 4, 4)]
    before = evaluate(tmp_path, request(*base)).verdict.recommended
    after = evaluate(tmp_path, request(*base, alternative("worse", "open-source", 2, 2)))
    assert after.verdict.recommended == before
