# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``check --compare-catalogue``: what adopting another catalogue version changes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

REPO = EXAMPLES / "repo"

#: Two open-source alternatives a hair apart under version 1.1; version 2.0 weighs what the
#: second has and the first lacks: operators to switch to, a tested exit plan, a framework
#: contract.
CLOSE_RACE = """ossfirst: 1
id: T-22
title: Close race
organisation: Test town
date: 2026-11-20
language: en
catalogue: standard@1.1
need: A need.
requirements:
  - {id: R1, text: Must work, must: true}
alternatives:
  - id: first
    name: First tool
    licence: Apache-2.0
    deployment: on-premises
    operator_jurisdiction: DE
    providers: 5
    operators: 1
    exit_plan: none
    framework_contract: none
    standards: [ODF]
    costs: {one_time: {implementation: 10000}, yearly: {support: 5000}}
    requirements: {R1: met}
    assessments:
      security.lawful-processing:
        {passed: true, rationale: own data centre, evidence: note, assessed_on: 2026-10-01}
      security.patching:
        {score: 3, rationale: monthly, evidence: advisories, assessed_on: 2026-10-01}
      practicality.usability: {score: 4, rationale: liked, evidence: test, assessed_on: 2026-10-01}
  - id: second
    name: Second tool
    licence: Apache-2.0
    deployment: on-premises
    operator_jurisdiction: DE
    providers: 5
    operators: 6
    exit_plan:
      document: Exit plan, annex 3
      roles: IT unit
      triggers: termination
      target: First tool
      data_export: ODF files
      tested_on: 2026-09-01
    framework_contract: {name: Service agreement, holder: service-provider, until: 2033-12-31}
    standards: [ODF]
    costs: {one_time: {implementation: 10000}, yearly: {support: 5000}}
    requirements: {R1: met}
    assessments:
      security.lawful-processing:
        {passed: true, rationale: own data centre, evidence: note, assessed_on: 2026-10-01}
      security.patching:
        {score: 3, rationale: monthly, evidence: advisories, assessed_on: 2026-10-01}
      practicality.usability: {score: 3, rationale: fine, evidence: test, assessed_on: 2026-10-01}
proposed: first
"""


