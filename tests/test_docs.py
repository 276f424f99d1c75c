# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The documentation keeps up with the code: every command is documented, the reference is
current, and the README's commands and exit codes are the real ones."""

from __future__ import annotations

from ossfirst.cli.app import COMMANDS
from tests.conftest import ROOT, script_check

README = (ROOT / "README.md").read_text("utf-8")


def test_cli_reference_is_current() -> None:
    result = script_check("gen_cli_reference.py")
    assert result.returncode == 0, result.stderr


def test_readme_shows_every_command() -> None:
    for command in COMMANDS:
        assert f"ossfirst {command}" in README, command


def test_readme_gives_the_two_commands_and_the_exit_codes() -> None:
    assert "make demo" in README and "make test" in README
    for code in ("| 0 |", "| 1 |", "| 2 |", "| 3 |"):
        assert code in README


def test_makefile_demo_uses_a_shipped_example() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert "DEMO   := examples/videoconferencing.yaml" in makefile
    assert (ROOT / "examples" / "videoconferencing.yaml").exists()
