# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The market index and search at catalogue scale (issue 21's targets, printed beside each
figure):

- indexing 10,000 publiccode.yml files: at most 30 s, memory flat in the number of files;
- a search over 10,000 entries: at most 20 ms in-process;
- the whole ``ossfirst market search`` process: at most 12 times ``python -c pass``;
- the index: at most 3 times the publiccode.yml text it holds.

    python bench/bench_market.py [--files 10000] [--runs 11]

The catalogue is synthetic, made from the test corpus (tests/cases/market/corpus): each
readable file is parsed and written again with a new name, repository URL and descriptions
whose words are shuffled and partly replaced by words of other files (a seeded random
generator, so every run builds the same catalogue), until there are ``--files`` of them.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from _timing import ENV, ROOT, header, row, sample

CORPUS = ROOT / "tests" / "cases" / "market" / "corpus"
QUERIES = [
    "Terminvergabe",
    "appointment booking",
    "Hinweisgebersystem",
    "Ratsinformationssystem",
    "Dokumentenmanagement",
    "geographic information system",
    "elektronische Signatur",
    "Online-Formulare",
    "Bürgerbeteiligung",
    "Alternative zu Microsoft Teams",
    "Firenze",
    "Photoshop",
]


def _shuffle_text(text: str, pool: list[str], rng: random.Random) -> str:
    words = text.split()
    for index in range(len(words)):
        if rng.random() < 0.3:
            words[index] = rng.choice(pool)
    rng.shuffle(words)
    return " ".join(words)


def _vary(data: dict[str, Any], number: int, pool: list[str], rng: random.Random) -> None:
    suffix = f"{rng.choice(pool)}-{number}"
    data["name"] = f"{data.get('name', 'software')} {suffix}"
    data["url"] = f"https://code.example.org/body-{number % 500}/repo-{number}"
    description = data.get("description")
    if isinstance(description, dict):
        for block in description.values():
            if not isinstance(block, dict):
                continue
            for key in ("shortDescription", "longDescription"):
                if isinstance(block.get(key), str):
                    block[key] = _shuffle_text(block[key], pool, rng)


def build_catalogue(target: Path, files: int) -> int:
    """Write ``files`` publiccode.yml files under ``target``; returns their total size."""
    rng = random.Random(21)
    documents = []
    for path in sorted(CORPUS.glob("*.publiccode.yml")):
        try:
            data = yaml.safe_load(path.read_text("utf-8"))
        except yaml.YAMLError:
            continue
        if isinstance(data, dict):
            documents.append(data)
    pool = sorted(
        {
            word
            for data in documents
            for block in (data.get("description") or {}).values()
            if isinstance(block, dict)
            for word in str(block.get("longDescription", "")).split()
            if word.isalpha() and len(word) > 3
        }
    )
    total = 0
    for number in range(files):
        data = yaml.safe_load(yaml.safe_dump(documents[number % len(documents)]))
        _vary(data, number, pool, rng)
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        folder = target / f"body-{number % 500:03d}" / f"repo-{number:05d}"
        folder.mkdir(parents=True)
        (folder / "publiccode.yml").write_text(text, "utf-8")
        total += len(text.encode("utf-8"))
    return total


def index_run(catalogue: Path, db: Path, *, fresh: bool, jobs: int) -> tuple[float, float, int]:
    """Wall time, CPU time and peak memory (KiB) of ``ossfirst market index`` as a process
    of its own."""
    code = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=True, capture_output=True)\n"
        "wall = time.perf_counter() - start\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)\n"
    )
    command = [str(Path(sys.executable).parent / "ossfirst"), "market", "index"]
    out = subprocess.run(
        [sys.executable, "-c", code, *command, f"bench={catalogue}", "--db", str(db)]
        + ["--jobs", str(jobs)]
        + (["--fresh"] if fresh else []),
        capture_output=True,
        text=True,
        check=True,
        env=ENV,
    ).stdout.split()
    return float(out[0]), float(out[1]), int(out[2])


def in_process_search(db: Path, runs: int) -> list[float]:
    """Per query, the median time of ``runs`` searches (after one), in one process."""
    code = f"""
import statistics, time
from pathlib import Path
from ossfirst.market import index, search
connection = index.connect(Path({str(db)!r}))
queries = {QUERIES!r}
for query in queries:
    search.search(connection, query, search.Filters())
for query in queries:
    times = []
    for _ in range({runs}):
        start = time.perf_counter()
        search.search(connection, query, search.Filters())
        times.append(time.perf_counter() - start)
    print(statistics.median(times))
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=ENV
    ).stdout
    return [float(x) for x in out.split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        base = Path(work)
        small, large = base / "small", base / "large"
        small_files = max(args.files // 5, 1)
        print(f"building synthetic catalogues of {small_files} and {args.files} files ...")
        build_catalogue(small, small_files)
        text = build_catalogue(large, args.files)

        print()
        print("indexing (ossfirst market index, a process of its own; target: <= 30 s for")
        print("10,000 files, memory flat in the number of files)")
        db = base / "large.sqlite3"
        runs = (
            (f"{small_files} files, 1 process", small, base / "small.sqlite3", True, 1),
            (f"{args.files} files, 1 process", large, base / "serial.sqlite3", True, 1),
            (f"{args.files} files, 1 per core", large, db, True, 0),
            (f"{args.files} files, again", large, db, False, 0),
        )
        for label, folder, target, fresh, jobs in runs:
            wall, cpu, peak = index_run(folder, target, fresh=fresh, jobs=jobs)
            print(
                f"  {label:<26} wall {wall:6.1f} s   CPU {cpu:6.1f} s   peak {peak / 1024:6.1f} MiB"
            )
        print("  (CPU and peak of ossfirst's own process: the worker processes of '1 per core'")
        print("  are not counted; again: the same files into the same index, read none again)")

        size = db.stat().st_size
        print()
        print(
            f"index size: {size / 2**20:.1f} MiB for {text / 2**20:.1f} MiB of publiccode.yml"
            f" = {size / text:.2f}x (target: <= 3x)"
        )

        print()
        print(f"search in-process, {args.files} entries (median of {args.runs}; target: <= 20 ms)")
        times = in_process_search(db, args.runs)
        for query, seconds in zip(QUERIES, times, strict=True):
            print(f"  {query:<34} {seconds * 1000:6.1f} ms")
        print(
            f"  {'median over the queries':<34} {statistics.median(times) * 1000:6.1f} ms"
            f"   max {max(times) * 1000:.1f} ms"
        )

        print()
        print("whole process (target: market search <= 12x python -c pass)")
        header("command", 46, args.runs)
        python = sample([sys.executable, "-c", "pass"], args.runs)
        row("python -c pass", 46, *python)
        ossfirst = str(Path(sys.executable).parent / "ossfirst")
        command = [ossfirst, "market", "search", "Terminvergabe", "--db", str(db)]
        searched = sample(command, args.runs)
        row("ossfirst market search Terminvergabe", 46, *searched)
        wall = statistics.median(searched[0]) / statistics.median(python[0])
        cpu = statistics.median(searched[1]) / statistics.median(python[1])
        print(f"  ratio: {wall:.1f}x wall, {cpu:.1f}x CPU")


if __name__ == "__main__":
    main()
