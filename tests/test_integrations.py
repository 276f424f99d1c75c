# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The CI integrations shipped in the repository fit the command they call: the pre-commit
hooks, the GitLab CI template (its reports are the files its script writes, in the formats
GitLab expects) and the GitHub Actions example; and their commands run on examples/repo.
Both templates validate against their CI schemas (those check-jsonschema vendors), install
nothing unpinned, and say so when neither an image with ossfirst nor a pinned release is
given; the GitLab job's shell lines run against a wheel built from this repository."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
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


BASH = shutil.which("bash") or "/bin/bash"
GITLAB = ROOT / "ci" / "ossfirst.gitlab-ci.yml"
GITHUB = ROOT / "ci" / "github-workflow.yml"


def gitlab_documents(inputs: dict[str, str] | None = None) -> tuple[dict, dict]:
    """The template's header (``spec``) and its jobs, with the inputs interpolated as GitLab
    does (``$[[ inputs.name ]]``: the given value, else the default)."""
    header_text, body_text = GITLAB.read_text("utf-8").split("\n---\n", 1)
    header = yaml.safe_load(header_text)
    values = {k: _value(v.get("default", "")) for k, v in header["spec"]["inputs"].items()}
    values.update(inputs or {})
    body = re.sub(r"\$\[\[ inputs\.([a-z-]+) \]\]", lambda m: values[m[1]], body_text)
    return header, yaml.safe_load(body)


def _value(default: object) -> str:
    # GitLab writes a boolean input as true or false
    return str(default).lower() if isinstance(default, bool) else str(default)


def gitlab_command() -> tuple[dict, list[str]]:
    job = gitlab_documents()[1]["ossfirst-check"]
    [script] = job["script"]
    words = shlex.split(script)
    assert words[:2] == ["ossfirst", "check"]
    return job, words[2:]


def test_gitlab_template_wires_the_reports_it_writes() -> None:
    job, args = gitlab_command()
    plan = dict(plan_outputs(_order(args), {}))
    reports = job["artifacts"]["reports"]
    assert plan["gitlab"] == reports["codequality"]
    assert plan["junit-gitlab"] == reports["junit"]
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


def vendored_schema(name: str) -> dict:
    """A CI schema as check-jsonschema ships it (so that the test runs offline)."""
    from importlib.resources import files

    source = files("check_jsonschema.builtin_schemas.vendor").joinpath(f"{name}.json")
    return json.loads(source.read_text("utf-8"))


def test_gitlab_template_is_valid_gitlab_ci_with_inputs() -> None:
    import jsonschema

    schema = vendored_schema("gitlab-ci")
    header_text, body_text = GITLAB.read_text("utf-8").split("\n---\n", 1)
    header = yaml.safe_load(header_text)
    jsonschema.validate(header, schema)  # the spec:inputs header
    jsonschema.validate(yaml.safe_load(body_text), schema)  # as written
    inputs = header["spec"]["inputs"]
    assert {
        "stage",
        "image",
        "pip-spec",
        "pip-requirements",
        "paths",
        "options",
        "pages",
        "pages-stage",
        "pages-options",
        "pages-cache",
    } == set(inputs)
    assert inputs["stage"]["default"] == "test"
    # the stage is the caller's: a pipeline with its own stages can place the job
    raw = yaml.safe_load(body_text)["ossfirst-check"]
    assert raw["stage"] == "$[[ inputs.stage ]]"
    _, jobs = gitlab_documents({"stage": "review", "image": "registry.example/ossfirst:0.1.0"})
    jsonschema.validate(jobs, schema)
    job = jobs["ossfirst-check"]
    assert job["stage"] == "review"
    # an image with an entrypoint of its own (ossfirst's) still runs the job's shell
    assert job["image"] == {"name": "registry.example/ossfirst:0.1.0", "entrypoint": [""]}


