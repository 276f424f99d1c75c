# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The worst accepted requests in every report format, and the refusal of every request just
beyond a limit (issue targets: every accepted request evaluates to Markdown and JSON in at
most 2 s and 250 MB and to every format, PDF included, in at most 5 s and 300 MB; every
refused one in at most 1 s).

    python bench/bench_limits.py [--runs N] [--refusals] [--at-limits] [--only NAME ...]

The requests come from tests/hardening/worst.py: each maximises one cost within the limits of
ossfirst.model.limits (the texts filling what the file size limit leaves), ``everything`` all
of them at once (a local catalogue with the most criteria, every evidence file at its limits,
the most Monte-Carlo work). Prints the median wall and CPU time and the largest peak memory
(resident set, as GNU time reports it where it is installed) of whole ``ossfirst evaluate``
processes, per format.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _timing import ENV, ROOT

sys.path.insert(0, str(ROOT))

from tests.hardening.worst import LIMITS, WORST

FORMATS = ("json", "md", "html", "pdf", "md,json,html,pdf")


#: GNU time reports the peak memory of the command itself; a child of this script would
#: inherit this script's own peak (Linux carries it across fork and exec).
TIME = shutil.which("time", path="/usr/bin:/bin")


def measure(command: list[str]) -> tuple[float, float, float, int]:
    """Wall time, CPU time (user + system) and peak resident memory (MB) of one process,
    and its exit code."""
    start = time.perf_counter()
    if TIME is not None:
        done = subprocess.run(
            [TIME, "-f", "%U %S %M", *command],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=ENV,
            check=False,
        )
        wall = time.perf_counter() - start
        user, system, peak = done.stderr.decode().strip().splitlines()[-1].split()
        return wall, float(user) + float(system), int(peak) / 1024, done.returncode
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--refusals", action="store_true", help="also time every refusal")
    parser.add_argument(
        "--at-limits", action="store_true", help="also time a request at each limit"
    )
    parser.add_argument("--only", nargs="*", default=None, help="worst requests to time")
    args = parser.parse_args()
    ossfirst = [sys.executable, "-m", "ossfirst"]
    print(f"{'request':<14} {'format':<17} {'wall':>6} {'CPU':>6} {'peak MB':>8}")
    with tempfile.TemporaryDirectory(prefix="ossfirst-limits-") as scratch:
        for name, build in WORST.items():
            if args.only is not None and name not in args.only:
                continue
            folder = Path(scratch) / name
            folder.mkdir()
            request = build(folder)
            for fmt in FORMATS:
                out = folder / "out"
                command = [*ossfirst, "evaluate", str(request), "-f", fmt, "-d", str(out), "-q"]
                measure(command)  # bytecode and file caches
                runs = [measure(command) for _ in range(args.runs)]
                if any(code not in (0, 1) for *_, code in runs):
                    sys.exit(f"{name} -f {fmt} failed")
                wall = statistics.median(r[0] for r in runs)
                cpu = statistics.median(r[1] for r in runs)
                peak = max(r[2] for r in runs)
                print(f"{name:<14} {fmt:<17} {wall:6.2f} {cpu:6.2f} {peak:8.0f}")
        if args.at_limits:
            print(f"\n{'at the limit, all formats':<26} {'wall':>6} {'CPU':>6} {'peak MB':>8}")
            for limit in LIMITS:
                if not limit.valid:
                    continue  # made large with an unknown key: refused for that, not its size
                folder = Path(scratch) / ("at-" + limit.name.replace(" ", "-"))
                folder.mkdir()
                request = limit.at(folder)
                command = [*ossfirst, "evaluate", str(request), "-f", FORMATS[-1]]
                command += ["-d", str(folder / "out"), "-q"]
                measure(command)
                runs = [measure(command) for _ in range(args.runs)]
                if any(code not in (0, 1) for *_, code in runs):
                    sys.exit(f"{limit.name}: the request at the limit failed")
                wall = statistics.median(r[0] for r in runs)
                cpu = statistics.median(r[1] for r in runs)
                peak = max(r[2] for r in runs)
                print(f"{limit.name:<26} {wall:6.2f} {cpu:6.2f} {peak:8.0f}")
        if not args.refusals:
            return
        print(f"\n{'refused beyond the limit':<26} {'wall':>6} {'CPU':>6} {'peak MB':>8}")
        for limit in LIMITS:
            folder = Path(scratch) / ("above-" + limit.name.replace(" ", "-"))
            folder.mkdir()
            request = limit.above(folder)
            command = [*ossfirst, "evaluate", str(request), "-f", "md", "-d", str(folder), "-q"]
            measure(command)
            runs = [measure(command) for _ in range(args.runs)]
            if any(code != 2 for *_, code in runs):
                sys.exit(f"{limit.name}: not refused")
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            peak = max(r[2] for r in runs)
            print(f"{limit.name:<26} {wall:6.2f} {cpu:6.2f} {peak:8.0f}")


if __name__ == "__main__":
    main()
