# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst check`` over N generated requests: wall time and memory, beside
check-jsonschema validating the same files against ``ossfirst schema request``.

    python bench/bench_check.py --count 1000 --count 10000
    python bench/bench_check.py --count 1000 --check-jsonschema /tmp/cj/bin/check-jsonschema

The requests are the shipped examples with other ids, costs, scores and proposals (fixed
seed), written as YAML like the originals: 3 to 4 alternatives with about 16 assessments
each. check-jsonschema is not a dependency of ossfirst; install it apart, for example
``python -m venv /tmp/cj && /tmp/cj/bin/pip install check-jsonschema``.

Prints per run the wall time, the peak resident memory of the largest process (from the
kernel's accounting) and the peak sum over the process tree (sampled every 50 ms).
"""

from __future__ import annotations

import argparse
import copy
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
# libyaml's emitter: the pure-Python one needs minutes for ten thousand requests.
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def generate(
    folder: Path,
    count: int,
    seed: int = 20261127,
    extra: Callable[[dict[str, Any], random.Random, int], None] | None = None,
) -> None:
    """Write ``count`` requests derived from the examples into ``folder``; ``extra``
    changes each request further (its data, the random source, its number)."""
    rng = random.Random(seed)
    templates = [
        yaml.safe_load(p.read_text("utf-8")) for p in sorted((ROOT / "examples").glob("*.yaml"))
    ]
    for index in range(count):
        data: dict[str, Any] = copy.deepcopy(templates[index % len(templates)])
        data["id"] = f"BENCH-{index:05d}"
        for alternative in data["alternatives"]:
            # Evidence files are named relative to the example; the copies live elsewhere.
            alternative.pop("evidence", None)
            for kind in ("one_time", "yearly"):
                for key, value in (alternative["costs"].get(kind) or {}).items():
                    alternative["costs"][kind][key] = round(value * rng.uniform(0.7, 1.3))
            for assessment in alternative.get("assessments", {}).values():
                if assessment.get("score") is not None:
                    assessment["score"] = rng.randint(0, 4)
        if rng.random() < 0.1:
            data["proposed"] = rng.choice(data["alternatives"])["id"]
            data["justification"] = None
        if extra is not None:
            extra(data, rng, index)
        folder.joinpath(f"{index // 500:03d}").mkdir(exist_ok=True)
        target = folder / f"{index // 500:03d}" / f"request-{index:05d}.yaml"
        text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False)
        target.write_text(text, "utf-8")


def _tree_rss(pid: int) -> int:
    """Resident memory (KiB) of ``pid`` and all its descendants."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(
                next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:"))
            )
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total


def measure(command: list[str], cwd: Path) -> tuple[float, int, int, int]:
    """Wall seconds, max RSS of one process (KiB), peak RSS of the tree (KiB), exit code."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    assert process.stderr is not None
    process.stderr.read()
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss, peak[0], process.returncode


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--count", type=int, action="append", help="requests to generate (repeatable)"
    )
    parser.add_argument(
        "--jobs", type=int, default=0, help="ossfirst check --jobs (0: one per core)"
    )
    parser.add_argument("--check-jsonschema", help="path of the check-jsonschema program")
    args = parser.parse_args()
    counts = args.count or [1000]
    cj = args.check_jsonschema or shutil.which("check-jsonschema")
    columns = ("files", 6), ("wall s", 8), ("ms/file", 8), ("max RSS MiB", 12), ("tree MiB", 9)
    print(f"{'run':<52} " + " ".join(f"{name:>{width}}" for name, width in columns) + " exit")
    for count in counts:
        with tempfile.TemporaryDirectory(prefix="ossfirst-bench-") as tmp:
            folder = Path(tmp) / "requests"
            folder.mkdir()
            generate(folder, count)
            files = sorted(str(p) for p in folder.rglob("*.yaml"))
            runs: list[tuple[str, list[str]]] = [
                (
                    "ossfirst check (validate + evaluate), json report",
                    [sys.executable, "-m", "ossfirst", "check", str(folder), "-q",
                     "--jobs", str(args.jobs), "--date", "2026-11-27",
                     "-f", "json", "-o", str(Path(tmp) / "report.json")],
                ),
            ]  # fmt: skip
            if cj:
                schema = Path(tmp) / "request.schema.json"
                schema.write_text(
                    subprocess.run(
                        [sys.executable, "-m", "ossfirst", "schema", "request"],
                        capture_output=True, text=True, check=True,
                    ).stdout
                )  # fmt: skip
                runs.append(
                    ("check-jsonschema (schema only)", [cj, "--schemafile", str(schema), *files])
                )
            results = {}
            for label, command in runs:
                wall, maxrss, tree, code = measure(command, Path(tmp))
                results[label] = wall
                print(
                    f"{label:<52} {count:>6} {wall:>8.2f} {wall / count * 1000:>8.2f} "
                    f"{maxrss / 1024:>12.1f} {tree / 1024:>9.1f} {code:>4}"
                )
            if len(results) == 2:
                ours, theirs = results.values()
                print(f"{'ratio ossfirst / check-jsonschema':<52} {count:>6} {ours / theirs:>8.2f}")


if __name__ == "__main__":
    main()
