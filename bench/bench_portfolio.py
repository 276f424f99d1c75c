# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst portfolio`` over N generated requests: wall time and memory, with and without
the per-request HTML reports, beside ``ossfirst check`` on the same files; first, the CPU
time of one request's HTML report, measured in this process.

    python bench/bench_portfolio.py --count 1000 --count 10000
    python bench/bench_portfolio.py --run report-cpu --sample 300

The requests are bench_check.py's (the shipped examples with other ids, costs, scores and
proposals, fixed seed), each with a status (half awarded or approved, the rest rejected,
submitted or draft), a decision date and body where decided, dates over 2025 and 2026 and
a supplier per alternative out of eight, so that every part of the portfolio has data.

With ``--cache DIR`` the portfolio reuses unchanged requests: the runs ``cache`` fill a
cache, rebuild with nothing changed, and rebuild with every hundredth request edited.

Prints per run the wall time, the peak resident memory of the largest process (kernel
accounting and samples), the peak sum over the process tree and the CPU time of the whole
tree (user + system, each process's last sample; sampled every 50 ms; on a shared machine
CPU time is much less disturbed than wall time), and the size of the site. Memory that is
flat in N shows as the same figures at 1,000 and 10,000 requests.

The in-process figure (``report-cpu``) evaluates ``--sample`` of the requests once, as the
portfolio does, and then times only the writing of their HTML reports (the render
registry's ``html`` format), in German and English, full and short (``--short``), several
rounds each: the median CPU time per report. The same command run with another version's
source first on the path (``PYTHONPATH=/elsewhere/src``) gives that version's figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench_check import generate

TICKS = os.sysconf("SC_CLK_TCK")

SUPPLIERS = [
    "Kommunaler IT-Dienstleister AöR",
    "Open-Source-Dienstleister Nord GmbH",
    "Open-Source-Dienstleister Süd GmbH",
    "Fachsoftware Beispiel GmbH",
    "Beispiel Cloud AG",
    "Groupware Partner KG",
    "Systemhaus Mitte GmbH",
    "Hersteller International Inc.",
]
STATUSES = ["awarded"] * 3 + ["approved"] * 2 + ["rejected", "submitted", "draft"]
POLICY = """\
lang = "de"

[portfolio]
publish-names = false
licence = "dl-de/by-2-0"
publisher = "Benchmarkstadt"
"""


def decided(data: dict[str, Any], rng: random.Random, index: int) -> None:
    """A status, a decision where one was made, a year, suppliers."""
    year = 2025 + index % 2
    day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(300))
    data["date"] = day
    for alternative in data["alternatives"]:
        alternative["supplier"] = rng.choice(SUPPLIERS)
        # assessments dated after the request would be findings; keep them before it
        for assessment in alternative.get("assessments", {}).values():
            if assessment.get("assessed_on") is not None:
                assessment["assessed_on"] = day - dt.timedelta(days=rng.randrange(1, 200))
    status = rng.choice(STATUSES)
    data["status"] = status
    if status in ("approved", "awarded", "rejected"):
        data.setdefault("proposed", data.get("proposed") or data["alternatives"][0]["id"])
        data["decided_on"] = day + dt.timedelta(days=rng.randrange(7, 60))
        data["decided_by"] = rng.choice(["Haupt- und Finanzausschuss", "Rat", "Amt 10"])


def _tree(pid: int) -> dict[int, tuple[int, float]]:
    """Resident memory (KiB) and CPU seconds so far (user + system) of ``pid`` and all its
    descendants."""
    found: dict[int, tuple[int, float]] = {}
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            rss = int(
                next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:"))
            )
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            found[current] = (rss, (int(fields[11]) + int(fields[12])) / TICKS)
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError, IndexError):
            continue
    return found


