# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Whole-process timings of the command line (issue targets: evaluate <= 0.25 s median,
--help <= 0.15 s), beside ``python -c pass`` for scale.

    python bench/bench_evaluate.py [--runs N]

Prints the median, minimum and maximum wall time of each command in seconds.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


#: As users run it: Python writes and reuses bytecode (a shell with PYTHONDONTWRITEBYTECODE
#: set would recompile every module on every run and add ~30 ms).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall times and CPU times (user + system) of ``runs`` runs; CPU time is the steadier
    figure on a machine that other work shares."""
    subprocess.run(command, capture_output=True, check=False, env=ENV)  # warm-up
    times, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        completed = subprocess.run(command, capture_output=True, check=False, env=ENV)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if completed.returncode not in (0, 1):
            sys.exit(f"{' '.join(command)} failed:\n{completed.stderr.decode()}")
    return times, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    ossfirst = [sys.executable, "-m", "ossfirst"]
    out = tempfile.mkdtemp(prefix="ossfirst-bench-")
    examples = sorted((ROOT / "examples").glob("*.yaml"))
    cases: list[tuple[str, list[str]]] = [
        ("python -c pass", [sys.executable, "-c", "pass"]),
        ("ossfirst --help", [*ossfirst, "--help"]),
    ]
    for example in examples:
        cases.append(
            (
                f"evaluate {example.name} -f md,json",
                [*ossfirst, "evaluate", str(example), "-f", "md,json", "-d", out, "-q"],
            )
        )
    # Without the Monte-Carlo draws of the robustness analysis (the other figures include
    # them: 10,000 draws by default).
    for example in examples[:2]:
        cases.append(
            (
                f"evaluate {example.name} -f md,json --draws 0",
                [
                    *ossfirst,
                    "evaluate",
                    str(example),
                    "-f",
                    "md,json",
                    "-d",
                    out,
                    "-q",
                    "--draws",
                    "0",
                ],
            )
        )
    print(
        f"{'command':<58} {'median':>7} {'min':>7} {'max':>7} {'cpu':>7}"
        f"   (s, {args.runs} runs; cpu = median user + system)"
    )
    for label, command in cases:
        times, cpu = timed(command, args.runs)
        print(
            f"{label:<58} {statistics.median(times):7.3f} {min(times):7.3f} "
            f"{max(times):7.3f} {statistics.median(cpu):7.3f}"
        )


if __name__ == "__main__":
    main()
