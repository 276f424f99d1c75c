# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Format details against their consumers' rules: GitHub's escaping and caps, the summary's
bounds, JUnit for invalid files, SARIF's result cap."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from ossfirst.check.findings import Finding
from ossfirst.check.formats import RunInfo, Summary, writer
from ossfirst.check.formats.github import escape_data, escape_property
from ossfirst.check.run import FileReport
from ossfirst.model.rules import default_levels
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
    log = json.loads(render("sarif", reports, replace(INFO, sarif_passes=True)))
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


def github_code_scanning(log: dict) -> list[dict]:
    """What GitHub's code scanning does with a SARIF log, as documented ("SARIF support for
    code scanning"): every result becomes an alert whatever its ``kind``; the level comes
    from the result, else its rule's defaultConfiguration, and only note, warning and error
    mean something; alerts are told apart by rule and primaryLocationLineHash, which GitHub
    computes from the line's text when it is absent (so findings on one line merge). The
    alerts, one per distinct (rule, file, hash)."""
    [run] = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["informationUri"].startswith("https://")
    rules = driver["rules"]
    for rule in rules:
        assert rule["helpUri"].startswith("https://") and rule["helpUri"].endswith("#rules")
        assert rule["defaultConfiguration"]["level"] in ("note", "warning", "error")
    alerts = {}
    for result in run["results"]:
        rule = rules[result["ruleIndex"]]
        level = result.get("level", rule["defaultConfiguration"]["level"])
        assert level in ("note", "warning", "error"), result
        [location] = result["locations"]
        physical = location["physicalLocation"]
        region = physical["region"]
        line_hash = result.get("partialFingerprints", {}).get(
            "primaryLocationLineHash", f"text of line {region['startLine']}"
        )
        assert re.fullmatch(r"[0-9a-f]{16}:[0-9]+", line_hash), line_hash
        if "endLine" in region:
            assert region["endLine"] >= region["startLine"]
            if region["endLine"] == region["startLine"] and "endColumn" in region:
                assert region["endColumn"] > region["startColumn"]
        key = (result["ruleId"], physical["artifactLocation"]["uri"], line_hash)
        alerts.setdefault(key, result)
    return list(alerts.values())


def test_sarif_follows_githubs_rules() -> None:
    same_line = [
        Finding(
            rule="stale-evidence",
            level="warning",
            line=7,
            column=5,
            message=f"m{i}",
            path=("alternatives", 0, "assessments", criterion),
            alternative="a",
            criterion=criterion,
        )
        for i, criterion in enumerate(("security.patching", "security.certification"))
    ]
    twins = [finding(line=9, rule="no-proposal", level="note") for _ in range(2)]
    reports = [report("p.yaml", status="pass"), report("f.yaml", *same_line, *twins)]
    log = json.loads(render("sarif", reports))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    assert [r["kind"] for r in results] == ["fail"] * 4  # no pass results by default
    assert "policy-holds" not in [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    assert len(github_code_scanning(log)) == 4  # every finding an alert of its own
    hashes = [r["partialFingerprints"]["primaryLocationLineHash"] for r in results]
    assert hashes[2].split(":")[0] == hashes[3].split(":")[0]
    assert [h.split(":")[1] for h in hashes[2:]] == ["1", "2"]


def test_sarif_line_hashes_survive_moved_lines() -> None:
    def hashes(offset: int) -> list[str]:
        moved = [replace(f, line=f.line + offset) for f in (finding(line=3), finding(line=5))]
        log = json.loads(render("sarif", [report("f.yaml", *moved)]))
        results = log["runs"][0]["results"]
        return [r["partialFingerprints"]["primaryLocationLineHash"] for r in results]

    assert hashes(0) == hashes(12)


def test_sarif_passes_on_request() -> None:
    reports = [report("p.yaml", status="pass"), report("f.yaml", finding())]
    log = json.loads(render("sarif", reports, replace(INFO, sarif_passes=True)))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    [passed, failed] = log["runs"][0]["results"]
    # §3.27.10: a result of another kind than "fail" has level "none", by default
    assert passed["kind"] == "pass" and "level" not in passed
    assert failed["kind"] == "fail" and failed["level"] == "error"
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert rules[passed["ruleIndex"]]["defaultConfiguration"] == {"level": "note"}


def test_sarif_region_spans_the_key_and_its_value() -> None:
    spanning = replace(finding(line=4), column=3, end_line=6, end_column=0)
    one_line = replace(finding(line=8), column=3, end_line=8, end_column=20)
    unknown = finding(line=10)
    log = json.loads(render("sarif", [report("f.yaml", spanning, one_line, unknown)]))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in log["runs"][0]["results"]]
    assert regions == [
        {"startLine": 4, "startColumn": 3, "endLine": 6},
        {"startLine": 8, "startColumn": 3, "endLine": 8, "endColumn": 20},
        {"startLine": 10, "startColumn": 1},
    ]


