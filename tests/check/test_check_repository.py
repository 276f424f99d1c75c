# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""A request repository as it looks in practice (tests/cases/repository): requests beside
their evidence, a local catalogue, pairwise comparisons, CI and editor configuration. Each
file is checked as what it is, and every output format stays valid."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET  # parsing our own output only
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import CASES, EXAMPLES, ROOT

REPOSITORY = CASES / "repository"
SARIF_SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text())
DATE = "2026-11-27"
CHECKED = [
    "catalogues/town.yaml",
    "requests/2026-001-passes.yaml",
    "requests/2026-002-departs.yaml",
    "weights/council.yaml",
]
SKIPPED = [".gitlab-ci.yml", ".pre-commit-config.yaml", "docs/mkdocs.yml"]
EVIDENCE = "requests/evidence/open-tool/publiccode.yml"
FINDING = (
    "requests/2026-002-departs.yaml:45:1: error: Closed tool is proposed, but Open tool is "
    "recommended; a written justification is missing. [unjustified-departure]\n"
)


@pytest.fixture
def repository(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(REPOSITORY)
    for name in ("GITHUB_ACTIONS", "GITLAB_CI", "GITHUB_STEP_SUMMARY", "CI", "SOURCE_DATE_EPOCH"):
        monkeypatch.delenv(name, raising=False)
    return REPOSITORY


@pytest.fixture
def copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "repository"
    shutil.copytree(REPOSITORY, target)
    (target / ".git").mkdir()  # a repository: files name each other across its folders
    monkeypatch.chdir(target)
    return target


def test_each_file_is_checked_as_what_it_is(cli, repository: Path) -> None:
    run = cli("check", "--date", DATE)
    assert run.code == 1, run.stderr
    assert run.stdout == FINDING
    assert run.stderr == (
        "4 files checked (2 requests, 1 catalogue, 1 pairwise file): 3 pass, 1 fail, "
        "0 invalid; 1 error, 0 warnings, 0 notes.\n"
        "3 YAML files skipped: not requests (--verbose lists them).\n"
    )
    verbose = cli("check", ".", "--date", DATE, "--verbose")
    assert verbose.stdout == FINDING
    assert [line for line in verbose.stderr.splitlines() if ": skipped:" in line] == [
        f"{name}: skipped: not a request (no 'ossfirst:' key)" for name in SKIPPED
    ]
    assert cli("check", ".", "--date", DATE, "-q", "-v").stderr == ""


def test_every_format_stays_valid_and_names_no_evidence_file(
    cli, repository: Path, tmp_path: Path
) -> None:
    out = {name: tmp_path / f"report.{name}" for name in ("json", "sarif", "junit", "gitlab")}
    run = cli(
        "check", "--date", DATE, "-q",
        "-f", "json", "-o", out["json"],
        "-f", "sarif", "-o", out["sarif"],
        "-f", "junit", "-o", out["junit"],
        "-f", "gitlab", "-o", out["gitlab"],
    )  # fmt: skip
    assert run.code == 1, run.stderr
    everything = "".join(path.read_text("utf-8") for path in out.values())
    assert EVIDENCE not in everything and "mkdocs" not in everything

    report = json.loads(out["json"].read_text("utf-8"))
    assert [f["path"] for f in report["files"]] == CHECKED
    assert {f["path"]: f["status"] for f in report["files"]}["requests/2026-002-departs.yaml"] == (
        "fail"
    )
    assert report["summary"]["files"] == 4 and report["summary"]["exit_code"] == 1

    sarif = json.loads(out["sarif"].read_text("utf-8"))
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(sarif)
    [sarif_run] = sarif["runs"]
    fails = [r for r in sarif_run["results"] if r.get("kind", "fail") == "fail"]
    assert [r["ruleId"] for r in fails] == ["unjustified-departure"]
    # passing requests are left out of SARIF unless --sarif-passes asks for them
    assert [r for r in sarif_run["results"] if r.get("kind") == "pass"] == []

    junit = ET.parse(out["junit"]).getroot()
    assert [s.get("name") for s in junit.findall("testsuite")] == CHECKED
    assert len(list(junit.iter("failure"))) == 1

    gitlab = json.loads(out["gitlab"].read_text("utf-8"))
    assert [(i["check_name"], i["location"]["path"]) for i in gitlab] == [
        ("unjustified-departure", "requests/2026-002-departs.yaml")
    ]


def test_validate_recognises_the_same_files(cli, repository: Path) -> None:
    run = cli("validate", ".", "-v")
    assert run.code == 0, run.stderr
    assert run.stdout.splitlines() == [f"{name}: ok" for name in CHECKED]
    assert "3 YAML files skipped: not requests." in run.stderr


def test_pre_commit_passing_every_changed_yaml_file(cli, repository: Path) -> None:
    """pre-commit names every changed YAML file: with --by-content they are recognised as
    in a directory (the policy's exclude still applies), without it each is a request."""
    named = [*CHECKED, *SKIPPED, EVIDENCE, "requests/archive/2019-old.yaml"]
    run = cli("check", *named, "--date", DATE, "--by-content")
    assert run.code == 1 and run.stdout == FINDING
    # the evidence file is named by a request of the run, the archived request excluded
    assert "3 YAML files skipped" in run.stderr
    run = cli("validate", *named, "--by-content")
    assert run.code == 0 and run.stdout.splitlines() == [f"{name}: ok" for name in CHECKED]
    run = cli("check", "docs/mkdocs.yml", "--date", DATE, "-q")
    assert run.code == 2  # named outright: checked as a request
    assert "docs/mkdocs.yml:3:1: error: Unknown key 'site_name'" in run.stdout


def test_broken_files_are_errors_at_their_line(cli, copy: Path) -> None:
    town = copy / "catalogues" / "town.yaml"
    town.write_text(town.read_text("utf-8").replace("policy: {margin: 5}", "polcy: {margin: 5}"))
    (copy / "requests" / "2026-003-typo.yaml").write_text(
        (copy / "requests" / "2026-002-departs.yaml")
        .read_text("utf-8")
        .replace("ossfirst: 1", "ossfrist: 1")
    )
    (copy / "requests" / "2026-004-no-key.yaml").write_text(
        (copy / "requests" / "2026-002-departs.yaml")
        .read_text("utf-8")
        .replace("ossfirst: 1\n", "")
    )
    evidence = copy / EVIDENCE
    evidence.write_text(evidence.read_text("utf-8").replace("developmentStatus: stable", "x: 1"))
    run = cli("check", "--date", DATE)
    assert run.code == 2
    lines = run.stdout.splitlines()
    # the broken catalogue: as a catalogue of its own, and for the request and the pairwise
    # file that name it
    assert (
        lines.count(
            "catalogues/town.yaml:8:1: error: Unknown key 'polcy' (did you mean 'policy'?) "
            "[invalid-input]"
        )
        == 3
    )
    assert (
        "requests/2026-003-typo.yaml:3:1: error: Unknown key 'ossfrist' "
        "(did you mean 'ossfirst'?) [invalid-input]" in lines
    )
    assert (
        "requests/2026-004-no-key.yaml:3:1: error: The key 'ossfirst' is missing "
        "(add 'ossfirst: 1' as the first line) [invalid-input]" in lines
    )
    # the evidence is checked through the request that names it, never as a request
    assert not any(line.startswith(EVIDENCE) for line in lines)


def test_the_shipped_examples_are_no_longer_mistaken_for_requests(cli) -> None:
    run = cli("check", str(EXAMPLES), "--date", DATE, "-q", "-f", "json")
    assert run.code == 1
    report = json.loads(run.stdout)
    paths = [f["path"] for f in report["files"]]
    assert not any("/evidence/" in path for path in paths)
    repository = EXAMPLES / "repo" / "requests"
    assert len(paths) == len(list(EXAMPLES.glob("*.yaml"))) + len(list(repository.rglob("*.yaml")))
    failing = {Path(f["path"]).name for f in report["files"] if f["status"] != "pass"}
    assert failing == {
        "proprietary-without-justification.yaml",
        "2026-61-012-dateiaustausch.yaml",
        "LK-IT-2026-031-office.yaml",
    }
