# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Findings from small requests: which rule, where, and what deviations and levels do."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from ossfirst.check.files import Target
from ossfirst.check.findings import Finding
from ossfirst.check.run import FileReport, Settings, check_file
from ossfirst.model.rules import RULES, default_levels
from ossfirst.texts import TEXTS
from tests.engine.requests import alternative, request, with_tiny

TODAY = dt.date(2026, 11, 27)


def check(tmp_path: Path, data: dict[str, Any], **levels: str) -> FileReport:
    path = tmp_path / "request.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    with_tiny(tmp_path)
    settings = Settings(
        levels={**default_levels(), **levels},  # type: ignore[dict-item]
        fail_on="error",
        lang="en",
        today=TODAY,
    )
    return check_file(Target(path, "request.yaml"), settings)


def rules(report: FileReport) -> list[str]:
    return [f.rule for f in report.findings]


def line_of(tmp_path: Path, needle: str) -> int:
    lines = (tmp_path / "request.yaml").read_text("utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if needle in line)


def proprietary_over_excluded_oss(justification: str | None) -> dict[str, Any]:
    return request(
        alternative("oss", "open-source", 4, 4, r1="partial"),
        alternative("prop", "proprietary", 3, 2),
        proposed="prop",
        justification=justification,
    )


def test_every_rule_has_a_title_a_help_and_a_message() -> None:
    for rule in RULES:
        assert f"check.rule.{rule.id}.title" in TEXTS
        assert f"check.rule.{rule.id}.help" in TEXTS
        if rule.id != "invalid-input":  # its message is the input problem's own
            message = f"check.msg.{rule.id}"
            assert message in TEXTS or f"{message}.one" in TEXTS, message


def test_conforming_request_has_no_finding(tmp_path: Path) -> None:
    report = check(
        tmp_path,
        request(
            alternative("oss", "open-source", 4, 4),
            alternative("prop", "proprietary", 2, 1),
            proposed="oss",
        ),
    )
    assert report.status == "pass" and report.findings == ()


def test_unjustified_departure_sits_on_the_justification_key(tmp_path: Path) -> None:
    data = request(
        alternative("oss", "open-source", 4, 4),
        alternative("prop", "proprietary", 2, 1),
        proposed="prop",
        justification=None,
    )
    # the proprietary proposal's market exploration is tests/check/test_check_market.py's
    report = check(tmp_path, data, **{"market-exploration-missing": "off"})
    [finding] = report.findings
    assert finding.rule == "unjustified-departure" and finding.level == "error"
    assert (finding.line, finding.column) == (line_of(tmp_path, "justification:"), 1)
    assert report.status == "fail"


def test_without_a_justification_key_the_proposal_is_the_place(tmp_path: Path) -> None:
    data = proprietary_over_excluded_oss(None)
    del data["justification"]
    off = {"market-exploration-missing": "off", "gap-closing-unexamined": "off"}
    report = check(tmp_path, data, **off)
    assert rules(report) == ["justification-missing"]
    assert report.findings[0].line == line_of(tmp_path, "proposed:")


def test_unmet_must_requirement_of_the_proposal_is_placed_on_its_coverage(tmp_path: Path) -> None:
    data = request(
        alternative("oss", "open-source", 4, 4, r1="unmet"),
        alternative("prop", "proprietary", 2, 1),
        proposed="oss",
    )
    report = check(tmp_path, data)
    must = [f for f in report.findings if f.rule == "proposal-unmet-must"]
    assert [f.subject for f in must] == ["R1"]
    assert must[0].line == line_of(tmp_path, "R1: unmet")
    assert "does not meet the must-requirement R1 (not met)" in must[0].message


def test_proposal_excluded_by_a_knock_out_criterion(tmp_path: Path) -> None:
    data = request(
        alternative("oss", "open-source", 4, 4, legal=False),
        alternative("prop", "proprietary", 2, 1),
        proposed="oss",
    )
    report = check(tmp_path, data)
    [excluded] = [f for f in report.findings if f.rule == "proposal-excluded"]
    assert excluded.criterion == "quality.legal"
    assert "knock-out failed (Lawful)" in excluded.message


def test_no_open_source_alternative_considered_is_a_breach_no_level_lowers(
    tmp_path: Path,
) -> None:
    data = request(
        alternative("prop", "proprietary", 3, 2), proposed="prop", justification="Only one."
    )
    for levels in ({}, {"no-oss-considered": "off"}):
        report = check(tmp_path, data, **levels)
        [finding] = [f for f in report.findings if f.rule == "no-oss-considered"]
        assert finding.level == "error" and report.status == "fail"
        assert "records no finished market exploration" in finding.message


def test_a_recorded_market_search_stands_in_for_the_open_source_alternative(
    tmp_path: Path,
) -> None:
    data = request(
        alternative("prop", "proprietary", 3, 2),
        proposed="prop",
        justification="Only one.",
        market_search="openCoDE and OSOR searched on 2026-10-01: no open tool for this.",
    )
    report = check(tmp_path, data)
    assert "no-oss-considered" not in rules(report) and report.status == "pass"


@pytest.mark.parametrize(
    ("justification", "flagged"),
    [
        ("We prefer the product; the staff knows it.", True),
        ("The open tool only partly meets R1 (browser use).", False),
        ("Requirement r1 is not fully met by the open tool.", False),
        ("R10 and R11 are not affected.", True),  # R1 is not named by R10
        ("The open tool is not lawful enough.", True),  # 'lawful' is no point here
        ("It lacks the Works requirement.", False),  # the requirement's text
    ],
)
def test_justification_must_name_a_point_on_which_oss_fell_short(
    tmp_path: Path, justification: str, flagged: bool
) -> None:
    report = check(tmp_path, proprietary_over_excluded_oss(justification))
    assert ("justification-misses-points" in rules(report)) is flagged
    if flagged:
        # the standard rule (and the tiny catalogue's): an unanswered justification breaks
        # the policy, as evaluate says too
        [finding] = [f for f in report.findings if f.rule == "justification-misses-points"]
        assert finding.level == "error" and "fall short: R1." in finding.message
        assert report.status == "fail"


def test_an_unanswered_justification_is_a_warning_where_the_catalogue_says_so(
    tmp_path: Path,
) -> None:
    from tests.engine.requests import tiny_extension

    data = proprietary_over_excluded_oss("We prefer the product; the staff knows it.")
    local = tiny_extension(tmp_path, "policy: {unanswered_justification: warning}\n")
    data["catalogue"] = local.name  # beside the request
    report = check(tmp_path, data)
    [finding] = [f for f in report.findings if f.rule == "justification-misses-points"]
    assert finding.level == "warning" and report.status == "pass"


def test_points_for_an_eligible_oss_alternative_are_the_dimensions_it_trails(
    tmp_path: Path,
) -> None:
    from tests.engine.requests import evaluate

    result = evaluate(
        tmp_path,
        request(
            alternative("oss", "open-source", 2, 4),
            alternative("prop", "proprietary", 4, 4),
            proposed="prop",
            justification="x",
        ),
    )
    review = result.verdict.justification_review
    assert review is not None and review.compared == ["oss"]
    assert [(p.kind, p.ref, p.side, p.value, p.named) for p in review.points] == [
        ("dimension", "quality", "proposal", 50.0, False)
    ]


def deviation(**fields: Any) -> dict[str, Any]:
    return {
        "rule": "stale-evidence",
        "justification": "Re-assessment is scheduled.",
        "approver": "Head of IT",
        "decision": "Note 2026/1",
        "expires": "2026-12-31",
        **fields,
    }


def stale_request(*deviations: dict[str, Any]) -> dict[str, Any]:
    return request(
        alternative("oss", "open-source", 4, 4, assessed_on="2025-01-10"),
        alternative("prop", "proprietary", 2, 1),
        proposed="oss",
        deviations=list(deviations),
    )


def stale(report: FileReport) -> list[Finding]:
    return [f for f in report.findings if f.rule == "stale-evidence"]


def test_stale_evidence_is_a_warning_on_the_date(tmp_path: Path) -> None:
    report = check(tmp_path, stale_request())
    found = stale(report)
    assert {f.criterion for f in found} == {"quality.fit", "quality.legal", "sovereignty.control"}
    assert all(f.level == "warning" and f.path[-1] == "assessed_on" for f in found)
    assert report.status == "pass"  # warnings do not fail at the default threshold
    assert check(tmp_path, stale_request(), **{"stale-evidence": "error"}).status == "fail"


def test_accepted_deviation_turns_findings_into_visible_notes(tmp_path: Path) -> None:
    report = check(
        tmp_path, stale_request(deviation(alternative="oss")), **{"stale-evidence": "error"}
    )
    found = stale(report)
    assert len(found) == 3 and all(f.level == "note" for f in found)
    assert all(f.deviation is not None and f.deviation.status == "accepted" for f in found)
    assert found[0].message.endswith(
        "Deviation accepted until 2026-12-31: Note 2026/1, Head of IT."
    )
    assert report.status == "pass"


def test_a_deviation_for_one_criterion_covers_only_that_one(tmp_path: Path) -> None:
    report = check(tmp_path, stale_request(deviation(criterion="quality.fit")))
    levels = {f.criterion: f.level for f in stale(report)}
    assert levels == {
        "quality.fit": "note",
        "quality.legal": "warning",
        "sovereignty.control": "warning",
    }


def test_expired_deviation_fails_again(tmp_path: Path) -> None:
    report = check(
        tmp_path, stale_request(deviation(expires="2026-11-26")), **{"stale-evidence": "error"}
    )
    assert all(
        f.level == "error" and f.deviation and f.deviation.status == "expired"
        for f in stale(report)
    )
    [expired] = [f for f in report.findings if f.rule == "deviation-expired"]
    assert expired.level == "error" and expired.line == line_of(tmp_path, "expires: '2026-11-26'")
    assert report.status == "fail"


def test_a_deviation_is_in_force_through_its_last_day(tmp_path: Path) -> None:
    report = check(tmp_path, stale_request(deviation(expires="2026-11-27")))
    assert all(f.level == "note" for f in stale(report))


def test_unused_deviation_is_a_note(tmp_path: Path) -> None:
    data = stale_request(deviation(rule="no-oss-considered", criterion=None))
    [unused] = [f for f in check(tmp_path, data).findings if f.rule == "deviation-unused"]
    assert unused.level == "note" and unused.line == line_of(tmp_path, "rule: no-oss-considered")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"rule": "stale-evidense"}, "There is no check rule 'stale-evidense' (did you mean 'stale-evidence'?)"),  # noqa: E501
        ({"rule": "invalid-input"}, "The check rule 'invalid-input' does not allow deviations"),
        ({"alternative": "osss"}, "The alternative 'osss' does not exist (did you mean 'oss'?)"),
        ({"criterion": "quality.fitt"}, "has no criterion 'quality.fitt' (did you mean 'quality.fit'?)"),  # noqa: E501
        ({"approver": None}, "'approver' is missing"),
    ],
)  # fmt: skip
def test_a_wrong_deviation_is_invalid_input(
    tmp_path: Path, fields: dict[str, Any], message: str
) -> None:
    entry = {k: v for k, v in deviation(**fields).items() if v is not None}
    report = check(tmp_path, stale_request(entry))
    assert report.status == "invalid"
    [finding] = report.findings
    assert finding.rule == "invalid-input" and message in finding.message
    assert finding.line > 0


def test_requests_without_deviations_stay_valid(tmp_path: Path) -> None:
    data = stale_request()
    del data["deviations"]
    assert check(tmp_path, data).status == "pass"


def test_unassessed_criteria_are_one_finding_each(tmp_path: Path) -> None:
    data = request(
        alternative("oss", "open-source", 4, None),
        alternative("prop", "proprietary", None, None, legal=None),
        proposed="oss",
    )
    report = check(tmp_path, data)
    unassessed = [
        (f.alternative, f.criterion) for f in report.findings if f.rule == "unassessed-criterion"
    ]
    assert unassessed == [
        ("oss", "sovereignty.control"),
        ("prop", "quality.fit"),
        ("prop", "quality.legal"),
        ("prop", "sovereignty.control"),
    ]


def test_findings_keep_their_identity_when_lines_move(tmp_path: Path) -> None:
    from ossfirst.check.formats import fingerprints

    data = stale_request()
    first = check(tmp_path, data)
    data["need"] = "A longer need.\nWith a second line.\nAnd a third."
    second = check(tmp_path, data)
    assert [f.line for f in first.findings] != [f.line for f in second.findings]
    assert fingerprints(first) == fingerprints(second)
