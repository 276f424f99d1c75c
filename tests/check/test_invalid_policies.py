# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Every policy file under tests/cases/invalid-policy stops ``ossfirst check`` with exit 2
and its position. The first line is ``# expect: line:col text``."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import CASES

FOLDER = CASES / "invalid-policy"
_EXPECT = re.compile(r"^# expect: (\d+):(\d+) (.+)$")
POLICIES = sorted(FOLDER.glob("*.toml"))


def test_there_are_cases() -> None:
    assert len(POLICIES) >= 18


@pytest.mark.parametrize("case", POLICIES, ids=lambda p: p.stem)
def test_invalid_policy_is_refused_where_it_is_wrong(
    case: Path, cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    match = _EXPECT.match(case.read_text("utf-8", errors="replace").split("\n")[0])
    assert match, case.name
    line, column, text = match.groups()
    (tmp_path / "requests").mkdir()
    shutil.copy(CASES / "valid" / "minimal.yaml", tmp_path / "requests" / "minimal.yaml")
    shutil.copy(case, tmp_path / "ossfirst.toml")
    monkeypatch.chdir(tmp_path)
    run = cli("check", "requests", "--date", "2026-11-27")
    output = run.stdout + run.stderr
    assert run.code == 2, output
    assert "Traceback" not in output
    prefix = f"{tmp_path / 'ossfirst.toml'}:{line}:{column}: error: "
    lines = output.splitlines()
    assert any(out.startswith(prefix) and text in out for out in lines) or any(
        out.startswith(f"ossfirst.toml:{line}:{column}: error: ") and text in out for out in lines
    ), f"expected …{line}:{column}: error: …{text}\ngot:\n{output}"