def measure(command: list[str], cwd: Path) -> tuple[float, int, int, float, int]:
    """Wall seconds, max RSS of one process (KiB), peak RSS of the tree (KiB), CPU seconds
    of the tree (each process's last sample, every 50 ms), exit code."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak, single = [0], [0]
    cpu: dict[int, float] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            tree = _tree(process.pid)
            peak[0] = max(peak[0], sum(rss for rss, _ in tree.values()))
            single[0] = max([single[0], *(rss for rss, _ in tree.values())])
            cpu.update({pid: seconds for pid, (_, seconds) in tree.items()})
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    assert process.stderr is not None
    process.stderr.read()
    cpu[process.pid] = usage.ru_utime + usage.ru_stime
    maxrss = max(usage.ru_maxrss, single[0])
    return wall, maxrss, peak[0], sum(cpu.values()), os.waitstatus_to_exitcode(status)


def report_cpu(folder: Path, sample: int, rounds: int) -> None:
    """The CPU time of one HTML report, in this process: ``sample`` requests of ``folder``
    evaluated once each (as ``ossfirst portfolio`` does, Monte-Carlo draws included), then
    their reports written ``rounds`` times per language and version."""
    from ossfirst import api
    from ossfirst.check.run import CATALOGUES
    from ossfirst.load.request import read_request
    from ossfirst.render import RenderOptions, renderer

    paths = sorted(folder.rglob("*.yaml"))[:sample]
    results = [
        api.evaluate_prepared(
            api.prepare_loaded(read_request(path, path.name), catalogues=CATALOGUES)
        )
        for path in paths
    ]
    render = renderer("html")
    issued = dt.datetime(2026, 11, 27, tzinfo=dt.UTC)
    print(f"HTML report, CPU per report in-process ({len(results)} requests, median of {rounds})")
    for short in (False, True):
        for lang in ("de", "en"):
            options = RenderOptions(lang=lang, issued=issued, short=short)
            render(results[0], options)  # imports and first-use set-up are not counted
            times = []
            for _ in range(rounds):
                start = time.process_time()
                for result in results:
                    render(result, options)
                times.append((time.process_time() - start) / len(results))
            label = f"  {lang}, {'short version' if short else 'report'}"
            print(f"{label:<44} {statistics.median(times) * 1000:8.2f} ms", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--count", type=int, action="append", help="requests to generate (repeatable)"
    )
    parser.add_argument("--jobs", type=int, default=0, help="--jobs (0: one per core)")
    parser.add_argument(
        "--run",
        action="append",
        choices=["report-cpu", "check", "no-reports", "no-draws", "reports", "cache"],
        help="only these runs (repeatable; default: all)",
    )
    parser.add_argument(
        "--sample", type=int, default=200, help="requests whose reports report-cpu times"
    )
    parser.add_argument("--rounds", type=int, default=3, help="rounds of report-cpu")
    args = parser.parse_args()
    if not args.run or "report-cpu" in args.run:
        with tempfile.TemporaryDirectory(prefix="ossfirst-bench-") as tmp:
            generate(Path(tmp), args.sample, extra=decided)
            report_cpu(Path(tmp), args.sample, args.rounds)
        if args.run == ["report-cpu"]:
            return
    columns = ("files", 6), ("wall s", 8), ("ms/file", 8), ("max RSS MiB", 12), ("tree MiB", 9)
    print(
        f"{'run':<44} "
        + " ".join(f"{name:>{width}}" for name, width in columns)
        + f" {'CPU s':>8} {'site MiB':>9} exit"
    )
    for count in args.count or [1000]:
        with tempfile.TemporaryDirectory(prefix="ossfirst-bench-") as tmp:
            repo = Path(tmp) / "repo"
            folder = repo / "requests"
            folder.mkdir(parents=True)
            (repo / "ossfirst.toml").write_text(POLICY, "utf-8")
            generate(folder, count, extra=decided)
            common = ["--jobs", str(args.jobs), "--date", "2026-11-27", "-q"]
            runs: list[tuple[str, str, list[str], Path | None]] = [
                (
                    "check",
                    "ossfirst check, JSON report (reference)",
                    [sys.executable, "-m", "ossfirst", "check", "requests", *common,
                     "-f", "json", "-o", str(Path(tmp) / "check.json")],
                    None,
                ),
                (
                    "no-reports",
                    "ossfirst portfolio --no-reports",
                    [sys.executable, "-m", "ossfirst", "portfolio", "requests", *common,
                     "--no-reports", "-d", str(Path(tmp) / "site-lean")],
                    Path(tmp) / "site-lean",
                ),
                (
                    "no-draws",
                    "ossfirst portfolio --no-reports --draws 0",
                    [sys.executable, "-m", "ossfirst", "portfolio", "requests", *common,
                     "--no-reports", "--draws", "0", "-d", str(Path(tmp) / "site-bare")],
                    Path(tmp) / "site-bare",
                ),
                (
                    "reports",
                    "ossfirst portfolio (reports per request)",
                    [sys.executable, "-m", "ossfirst", "portfolio", "requests", *common,
                     "-d", str(Path(tmp) / "site")],
                    Path(tmp) / "site",
                ),
            ]  # fmt: skip
            kept = [
                sys.executable,
                "-m",
                "ossfirst",
                "portfolio",
                "requests",
                *common,
                "--cache",
                str(Path(tmp) / "cache"),
                "-d",
                str(Path(tmp) / "site-kept"),
            ]
            runs += [
                ("cache", "--cache, first run (fills the cache)", kept, Path(tmp) / "site-kept"),
                ("cache", "--cache, nothing changed", kept, Path(tmp) / "site-kept"),
                ("cache", "--cache, 1 % of the requests changed", kept, Path(tmp) / "site-kept"),
            ]  # fmt: skip
            for name, label, command, site in runs:
                if label.startswith("--cache, 1 %"):
                    _touch(sorted(folder.rglob("*.yaml"))[::100])
                if args.run and name not in args.run:
                    continue
                wall, maxrss, tree, cpu, code = measure(command, repo)
                size = (
                    sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 2**20
                    if site is not None and site.is_dir()
                    else 0.0
                )
                print(
                    f"{label:<44} {count:>6} {wall:>8.2f} {wall / count * 1000:>8.2f} "
                    f"{maxrss / 1024:>12.1f} {tree / 1024:>9.1f} {cpu:>8.1f} {size:>9.1f} "
                    f"{code:>4}",
                    flush=True,
                )


def _touch(requests: list[Path]) -> None:
    """Change each of ``requests`` as an edit would (a comment more)."""
    for request in requests:
        request.write_text(request.read_text("utf-8") + "# edited\n", "utf-8")


if __name__ == "__main__":
    main()
