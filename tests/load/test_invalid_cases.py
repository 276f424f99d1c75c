# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Every file under tests/cases/invalid is refused with exit 2, its position and reason,
no traceback, and no report written."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import CASES

INVALID = sorted(p for p in (CASES / "invalid").iterdir() if p.suffix == ".yaml")
_EXPECT = re.compile(rb"^# expect: (\d+):(\d+) (.+)$")


def expectation(case: Path) -> tuple[int, int, str]:
    sidecar = case.with_suffix(".expect")
    first = (sidecar.read_bytes() if sidecar.exists() else case.read_bytes()).split(b"\n")[0]
    match = _EXPECT.match(first.strip())
    assert match, f"{case.name}: first line must be '# expect: line:col text'"
    return int(match[1]), int(match[2]), match[3].decode("utf-8")


def test_there_are_cases() -> None:
    assert len(INVALID) >= 25


@pytest.mark.parametrize("case", INVALID, ids=lambda p: p.stem)
def test_invalid_request_is_refused_where_it_is_wrong(case: Path, cli, tmp_path: Path) -> None:
    line, column, text = expectation(case)
    target = tmp_path / case.name
    shutil.copy(case, target)
    run = cli("validate", target)
    assert run.code == 2, run.stderr
    assert "Traceback" not in run.stderr
    prefix = f"{target}:{line}:{column}: error: "
    lines = [out for out in run.stderr.splitlines() if out.startswith(prefix)]
    assert lines, f"expected {prefix}…{text}\ngot:\n{run.stderr}"
    assert any(text in out for out in lines), run.stderr

    out_dir = tmp_path / "out"
    run = cli("evaluate", target, "--format", "md,json", "--output-dir", out_dir)
    assert run.code == 2
    assert not out_dir.exists()
