# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Shared fixtures: running the command line in-process, and paths to the shipped files."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from ossfirst.cli.app import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CASES = Path(__file__).resolve().parent / "cases"


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages in English unless a test asks for German; the machine's locale must not
    decide."""
    monkeypatch.setenv("OSSFIRST_LANG", "en")


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run ``ossfirst`` with arguments in-process; return exit code, stdout and stderr."""

    def run(*args: str | Path) -> Run:
        with pytest.raises(SystemExit) as exit_info:
            main([str(a) for a in args])
        captured = capsys.readouterr()
        code = exit_info.value.code
        assert isinstance(code, int)
        return Run(code, captured.out, captured.err)

    return run


def example_paths() -> list[Path]:
    return sorted(EXAMPLES.glob("*.yaml"))


def script_check(script: str) -> subprocess.CompletedProcess[str]:
    """Run ``scripts/<script> --check`` (is what it generates current?) from the repository."""
    return subprocess.run(
        [sys.executable, f"scripts/{script}", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
