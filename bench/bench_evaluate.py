# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Whole-process timings of the command line (issue targets: evaluate <= 0.25 s median,
--help <= 0.15 s), beside ``python -c pass`` for scale.

    python bench/bench_evaluate.py [--runs N]

Prints the median, minimum and maximum wall time of each command in seconds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile

from _timing import ROOT, header, row, sample


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
    header("command", 58, args.runs)
    for label, command in cases:
        row(label, 58, *sample(command, args.runs))


if __name__ == "__main__":
    main()