JENKINS_XSD = ROOT / "tests" / "schemas" / "jenkins-xunit-junit-10.xsd"


def every_kind_of_case() -> list[FileReport]:
    """Reports that give each kind of JUnit test case: pass, pass with findings below the
    threshold (system-out), failure, skipped (accepted deviation) and error."""
    from ossfirst.check.findings import AppliedDeviation

    accepted = AppliedDeviation("accepted", 0, "Vermerk 1", "A. B.", "2027-01-01", "weil")
    return [
        report("ok.yaml", status="pass"),
        report("f.yaml", finding(), finding("warning", rule="stale-evidence", line=5)),
        report(
            "d.yaml",
            replace(finding("note", rule="stale-evidence"), deviation=accepted),
            status="pass",
        ),
        report("bad.yaml", finding(rule="invalid-input", message="<&>\n\x01"), status="invalid"),
    ]


def test_junit_is_valid_against_the_jenkins_schema() -> None:
    import xmlschema

    schema = xmlschema.XMLSchema10(JENKINS_XSD)
    out = render("junit", every_kind_of_case())
    schema.validate(out)
    root = ET.fromstring(out)
    kinds = {child.tag for case in root.iter("testcase") for child in case}
    assert kinds == {"failure", "skipped", "error", "system-out"}
    # the file is named where the schema has room for it: on the suite
    assert [s.get("file") for s in root.iter("testsuite")] == [
        "ok.yaml",
        "f.yaml",
        "d.yaml",
        "bad.yaml",
    ]
    # the test can fail: a file attribute on a test case is outside the schema
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        schema.validate(render("junit-gitlab", every_kind_of_case()))


def test_junit_gitlab_names_the_file_of_each_case() -> None:
    """GitLab's parser (lib/gitlab/ci/parsers/test/junit.rb) reads testcase/@file; otherwise
    the variant is the Jenkins format unchanged."""
    reports = every_kind_of_case()
    gitlab = ET.fromstring(render("junit-gitlab", reports))
    for suite in gitlab.iter("testsuite"):
        assert {case.get("file") for case in suite.iter("testcase")} == {suite.get("name")}
    for case in gitlab.iter("testcase"):
        del case.attrib["file"]
    assert ET.tostring(gitlab) == ET.tostring(ET.fromstring(render("junit", reports)))


#: CodeClimate's categories (codeclimate/platform, spec/analyzers/SPEC.md, "Categories").
CODECLIMATE_CATEGORIES = {
    "Bug Risk",
    "Clarity",
    "Compatibility",
    "Complexity",
    "Duplication",
    "Performance",
    "Security",
    "Style",
}


def check_code_quality(issues: list[dict]) -> None:
    """The fields GitLab's Code Quality format (docs.gitlab.com, "Code Quality report
    format") and the CodeClimate specification (SPEC.md, "Issues") require."""
    for issue in issues:
        assert issue["type"] == "issue"
        assert issue["categories"] and set(issue["categories"]) <= CODECLIMATE_CATEGORIES
        assert issue["check_name"] and issue["fingerprint"]
        description = issue["description"]
        assert description and "\n" not in description and "\r" not in description
        assert description == description.strip()
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert issue["location"]["path"]
        assert issue["location"]["lines"]["begin"] >= 1
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_gitlab_code_quality_follows_the_codeclimate_spec() -> None:
    from ossfirst.check.formats.gitlab import CATEGORIES
    from ossfirst.model.rules import RULES

    assert set(CATEGORIES) == {rule.id for rule in RULES}
    name = "Jitsi Meet\nselbst betrieben\r\n  (Rechenzentrum)"
    reports = [
        report(
            "a.yaml",
            finding(message=f"Vorgeschlagen ist {name}."),
            finding("note", line=4, rule="no-proposal"),
        ),
        report("b.yaml", finding(rule="invalid-input"), status="invalid"),
    ]
    issues = json.loads(render("gitlab", reports))
    check_code_quality(issues)
    assert issues[0]["description"] == (
        "Vorgeschlagen ist Jitsi Meet selbst betrieben (Rechenzentrum)."
    )
    assert [i["categories"] for i in issues] == [["Bug Risk"], ["Clarity"], ["Bug Risk"]]