def test_gitlab_pages_job_publishes_the_portfolio(tmp_path: Path) -> None:
    """The job ``pages`` (GitLab Pages needs that name and the folder public/) runs on the
    default branch when the input ``pages`` is true, installs ossfirst as the check job does
    and writes the portfolio into public/; findings (exit code 1) still publish, an invalid
    request (2) fails the job."""
    import jsonschema

    header, jobs = gitlab_documents(
        {"pages": "true", "paths": "requests/", "pages-options": "--date 2026-11-27 -q"}
    )
    assert header["spec"]["inputs"]["pages"] == {
        "type": "boolean",
        "default": False,
        "description": header["spec"]["inputs"]["pages"]["description"],
    }
    jsonschema.validate(jobs, vendored_schema("gitlab-ci"))
    job = jobs["pages"]
    assert job["stage"] == "deploy"
    assert job["artifacts"]["paths"] == ["public"]
    assert job["before_script"] == jobs["ossfirst-check"]["before_script"]
    [rule] = job["rules"]
    assert rule == {"if": '$OSSFIRST_PAGES == "true" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH'}
    assert job["variables"]["OSSFIRST_PAGES"] == "true"
    repo = tmp_path / "repo"
    shutil.copytree(REPO, repo)
    env = job_env(job, f"{Path(sys.executable).parent}:/usr/bin:/bin")
    run = run_lines(job["script"], env, repo)
    assert run.returncode == 0, run.stderr[-3000:]  # the sample's findings do not stop it
    assert (repo / "public" / "index.html").stat().st_size > 10_000
    assert len(list((repo / "public" / "requests").glob("*.html"))) == 12
    # the GitLab cache keeps each request's outcome for the next pipeline
    assert job["cache"]["paths"] == [".ossfirst-cache/"]
    entries = {p: p.stat().st_mtime_ns for p in (repo / ".ossfirst-cache").glob("*/*.json")}
    assert len(entries) == 13  # a request each, and the annual report
    run = run_lines(job["script"], env, repo)
    assert run.returncode == 0, run.stderr[-3000:]
    # every request was taken from the cache: no entry was written again
    assert entries == {p: p.stat().st_mtime_ns for p in (repo / ".ossfirst-cache").glob("*/*.json")}
    (repo / "requests" / "2026" / "broken.yaml").write_text(
        "ossfirst: 1\nid: X\ntitle: 7\n", "utf-8"
    )
    run = run_lines(job["script"], env, repo)
    assert run.returncode == 2, run.stderr[-3000:]


def test_github_workflow_is_valid() -> None:
    import jsonschema

    workflow = yaml.safe_load(GITHUB.read_text("utf-8"))
    # YAML 1.1 (PyYAML) reads the key `on` as true; GitHub reads YAML 1.2, a string
    workflow["on"] = workflow.pop(True)
    jsonschema.validate(workflow, vendored_schema("github-workflows"))
    env = workflow["jobs"]["check"]["env"]
    assert env == {
        "OSSFIRST_IMAGE": "${{ vars.OSSFIRST_IMAGE }}",
        "OSSFIRST_PIP_SPEC": "${{ vars.OSSFIRST_PIP_SPEC }}",
    }


def pinned_patterns() -> list[str]:
    found = [re.search(r"pinned='([^']+)'", path.read_text("utf-8")) for path in (GITLAB, GITHUB)]
    return [m[1] for m in found if m]


