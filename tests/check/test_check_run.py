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
