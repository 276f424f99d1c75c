# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Timings of the HTML and PDF reports (issue targets: ``evaluate <example> --format pdf``
median <= 0.5 s as a whole process; all formats of one example in one run <= 0.8 s), and
where the time of one PDF goes, measured in-process.

    python bench/bench_reports.py [--runs N]

Prints the median, minimum and maximum wall time and the median CPU time (user + system,
much less disturbed than wall time when other work shares the machine) in seconds.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _timing import ENV, ROOT, header, row, sample


def in_process(example: Path, runs: int) -> None:
    """One PDF, step by step, in a fresh interpreter so that imports count once."""
    script = f"""
import json, time
t0 = time.perf_counter()
import typst
t1 = time.perf_counter()
from ossfirst.api import evaluate_file
from ossfirst.render import RenderOptions, html, pdf, sections
result = evaluate_file({str(example)!r})
options = RenderOptions(lang=result.request.language)
t2 = time.perf_counter()
doc = sections.build(result, options)
t3 = time.perf_counter()
data = pdf.data(result, options)
t4 = time.perf_counter()
out = pdf.render(result, options)
t5 = time.perf_counter()
html.render(result, options)
t6 = time.perf_counter()
print(json.dumps([t1 - t0, t3 - t2, t4 - t3, t5 - t4, t6 - t5]))
"""

    rows: list[list[float]] = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=ENV
        )
        rows.append(json.loads(done.stdout))
    labels = [
        "import typst",
        "sections.build (the report in words)",
        "pdf.data (document + attachment, font check)",
        "pdf.render (all of it, Typst compile included)",
        "html.render",
    ]
    print(f"\nin-process, {example.name} ({runs} runs, median):")
    for index, label in enumerate(labels):
        print(f"  {label:<56} {statistics.median(r[index] for r in rows) * 1000:6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    ossfirst = [sys.executable, "-m", "ossfirst"]
    out = tempfile.mkdtemp(prefix="ossfirst-bench-")
    examples = sorted((ROOT / "examples").glob("*.yaml"))
    header("command", 62, args.runs)
    for formats in ("md,json", "html", "pdf", "md,json,html,pdf"):
        for example in examples:
            command = [*ossfirst, "evaluate", str(example), "-f", formats, "-d", out, "-q"]
            row(f"evaluate {example.name} -f {formats}", 62, *sample(command, args.runs))
    in_process(ROOT / "examples" / "videoconferencing.yaml", max(3, args.runs // 3))


if __name__ == "__main__":
    main()