@pytest.mark.parametrize(
    ("spec", "pinned"),
    [
        ("ossfirst @ git+https://gitlab.opencode.de/ossfirst/ossfirst.git@v0.1.0", True),
        ("ossfirst @ git+https://gitlab.opencode.de/ossfirst/ossfirst.git@" + "a" * 40, True),
        ("git+https://gitlab.opencode.de/ossfirst/ossfirst.git@v0.1.0", True),
        ("vendor/ossfirst-0.1.0-py3-none-any.whl", True),
        ("https://example.org/dist/ossfirst-0.1.0-py3-none-any.whl#sha256=" + "0" * 64, True),
        ("ossfirst @ https://example.org/ossfirst-0.1.0.tar.gz", True),
        ("ossfirst", False),
        ("ossfirst==0.1.0", False),
        ("ossfirst>=0.1", False),
        ("ossfirst @ git+https://gitlab.opencode.de/ossfirst/ossfirst.git", False),
        ("ossfirst @ git+https://gitlab.opencode.de/ossfirst/ossfirst.git@main", False),
        ("ossfirst @ git+https://gitlab.opencode.de/ossfirst/ossfirst.git@v0.1.0 other", False),
        ("https://example.org/ossfirst-latest-py3-none-any.whl", False),
        ("ossfirst-0.1.0-py3-none-any.whl#sha256=short", False),
    ],
)
def test_templates_install_only_a_pinned_release(spec: str, pinned: bool) -> None:
    patterns = pinned_patterns()
    assert len(patterns) == 2 and patterns[0] == patterns[1]  # one rule in both templates
    assert bool(re.search(patterns[0], spec)) is pinned


def test_nothing_installs_ossfirst_by_name() -> None:
    for path in [
        GITLAB,
        GITHUB,
        ROOT / "README.md",
        ROOT / "Containerfile",
        *ROOT.glob("docs/*.md"),
    ]:
        text = path.read_text("utf-8")
        assert not re.search(r"pip install (--\S+ )*\"?ossfirst(==[^ ]*)?\"?\s*$", text, re.M), path
        assert 'OSSFIRST_PIP_SPEC: "ossfirst"' not in text, path


