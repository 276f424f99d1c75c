# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Format details against their consumers' rules: GitHub's escaping and caps, the summary's
bounds, JUnit for invalid files, SARIF's result cap."""

from __future__ import annotations

import datetime as dt
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema

from ossfirst.check.findings import Finding
from ossfirst.check.formats import RunInfo, Summary, writer
from ossfirst.check.formats.github import escape_data, escape_property
from ossfirst.check.rules import default_levels
from ossfirst.check.run import FileReport
from tests.conftest import ROOT

INFO = RunInfo(
    lang="en",
    tool_version="0.1.0",
    fail_on="error",
    levels=default_levels(),
    date=dt.date(2026, 11, 27),
)
SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text())


def unescape_data(value: str) -> str:
    # the runner's unescaping (actions/runner ActionCommand), inverse of the toolkit's escaping
    return value.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def unescape_property(value: str) -> str:
    return unescape_data(value.replace("%3A", ":").replace("%2C", ","))


def render(name: str, reports: list[FileReport], info: RunInfo = INFO) -> str:
    stream = io.BytesIO()
    out = writer(name, stream, info)
    summary = Summary()
    out.begin()
    for report in reports:
        summary.add(report)
        out.file(report)
    summary.finish()
    out.end(summary)
    return stream.getvalue().decode("utf-8")


def finding(
    level: str = "error", message: str = "m", line: int = 3, rule: str = "unjustified-departure"
) -> Finding:
    return Finding(rule=rule, level=level, line=line, column=1, message=message)  # type: ignore[arg-type]


def report(path: str, *findings: Finding, status: str = "fail") -> FileReport:
    return FileReport(path=path, status=status, findings=tuple(findings))  # type: ignore[arg-type]


def test_github_escaping_follows_the_toolkit() -> None:
    nasty = "50 % done\r\nnext: a, b"
    assert escape_data(nasty) == "50 %25 done%0D%0Anext: a, b"
    assert escape_property(nasty) == "50 %25 done%0D%0Anext%3A a%2C b"
    assert unescape_property(escape_property(nasty)) == nasty
    out = render("github", [report("a,b:c.yaml", finding(message="line one\n::error::injected"))])
    [command] = [line for line in out.splitlines() if line.startswith("::error ")]
    props, message = command[len("::error ") :].split("::", 1)
    assert dict(p.split("=", 1) for p in props.split(","))["file"] == "a%2Cb%3Ac.yaml"
    assert unescape_data(message) == "line one\n::error::injected"
    # the same finding in the log: one line that cannot start a workflow command
    assert "\n::error::injected" not in out


def test_github_shows_ten_annotations_per_level_and_counts_the_rest() -> None:
    findings = [finding(line=i) for i in range(1, 16)] + [finding("warning", line=20)]
    out = render("github", [report("a.yaml", *findings)])
    assert sum(1 for line in out.splitlines() if line.startswith("::error ")) == 10
    assert sum(1 for line in out.splitlines() if line.startswith("::warning ")) == 1
    assert "::notice::5 more findings without an annotation" in out
    assert out.count("[unjustified-departure]") >= 15  # all of them in the log group


def test_summary_stays_within_its_bounds() -> None:
    from ossfirst.check.formats.markdown import MAX_ROWS

    reports = [report(f"r{i:04d}.yaml", finding(message="x" * 500)) for i in range(MAX_ROWS + 50)]
    out = render("markdown", reports)
    assert out.count("| `r") == MAX_ROWS
    assert "… and 50 more findings" in out
    assert len(out.encode("utf-8")) < 1024 * 1024


def test_markdown_cells_cannot_break_the_table() -> None:
    out = render(
        "markdown", [report("a|b.yaml", finding(message="<img src=x> | [link](http://x) *b*"))]
    )
    row = next(line for line in out.splitlines() if line.startswith("| `a"))
    assert row.count(" | ") == 3 and "\\<img" in row and "\\[link\\]" in row


def test_junit_marks_an_invalid_file_as_one_error() -> None:
    bad = report(
        "bad.yaml", finding(rule="invalid-input", message="Unknown key 'foo'."), status="invalid"
    )
    root = ET.fromstring(render("junit", [bad]))
    [case] = root.iter("testcase")
    assert case.get("name") == "invalid-input"
    error = case.find("error")
    assert error is not None and error.get("message") == "Unknown key 'foo'."
    assert "bad.yaml:3:1: error: Unknown key 'foo'." in (error.text or "")


def test_sarif_for_no_files_is_valid() -> None:
    log = json.loads(render("sarif", []))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    assert log["runs"][0]["results"] == []


def test_sarif_leaves_out_results_beyond_githubs_limit(monkeypatch) -> None:
    from ossfirst.check.formats import sarif

    monkeypatch.setattr(sarif, "MAX_RESULTS", 5)
    monkeypatch.setattr(sarif, "MAX_PASS_RESULTS", 2)
    reports = [report(f"p{i}.yaml", status="pass") for i in range(3)]
    reports += [report("f.yaml", *[finding(line=i) for i in range(1, 6)])]
    log = json.loads(render("sarif", reports))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    [run] = log["runs"]
    assert len(run["results"]) == 5
    assert run["properties"]["ossfirst"]["omittedResults"] == {"pass": 1, "fail": 2}
    assert "left out" in run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]


def test_gitlab_and_json_for_no_files_are_valid_json() -> None:
    assert json.loads(render("gitlab", [])) == []
    assert json.loads(render("json", []))["files"] == []


def test_a_file_name_cannot_become_a_workflow_command(tmp_path: Path) -> None:
    out = render("text", [report("::warning::x.yaml", finding())])
    assert out.startswith("./::warning::x.yaml:3:1: error:")
