# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The rules that came with version 2.0 of the standard catalogue: a proprietary or SaaS
proposal needs a tested exit plan (``exit-plan``), and a repository may require requests to
pin their catalogue version (``unpinned-catalogue``)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from ossfirst.model.rules import BY_ID, default_levels
from tests.conftest import EXAMPLES, ROOT

DATE = "2026-11-27"
SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text())


def line_of(path: Path, text: str) -> int:
    return path.read_text("utf-8").splitlines().index(text) + 1


def test_a_saas_proposal_without_an_exit_plan(cli, tmp_path: Path) -> None:
    request = tmp_path / "saas.yaml"
    shutil.copy(EXAMPLES / "proprietary-without-justification.yaml", request)
    run = cli("check", request, "--date", DATE, "-l", "en", "-q")
    line = line_of(request, "    exit_plan: none")
    assert (
        f"saas.yaml:{line}:5: warning: Kommerzielle Kollaborations-SaaS, US-Anbieter is "
        "proprietary or SaaS and has no tested exit plan: there is no plan. [exit-plan]"
    ) in run.stdout


def test_an_expired_exit_plan_of_a_proprietary_proposal(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    request = tmp_path / "procedure.yaml"
    shutil.copy(EXAMPLES / "specialised-procedure.yaml", request)
    run = cli("check", "procedure.yaml", "--date", DATE, "-l", "de", "-q")
    findings = [line for line in run.stdout.splitlines() if "[exit-plan]" in line]
    assert findings == [
        f"procedure.yaml:{line_of(request, '    exit_plan:')}:5: warning: Fachverfahren "
        "Personenstandswesen, Hersteller A ist proprietär oder SaaS und hat keinen getesteten "
        "Ausstiegsplan: der letzte Test oder die letzte Überprüfung ist abgelaufen. [exit-plan]"
    ]
    assert run.code == 0  # a warning; a repository may make it an error


def test_open_source_proposals_and_older_catalogues_need_no_exit_plan(cli) -> None:
    for example in ("videoconferencing", "web-cms"):
        run = cli("check", EXAMPLES / f"{example}.yaml", "--date", DATE, "-q")
        assert "[exit-plan]" not in run.stdout
    # the sample repository is pinned to 1.1, which has no exit-plan criterion
    run = cli("check", EXAMPLES / "repo", "--date", DATE, "-q")
    assert "[exit-plan]" not in run.stdout


def test_sarif_describes_both_rules(cli, tmp_path: Path) -> None:
    request = tmp_path / "saas.yaml"
    shutil.copy(EXAMPLES / "proprietary-without-justification.yaml", request)
    out = tmp_path / "out.sarif"
    cli("check", request, "--date", DATE, "-f", "sarif", "-o", out, "-l", "en", "-q")
    sarif = json.loads(out.read_text("utf-8"))
    jsonschema.validate(sarif, SCHEMA)
    rules = {rule["id"]: rule for rule in sarif["runs"][0]["tool"]["driver"]["rules"]}
    exit_plan = rules["exit-plan"]
    assert exit_plan["shortDescription"]["text"] == "No tested exit plan"
    assert "Art. 28(8) DORA" in exit_plan["help"]["text"]
    assert exit_plan["defaultConfiguration"] == {"level": "warning"}
    assert rules["unpinned-catalogue"]["defaultConfiguration"] == {
        "enabled": False,
        "level": "error",
    }
    results = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "exit-plan"]
    assert len(results) == 1 and results[0]["level"] == "warning"


def test_pins_are_not_required_by_default() -> None:
    assert default_levels()["unpinned-catalogue"] == "off"
    assert BY_ID["unpinned-catalogue"].configurable


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "ossfirst.toml").write_text('[rules]\nunpinned-catalogue = "error"\n', "utf-8")
    return tmp_path


def request_with(repo: Path, name: str, catalogue: str | None) -> Path:
    text = (
        EXAMPLES / "repo" / "requests" / "2026" / "2026-IT-022-internetauftritt.yaml"
    ).read_text("utf-8")
    line = "catalogue: standard@1.1\n"
    assert line in text
    path = repo / name
    path.write_text(text.replace(line, f"catalogue: {catalogue}\n" if catalogue else ""), "utf-8")
    return path


def test_a_repository_requires_pins(cli, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo)
    unpinned = request_with(repo, "a.yaml", "standard")
    request_with(repo, "b.yaml", "standard@1.1")
    request_with(repo, "c.yaml", "standard@2")  # the newest 2.x: not one file forever
    bare = request_with(repo, "d.yaml", None)  # no catalogue: the newest standard catalogue
    run = cli("check", ".", "--date", DATE, "-l", "en", "-q")
    assert run.code == 1
    findings = [line for line in run.stdout.splitlines() if "[unpinned-catalogue]" in line]
    assert findings == [
        f"a.yaml:{line_of(unpinned, 'catalogue: standard')}:1: error: The catalogue 'standard' "
        "is named without its version; it was evaluated with 'standard@2.0': pin that version. "
        "[unpinned-catalogue]",
        "c.yaml:16:1: error: The catalogue 'standard@2' is named without its version; it was "
        "evaluated with 'standard@2.0': pin that version. [unpinned-catalogue]",
        f"d.yaml:{line_of(bare, 'ossfirst: 1')}:1: error: The catalogue 'standard' is named "
        "without its version; it was "
        "evaluated with 'standard@2.0': pin that version. [unpinned-catalogue]",
    ]


def test_a_local_catalogue_must_pin_what_it_extends(
    cli, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    local = repo / "town.yaml"
    local.write_text(
        "ossfirst_catalogue: 1\nid: town\nversion: '1'\ntitle: {de: S, en: T}\nextends: standard\n",
        "utf-8",
    )
    request_with(repo, "a.yaml", "town.yaml")
    run = cli("check", "a.yaml", "--date", DATE, "-l", "en", "-q")
    assert "The catalogue 'standard' is named without its version" in run.stdout
    local.write_text(local.read_text().replace("extends: standard\n", "extends: standard@1.1\n"))
    run = cli("check", "a.yaml", "--date", DATE, "-l", "en", "-q")
    assert "[unpinned-catalogue]" not in run.stdout


def test_the_sample_repository_requires_pins_and_has_them(cli) -> None:
    policy = (EXAMPLES / "repo" / "ossfirst.toml").read_text("utf-8")
    assert 'unpinned-catalogue = "error"' in policy
    run = cli("check", EXAMPLES / "repo", "--date", DATE, "-q")
    assert "[unpinned-catalogue]" not in run.stdout
