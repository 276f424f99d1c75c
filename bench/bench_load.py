# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What a ``check`` or ``portfolio`` worker spends per request besides the engine and the
HTML report, in CPU milliseconds, beside a reference version of the source.

    python bench/bench_load.py [--count 300] [--rounds 5] [--reference REV]

The requests are bench_portfolio.py's (bench_check.py's generated requests with a status,
decision and suppliers). Each round runs one child process per source tree, alternating
(this checkout and, with ``--reference``, the source of the git revision ``REV``, exported
into a temporary folder), so that a busy machine disturbs both alike. A child goes through
the requests as a portfolio worker does and times each part with the process's CPU clock:

- ``read``: :func:`ossfirst.load.request.read_request` (YAML, source map, schema);
- ``prepare``: :func:`ossfirst.api.prepare_loaded` (catalogue from the worker's cache,
  the references between request and catalogue, the derived facts);
- ``findings``: :func:`ossfirst.check.findings.findings_for` under the default levels;
- ``summary``: :func:`ossfirst.portfolio.summary.summarise` and
  :func:`~ossfirst.portfolio.summary.withhold_names`.

The engine's evaluation (``--draws 0``) runs between them, untimed, as in the worker, so the
garbage collector sees the heap a worker has. Printed: the median over the rounds of each
part per request, for each source tree, and the ratio.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from _timing import ENV, ROOT

PARTS = ("read", "prepare", "findings", "summary")


def child(folder: Path, warm: int, collect: str | None) -> None:
    """Time the parts over every request in ``folder``; print the totals (CPU s) as JSON.
    ``collect``: the helper library that switches callgrind's counting on and off, and the
    part to count (``library:part``)."""
    import datetime as dt

    from ossfirst import api
    from ossfirst.check.findings import findings_for
    from ossfirst.check.run import CATALOGUES, _worker_init
    from ossfirst.load.request import read_request
    from ossfirst.model.rules import default_levels
    from ossfirst.portfolio.summary import summarise, withhold_names

    _worker_init()  # as a worker process starts
    files = sorted(folder.rglob("*.yaml"))
    levels = default_levels()
    today = dt.date(2026, 11, 27)
    clock = time.process_time
    totals = dict.fromkeys(PARTS, 0.0)
    counted = ""

    def toggle() -> None:
        pass

    if collect:
        import ctypes

        library, counted = collect.rsplit(":", 1)
        helper = ctypes.CDLL(library)
        toggle = helper.toggle
    for index, path in enumerate([*files[:warm], *files]):
        on = index >= warm
        if collect and index == warm:
            helper.start()
        if on and counted == "read":
            toggle()
        start = clock()
        loaded = read_request(path, path.name)
        read = clock()
        if on and counted in ("read", "prepare"):
            toggle()
        prepared = api.prepare_loaded(loaded, catalogues=CATALOGUES)
        prepare = clock()
        if on and counted == "prepare":
            toggle()
        result = api.evaluate_prepared(prepared, draws=0)
        if on and counted == "findings":
            toggle()
        start_findings = clock()
        findings = findings_for(
            result, prepared.loaded.request, prepared.loaded.source, levels, today, "de"
        )
        start_summary = clock()
        if on and counted in ("findings", "summary"):
            toggle()
        summarise(
            result,
            path=path.name,
            check="pass",
            findings={"error": len(findings)},
            today=today,
            lang="de",
            publish_names=False,
            report=None,
        )
        withhold_names(result, "de")
        end = clock()
        if on and counted == "summary":
            toggle()
        if on:
            totals["read"] += read - start
            totals["prepare"] += prepare - read
            totals["findings"] += start_summary - start_findings
            totals["summary"] += end - start_summary
    print(json.dumps({"count": len(files), **totals}))


def _run(source: Path, folder: Path, warm: int) -> dict[str, float]:
    """Per-request CPU milliseconds of each part, from one child process on ``source``."""
    command = [sys.executable, __file__, "--child", str(folder), "--warm", str(warm)]
    completed = subprocess.run(
        command, capture_output=True, text=True, env=_env(source), check=False
    )
    if completed.returncode != 0:
        sys.exit(f"{source}: {completed.stderr}")
    found = json.loads(completed.stdout)
    return {part: found[part] / found["count"] * 1000 for part in PARTS}


def _env(source: Path) -> dict[str, str]:
    return {**ENV, "PYTHONPATH": str(source), "PYDANTIC_DISABLE_PLUGINS": "__all__"}


