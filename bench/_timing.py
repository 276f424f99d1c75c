# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Timing of whole ``ossfirst`` processes, shared by the benchmark scripts (which run as
``python bench/<script>.py``, so that this module is found beside them)."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: As users run it: Python writes and reuses bytecode (a shell with PYTHONDONTWRITEBYTECODE
#: set would recompile every module on every run and add ~30 ms).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(command: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run of ``command``; CPU time is much
    less disturbed than wall time when other work shares the machine. Exits when the command
    fails (exit code other than 0 or 1)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, check=False, env=ENV)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if completed.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed:\n{completed.stderr.decode()}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def sample(command: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU times of ``runs`` runs of ``command``, after one untimed run that writes
    the bytecode caches."""
    run(command)
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = run(command)
        walls.append(wall)
        cpus.append(cpu)
    return walls, cpus


def header(first: str, width: int, runs: int, cpu: bool = True) -> None:
    columns = f"{first:<{width}} {'median':>7} {'min':>7} {'max':>7}"
    if cpu:
        columns += f" {'CPU':>7}"
    print(f"{columns}   (s, {runs} runs{'; CPU = median user + system' if cpu else ''})")


def row(label: str, width: int, walls: list[float], cpus: list[float] | None = None) -> None:
    """Median, minimum and maximum wall time, and the median CPU time, in seconds."""
    line = f"{label:<{width}} {statistics.median(walls):7.3f} {min(walls):7.3f} {max(walls):7.3f}"
    if cpus is not None:
        line += f" {statistics.median(cpus):7.3f}"
    print(line)
