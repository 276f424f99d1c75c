# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Timings of the robustness analysis (issue targets: Monte-Carlo with 10,000 draws for 5
alternatives and 30 criteria <= 0.5 s inside the evaluate process; the whole evaluate of an
example with sensitivity on <= 0.5 s).

    python bench/bench_sensitivity.py [--runs N]

In-process: the engine on a generated request (5 alternatives, a catalogue of 30 criteria)
with 0 and 10,000 draws, under the weighted total and under the extended Richtwertmethode,
and the analysis alone. Whole process: ``ossfirst evaluate`` of every example with the
default 10,000 draws and with ``--draws 0``. Prints median, minimum and maximum in seconds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from _timing import ROOT, sample

LEVELS = {n: {"de": f"Stufe {n}", "en": f"Level {n}"} for n in range(5)}


def generated(folder: Path, award: dict[str, Any] | None) -> Path:
    """A request with 5 alternatives against a catalogue of 30 criteria (the standard 25 and
    5 more), built from the service-desk example."""
    extra = [
        {
            "id": f"practicality.extra-{n}",
            "kind": "assessed",
            "weight": 10,
            "title": {"de": f"Zusatz {n}", "en": f"Extra {n}"},
            "question": {"de": "Frage?", "en": "Question?"},
            "levels": LEVELS,
        }
        for n in range(5)
    ]
    catalogue = {
        "ossfirst_catalogue": 1,
        "id": "bench",
        "version": "1",
        "title": {"de": "Bench", "en": "Bench"},
        "extends": "standard",
        "criteria": extra,
    }
    (folder / "bench-catalogue.yaml").write_text(yaml.safe_dump(catalogue), "utf-8")
    data = yaml.safe_load((ROOT / "examples" / "service-desk.yaml").read_text("utf-8"))
    data["catalogue"] = "bench-catalogue.yaml"
    if award is not None:
        data["award"] = award
    originals = data["alternatives"]
    for n, source in enumerate(originals[:2]):
        clone = yaml.safe_load(yaml.safe_dump(source))
        clone["id"] = f"{source['id']}-b"
        clone["name"] = f"{source['name']} (B)"
        for index, assessment in enumerate(clone["assessments"].values()):
            if "score" in assessment and index % 3 == n:
                assessment["score"] = max(0, assessment["score"] - 1)
        originals.append(clone)
    for position, alternative in enumerate(originals):
        for n in range(5):
            alternative["assessments"][f"practicality.extra-{n}"] = {
                "score": (position + n) % 5,
                "rationale": "r",
                "evidence": "e",
                "assessed_on": "2026-10-01",
            }
    path = folder / "bench-request.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def timed(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def row(label: str, times: list[float]) -> None:
    print(f"{label:<66} {statistics.median(times):7.3f} {min(times):7.3f} {max(times):7.3f}")


def engine(label: str, path: Path, runs: int) -> None:
    from ossfirst.api import prepare
    from ossfirst.engine.evaluate import evaluate

    prepared = prepare(path)
    catalogue, request, facts = prepared.catalogue, prepared.loaded.request, prepared.facts
    assert len(request.alternatives) == 5 and len(catalogue.criteria) == 30
    medians = {}
    for draws in (0, 10_000):
        times = timed(lambda: evaluate(catalogue, request, facts, draws=draws), runs)  # noqa: B023
        medians[draws] = statistics.median(times)
        row(f"engine, {label}, {draws} draws", times)
    label = "  Monte-Carlo share (difference of the medians)"
    print(f"{label:<66} {medians[10_000] - medians[0]:7.3f}")


def in_process(runs: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="ossfirst-bench-"))
    engine("weighted total", generated(folder, None), runs)
    extended = {"method": "ufab-extended", "corridor": 0.05, "tie_breaker": "lowest-price"}
    engine("extended Richtwertmethode", generated(folder, extended), runs)


def whole_process(runs: int) -> None:
    ossfirst = [sys.executable, "-m", "ossfirst"]
    out = tempfile.mkdtemp(prefix="ossfirst-bench-")
    for example in sorted((ROOT / "examples").glob("*.yaml")):
        for extra in ([], ["--draws", "0"]):
            command = [*ossfirst, "evaluate", str(example), "-f", "md,json", "-d", out, "-q"]
            walls, _ = sample([*command, *extra], runs)
            row(f"evaluate {example.name} -f md,json {' '.join(extra)}".rstrip(), walls)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    print(f"{'in process':<66} {'median':>7} {'min':>7} {'max':>7}   (s, {args.runs} runs)")
    in_process(args.runs)
    print(f"\n{'whole process':<66} {'median':>7} {'min':>7} {'max':>7}   (s, {args.runs} runs)")
    whole_process(args.runs)


if __name__ == "__main__":
    main()
