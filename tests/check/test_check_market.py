# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The market exploration behind a proprietary selection: recorded at all
(``market-exploration-missing``), every hit decided (``market-hit-undecided``), searched
within the evidence expiry (``market-exploration-stale``); and which record stands in for an
open-source alternative (``no-oss-considered``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

from ossfirst.model.rules import BY_ID
from tests.check.test_check_findings import check, line_of, rules
from tests.conftest import ROOT
from tests.engine.requests import alternative, request

SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text())
MARKET = ("market-exploration-missing", "market-hit-undecided", "market-exploration-stale")


def exploration(*hits: dict[str, Any], searched: str = "2026-10-12") -> dict[str, Any]:
    return {
        "catalogues": [{"name": "publiccode-corpus", "snapshot": "2026-10-01", "entries": 196}],
        "searches": [
            {"query": "Standesamt", "date": "2025-06-01", "found": 0},
            {"query": "anagrafe", "date": searched, "found": len(hits)},
        ],
        "hits": list(hits),
    }


def hit(name: str, **outcome: str) -> dict[str, Any]:
    return {"repository": f"github.com/example/{name.lower()}", "name": name, **outcome}


def proprietary(**fields: Any) -> dict[str, Any]:
    return request(
        alternative("oss", "open-source", 2, 2, r1="partial"),
        alternative("prop", "proprietary", 3, 2),
        proposed="prop",
        justification="The open tool only partly meets R1 (Works).",
        **fields,
    )


def test_the_rules_are_warnings_a_repository_may_change_or_deviate_from() -> None:
    for rule_id in MARKET:
        rule = BY_ID[rule_id]
        assert (rule.level, rule.enabled, rule.configurable, rule.deviable) == (
            "warning",
            True,
            True,
            True,
        )


def test_a_proprietary_proposal_without_an_exploration(tmp_path: Path) -> None:
    report = check(tmp_path, proprietary())
    [finding] = [f for f in report.findings if f.rule == "market-exploration-missing"]
    assert finding.level == "warning" and report.status == "pass"
    assert finding.line == line_of(tmp_path, "proposed: prop")
    assert finding.message == (
        "Prop is proprietary, and the request records no market exploration "
        "('market_exploration:' or 'market_search:')."
    )
    assert finding.alternative == "prop"
    # a repository may make it an error
    failing = check(tmp_path, proprietary(), **{"market-exploration-missing": "error"})
    assert failing.status == "fail"


def test_without_a_proposal_the_proprietary_recommendation_needs_it(tmp_path: Path) -> None:
    data = proprietary()
    del data["proposed"], data["justification"]
    report = check(tmp_path, data)
    [finding] = [f for f in report.findings if f.rule == "market-exploration-missing"]
    assert finding.path == ("alternatives", 1, "id")
    assert finding.line == line_of(tmp_path, "- id: prop")


def test_an_open_source_selection_needs_no_exploration(tmp_path: Path) -> None:
    data = request(
        alternative("oss", "open-source", 4, 4),
        alternative("prop", "proprietary", 2, 1),
        proposed="oss",
    )
    assert not set(MARKET) & set(rules(check(tmp_path, data)))


def test_an_exploration_in_either_form_is_recorded(tmp_path: Path) -> None:
    decided = exploration(hit("SIAVr", set_aside="not-relevant"))
    for fields in ({"market_exploration": decided}, {"market_search": "openCoDE searched."}):
        report = check(tmp_path, proprietary(**fields))
        assert not set(MARKET) & set(rules(report)), fields
        assert report.findings == ()


def test_a_hit_neither_taken_in_nor_set_aside(tmp_path: Path) -> None:
    data = proprietary(
        market_exploration=exploration(
            hit("SIAVr", set_aside="not-relevant"),
            hit("GISA"),
            hit("Oss", alternative="oss"),
        )
    )
    report = check(tmp_path, data)
    [finding] = [f for f in report.findings if f.rule == "market-hit-undecided"]
    assert finding.message == (
        "The hit GISA (github.com/example/gisa) is neither taken in nor set aside."
    )
    assert finding.line == line_of(tmp_path, "repository: github.com/example/gisa")
    assert finding.path == ("market_exploration", "hits", 1, "repository")
    assert finding.subject == "github.com/example/gisa"
    assert "market-exploration-missing" not in rules(report)


