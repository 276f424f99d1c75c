# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Every limit of ossfirst.model.limits holds: a request at the limit is accepted, one just
above it is refused within a second, at the line that crosses the limit and naming it.
bench/bench_limits.py times the worst accepted requests in every format."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.hardening.worst import LIMITS, WORST, Limit


@pytest.mark.parametrize("limit", LIMITS, ids=lambda limit: limit.name)
def test_at_the_limit_and_one_above(limit: Limit, cli, tmp_path: Path) -> None:
    at, above = tmp_path / "at", tmp_path / "above"
    at.mkdir()
    above.mkdir()
    run = cli("validate", limit.at(at))
    assert limit.message not in run.stderr
    if limit.valid:
        assert run.code == 0, run.stderr
    path = limit.above(above)
    # CPU time of this process (the run is in-process): the work the refusal costs, which a
    # busy machine does not inflate as it does the wall time.
    start = time.process_time()
    run = cli("validate", path)
    elapsed = time.process_time() - start
    assert run.code == 2
    file = above / limit.file if limit.file else path
    where = f"{file}:{limit.where}:" if limit.where else f"{file}:"
    lines = [line for line in run.stderr.splitlines() if limit.message in line]
    assert lines, run.stderr
    assert lines[0].startswith(where), lines[0]
    assert elapsed < 1.0, elapsed


@pytest.mark.parametrize("name", sorted(WORST))
def test_the_worst_accepted_requests_are_valid(name: str, cli, tmp_path: Path) -> None:
    run = cli("validate", WORST[name](tmp_path))
    assert run.code == 0, run.stderr
