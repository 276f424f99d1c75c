# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Tests that need a system program skip on a machine without it, saying so in one line,
and fail where OSSFIRST_REQUIRE_TOOLS asks for the program (CI)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

NEEDS = """
from tests.conftest import system_tool

def test_one():
    system_tool("ossfirst-no-such-program")

def test_two():
    system_tool("false")  # there, but does not run

def test_three():
    assert system_tool("true", ())
"""


def run(tmp_path: Path, **environ: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_needs.py").write_text(NEEDS)
    env = {k: v for k, v in os.environ.items() if k != "OSSFIRST_REQUIRE_TOOLS"} | environ
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-ra", "-p", "tests.conftest", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_missing_programs_skip_in_one_line(tmp_path: Path) -> None:
    done = run(tmp_path)
    assert done.returncode == 0, done.stdout
    lines = [line for line in done.stdout.splitlines() if "skipped:" in line]
    assert lines == [
        "SKIPPED [2] tests/conftest.py: tests that need false, ossfirst-no-such-program "
        "skipped: apt-get install false ossfirst-no-such-program to run them "
        "(make test OSSFIRST_REQUIRE_TOOLS=1 requires them, as .ci/run does)"
    ]
    assert "1 passed, 2 skipped" in done.stdout


def test_required_programs_fail_when_missing(tmp_path: Path) -> None:
    done = run(tmp_path, OSSFIRST_REQUIRE_TOOLS="1")
    assert done.returncode == 1
    assert "2 failed, 1 passed" in done.stdout
    assert "ossfirst-no-such-program is not installed" in done.stdout
