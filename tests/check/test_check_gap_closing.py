# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The question the Open Source first rule asks of a proprietary selection: could the gap of
the excluded open-source alternative be closed? (``gap-closing-unexamined``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ossfirst.model.rules import BY_ID
from tests.check.test_check_findings import check, line_of
from tests.engine.requests import alternative, request

RULE = "gap-closing-unexamined"


def selection(proposed: str = "prop", *, oss_score: int = 4, **extra: Any) -> dict[str, Any]:
    """An open-source alternative, better on every score but only partly meeting the
    must-requirement R1, beside a proprietary one."""
    oss = alternative("oss", "open-source", oss_score, oss_score, r1="partial")
    oss.update(extra)
    return request(
        oss,
        alternative("prop", "proprietary", 3, 2),
        proposed=proposed,
        justification="The open tool only partly meets R1.",
        market_search="Searched the public catalogues in October 2026.",
    )


def found(report: Any) -> list[Any]:
    return [f for f in report.findings if f.rule == RULE]


def test_the_rule_is_a_warning_a_repository_may_change_or_deviate_from() -> None:
    rule = BY_ID[RULE]
    assert (rule.level, rule.enabled, rule.configurable, rule.deviable) == (
        "warning",
        True,
        True,
        True,
    )


def test_an_open_source_alternative_excluded_only_by_a_must_is_asked_about(
    tmp_path: Path,
) -> None:
    report = check(tmp_path, selection())
    [finding] = found(report)
    assert finding.level == "warning" and report.status == "pass"
    # placed on the alternative, where its gap_closing would be written
    assert finding.line == line_of(tmp_path, "id: oss")
    assert (finding.alternative, finding.subject) == ("oss", "oss")
    assert finding.message == (
        "Oss is excluded by: must-requirement R1 partly met. Without these it would be "
        "recommended instead of Prop; the request does not examine whether the gap can be "
        "closed (no 'gap_closing:' for this alternative)."
    )
    # a repository may make it an error, or turn it off
    assert check(tmp_path, selection(), **{RULE: "error"}).status == "fail"
    assert found(check(tmp_path, selection(), **{RULE: "off"})) == []


def test_a_described_gap_closing_answers_the_question(tmp_path: Path) -> None:
    closing = {
        "gap_closing": {
            "requirements": ["R1"],
            "one_time": 20000,
            "months": 6,
            "published": "upstream",
        }
    }
    report = check(tmp_path, selection(**closing))
    assert found(report) == []


def test_no_question_when_open_source_is_selected_or_would_not_win_anyway(
    tmp_path: Path,
) -> None:
    # the proposal is the open-source alternative: the rule is kept (other rules speak)
    assert found(check(tmp_path, selection("oss"))) == []
    # the open-source alternative would lose even with R1 met: nothing hangs on R1
    assert found(check(tmp_path, selection(oss_score=1))) == []


def test_a_recorded_deviation_turns_it_into_a_note(tmp_path: Path) -> None:
    data = selection()
    data["deviations"] = [
        {
            "rule": RULE,
            "alternative": "oss",
            "decision": "Vermerk 10/2026-7",
            "approver": "Amtsleitung 10",
            "expires": "2027-06-30",
            "justification": "R1 is set by state law; no development can change it.",
        }
    ]
    [finding] = found(check(tmp_path, data))
    assert finding.level == "note"
    assert "Deviation accepted until" in finding.message
