# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What Excel costs: the evaluation workbook and the request form (issue targets, whole
processes, medians: ``--format xlsx`` adds at most 80 ms to an evaluate of any example;
reading a form of 10 alternatives x 25 criteria takes at most 150 ms more than reading the
same request as YAML).

    python bench/bench_xlsx.py [--runs N]

The commands with and without Excel run in turns, so that other work on a shared machine
slows both alike. Each figure is printed beside its target: the median wall time of each
command, the difference of the medians, and the median difference of CPU time (user +
system, much less disturbed than wall time when other work shares the machine). Then, in
fresh interpreters, the CPU time of what Excel adds inside the process: importing the
workbook writer and writing the workbook, and reading the form against reading the YAML.
The form is the request of tests/hardening/worst.py with 10 alternatives, every criterion of the
standard catalogue with rationale, evidence and date (25 criteria in catalogue 1.1, 31 in
2.0, the default since), written by ``ossfirst convert``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _timing import ENV, ROOT, run

sys.path.insert(0, str(ROOT))

from tests.hardening.worst import Shape, request

#: The targets of the issue, in seconds.
ADDED_BY_XLSX = 0.080
ADDED_BY_FORM = 0.150


def paired(base: list[str], other: list[str], runs: int) -> tuple[float, float, float, float]:
    """Median wall time of ``base`` and of ``other``, the difference of the medians and the
    median difference of CPU time, the two run in turns (after one untimed run of each)."""
    run(base)
    run(other)
    base_walls, other_walls, cpu_differences = [], [], []
    for _ in range(runs):
        wall, cpu = run(base)
        other_wall, other_cpu = run(other)
        base_walls.append(wall)
        other_walls.append(other_wall)
        cpu_differences.append(other_cpu - cpu)
    base_median, other_median = statistics.median(base_walls), statistics.median(other_walls)
    return base_median, other_median, other_median - base_median, statistics.median(cpu_differences)


def header(first: str, width: int, runs: int) -> None:
    print(
        f"{first:<{width}} {'without':>8} {'with':>8} {'added':>8} {'CPU':>8} {'target':>8}"
        f"   (s, medians of {runs} runs each)"
    )


def line(label: str, width: int, figures: tuple[float, float, float, float], target: float) -> None:
    base, other, added, cpu = figures
    verdict = "ok" if added <= target else "OVER"
    print(
        f"{label:<{width}} {base:8.3f} {other:8.3f} {added:8.3f} {cpu:8.3f} "
        f"{'<= ' + format(target, '.3f'):>8}   {verdict}"
    )


def in_process(script: str, runs: int) -> list[float]:
    """Medians of the figures (in seconds) that ``script`` prints as a JSON list, each run in
    a fresh interpreter so that imports count once."""
    rows = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=ENV
        )
        rows.append(json.loads(done.stdout))
    return [statistics.median(row[i] for row in rows) for i in range(len(rows[0]))]


WRITE = """
import json, time
from ossfirst.api import evaluate_file, render
result = evaluate_file({example!r})
render(result, "json")
t0 = time.process_time()
render(result, "xlsx")
t1 = time.process_time()
render(result, "xlsx")
t2 = time.process_time()
print(json.dumps([t1 - t0, t2 - t1]))
"""

READ = """
import json, time
from pathlib import Path
from ossfirst.load.request import read_request
read_request(Path({yaml!r}))
t0 = time.process_time()
read_request(Path({form!r}))
t1 = time.process_time()
read_request(Path({form!r}))
t2 = time.process_time()
read_request(Path({yaml!r}))
t3 = time.process_time()
print(json.dumps([t1 - t0, t2 - t1, t3 - t2]))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    ossfirst = [sys.executable, "-m", "ossfirst"]
    out = Path(tempfile.mkdtemp(prefix="ossfirst-bench-"))
    width = 44

    print("--format xlsx added to evaluate (json against json,xlsx):")
    header("example", width, args.runs)
    for example in sorted((ROOT / "examples").glob("*.yaml")):
        command = [*ossfirst, "evaluate", str(example), "-d", str(out), "-q", "-f"]
        figures = paired([*command, "json"], [*command, "json,xlsx"], args.runs)
        line(example.name, width, figures, ADDED_BY_XLSX)

    yaml = out / "request.yaml"
    yaml.write_text(request(Shape(alternatives=10, text=200)), encoding="utf-8")
    form = out / "request.xlsx"
    subprocess.run(
        [*ossfirst, "convert", str(yaml), "-o", str(form)], check=True, env=ENV, capture_output=True
    )
    print(
        f"\nreading a form of 10 alternatives x 25 criteria ({form.stat().st_size // 1024} KiB)"
        f" against the same request as YAML ({yaml.stat().st_size // 1024} KiB):"
    )
    header("command", width, args.runs)
    for label, command in (
        ("validate", [*ossfirst, "validate"]),
        ("evaluate -f json", [*ossfirst, "evaluate", "-d", str(out), "-q", "-f", "json"]),
    ):
        figures = paired([*command, str(yaml)], [*command, str(form)], args.runs)
        line(label, width, figures, ADDED_BY_FORM)

    runs = max(3, args.runs // 3)
    print(f"\nin-process CPU time, fresh interpreters ({runs} runs, median):")
    for example in sorted((ROOT / "examples").glob("*.yaml")):
        first, again = in_process(WRITE.format(example=str(example)), runs)
        print(
            f"  xlsx of {example.name:<38} {first * 1000:6.1f} ms with the import, "
            f"{again * 1000:6.1f} ms without"
        )
    first, again, yaml_time = in_process(READ.format(yaml=str(yaml), form=str(form)), runs)
    print(
        f"  reading the form {first * 1000:6.1f} ms with the import, {again * 1000:6.1f} ms "
        f"without; the same request as YAML {yaml_time * 1000:6.1f} ms"
    )


if __name__ == "__main__":
    main()