_TOGGLE = """#include <valgrind/callgrind.h>
void start(void) { CALLGRIND_START_INSTRUMENTATION; }
void toggle(void) { CALLGRIND_TOGGLE_COLLECT; }
"""


def _toggle_library(into: Path) -> Path:
    """A library with ``start()``, which starts callgrind's instrumentation (the imports and
    the warm-up run without it, several times faster), and ``toggle()``, which switches its
    counting on and off."""
    source, library = into / "toggle.c", into / "toggle.so"
    source.write_text(_TOGGLE)
    subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-o", library, source], check=True)
    return library


def _count(source: Path, folder: Path, warm: int, library: Path) -> dict[str, float]:
    """Per-request instructions (millions) of each part, counted by callgrind: one child
    process per part, counting only inside that part."""
    found: dict[str, float] = {}
    for part in PARTS:
        out = folder.parent / f"callgrind.{part}.out"
        command = [
            "valgrind", "--tool=callgrind", "--collect-atstart=no", "--instr-atstart=no",
            f"--callgrind-out-file={out}",
            sys.executable, __file__, "--child", str(folder), "--warm", str(warm),
            "--collect", f"{library}:{part}",
        ]  # fmt: skip
        completed = subprocess.run(
            command, capture_output=True, text=True, env=_env(source), check=False
        )
        if completed.returncode != 0:
            sys.exit(f"{source}: {completed.stderr}")
        count = json.loads(completed.stdout.splitlines()[-1])["count"]
        totals = [line for line in out.read_text().splitlines() if line.startswith("totals:")]
        found[part] = int(totals[-1].split()[1]) / count / 1e6
        out.unlink()
    return found


def _export(revision: str, into: Path) -> Path:
    """The ``src`` folder of ``revision``, exported into ``into`` (with the shipped
    catalogues its package links to)."""
    archive = into / "src.tar"
    with archive.open("wb") as stream:
        subprocess.run(
            ["git", "-C", str(ROOT), "archive", revision, "src", "criteria"],
            stdout=stream,
            check=True,
        )
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def _table(title: str, figures: dict[str, list[dict[str, float]]], reference: str | None) -> None:
    """Medians over the rounds of each part and of the total, per source tree."""
    width = max(len(name) for name in figures) + 2
    print(title)
    print(f"{'source':<{width}}" + "".join(f"{p:>10}" for p in (*PARTS, "total")))
    medians: dict[str, dict[str, float]] = {}
    for name, rounds in figures.items():
        medians[name] = {
            **{p: statistics.median(r[p] for r in rounds) for p in PARTS},
            "total": statistics.median(sum(r.values()) for r in rounds),
        }
        print(f"{name:<{width}}" + "".join(f"{medians[name][p]:>10.2f}" for p in (*PARTS, "total")))
    if reference is not None:
        before, after = medians[reference], medians["this checkout"]
        print(
            f"{'ratio':<{width}}"
            + "".join(
                f"{after[p] / before[p]:>10.2f}" if before[p] else f"{'':>10}"
                for p in (*PARTS, "total")
            )
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=300, help="requests to generate")
    parser.add_argument("--rounds", type=int, default=5, help="child runs per source tree")
    parser.add_argument("--reference", help="a git revision to compare with (e.g. main)")
    parser.add_argument("--warm", type=int, default=20, help="untimed requests first")
    parser.add_argument(
        "--callgrind",
        action="store_true",
        help="count instructions with valgrind's callgrind instead of timing (needs cc)",
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--collect", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child, args.warm, args.collect)
        return
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_check import generate
    from bench_portfolio import decided

    with tempfile.TemporaryDirectory(prefix="ossfirst-bench-") as tmp:
        folder = Path(tmp) / "requests"
        folder.mkdir()
        generate(folder, args.count, extra=decided)
        trees = {"this checkout": ROOT / "src"}
        if args.reference:
            trees = {args.reference: _export(args.reference, Path(tmp)), **trees}
        if args.callgrind:
            library = _toggle_library(Path(tmp))
            counts = {
                name: [_count(src, folder, args.warm, library)] for name, src in trees.items()
            }
            _table(
                f"Instructions per request (millions, callgrind) over {args.count} requests",
                counts,
                args.reference,
            )
            return
        figures: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
        for _ in range(args.rounds):
            for name, source in trees.items():
                figures[name].append(_run(source, folder, args.warm))
        _table(
            f"CPU ms per request, median of {args.rounds} rounds over {args.count} requests",
            figures,
            args.reference,
        )


if __name__ == "__main__":
    main()
