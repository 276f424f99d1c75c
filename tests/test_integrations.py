# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The CI integrations shipped in the repository fit the command they call: the pre-commit
hooks, the GitLab CI template (its reports are the files its script writes, in the formats
GitLab expects) and the GitHub Actions example; and their commands run on examples/repo."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
import yaml

from ossfirst.cli.app import COMMANDS
from ossfirst.cli.check import _order, plan_outputs
from tests.conftest import EXAMPLES, ROOT

REPO = EXAMPLES / "repo"


def test_pre_commit_hooks() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert [h["id"] for h in hooks] == ["ossfirst-validate", "ossfirst-check"]
    for hook in hooks:
        assert {"id", "name", "entry", "language"} <= set(hook)
        assert hook["language"] == "python"
        program, command = shlex.split(hook["entry"])[:2]
        assert program == "ossfirst" and command in COMMANDS
        # pre-commit passes every changed file: each is recognised by its content
        assert "--by-content" in shlex.split(hook["entry"])
        pattern = re.compile(hook["files"])
        assert pattern.search("requests/2026/a.yaml") and pattern.search("x/requests/b.yml")
        assert not pattern.search(".gitlab-ci.yml")


def gitlab_command() -> tuple[dict, list[str]]:
    template = yaml.safe_load((ROOT / "ci" / "ossfirst.gitlab-ci.yml").read_text("utf-8"))
    job = template["ossfirst-check"]
    [script] = job["script"]
    words = shlex.split(script)
    assert words[:2] == ["ossfirst", "check"]
    return job, words[2:]


def test_gitlab_template_wires_the_reports_it_writes() -> None:
    job, args = gitlab_command()
    plan = dict(plan_outputs(_order(args), {}))
    reports = job["artifacts"]["reports"]
    assert plan["gitlab"] == reports["codequality"]
    assert plan["junit"] == reports["junit"]
    assert reports["junit"].endswith(".xml")  # GitLab requires the .xml extension
    assert plan["text"] is None  # the log
    assert job["artifacts"]["when"] == "always"
    assert set(job["artifacts"]["paths"]) == {o for o in plan.values() if o}


def test_gitlab_template_command_runs_on_the_sample_repository(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, args = gitlab_command()
    monkeypatch.chdir(tmp_path)
    values = {"$OSSFIRST_PATHS": str(REPO), "$OSSFIRST_OPTIONS": "--date=2026-11-27"}
    run = cli("check", *[values.get(a, a) for a in args])
    assert run.code == 1
    issues = json.loads((tmp_path / "gl-code-quality-report.json").read_text("utf-8"))
    assert {i["check_name"] for i in issues} >= {"unjustified-departure", "deviation-expired"}
    assert (tmp_path / "ossfirst-junit.xml").read_text("utf-8").startswith("<?xml")
    assert "[unjustified-departure]" in run.stdout


def test_github_workflow_example(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workflow = yaml.safe_load((ROOT / "ci" / "github-workflow.yml").read_text("utf-8"))
    steps = workflow["jobs"]["check"]["steps"]
    [command] = [s["run"] for s in steps if "ossfirst check" in s.get("run", "")]
    words = shlex.split(command)
    plan = plan_outputs(_order(words[2:]), {"GITHUB_ACTIONS": "true"})
    assert plan[0] == ("github", None)
    uploaded = next(s for s in steps if s.get("uses", "").startswith("actions/upload-artifact"))
    assert {o for _, o in plan if o} == set(uploaded["with"]["path"].split())
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "summary.md"))
    args = [str(tmp_path / w) if w.startswith("ossfirst") else w for w in words[2:]]
    run = cli(
        "check", *[a if a != "requests/" else "requests" for a in args], "--date", "2026-11-27"
    )
    assert run.code == 1
    assert "::error file=requests/2026/2026-61-012-dateiaustausch.yaml" in run.stdout
    assert (tmp_path / "summary.md").read_text("utf-8").startswith("## ossfirst check")
