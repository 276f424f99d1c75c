# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The command line as a whole: help, version, exit codes, no tracebacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ossfirst import __version__
from tests.conftest import CASES


def test_help_lists_every_command(cli) -> None:
    run = cli("--help")
    assert run.code == 0
    for command in ("init", "validate", "evaluate", "criteria", "schema"):
        assert command in run.stdout
    assert "Exit codes" in run.stdout


def test_version(cli) -> None:
    run = cli("--version")
    assert run.code == 0 and run.stdout == f"ossfirst {__version__}\n"


def test_unknown_option_is_exit_2(cli) -> None:
    assert cli("evaluate", "--no-such-option").code == 2


def test_internal_error_is_one_line_and_exit_3(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import ossfirst.api

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("simulated")

    monkeypatch.setattr(ossfirst.api, "evaluate_prepared", boom)
    run = cli("evaluate", CASES / "valid" / "minimal.yaml")
    assert run.code == 3
    assert run.stderr == (
        "ossfirst: internal error: RuntimeError: simulated (run again with --debug)\n"
    )


def test_german_messages_from_the_locale(
    cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("OSSFIRST_LANG", "de")
    run = cli("validate", tmp_path / "fehlt.yaml")
    assert run.code == 2
    assert "Fehler: Die Datei gibt es nicht (Pfad prüfen)" in run.stderr


def test_python_dash_m_runs_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ossfirst", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout == f"ossfirst {__version__}\n"
