# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Whole-process timings of the command line (issue targets: evaluate <= 0.25 s median,
--help <= 0.15 s), beside ``python -c pass`` for scale.

    python bench/bench_evaluate.py [--runs N]

Prints the median, minimum and maximum wall time of each command in seconds.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(command: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        completed = subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
        if completed.returncode not in (0, 1):
            sys.exit(f"{' '.join(command)} failed:\n{completed.stderr.decode()}")
    return times


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
    print(f"{'command':<58} {'median':>7} {'min':>7} {'max':>7}   (s, {args.runs} runs)")
    for label, command in cases:
        times = timed(command, args.runs)
        print(f"{label:<58} {statistics.median(times):7.3f} {min(times):7.3f} {max(times):7.3f}")


if __name__ == "__main__":
    main()
