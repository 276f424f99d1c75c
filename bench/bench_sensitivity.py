# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Timings of the robustness analysis (issue 13: the Monte-Carlo draws in at most 20 ms
inside the evaluate process, under the weighted total and under the extended
Richtwertmethode; issue 4: the whole evaluate of an example with them <= 0.5 s).

    python bench/bench_sensitivity.py [--runs N] [--baseline SRC] [--rounds R] [--instructions]
    python bench/bench_sensitivity.py --batch N [--baseline SRC] [--rounds R] [--instructions]
    python bench/bench_sensitivity.py --precision SEEDS

In process, on a generated request (5 alternatives, a catalogue of 30 criteria): the CPU
time of the engine with the default draws, with 10,000 draws and with none; the
Monte-Carlo share is the difference of the medians. Each measurement runs in a fresh child
process. ``--baseline SRC`` measures another version too (its ``src`` directory, for
example after ``git archive <commit> src criteria | tar -x -C /tmp/base``: ``--baseline
/tmp/base/src``), alternating with this one round by round (``--rounds``), so that both see
the same load. ``--instructions`` also counts the instructions the draws execute (valgrind's
callgrind), a figure a busy machine does not disturb. Whole process: ``ossfirst evaluate``
of every example with the default draws and with ``--draws 0``.