def run_lines(lines: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Job lines as GitLab's shell runs them: one after the other, stopping at a failure."""
    script = "set -e\n" + "\n".join(lines) + "\n"
    return subprocess.run(
        [BASH, "-c", script], env=env, cwd=cwd, capture_output=True, text=True, check=False
    )


def job_env(job: dict, path: str) -> dict[str, str]:
    env = {"PATH": path, "HOME": os.environ.get("HOME", "/tmp"), "LANG": "C.UTF-8"}
    env.update({k: str(v) for k, v in job["variables"].items()})
    return env


def test_gitlab_job_without_ossfirst_says_what_to_set(tmp_path: Path) -> None:
    job = gitlab_documents()[1]["ossfirst-check"]
    bare = tmp_path / "bin"
    bare.mkdir()
    for tool in ("grep", "printf", "python"):  # a Python image's tools, without ossfirst
        found = shutil.which(tool)
        if found:
            (bare / tool).symlink_to(found)
    run = run_lines(job["before_script"], job_env(job, f"{bare}"), tmp_path)
    assert run.returncode == 2
    assert (
        "the image has no ossfirst, and neither pip-spec nor pip-requirements is set" in run.stderr
    )
    assert "Set the input 'image'" in run.stderr


def test_gitlab_job_refuses_an_unpinned_name_before_pip_runs(tmp_path: Path) -> None:
    job = gitlab_documents({"pip-spec": "ossfirst"})[1]["ossfirst-check"]
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    marker = tmp_path / "pip-ran"
    fake = bin_dir / "python"
    fake.write_text(f"#!/bin/sh\ntouch {marker}\n", "utf-8")
    fake.chmod(0o755)
    for tool in ("grep", "printf"):
        found = shutil.which(tool)
        if found:
            (bin_dir / tool).symlink_to(found)
    run = run_lines(job["before_script"], job_env(job, str(bin_dir)), tmp_path)
    assert run.returncode == 2
    assert "pip-spec 'ossfirst' is not pinned" in run.stderr
    assert not marker.exists()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of this repository, built as ``make dist`` builds it."""
    out = tmp_path_factory.mktemp("dist")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1764806400"}
    hatchling = Path(sys.executable).parent / "hatchling"
    subprocess.run(
        [str(hatchling), "build", "-t", "wheel", "-d", str(out)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    [built] = out.glob("ossfirst-*-py3-none-any.whl")
    return built


def test_gitlab_job_lines_install_a_pinned_wheel_and_check(tmp_path: Path, wheel: Path) -> None:
    """The job's before_script and script in a shell: pip installs the wheel (offline: its
    dependencies are those of the test environment) into a fresh Python, and the check
    writes the three reports GitLab picks up."""
    import sysconfig

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    site = next((venv / "lib").glob("python3*/site-packages"))
    (site / "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    repo = tmp_path / "repo"
    shutil.copytree(REPO, repo)
    vendored = repo / "vendor" / wheel.name
    vendored.parent.mkdir()
    shutil.copy(wheel, vendored)
    job = gitlab_documents(
        {"pip-spec": f"vendor/{wheel.name}", "paths": "requests/", "options": "--date 2026-11-27"}
    )[1]["ossfirst-check"]
    env = job_env(job, f"{venv / 'bin'}:/usr/bin:/bin")
    env.update({"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": "", "PIP_NO_BUILD_ISOLATION": "0"})
    run = run_lines([*job["before_script"], *job["script"]], env, repo)
    assert run.returncode == 1, run.stderr[-3000:]  # the sample repository breaks the policy
    assert (venv / "bin" / "ossfirst").exists()  # installed from the wheel, not found elsewhere
    assert "ossfirst 0.1.0" in run.stdout
    assert "[unjustified-departure]" in run.stdout
    for report in job["artifacts"]["paths"]:
        assert (repo / report).stat().st_size > 100, report
    junit = (repo / job["artifacts"]["reports"]["junit"]).read_text("utf-8")
    assert 'file="requests/2026/2026-61-012-dateiaustausch.yaml" time="0"' in junit


def github_install_step() -> str:
    steps = yaml.safe_load(GITHUB.read_text("utf-8"))["jobs"]["check"]["steps"]
    [step] = [s for s in steps if s.get("name") == "Install ossfirst"]
    return str(step["run"])


def test_github_install_step_refuses_and_explains(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "OSSFIRST_IMAGE": "", "OSSFIRST_PIP_SPEC": ""}
    run = run_lines([github_install_step()], env, tmp_path)
    assert run.returncode == 2
    assert run.stdout.startswith("::error::Set the repository variable OSSFIRST_IMAGE")
    run = run_lines(
        [github_install_step()], {**env, "OSSFIRST_PIP_SPEC": "ossfirst==0.1.0"}, tmp_path
    )
    assert run.returncode == 2 and "is not pinned" in run.stdout


def test_github_install_step_runs_ossfirst_in_its_image(tmp_path: Path) -> None:
    """With OSSFIRST_IMAGE, ``ossfirst`` on the path runs the image with the workspace and
    the job summary file mounted (docker is a recording stand-in here)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    calls = tmp_path / "docker-calls"
    docker = bin_dir / "docker"
    docker.write_text(f'#!/bin/sh\necho "$@" >> {calls}\n', "utf-8")
    docker.chmod(0o755)
    runner_temp = tmp_path / "runner-temp"
    runner_temp.mkdir()
    github_path = tmp_path / "github-path"
    env = {
        "PATH": f"{bin_dir}:/usr/bin:/bin",
        "OSSFIRST_IMAGE": "ghcr.io/example/ossfirst:0.1.0",
        "OSSFIRST_PIP_SPEC": "",
        "RUNNER_TEMP": str(runner_temp),
        "GITHUB_PATH": str(github_path),
        "GITHUB_WORKSPACE": str(tmp_path),
    }
    run = run_lines([github_install_step()], env, tmp_path)
    assert run.returncode == 0, run.stderr
    added = github_path.read_text("utf-8").strip()
    wrapper = Path(added) / "ossfirst"
    run = subprocess.run(
        [str(wrapper), "check", "requests/"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    pull, invocation = calls.read_text("utf-8").splitlines()
    assert pull == "pull --quiet ghcr.io/example/ossfirst:0.1.0"
    assert invocation.endswith("ghcr.io/example/ossfirst:0.1.0 check requests/")
    assert f"-v {tmp_path}:{tmp_path}" in invocation and "-e GITHUB_STEP_SUMMARY" in invocation
