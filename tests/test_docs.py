# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The documentation keeps up with the code: every command is documented, the reference is
current, and the README's commands and exit codes are the real ones."""

from __future__ import annotations

import re

from ossfirst.cli.app import COMMANDS
from tests.conftest import ROOT, script_check

README = (ROOT / "README.md").read_text("utf-8")


def test_cli_reference_is_current() -> None:
    result = script_check("gen_cli_reference.py")
    assert result.returncode == 0, result.stderr


def test_criteria_coverage_is_current() -> None:
    result = script_check("gen_coverage.py")
    assert result.returncode == 0, result.stderr


def test_readme_shows_every_command() -> None:
    for command in COMMANDS:
        assert f"ossfirst {command}" in README, command


def test_readme_gives_the_two_commands_and_the_exit_codes() -> None:
    assert "make demo" in README and "make test" in README
    for code in ("| 0 |", "| 1 |", "| 2 |", "| 3 |"):
        assert code in README


def test_readme_links_and_images_point_to_files_that_exist() -> None:
    targets = re.findall(r"\]\(((?!https?:|#)[^)\s]+)\)", README)
    assert "docs/images/workbook-scores.png" in targets
    for target in targets:
        path = ROOT / target.split("#")[0]
        assert path.is_file() or (target.endswith("/") and path.is_dir()), target
        if path.suffix == ".png":
            assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", target


def test_makefile_demo_uses_a_shipped_example() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert "DEMO   := examples/videoconferencing.yaml" in makefile
    assert (ROOT / "examples" / "videoconferencing.yaml").exists()


def test_readme_lists_every_verdict_with_its_exit_code() -> None:
    from typing import get_args

    from ossfirst.model.result import VerdictStatus

    for status in get_args(VerdictStatus):
        holds = status in ("conforms", "justified-departure", "recommendation-only")
        assert f"| `{status}` | {0 if holds else 1} |" in README, status


def test_readme_says_which_scripts_the_pdf_covers_and_how() -> None:
    from ossfirst.render import fonts

    section = README.split("### Fonts in the PDF", 1)[1].split("\n## ", 1)[0]
    for script in ("Latin", "Greek", "Cyrillic", "Arabic", "Hebrew", "Devanagari", "Thai"):
        assert script in section, script
    assert "Chinese (simplified and traditional), Japanese, Korean" in section
    assert fonts.ENVIRONMENT in section
    for name in (*fonts.CJK_FILES["regular"], *fonts.CJK_FILES["bold"]):
        assert f"`{name}`" in section, name
