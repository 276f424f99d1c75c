# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Every catalogue under tests/cases/invalid-catalogue is refused with exit 2 and its
position. The first line is ``# expect: [other-file:]line:col text``: a problem found in a
catalogue that this one extends is reported in that file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import CASES

FOLDER = CASES / "invalid-catalogue"
_EXPECT = re.compile(r"^# expect: (?:(\S+\.yaml):)?(\d+):(\d+) (.+)$")
CATALOGUES = sorted(p for p in FOLDER.glob("*.yaml") if _EXPECT.match(p.read_text().split("\n")[0]))


def test_there_are_cases() -> None:
    assert len(CATALOGUES) >= 35


@pytest.mark.parametrize("case", CATALOGUES, ids=lambda p: p.stem)
def test_invalid_catalogue_is_refused_where_it_is_wrong(case: Path, cli) -> None:
    match = _EXPECT.match(case.read_text("utf-8").split("\n")[0])
    assert match
    other, line, column, text = match.groups()
    run = cli("criteria", "show", "--resolved", "--catalogue", case)
    assert run.code == 2, run.stderr
    assert "Traceback" not in run.stderr
    where = case.parent / other if other else case
    prefix = f"{where}:{line}:{column}: error: "
    assert any(out.startswith(prefix) and text in out for out in run.stderr.splitlines()), (
        f"expected {prefix}…{text}\ngot:\n{run.stderr}"
    )
