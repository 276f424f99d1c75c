# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst validate`` over several files."""

from __future__ import annotations

from tests.conftest import CASES, example_paths


def test_valid_files_say_ok(cli) -> None:
    paths = [CASES / "valid" / "minimal.yaml", *example_paths()]
    run = cli("validate", *paths)
    assert run.code == 0, run.stderr
    assert run.stdout.splitlines() == [f"{p}: ok" for p in paths]


def test_one_bad_file_does_not_hide_the_others(cli) -> None:
    good = CASES / "valid" / "minimal.yaml"
    bad = CASES / "invalid" / "unknown-criterion.yaml"
    run = cli("validate", bad, good)
    assert run.code == 2
    assert f"{good}: ok" in run.stdout
    assert f"{bad}:26:7: error:" in run.stderr