def test_the_sample_repository_adopts_2_0_without_a_changed_decision(
    cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    run = cli("check", "--compare-catalogue", "standard@2", "-f", "json", "-q")
    assert run.code == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["changed"] == 0 and len(report["requests"]) == 12
    for entry in report["requests"]:
        assert (entry["before"]["version"], entry["after"]["version"]) == ("1.1.0", "2.0.0")
        assert entry["changes"] == [] and not entry["untouched"]
        # the new criteria have no data in the pinned requests; every total moves
        assert entry["before"]["totals"] != entry["after"]["totals"]


def test_a_recommendation_that_flips_names_the_criteria(cli, tmp_path: Path) -> None:
    request = tmp_path / "race.yaml"
    request.write_text(CLOSE_RACE, "utf-8")
    same = cli("evaluate", request, "-f", "json", "-o", "-", "-q")
    assert json.loads(same.stdout)["verdict"]["recommended"] == "first"
    run = cli("check", request, "--compare-catalogue", "standard@2", "-l", "en", "-q")
    assert run.code == 1, run.stderr
    out = run.stdout
    assert "race.yaml: T-22 Close race (standard 1.1.0 -> standard 2.0.0)" in out
    assert "Recommendation: First tool -> Second tool" in out
    assert "Verdict: conforms -> unjustified-departure" in out
    lines = out.splitlines()
    start = lines.index("  Criteria that move the lead towards Second tool (points):")
    named = lines[start + 1 : start + 4]
    assert all(line.startswith("    +") for line in named)
    assert any("(lock-in.exit-plan) (new)" in line for line in named)
    assert any("(sovereignty.switchable-operator) (new)" in line for line in named)
    assert any("(economics.framework-contract) (new)" in line for line in named)
    assert "1 request: 1 changes, 0 stays the same" in out


def test_an_archived_project_is_excluded_under_2_0(cli, tmp_path: Path) -> None:
    card = json.loads((EXAMPLES / "evidence" / "jitsi-meet" / "scorecard.json").read_text())
    for check in card["checks"]:
        if check["name"] == "Maintained":
            check.update(score=0, reason="project is archived")
    (tmp_path / "scorecard.json").write_text(json.dumps(card), "utf-8")
    text = CLOSE_RACE.replace(
        "    operators: 6\n", "    operators: 6\n    evidence: {scorecard: scorecard.json}\n"
    )
    (tmp_path / "race.yaml").write_text(text, "utf-8")
    run = cli(
        "check", tmp_path / "race.yaml", "--compare-catalogue", "standard@2", "-f", "json", "-q"
    )
    assert run.code == 1, run.stderr
    [entry] = json.loads(run.stdout)["requests"]
    # under 1.1 the Scorecard file lifts the second tool ahead; under 2.0 it excludes it
    assert entry["changes"] == ["verdict", "recommendation", "eligibility"]
    assert (entry["before"]["recommended"], entry["after"]["recommended"]) == ("second", "first")
    assert entry["differences"] == []  # the knock-out is the reason, not the weights
    assert entry["eligibility"] == [
        {
            "alternative": "second",
            "name": "Second tool",
            "eligible": False,
            "knockouts": ["not-archived"],
        }
    ]


def test_a_local_catalogue_is_tried_on_the_new_base(cli, tmp_path: Path) -> None:
    (tmp_path / "local.yaml").write_text(
        "ossfirst_catalogue: 1\nid: town\nversion: '2026.1'\ntitle: {de: Stadt, en: Town}\n"
        "extends: standard@1.1\npolicy: {margin: 5}\n",
        "utf-8",
    )
    text = CLOSE_RACE.replace("catalogue: standard@1.1", "catalogue: local.yaml")
    (tmp_path / "race.yaml").write_text(text, "utf-8")
    run = cli(
        "check", tmp_path / "race.yaml", "--compare-catalogue", "standard@2", "-f", "json", "-q"
    )
    [entry] = json.loads(run.stdout)["requests"]
    assert entry["before"]["catalogue"] == entry["after"]["catalogue"] == "town"
    assert "recommendation" in entry["changes"]


def test_a_request_that_cannot_go_back_says_why(cli, tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "office-suite.yaml", tmp_path / "office.yaml")
    shutil.copytree(EXAMPLES / "evidence", tmp_path / "evidence")
    run = cli("check", tmp_path / "office.yaml", "--compare-catalogue", "standard@1.1", "-l", "en")
    assert run.code == 1
    assert "Cannot be evaluated under the new catalogue:" in run.stdout
    assert "practicality.documentation" in run.stdout  # a criterion 1.1 does not have
    # every alternative assesses it; the reason is given once
    lines = run.stdout.splitlines()
    missing = [line for line in lines if "no criterion 'practicality.documentation'" in line]
    assert len(missing) == 1, run.stdout


def test_a_request_already_on_the_version_is_left_as_is(
    cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    run = cli("check", "--compare-catalogue", "standard@1.1", "-l", "en", "-q")
    assert run.code == 0, run.stderr
    assert run.stdout.splitlines()[-1] == (
        "12 requests: 0 change, 12 stay the same (12 whose catalogue it leaves as is), "
        "0 cannot be evaluated."
    )


def test_markdown_and_json_in_one_run(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    request = tmp_path / "race.yaml"
    request.write_text(CLOSE_RACE, "utf-8")
    monkeypatch.chdir(tmp_path)
    run = cli(
        "check",
        "race.yaml",
        "--compare-catalogue",
        "standard@2",
        "-f",
        "markdown",
        "-o",
        "impact.md",
        "-f",
        "json",
        "-o",
        "impact.json",
    )
    assert run.code == 1
    markdown = (tmp_path / "impact.md").read_text("utf-8")
    assert markdown.startswith("# Upgrade impact of a catalogue\n")
    assert "## `race.yaml`" in markdown
    assert json.loads((tmp_path / "impact.json").read_text("utf-8"))["changed"] == 1
    assert "1 request: 1 changes" in run.stderr


def test_only_the_impact_formats(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    # the sample repository's policy asks for German messages; --lang takes precedence
    run = cli("check", "--compare-catalogue", "standard@2", "-f", "sarif", "--lang", "en")
    assert run.code == 2
    assert "--compare-catalogue writes text, json, markdown, not 'sarif'" in run.stderr


def test_an_unknown_version_to_compare_is_refused_once(cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(REPO)
    run = cli("check", "--compare-catalogue", "standard@9", "--lang", "en")
    assert run.code == 2
    assert run.stderr.count("ossfirst ships no version 9") == 1