def test_an_exploration_older_than_the_evidence_expiry(tmp_path: Path) -> None:
    # the tiny catalogue keeps evidence 12 months; the request is dated 2026-11-20
    decided = hit("SIAVr", set_aside="not-relevant")
    for searched, stale in (("2025-11-20", False), ("2025-11-19", True)):
        data = proprietary(market_exploration=exploration(decided, searched=searched))
        report = check(tmp_path, data)
        found = [f for f in report.findings if f.rule == "market-exploration-stale"]
        assert bool(found) is stale, searched
    [finding] = found
    # the newest search counts, and the finding sits on its date
    assert finding.path == ("market_exploration", "searches", 1, "date")
    assert finding.line == line_of(tmp_path, "date: '2025-11-19'")
    assert finding.message == (
        "The newest search of the market exploration, of 2025-11-19, is older than 12 months."
    )


def test_the_stale_rule_applies_to_open_source_selections_too(tmp_path: Path) -> None:
    data = request(
        alternative("oss", "open-source", 4, 4),
        proposed="oss",
        market_exploration=exploration(hit("Oss", alternative="oss"), searched="2024-01-01"),
    )
    assert rules(check(tmp_path, data)) == ["market-exploration-stale"]


def test_a_deviation_covers_a_market_rule(tmp_path: Path) -> None:
    deviation = {
        "rule": "market-exploration-missing",
        "justification": "Framework contract of the Land; no choice.",
        "approver": "Head of IT",
        "decision": "V-1",
        "expires": "2027-06-30",
    }
    report = check(tmp_path, proprietary(deviations=[deviation]))
    [finding] = [f for f in report.findings if f.rule == "market-exploration-missing"]
    assert finding.level == "note" and finding.deviation is not None


def test_only_a_finished_exploration_stands_in_for_an_open_source_alternative(
    tmp_path: Path,
) -> None:
    only = {"proposed": "prop", "justification": "Only one."}
    open_hit = exploration(hit("SIAVr", set_aside="not-relevant"), hit("GISA"))
    report = check(
        tmp_path,
        request(alternative("prop", "proprietary", 3, 2), market_exploration=open_hit, **only),
    )
    assert {"no-oss-considered", "market-hit-undecided"} <= set(rules(report))
    assert report.status == "fail"
    done = exploration(hit("SIAVr", set_aside="not-relevant"), hit("GISA", set_aside="other"))
    done["hits"][1]["note"] = "Veterinary registry."
    report = check(
        tmp_path,
        request(alternative("prop", "proprietary", 3, 2), market_exploration=done, **only),
    )
    assert report.status == "pass" and report.findings == ()


def test_sarif_describes_the_market_rules(cli, tmp_path: Path) -> None:
    check(tmp_path, proprietary())  # writes request.yaml and the tiny catalogue
    out = tmp_path / "out.sarif"
    cli("check", tmp_path / "request.yaml", "-f", "sarif", "-o", out, "-l", "de", "-q")
    sarif = json.loads(out.read_text("utf-8"))
    jsonschema.validate(sarif, SCHEMA)
    described = {rule["id"]: rule for rule in sarif["runs"][0]["tool"]["driver"]["rules"]}
    missing = described["market-exploration-missing"]
    assert missing["shortDescription"]["text"] == "Proprietäre Auswahl ohne Markterkundung"
    assert "§ 28 VgV" in missing["help"]["text"]
    assert described["market-exploration-stale"]["defaultConfiguration"] == {"level": "warning"}
    [result] = [
        r for r in sarif["runs"][0]["results"] if r["ruleId"] == "market-exploration-missing"
    ]
    assert result["level"] == "warning"


def test_the_verdict_reads_both_keys_alike(tmp_path: Path) -> None:
    from tests.engine.requests import evaluate

    only = alternative("prop", "proprietary", 3, 2)
    decided = exploration(hit("SIAVr", set_aside="not-relevant"))
    undecided = exploration(hit("SIAVr"))
    cases = [
        ({}, "no-oss-considered"),
        ({"market_search": "openCoDE searched: nothing."}, "conforms"),
        ({"market_exploration": decided}, "conforms"),
        ({"market_exploration": undecided}, "no-oss-considered"),
        ({"market_exploration": decided, "market_search": "Providers asked."}, "conforms"),
    ]
    for fields, status in cases:
        result = evaluate(
            tmp_path, request(only, proposed="prop", justification="Only one.", **fields)
        )
        assert result.verdict.status == status, fields
        warned = "no-oss-alternative" in [w.code for w in result.warnings]
        assert warned is (status == "no-oss-considered"), fields
