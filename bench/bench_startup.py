# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Start-up as a new user meets it (issue 13): an installed wheel, whole processes, each
command beside its reference in one run, interleaved so that a busy machine disturbs both
alike.

    python bench/bench_startup.py [--runs N] [--example NAME] [--venv DIR] [--peer DIR]

Rows and goals:

- ``evaluate <example> -q -f md,json`` against ``python -c pass``: at most 12 times;
- ``validate <example>`` against ``python -c pass``: at most 8 times;
- ``evaluate <example> -q -f pdf`` against pandoc + WeasyPrint writing a PDF from the same
  Markdown report: at least 10 times faster.

The wheel is built from this checkout and installed into ``--venv`` (created when missing;
its dependencies come from the package index once). The peer is pandoc and WeasyPrint from
the package index in ``--peer`` (``pip install weasyprint pypandoc_binary``; created when
missing); without it the PDF row says so and the rest is measured.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _timing import ROOT, run

DEFAULT_VENV = Path(tempfile.gettempdir()) / "ossfirst-bench-wheel"
DEFAULT_PEER = Path(tempfile.gettempdir()) / "ossfirst-bench-peer"


def _venv(path: Path, packages: list[str], reinstall: list[str]) -> Path | None:
    """The Python of a virtual environment at ``path`` holding ``packages``; ``reinstall`` is
    installed again without its dependencies every time (the checkout under test)."""
    python = path / "bin" / "python"
    try:
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(path)], check=True)
            if packages:
                subprocess.run([str(python), "-m", "pip", "install", "-q", *packages], check=True)
        if reinstall:
            subprocess.run(
                [
                    str(python),
                    "-m",
                    "pip",
                    "install",
                    "-q",
                    "--no-deps",
                    "--force-reinstall",
                    *reinstall,
                ],
                check=True,
            )
    except subprocess.CalledProcessError as error:
        print(f"could not set up {path}: {error}", file=sys.stderr)
        return None
    return python


def _median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--example", default="videoconferencing.yaml")
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV)
    parser.add_argument("--peer", type=Path, default=DEFAULT_PEER)
    args = parser.parse_args()

    python = _venv(args.venv, [str(ROOT)], [str(ROOT)])
    if python is None:
        sys.exit("the wheel could not be installed")
    ossfirst = str(python.parent / "ossfirst")
    peer_python = _venv(args.peer, ["weasyprint", "pypandoc_binary"], [])
    pandoc = None
    if peer_python is not None:
        found = subprocess.run(
            [str(peer_python), "-c", "import pypandoc; print(pypandoc.get_pandoc_path())"],
            capture_output=True,
            text=True,
            check=False,
            cwd=tempfile.gettempdir(),
        )
        pandoc = found.stdout.strip() or None
    weasyprint = str(args.peer / "bin" / "weasyprint")

    example = ROOT / "examples" / args.example
    out = Path(tempfile.mkdtemp(prefix="ossfirst-bench-"))
    # The Markdown report the peer turns into a PDF: the same text ossfirst's PDF holds.
    subprocess.run(
        [ossfirst, "evaluate", str(example), "-q", "-f", "md", "-d", str(out / "md")],
        check=True,
    )
    markdown = next((out / "md").glob("*.md"))

    cases: dict[str, list[str]] = {
        "python -c pass": [str(python), "-c", "pass"],
        "evaluate -q -f md,json": [
            ossfirst,
            "evaluate",
            str(example),
            "-q",
            "-f",
            "md,json",
            "-d",
            str(out / "a"),
        ],
        "validate": [ossfirst, "validate", str(example)],
        "evaluate -q -f pdf": [
            ossfirst,
            "evaluate",
            str(example),
            "-q",
            "-f",
            "pdf",
            "-d",
            str(out / "b"),
        ],
    }
    if pandoc and Path(weasyprint).exists():
        env_path = f"{args.peer / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"
        cases["pandoc + WeasyPrint, same Markdown"] = [
            "env",
            f"PATH={env_path}",
            pandoc,
            str(markdown),
            "-s",
            "--pdf-engine=weasyprint",
            "-o",
            str(out / "peer.pdf"),
        ]

    walls: dict[str, list[float]] = {label: [] for label in cases}
    cpus: dict[str, list[float]] = {label: [] for label in cases}
    for command in cases.values():  # bytecode and font caches written once
        run(command)
    for _ in range(args.runs):
        for label, command in cases.items():
            wall, cpu = run(command)
            walls[label].append(wall)
            cpus[label].append(cpu)

    print(
        f"{args.example}, installed wheel, {args.runs} interleaved runs; "
        f"median wall and CPU (user + system) in seconds\n"
    )
    print(
        f"| {'command':<36} | {'wall':>7} | {'CPU':>7} | {'reference':<34} | {'ratio':>7} | goal |"
    )
    print(f"|{'-' * 38}|{'-' * 8}:|{'-' * 8}:|{'-' * 36}|{'-' * 8}:|------|")

    def line(label: str, reference: str, ratio: str, goal: str) -> None:
        print(
            f"| {label:<36} | {_median(walls[label]):7.3f} | {_median(cpus[label]):7.3f} "
            f"| {reference:<34} | {ratio:>7} | {goal} |"
        )

    base = _median(walls["python -c pass"])
    line("python -c pass", "", "", "")
    for label, goal in (("evaluate -q -f md,json", 12), ("validate", 8)):
        ratio = _median(walls[label]) / base
        line(
            label,
            "python -c pass",
            f"{ratio:.1f}x",
            f"<= {goal}x {'met' if ratio <= goal else 'NOT met'}",
        )
    peer_label = "pandoc + WeasyPrint, same Markdown"
    if peer_label in cases:
        line(peer_label, "", "", "")
        faster = _median(walls[peer_label]) / _median(walls["evaluate -q -f pdf"])
        line(
            "evaluate -q -f pdf",
            peer_label,
            f"{faster:.1f}x",
            f">= 10x faster {'met' if faster >= 10 else 'NOT met'}",
        )
    else:
        line("evaluate -q -f pdf", "peer not installed (see --peer)", "", "")
    shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
