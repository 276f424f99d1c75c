# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst check`` on the sample repository examples/repo, in every format at once, and
on broken, mixed and large sets of files."""

from __future__ import annotations

import json
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
import xmlschema

from ossfirst.model.rules import RULES
from tests.check.test_check_formats import JENKINS_XSD, check_code_quality, github_code_scanning
from tests.conftest import EXAMPLES, ROOT

REPO = EXAMPLES / "repo"
GOLDEN = ROOT / "tests" / "golden"
SARIF_SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text())
DATE = "2026-11-27"
REQUESTS = [
    "requests/2025/2025-10-033-intranet.yaml",
    "requests/2025/2025-13-021-beteiligungsportal.yaml",
    "requests/2025/2025-61-003-dateiaustausch.yaml",
    "requests/2025/2025-IT-009-videokonferenz-pilot.yaml",
    "requests/2025/2025-IT-044-ticketsystem.yaml",
    "requests/2026/2026-34-004-standesamt.yaml",
    "requests/2026/2026-40-061-ticketsystem-schulen.yaml",
    "requests/2026/2026-40-072-videokonferenz-schulen.yaml",
    "requests/2026/2026-61-012-dateiaustausch.yaml",
    "requests/2026/2026-IT-017-videokonferenz.yaml",
    "requests/2026/2026-IT-022-internetauftritt.yaml",
    "requests/2026/LK-IT-2026-031-office.yaml",
]
#: Findings in all: 3 errors, 3 warnings (two of them the assessors' disagreement in the
#: ticket systems), 1 note.
FINDINGS = 12
FAILING = {
    "requests/2026/2026-61-012-dateiaustausch.yaml",
    "requests/2026/LK-IT-2026-031-office.yaml",
}


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(REPO)
    for name in ("GITHUB_ACTIONS", "GITLAB_CI", "GITHUB_STEP_SUMMARY", "CI", "SOURCE_DATE_EPOCH"):
        monkeypatch.delenv(name, raising=False)
    return REPO


def golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("OSSFIRST_UPDATE_GOLDEN"):
        path.write_text(actual, "utf-8")
    assert actual == path.read_text("utf-8")


def test_text_lists_every_finding_with_its_place(cli, in_repo: Path) -> None:
    run = cli("check", "--date", DATE)
    assert run.code == 1, run.stderr
    golden("check-repo.de.txt", run.stdout)
    # the accepted deviation stays visible as a note, the expired one fails again
    assert "2026-34-004-standesamt.yaml:531:9: note:" in run.stdout
    assert "Abweichung genehmigt bis 30.06.2027" in run.stdout
    assert "LK-IT-2026-031-office.yaml:86:9: error:" in run.stdout
    assert "[deviation-expired]" in run.stdout
    assert run.stderr == (
        "12 Anträge geprüft: 10 eingehalten, 2 mit Befunden ab der Schwelle, 0 ungültig; "
        "3 Fehler, 8 Warnungen, 1 Hinweis.\n"
    )


def test_every_format_in_one_run(cli, in_repo: Path, tmp_path: Path) -> None:
    names = ("json", "sarif", "junit", "junit-gitlab", "gitlab", "md")
    out = {name: tmp_path / f"report.{name}" for name in names}
    run = cli(
        "check", "requests", "--date", DATE, "-q",
        "--format", "json", "-o", out["json"],
        "--format", "sarif", "-o", out["sarif"],
        "-f", "junit", "-o", out["junit"],
        "-f", "junit-gitlab", "-o", out["junit-gitlab"],
        "--format=gitlab", "--output", out["gitlab"],
        "-f", "markdown", f"-o{out['md']}",
        "--format", "text",
    )  # fmt: skip
    assert run.code == 1
    assert run.stdout.count("\n") == FINDINGS  # text on stdout, the rest in files
    check_json(json.loads(out["json"].read_text("utf-8")))
    check_sarif(json.loads(out["sarif"].read_text("utf-8")))
    check_junit(ET.parse(out["junit"]).getroot())
    xmlschema.XMLSchema10(JENKINS_XSD).validate(str(out["junit"]))
    gitlab_junit = ET.parse(out["junit-gitlab"]).getroot()
    check_junit(gitlab_junit)
    assert all(case.get("file") == case.get("classname") for case in gitlab_junit.iter("testcase"))
    check_gitlab(out["gitlab"].read_bytes())
    golden("check-repo.de.md", out["md"].read_text("utf-8"))


def check_json(report: dict) -> None:
    assert report["schema_version"] == "1.0"
    assert report["date"] == DATE
    assert report["policy"]["config"] == "ossfirst.toml"
    assert report["policy"]["levels"]["stale-evidence"] == "error"
    assert [f["path"] for f in report["files"]] == REQUESTS
    statuses = {f["path"]: f["status"] for f in report["files"]}
    assert {p for p, s in statuses.items() if s == "fail"} == FAILING
    assert report["summary"] == {
        "files": 12,
        "passed": 10,
        "failed": 2,
        "invalid": 0,
        "internal_errors": 0,
        "findings": {"error": 3, "warning": 8, "note": 1},
        "exit_code": 1,
    }
    [standesamt] = [f for f in report["files"] if f["path"].endswith("standesamt.yaml")]
    [accepted] = [f for f in standesamt["findings"] if f["deviation"]]
    assert accepted["level"] == "note" and accepted["rule"] == "stale-evidence"
    assert accepted["deviation"]["status"] == "accepted"
    assert accepted["deviation"]["decision"] == "Vermerk 10/2026-118"
    assert accepted["yaml_path"] == [
        "alternatives",
        3,
        "assessments",
        "security.certification",
        "assessed_on",
    ]
    prints = [f["fingerprint"] for file in report["files"] for f in file["findings"]]
    assert len(prints) == len(set(prints)) == FINDINGS


def check_sarif(log: dict) -> None:
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    [run] = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.id for r in RULES]
    assert all(r["shortDescription"]["text"] and r["help"]["text"] for r in rules)
    by_id = {r["id"]: r for r in rules}
    assert by_id["stale-evidence"]["defaultConfiguration"] == {"level": "error"}
    results = run["results"]
    for result in results:
        # GitHub code scanning needs one physical location with a relative URI and a line.
        [location] = result["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"] in REQUESTS
        assert physical["region"]["startLine"] >= 1
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert [r["kind"] for r in results] == ["fail"] * FINDINGS  # passing requests are no alerts
    assert len({r["partialFingerprints"]["ossfirst/v1"] for r in results}) == FINDINGS
    assert len(github_code_scanning(log)) == FINDINGS
    # the key and its value: the expired deviation's date, the missing justification
    regions = {r["ruleId"]: r["locations"][0]["physicalLocation"]["region"] for r in results}
    assert regions["deviation-expired"]["endLine"] == regions["deviation-expired"]["startLine"]
    assert regions["deviation-expired"]["endColumn"] > regions["deviation-expired"]["startColumn"]
    assert run["invocations"] == [{"executionSuccessful": True, "exitCode": 1}]
    assert run["columnKind"] == "unicodeCodePoints" and run["language"] == "de"


def check_junit(root: ET.Element) -> None:
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == REQUESTS
    keys = [(c.get("classname"), c.get("name")) for c in root.iter("testcase")]
    assert len(keys) == len(set(keys)), "GitLab drops duplicate classname+name pairs"
    for suite in suites:
        cases = suite.findall("testcase")
        assert int(suite.get("tests", "")) == len(cases)
        assert int(suite.get("failures", "")) == sum(
            1 for c in cases if c.find("failure") is not None
        )
        assert int(suite.get("skipped", "")) == sum(
            1 for c in cases if c.find("skipped") is not None
        )
        failed = {c.get("name") for c in cases if c.find("failure") is not None}
        name = suite.get("name")
        assert bool(failed) is (name in FAILING), name
        assert suite.get("file") == name
        for case in cases:
            assert case.get("classname") == name
    office = next(s for s in suites if s.get("name", "").endswith("office.yaml"))
    failure = office.find("testcase[@name='stale-evidence']/failure")
    assert failure is not None and "86:9" in (failure.text or "")
    [standesamt] = [s for s in suites if s.get("name", "").endswith("standesamt.yaml")]
    skipped = standesamt.find("testcase[@name='stale-evidence']/skipped")
    assert skipped is not None and "Vermerk 10/2026-118" in (skipped.text or "")


def check_gitlab(raw: bytes) -> None:
    assert not raw.startswith(b"\xef\xbb\xbf")
    issues = json.loads(raw.decode("utf-8"))
    assert isinstance(issues, list) and len(issues) == FINDINGS
    check_code_quality(issues)
    for issue in issues:
        assert set(issue) == {
            "type",
            "description",
            "check_name",
            "categories",
            "fingerprint",
            "severity",
            "location",
        }
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert issue["location"]["path"] in REQUESTS
        assert (REPO / issue["location"]["path"]).is_file()
        assert isinstance(issue["location"]["lines"]["begin"], int)
        assert issue["location"]["lines"]["begin"] >= 1
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert {i["severity"] for i in issues} == {"critical", "minor", "info"}


def test_github_annotations_and_job_summary(
    cli, in_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", "utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run = cli("check", "--date", DATE, "--format", "auto", "-q")
    assert run.code == 1
    commands = [line for line in run.stdout.splitlines() if line.startswith("::")]
    annotations = [c for c in commands if c.startswith(("::error ", "::warning ", "::notice "))]
    assert len(annotations) == FINDINGS
    assert commands[0].startswith("::group::") and commands[-1] == "::endgroup::"
    first = next(a for a in annotations if "unjustified-departure" in a)
    assert first.startswith(
        "::error file=requests/2026/2026-61-012-dateiaustausch.yaml,line=473,col=1,"
        "title=Abweichung von der Empfehlung ohne Begründung [unjustified-departure]::"
    )
    text = summary.read_text("utf-8")
    assert text.startswith("earlier step\n## ossfirst check\n")
    assert "Genehmigte Abweichungen" in text and "Vermerk 10/2026-118" in text


def test_auto_on_gitlab_writes_the_report_and_text(
    cli, in_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITLAB_CI", "true")
    report = tmp_path / "gl.json"
    run = cli("check", "--date", DATE, "-f", "auto", "-o", report, "-q")
    assert run.code == 1
    assert len(json.loads(report.read_text("utf-8"))) == FINDINGS
    assert "[unjustified-departure]" in run.stdout


def test_auto_elsewhere_is_text(cli, in_repo: Path) -> None:
    run = cli("check", "--date", DATE, "-f", "auto", "-q")
    assert "dateiaustausch.yaml:473:1: error:" in run.stdout


def test_outputs_are_byte_identical_across_runs(cli, in_repo: Path, tmp_path: Path) -> None:
    def once(folder: Path) -> list[bytes]:
        folder.mkdir()
        names = ("json", "sarif", "junit", "gitlab")
        args = [a for n in names for a in ("-f", n, "-o", folder / n)]
        cli("check", "--date", DATE, "-q", *args)
        return [(folder / n).read_bytes() for n in names]

    assert once(tmp_path / "a") == once(tmp_path / "b")


def test_english_messages_with_lang(cli, in_repo: Path) -> None:
    run = cli("check", "--date", DATE, "--lang", "en", "-q")
    assert "a written justification is missing. [unjustified-departure]" in run.stdout
    assert "Deviation accepted until 2027-06-30" in run.stdout


def test_deviations_judged_by_the_reference_date(cli, in_repo: Path) -> None:
    # On 1 July 2027 the deviation of the Standesamt request has expired as well.
    run = cli("check", "--date", "2027-07-01", "-q", "requests/2026/2026-34-004-standesamt.yaml")
    assert run.code == 1
    assert "[deviation-expired]" in run.stdout
    assert "stale-evidence" in run.stdout and ": note:" not in run.stdout
    # and on the day it expires it still holds
    run = cli("check", "--date", "2027-06-30", "-q", "requests/2026/2026-34-004-standesamt.yaml")
    assert run.code == 0


# ---------------------------------------------------------------------------- batches


def copy_request(source: Path, target: Path, replace: dict[str, str] | None = None) -> Path:
    text = source.read_text("utf-8")
    for old, new in (replace or {}).items():
        assert old in text
        text = text.replace(old, new)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, "utf-8")
    return target


def test_one_broken_file_never_hides_the_others(cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    copy_request(EXAMPLES / "proprietary-without-justification.yaml", tmp_path / "r" / "a.yaml")
    copy_request(
        EXAMPLES / "web-cms.yaml", tmp_path / "r" / "b.yaml", {"providers: 3": "providers: drei"}
    )
    # (an example without evidence files, which would not travel with the copy)
    copy_request(EXAMPLES / "specialised-procedure.yaml", tmp_path / "r" / "c.yaml")
    out = tmp_path / "report.json"
    run = cli("check", "r", "--date", DATE, "-f", "text", "-f", "json", "-o", out)
    assert run.code == 2, run.stderr
    lines = run.stdout.splitlines()
    assert any(line.startswith("r/a.yaml:") and "[unjustified-departure]" in line for line in lines)
    # the proposed SaaS has no exit plan (standard catalogue 2.0)
    assert any(line.startswith("r/a.yaml:") and "[exit-plan]" in line for line in lines)
    assert any(line.startswith("r/b.yaml:") and "[invalid-input]" in line for line in lines)
    assert "Traceback" not in run.stderr
    report = json.loads(out.read_text("utf-8"))
    assert [f["status"] for f in report["files"]] == ["fail", "invalid", "pass"]


def test_internal_error_in_one_file_is_exit_3_and_the_rest_is_reported(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ossfirst.api

    real = ossfirst.api.evaluate_prepared

    def flaky(prepared, **options):  # type: ignore[no-untyped-def]
        if prepared.loaded.request.id == "2026-IT-022":
            raise RuntimeError("simulated")
        return real(prepared, **options)

    monkeypatch.setattr(ossfirst.api, "evaluate_prepared", flaky)
    monkeypatch.chdir(tmp_path)
    copy_request(EXAMPLES / "proprietary-without-justification.yaml", tmp_path / "a.yaml")
    copy_request(EXAMPLES / "web-cms.yaml", tmp_path / "b.yaml")
    run = cli("check", ".", "--date", DATE, "-j", "1", "-q")
    assert run.code == 3
    lines = (tmp_path / "a.yaml").read_text("utf-8").splitlines()
    justification = next(i for i, line in enumerate(lines) if line.startswith("justification:"))
    assert f"a.yaml:{justification + 1}:1: error:" in run.stdout
    assert (
        "b.yaml: error: Internal error on this file: RuntimeError: simulated [internal-error]"
        in run.stdout
    )


def test_parallel_run_gives_the_same_output_as_one_process(
    cli, tmp_path: Path, monkeypatch
) -> None:
    from ossfirst.check.run import PARALLEL_FROM

    monkeypatch.chdir(tmp_path)
    sources = sorted((REPO / "requests" / "2026").glob("*.yaml"))
    count = 0
    while count < PARALLEL_FROM + 7:
        for source in sources:
            copy_request(source, tmp_path / "requests" / f"{count:03d}-{source.name}")
            count += 1
    shutil.copy(REPO / "ossfirst.toml", tmp_path / "ossfirst.toml")
    one = tmp_path / "one.json"
    two = tmp_path / "two.json"
    assert cli("check", "--date", DATE, "-q", "-j", "1", "-f", "json", "-o", one).code == 1
    assert cli("check", "--date", DATE, "-q", "-j", "2", "-f", "json", "-o", two).code == 1
    assert one.read_bytes() == two.read_bytes()
    assert json.loads(two.read_text("utf-8"))["summary"]["files"] == count


# ------------------------------------------------------------------- paths and policy


def test_globs_files_and_exclude(cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    copy_request(EXAMPLES / "web-cms.yaml", tmp_path / "requests" / "a.yaml")
    copy_request(
        EXAMPLES / "proprietary-without-justification.yaml",
        tmp_path / "requests" / "archiv" / "old.yaml",
    )
    (tmp_path / "requests" / ".hidden").mkdir()
    (tmp_path / "requests" / ".hidden" / "x.yaml").write_text("not: a request\n")
    (tmp_path / ".gitlab-ci.yml").write_text("stages: [test]\n")
    (tmp_path / "ossfirst.toml").write_text(
        'include = ["requests/**"]\nexclude = ["requests/archiv/"]\n'
    )
    assert cli("check", "--date", DATE, "-q").code == 0
    assert cli("check", "requests/**/*.yaml", "--date", DATE, "-q").code == 0
    # pre-commit passes changed files by name: the policy's patterns apply to them too
    run = cli("check", "requests/archiv/old.yaml", ".gitlab-ci.yml", "--date", DATE)
    assert run.code == 0 and run.stderr == "No request files found.\n"
    run = cli("check", "nothing/*.yaml", "--date", DATE, "-q")
    assert run.code == 2
    assert run.stdout == (
        "nothing/*.yaml: error: No request file matches this path or pattern "
        "(check the path) [invalid-input]\n"
    )


def test_policy_from_pyproject_sets_levels_and_threshold(cli, tmp_path: Path, monkeypatch) -> None:
    copy_request(EXAMPLES / "specialised-procedure.yaml", tmp_path / "requests" / "s.yaml")
    monkeypatch.chdir(tmp_path / "requests")
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.ossfirst]\nfail-on = "warning"\n\n'
        '[tool.ossfirst.rules]\nunassessed-criterion = "off"\n'
    )
    run = cli("check", "--date", DATE, "-q")
    assert run.code == 1  # the stale assessment is a warning, and warnings fail
    assert "[stale-evidence]" in run.stdout and "[unassessed-criterion]" not in run.stdout


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ('fail-on = "errors"\n', "ossfirst.toml:1:1: error: Unknown threshold 'errors' (did you mean 'error'?)"),  # noqa: E501
        ('fail_on = "error"\n', "ossfirst.toml:1:1: error: Unknown key 'fail_on' (did you mean 'fail-on'?)"),  # noqa: E501
        ('\n[rules]\nstale-evidense = "off"\n', "ossfirst.toml:3:1: error: There is no check rule 'stale-evidense' (did you mean 'stale-evidence'?)"),  # noqa: E501
        ('[rules]\nunjustified-departure = "warning"\n', "ossfirst.toml:2:1: error: The level of the rule 'unjustified-departure' is fixed (error) (record a deviation in the request instead ('deviations:'))"),  # noqa: E501
        ('fail-on = "error\n', "ossfirst.toml:1:17: error: TOML syntax error: Illegal character"),
    ],
)  # fmt: skip
def test_bad_policy_is_exit_2_with_its_place(
    cli, tmp_path: Path, monkeypatch, toml: str, expected: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ossfirst.toml").write_text(toml)
    out = tmp_path / "out.json"
    run = cli("check", "--date", DATE, "-f", "json", "-o", out)
    assert run.code == 2
    assert run.stderr.startswith(str(tmp_path / expected)), run.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "sarif2"], "Unknown format 'sarif2' (did you mean 'sarif'?)"),
        (["-o", "x.json", "-f", "json"], "--output x.json: it must follow the --format it writes"),
        (["-f", "json", "-f", "text"], "Only one format can write to standard output (json, text)"),
        (["-f", "github", "-o", "x.txt"], "The format 'github' writes to standard output"),
        (
            ["-f", "json", "-o", "x", "-f", "sarif", "-o", "x"],
            "Two formats write to the same file 'x'",
        ),
        (["--date", "27.11.2026"], "Invalid date '27.11.2026' (YYYY-MM-DD)"),
        (["--lang", "fr"], "Unknown language 'fr'"),
    ],
)
def test_usage_errors_are_exit_2(cli, in_repo: Path, args: list[str], message: str) -> None:
    run = cli("check", *args)
    assert run.code == 2
    assert message in run.stderr


def test_check_agrees_with_evaluate_on_every_example(cli, tmp_path: Path) -> None:
    # With the default policy, a request whose verdict violates the rule always fails check.
    for example in sorted(EXAMPLES.glob("*.yaml")):
        evaluated = cli("evaluate", example, "-f", "json", "-d", tmp_path, "-q").code
        checked = cli("check", example, "--date", DATE, "-q").code
        assert evaluated == checked, example.name


def test_progress_bar_only_for_a_person_at_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from ossfirst.cli.check import _show_progress

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert _show_progress(quiet=False, count=10)
    assert not _show_progress(quiet=True, count=10)
    assert not _show_progress(quiet=False, count=1)
    monkeypatch.setenv("CI", "true")
    assert not _show_progress(quiet=False, count=10)
    monkeypatch.delenv("CI")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert not _show_progress(quiet=False, count=10)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["-f", "json", "-o", "a.json", "-f", "text"], [("format", "json"), ("output", "a.json"), ("format", "text")]),  # noqa: E501
        (["--format=sarif", "--output=x.sarif", "req"], [("format", "sarif"), ("output", "x.sarif")]),  # noqa: E501
        (["-qf", "junit", "-ox.xml"], [("format", "junit"), ("output", "x.xml")]),
        (["-l", "-f", "--lang", "-o", "-f", "gitlab"], [("format", "gitlab")]),  # values of other options  # noqa: E501
        (["--", "-f", "json"], []),
    ],
)  # fmt: skip
def test_formats_and_outputs_are_paired_in_the_order_given(args: list[str], expected: list) -> None:
    from ossfirst.cli.check import _order

    assert _order(args) == expected


@pytest.mark.parametrize(
    ("order", "environ", "plan"),
    [
        ([("format", "auto")], {"GITLAB_CI": "true"}, [("gitlab", "gl-code-quality-report.json"), ("text", None)]),  # noqa: E501
        ([("format", "auto"), ("format", "json")], {"GITLAB_CI": "true"}, [("gitlab", "gl-code-quality-report.json"), ("json", None)]),  # noqa: E501
        ([("format", "auto")], {"GITHUB_ACTIONS": "true"}, [("github", None)]),
        ([("format", "auto")], {}, [("text", None)]),
        ([], {}, [("text", None)]),
    ],
)  # fmt: skip
def test_auto_resolves_from_the_environment(order: list, environ: dict, plan: list) -> None:
    from ossfirst.cli.check import plan_outputs

    assert plan_outputs(order, environ) == plan