``--batch N``: the evaluation of a request in a batch, as ``check`` and ``portfolio`` run it:
N requests as bench_portfolio.py generates them (bench_check.py's, with statuses and
suppliers), each prepared once (not timed), then only the engine (``api.evaluate_prepared``)
over all of them, with the default draws and with ``--draws 0`` (as ``check`` runs it); the
CPU time per request, median over ``--rounds`` rounds in fresh child processes, beside the
figures of the engine before it was made faster (:data:`BEFORE`). With ``--baseline SRC`` the
other version alternates with this one round by round; ``--instructions`` also counts the
instructions per request (valgrind's cachegrind: the run minus a run that only prepares).

``--precision SEEDS``: how close the default draws come to the share 1,000,000 draws give,
over many seeds (the root mean square error, the stated 95 % half-width divided by 1.96 for
comparison, how often the stated interval covers the reference), beside the standard error
of 10,000 independent random draws (the method before), for the service-desk example, the
UfAB example and the generated request.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml
from _timing import ENV, ROOT, header, row, sample

LEVELS = {n: {"de": f"Stufe {n}", "en": f"Level {n}"} for n in range(5)}
GOAL = 0.020  # seconds, issue 13
METHODS = {
    "weighted total": None,
    "extended Richtwertmethode": {
        "method": "ufab-extended",
        "corridor": 0.05,
        "tie_breaker": "lowest-price",
    },
}


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
    name = "ufab" if award else "weighted"
    path = folder / f"bench-request-{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def child(runs: int) -> None:
    """Measure the engine in this process and print the CPU times as JSON (run with the
    ``src`` directory of the version to measure first on ``sys.path``)."""
    from ossfirst.api import prepare
    from ossfirst.engine.evaluate import evaluate

    folder = Path(tempfile.mkdtemp(prefix="ossfirst-bench-"))
    found: dict[str, dict[str, Any]] = {}
    for label, award in METHODS.items():
        prepared = prepare(generated(folder, award))
        catalogue, request, facts = prepared.catalogue, prepared.loaded.request, prepared.facts
        assert len(request.alternatives) == 5 and len(catalogue.criteria) == 30
        times: dict[str, list[float]] = {"0": [], "default": [], "10000": []}
        default = None
        for _ in range(runs):  # the three kinds alternate, so that they see the same load
            for kind, draws in (("0", 0), ("default", None), ("10000", 10_000)):
                start = time.process_time()
                result = evaluate(catalogue, request, facts, draws=draws)
                times[kind].append(time.process_time() - start)
                if kind == "default":
                    assert result.sensitivity is not None and result.sensitivity.monte_carlo
                    default = result.sensitivity.monte_carlo.draws
        found[label] = {"draws": default, "times": times}
    print(json.dumps(found))


def once(label: str, draws: int | None) -> None:
    """One evaluation of the generated request (for counting instructions)."""
    from ossfirst.api import prepare
    from ossfirst.engine.evaluate import evaluate

    prepared = prepare(generated(Path(tempfile.mkdtemp(prefix="ossfirst-bench-")), METHODS[label]))
    evaluate(prepared.catalogue, prepared.loaded.request, prepared.facts, draws=draws)


def instructions(versions: dict[str, Path]) -> None:
    """Instructions executed by the Monte-Carlo draws, counted by valgrind's callgrind: the
    same on a busy machine as on an idle one. One evaluation with draws minus one without."""
    print(f"{'in process, instructions (callgrind)':<62} {'Monte-Carlo':>14}")
    for version, src in versions.items():
        env = {**ENV, "PYTHONPATH": str(src)}
        for label in METHODS:
            counts = {}
            for draws in ("0", "default", "10000"):
                command = [
                    "valgrind",
                    "--tool=callgrind",
                    "--callgrind-out-file=/dev/null",
                    sys.executable,
                    __file__,
                    "--once",
                    label,
                    draws,
                ]
                run = subprocess.run(command, capture_output=True, check=True, env=env, text=True)
                counts[draws] = int(run.stderr.split("Collected : ")[1].split()[0])
            for draws in ("default", "10000"):
                text = f"{version}, {label}, {draws} draws"
                print(f"{text:<62} {(counts[draws] - counts['0']) / 1e6:10.1f} M")


def precision(seeds: int) -> None:
    """How precise the default draws are: each case evaluated with the default number of
    draws under ``seeds`` seeds, its share compared with 1,000,000 draws (whose own interval
    is printed). Beside it the standard error 10,000 independent random draws would have."""
    from ossfirst.api import prepare
    from ossfirst.model.catalogue import SensitivitySettings

    folder = Path(tempfile.mkdtemp(prefix="ossfirst-bench-"))
    cases: list[tuple[str, Path, str | None]] = [
        ("service-desk.yaml", ROOT / "examples" / "service-desk.yaml", None),
        (
            "service-desk.yaml, sovereignty-first",
            ROOT / "examples" / "service-desk.yaml",
            "sovereignty-first",
        ),
        ("cloud-platform.yaml (UfAB)", ROOT / "examples" / "cloud-platform.yaml", None),
    ]
    cases += [
        (f"generated, {label}", generated(folder, award), None) for label, award in METHODS.items()
    ]
    print(
        f"{'precision of the default draws, ' + str(seeds) + ' seeds':<44} {'1,000,000':>16}"
        f" {'RMSE':>7} {'stated':>7} {'covered':>7} {'10,000 random':>13}"
    )
    for label, path, profile in cases:
        prepared = prepare(path)
        reference, reference_half = _share(prepared, profile, 1_000_000, 1)
        errors, halves = [], []
        for seed in range(seeds):
            share, half = _share(prepared, profile, SensitivitySettings().draws, 1000 + seed)
            errors.append(share - reference)
            halves.append(half)
        rmse = (sum(e * e for e in errors) / seeds) ** 0.5
        covered = sum(abs(e) <= h for e, h in zip(errors, halves, strict=True)) / seeds
        random_error = (reference * (1 - reference) / 10_000) ** 0.5
        print(
            f"{label:<44} {reference:7.4f} ± {reference_half:6.4f} {rmse:7.4f}"
            f" {statistics.mean(halves) / 1.96:7.4f} {covered:7.0%} {random_error:13.4f}"
        )


def _share(prepared: Any, profile: str | None, draws: int, seed: int) -> tuple[float, float]:
    """The share of the recommended alternative and its stated half-width."""
    from ossfirst.engine.evaluate import evaluate
    from ossfirst.model.catalogue import SensitivitySettings

    policy = prepared.catalogue.policy
    settings = SensitivitySettings(draws=draws, concentration=60, seed=seed)
    catalogue = prepared.catalogue.model_copy(
        update={"policy": policy.model_copy(update={"sensitivity": settings})}
    )
    result = evaluate(catalogue, prepared.loaded.request, prepared.facts, profile=profile)
    analysis = result.sensitivity
    assert analysis is not None and analysis.monte_carlo is not None
    half = analysis.monte_carlo.precision
    assert half is not None
    return analysis.monte_carlo.shares[analysis.recommended], half[analysis.recommended]


#: The engine per request in a batch before it was made faster (commit 501886b), measured
#: with ``--batch 300 --rounds 7 --instructions --baseline`` that commit's ``src`` on
#: 2026-12-07 (bench/README.md): CPU milliseconds (median of the rounds, on the shared
#: 2-core machine) and instructions (millions, the first 40 requests), with the default
#: draws and without.
BEFORE = {"default": (23.43, 149.7), "0": (10.50, 59.5)}
BATCH_WARM = 5


def batch_child(folder: Path, stage: str) -> None:
    """Prepare the requests in ``folder``, evaluate the first few both ways (what a batch
    builds once), then, unless ``stage`` is ``prepare``, evaluate all with the default
    draws and without, timing each, and print the CPU seconds as JSON; ``stage`` ``default``
    or ``0`` evaluates only so (for counting instructions)."""
    from ossfirst.api import evaluate_prepared, prepare

    catalogues: dict[Any, Any] = {}
    prepared = [prepare(path, catalogues=catalogues) for path in sorted(folder.rglob("*.yaml"))]
    for one in prepared[:BATCH_WARM]:
        evaluate_prepared(one)
        evaluate_prepared(one, draws=0)
    if stage == "prepare":
        return
    times = {}
    for kind, draws in (("default", None), ("0", 0)):
        if stage not in ("all", kind):
            continue
        start = time.process_time()
        for one in prepared:
            evaluate_prepared(one, draws=draws)
        times[kind] = (time.process_time() - start) / len(prepared)
    print(json.dumps(times))


def batch(count: int, rounds: int, baseline: Path | None, instructions: bool) -> None:
    """The engine per request over ``count`` generated requests (see the module's text)."""
    from bench_check import generate
    from bench_portfolio import decided

    folder = Path(tempfile.mkdtemp(prefix="ossfirst-bench-"))
    generate(folder, count, extra=decided)
    versions = {"this version": ROOT / "src"}
    if baseline is not None:
        versions["baseline"] = baseline
    times: dict[str, dict[str, list[float]]] = {v: {"default": [], "0": []} for v in versions}
    for _ in range(rounds):
        for version, src in versions.items():
            env = {**ENV, "PYTHONPATH": str(src)}
            command = [sys.executable, __file__, "--batch-child", str(folder), "all"]
            found = json.loads(
                subprocess.run(command, capture_output=True, check=True, env=env).stdout
            )
            for kind, seconds in found.items():
                times[version][kind].append(seconds)
    counted: dict[str, dict[str, float]] = {}
    if instructions:
        for version, src in versions.items():
            counted[version] = _batch_instructions(folder, src, min(count, 40))
    print(
        f"{'engine per request in a batch of ' + str(count) + ', ' + str(rounds) + ' rounds':<50}"
        f" {'CPU ms':>8} {'before':>8} {'change':>7}"
        + (f" {'M instr.':>9} {'before':>8} {'change':>7}" if instructions else "")
    )
    for version, found in times.items():
        for kind, label in (("default", "default draws"), ("0", "--draws 0")):
            median = statistics.median(found[kind]) * 1e3
            before_ms, before_instructions = BEFORE[kind]
            line = f"{version + ', ' + label:<50} {median:8.2f} {before_ms:8.2f}"
            line += f" {median / before_ms - 1:+7.0%}" if before_ms else f" {'':>7}"
            if instructions:
                mine = counted[version][kind]
                line += f" {mine:9.1f} {before_instructions:8.1f}"
                line += f" {mine / before_instructions - 1:+7.0%}" if before_instructions else ""
            print(line)


def _batch_instructions(folder: Path, src: Path, count: int) -> dict[str, float]:
    """Millions of instructions per request (the first ``count`` requests of ``folder``),
    with the default draws and without: each run minus a run that only prepares."""
    subset = Path(tempfile.mkdtemp(prefix="ossfirst-bench-"))
    for path in sorted(folder.rglob("*.yaml"))[:count]:
        (subset / path.name).write_bytes(path.read_bytes())
    env = {**ENV, "PYTHONPATH": str(src)}
    counts = {}
    for stage in ("prepare", "default", "0"):
        command = [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            __file__,
            "--batch-child",
            str(subset),
            stage,
        ]
        run = subprocess.run(command, capture_output=True, check=True, env=env, text=True)
        found = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
        assert found is not None, run.stderr
        counts[stage] = int(found.group(1).replace(",", ""))
    return {kind: (counts[kind] - counts["prepare"]) / count / 1e6 for kind in ("default", "0")}


def measure(src: Path, runs: int) -> dict[str, dict[str, Any]]:
    env = {**ENV, "PYTHONPATH": str(src)}
    command = [sys.executable, __file__, "--child", "--runs", str(runs)]
    completed = subprocess.run(command, capture_output=True, check=True, env=env, text=True)
    result: dict[str, dict[str, Any]] = json.loads(completed.stdout)
    return result


def in_process(runs: int, rounds: int, baseline: Path | None) -> None:
    versions = {"this version": ROOT / "src"}
    if baseline is not None:
        versions["baseline"] = baseline
    merged: dict[str, dict[str, dict[str, Any]]] = {v: {} for v in versions}
    for _ in range(rounds):
        for version, src in versions.items():
            for label, found in measure(src, runs).items():
                entry = merged[version].setdefault(label, {"draws": found["draws"], "times": {}})
                for kind, times in found["times"].items():
                    entry["times"].setdefault(kind, []).extend(times)
    print(
        f"{'in process, CPU time (median of ' + str(runs * rounds) + ' runs)':<62}"
        f" {'engine':>8} {'Monte-Carlo':>11} {'goal':>8}"
    )
    for version, methods in merged.items():
        for label, entry in methods.items():
            times = entry["times"]
            none = statistics.median(times["0"])
            print(f"{version + ', ' + label + ', no draws':<62} {none * 1e3:6.1f} ms")
            for kind, draws in (("default", entry["draws"]), ("10000", 10_000)):
                total = statistics.median(times[kind])
                goal = f"<= {GOAL * 1e3:.0f} ms" if kind == "default" else ""
                text = f"{version}, {label}, {draws:,} draws" + (" (default)" * (kind == "default"))
                print(f"{text:<62} {total * 1e3:6.1f} ms {(total - none) * 1e3:8.1f} ms {goal:>8}")


def whole_process(runs: int) -> None:
    ossfirst = [sys.executable, "-m", "ossfirst"]
    out = tempfile.mkdtemp(prefix="ossfirst-bench-")
    header("whole process", 66, runs)
    for example in sorted((ROOT / "examples").glob("*.yaml")):
        for extra in ([], ["--draws", "0"]):
            command = [*ossfirst, "evaluate", str(example), "-f", "md,json", "-d", out, "-q"]
            walls, cpus = sample([*command, *extra], runs)
            row(f"evaluate {example.name} -f md,json {' '.join(extra)}".rstrip(), 66, walls, cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", type=Path)
    parser.add_argument("--in-process-only", action="store_true")
    parser.add_argument(
        "--instructions", action="store_true", help="also count instructions (needs valgrind)"
    )
    parser.add_argument(
        "--precision", type=int, metavar="SEEDS", help="only the precision, over SEEDS seeds"
    )
    parser.add_argument(
        "--batch", type=int, metavar="N", help="only the engine per request over N requests"
    )
    parser.add_argument("--batch-child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--once", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.runs)
        return
    if args.batch_child:
        batch_child(Path(args.batch_child[0]), args.batch_child[1])
        return
    if args.batch:
        batch(args.batch, args.rounds, args.baseline, args.instructions)
        return
    if args.precision:
        precision(args.precision)
        return
    if args.once:
        once(args.once[0], None if args.once[1] == "default" else int(args.once[1]))
        return
    runs = max(1, args.runs // args.rounds)
    in_process(runs, args.rounds, args.baseline)
    if args.instructions:
        versions = {"this version": ROOT / "src"}
        if args.baseline is not None:
            versions["baseline"] = args.baseline
        print()
        instructions(versions)
    if not args.in_process_only:
        print()
        whole_process(args.runs)


if __name__ == "__main__":
    main()
