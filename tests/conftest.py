# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Shared fixtures: running the command line in-process, and paths to the shipped files."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest

from ossfirst.cli import fast
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
    """Run ``ossfirst`` with arguments in-process, as the command does (evaluate and validate
    without typer when their command line is plain); return exit code, stdout and stderr."""

    def run(*args: str | Path) -> Run:
        argv = [str(a) for a in args]
        code = fast.run(argv)
        if code is None:
            with pytest.raises(SystemExit) as exit_info:
                main(argv)
            code = exit_info.value.code
        captured = capsys.readouterr()
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


def fresh_python(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a new interpreter (what a command imports shows only there)."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)


#: Set (as .ci/run does) to fail, not skip, the tests whose system program is missing.
REQUIRE_TOOLS = "OSSFIRST_REQUIRE_TOOLS"
#: The Debian package of each system program a test may need.
PACKAGES = {
    "chromium": "chromium",
    "pdftoppm": "poppler-utils",
    "pdftotext": "poppler-utils",
    "pdffonts": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "qpdf": "qpdf",
    "soffice": "libreoffice-calc libreoffice-writer",
    "Noto Sans CJK": "fonts-noto-cjk",
}
_SKIP_REASON = "system program missing: "


@functools.cache
def _runs(name: str, probe: tuple[str, ...]) -> str | None:
    path = shutil.which(name)
    if path is None:
        return None
    try:
        completed = subprocess.run(
            [path, *probe], capture_output=True, timeout=60, check=False, stdin=subprocess.DEVNULL
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return path if completed.returncode == 0 else None


def system_tool(name: str, probe: tuple[str, ...] = ("--version",)) -> str:
    """The path of the system program ``name`` for a test that needs it.

    A program counts as there when it runs (``probe`` exits with 0), not merely when a file
    of that name exists. Without it the test is skipped (``make test`` passes on a fresh
    machine and says so in one line at the end), or fails when OSSFIRST_REQUIRE_TOOLS is set,
    as in CI (.ci/run installs the programs)."""
    path = _runs(name, probe)
    if path is None:
        missing_system_tool(name)
    return path


def missing_system_tool(name: str) -> NoReturn:
    """Skip the test that needs the system program or font ``name`` (fail it when
    OSSFIRST_REQUIRE_TOOLS is set)."""
    if os.environ.get(REQUIRE_TOOLS):
        pytest.fail(f"{name} is not installed (apt-get install {PACKAGES.get(name, name)})")
    pytest.skip(_SKIP_REASON + name)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line naming the system programs whose tests were skipped, and how to run them.

    The skips are folded into that one line of the short summary (``-ra``), or the line is
    written here when the summary does not list skips."""
    ours = []
    missing: dict[str, int] = {}
    for report in terminalreporter.stats.get("skipped", []):
        longrepr = getattr(report, "longrepr", None)
        reason = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else ""
        if _SKIP_REASON in reason:
            name = reason.split(_SKIP_REASON, 1)[1].strip()
            missing[name] = missing.get(name, 0) + 1
            ours.append(report)
    if not missing:
        return
    names = ", ".join(sorted(missing))
    packages = " ".join(sorted({p for n in missing for p in PACKAGES.get(n, n).split()}))
    line = (
        f"tests that need {names} skipped: apt-get install {packages} to run them "
        f"(make test {REQUIRE_TOOLS}=1 requires them, as .ci/run does)"
    )
    if set(getattr(terminalreporter, "reportchars", "")) & {"s", "a", "A"}:
        for report in ours:
            report.longrepr = (__file__, None, line)
    else:
        terminalreporter.write_line(line, yellow=True, bold=True)
