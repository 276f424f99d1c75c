# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The scheduled data-freshness job: the standards list's review check says when the list is
due (offline), and the GitLab and GitHub jobs run both freshness checks weekly, on schedule
only, and validate against their CI schemas."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from tests.conftest import ROOT
from tests.test_integrations import vendored_schema

SCRIPT = ROOT / "scripts" / "check_standards.py"
CHECKS = ("python scripts/update_spdx.py --check", "python scripts/check_standards.py --check")


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_standards", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_review_date_is_the_lists_own() -> None:
    from ossfirst.evidence.standards import standards_list

    shipped = standards_list()
    version, date = load_script().reviewed_on(load_script().TARGET)
    assert (version, date) == (shipped.version, shipped.date)


@pytest.mark.parametrize(
    ("days", "code", "says"), [(0, 0, "up to date"), (183, 0, "up to date"), (184, 1, "review due")]
)
def test_the_list_is_due_after_six_months(days: int, code: int, says: str) -> None:
    script = load_script()
    _, date = script.reviewed_on(script.TARGET)
    today = date + dt.timedelta(days=days)
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--check", "--today", today.isoformat()],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == code, run.stderr
    assert run.stdout.startswith(says)
    assert f"{days} days ago" in run.stdout


def test_an_unreadable_list_cannot_be_checked(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "standards.yaml"
    bad.write_text("version: 2026.11\n", "utf-8")  # no quotes, no date
    assert load_script().check(bad, dt.date(2026, 12, 1)) == 2
    assert load_script().check(tmp_path / "missing.yaml", dt.date(2026, 12, 1)) == 2
    assert "cannot read" in capsys.readouterr().err


def test_gitlab_runs_both_checks_on_schedule_only() -> None:
    import jsonschema

    pipeline = yaml.safe_load((ROOT / ".gitlab-ci.yml").read_text("utf-8"))
    jsonschema.validate(pipeline, vendored_schema("gitlab-ci"))
    jobs = {name: job for name, job in pipeline.items() if not name.startswith(".")}
    scripts = [line for job in jobs.values() for line in job["script"]]
    assert sorted(scripts) == sorted(CHECKS)
    for job in jobs.values():
        rules = pipeline[job["extends"]]["rules"]
        assert [rule["if"] for rule in rules] == [
            '$CI_PIPELINE_SOURCE == "schedule"',
            '$CI_PIPELINE_SOURCE == "web"',
        ]


def test_github_runs_both_checks_weekly() -> None:
    import jsonschema

    workflow = yaml.safe_load((ROOT / ".github/workflows/data-freshness.yml").read_text("utf-8"))
    workflow["on"] = workflow.pop(True)  # YAML 1.1 reads `on` as true
    jsonschema.validate(workflow, vendored_schema("github-workflows"))
    (cron,) = [entry["cron"] for entry in workflow["on"]["schedule"]]
    _minute, _hour, day, month, weekday = cron.split()
    assert (day, month) == ("*", "*") and re.fullmatch(r"[0-6]", weekday)
    steps = workflow["jobs"]["data-freshness"]["steps"]
    runs = [step["run"] for step in steps if "run" in step]
    assert runs == list(CHECKS)
    # the second check runs even when the first one fails
    assert steps[-1]["if"] == "${{ !cancelled() }}"


def test_make_update_data_runs_both_checks() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    target = re.search(r"^update-data:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert target
    for check in CHECKS:
        assert check.replace("python ", "$(BIN)/python ") in target[1]
