# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The batch runner: the same reports in the same order with one process or several, with
workers started by forkserver or by spawn (the start method of Windows and macOS)."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from pathlib import Path

import pytest

from ossfirst.check import run
from ossfirst.check.files import Target
from ossfirst.model.rules import default_levels
from tests.conftest import EXAMPLES

SETTINGS = run.Settings(
    levels=default_levels(), fail_on="error", lang="en", today=dt.date(2026, 11, 27)
)


def targets() -> list[Target]:
    examples = sorted(EXAMPLES.glob("*.yaml"))
    chosen = [examples[i % len(examples)] for i in range(run.PARALLEL_FROM + 3)]
    return [Target(path, f"{i:03d}-{path.name}") for i, path in enumerate(chosen)]


@pytest.mark.parametrize("method", ["forkserver", "spawn"])
def test_parallel_reports_equal_serial_ones_in_order(
    method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if method not in multiprocessing.get_all_start_methods():
        pytest.fail(f"{method} is not available here")
    monkeypatch.setattr(run, "_context", lambda preload: multiprocessing.get_context(method))
    serial = list(run.check_files(targets(), SETTINGS, jobs=1))
    done: list[int] = []
    parallel = list(run.check_files(targets(), SETTINGS, jobs=2, progress=done.append))
    assert parallel == serial
    assert [r.path for r in parallel] == [t.display for t in targets()]
    assert done[-1] == len(serial) and done == sorted(done)


def test_missing_file_is_a_finding_of_its_own(tmp_path: Path) -> None:
    [report] = run.check_files([Target(tmp_path / "gone.yaml", "gone.yaml")], SETTINGS)
    assert report.status == "invalid"
    assert report.findings[0].message == "The file does not exist (check the path)"


@pytest.mark.parametrize("count", [1, 7, 48, 100, 257, 1000, 10_001])
@pytest.mark.parametrize("workers", [1, 2, 3, 8])
def test_chunks_keep_every_file_once_in_order_and_end_small(count: int, workers: int) -> None:
    files = [Target(Path(f"{i}.yaml"), f"{i}.yaml") for i in range(count)]
    chunks = run._chunks(files, workers)
    assert [t for chunk in chunks for t in chunk] == files
    assert all(chunk for chunk in chunks)
    largest = max(len(chunk) for chunk in chunks)
    assert largest <= 32
    # the last rounds (one chunk per worker, twice) are a quarter of the largest, or 1
    assert all(len(chunk) <= max(1, largest // 4) for chunk in chunks[-2 * workers :])


def _collector_threshold(target: Target, settings: object) -> int:
    import gc

    return gc.get_threshold()[0]


def test_workers_run_the_cycle_collector_rarely() -> None:
    from ossfirst import GC_THRESHOLD

    found = set(run.map_files(_collector_threshold, targets(), None, jobs=2))
    assert found == {GC_THRESHOLD}


def test_the_command_runs_the_cycle_collector_rarely() -> None:
    import gc

    from ossfirst import GC_THRESHOLD, collect_rarely

    before = gc.get_threshold()
    try:
        collect_rarely()
        assert gc.get_threshold() == (GC_THRESHOLD, *before[1:])
    finally:
        gc.set_threshold(*before)
