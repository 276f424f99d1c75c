# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What reading evidence files adds to ``ossfirst evaluate`` (issue target: at most 50 ms
for a request with three evidence files per alternative).

    python bench/bench_evidence.py [--runs N]

Builds two copies of examples/videoconferencing.yaml in a temporary directory: one where
every alternative names a publiccode.yml, a Scorecard result and a CycloneDX SBOM, and one
without any evidence. Prints whole-process timings of ``evaluate -f md,json`` for both, the
difference of the medians, and in-process timings of the load-and-enrich step.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from _timing import ENV, ROOT, header, row, run

EXAMPLE = ROOT / "examples" / "videoconferencing.yaml"
EVIDENCE = ROOT / "examples" / "evidence"


def build(directory: Path) -> tuple[Path, Path]:
    """The request with three evidence files per alternative, and the same without any."""
    data: dict[str, Any] = yaml.safe_load(EXAMPLE.read_text("utf-8"))
    publiccode = (EVIDENCE / "jitsi-meet" / "publiccode.yml").read_text("utf-8")
    scorecard = (EVIDENCE / "jitsi-meet" / "scorecard.json").read_bytes()
    sbom = (EVIDENCE / "video-saas" / "sbom.cdx.json").read_bytes()
    for alternative in data["alternatives"]:
        folder = directory / "evidence" / alternative["id"]
        folder.mkdir(parents=True)
        # the licence must agree with the request's, or the request is refused
        text = publiccode.replace("license: Apache-2.0", f"license: {alternative['licence']}")
        (folder / "publiccode.yml").write_text(text, "utf-8")
        (folder / "scorecard.json").write_bytes(scorecard)
        (folder / "sbom.cdx.json").write_bytes(sbom)
        alternative["evidence"] = {
            "publiccode": f"evidence/{alternative['id']}/publiccode.yml",
            "scorecard": f"evidence/{alternative['id']}/scorecard.json",
            "sbom": f"evidence/{alternative['id']}/sbom.cdx.json",
        }
    with_evidence = directory / "with-evidence.yaml"
    with_evidence.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    for alternative in data["alternatives"]:
        del alternative["evidence"]
    without = directory / "without-evidence.yaml"
    without.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return with_evidence, without


def in_process(with_evidence: Path, without: Path, runs: int) -> dict[str, float]:
    """In one fresh process: load and enrich the request without evidence (which warms what
    both share), then the one with evidence for the first time (its imports, model builds
    and file reads), then each of them ``runs`` times more."""
    code = f"""
import os, statistics, time
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
from ossfirst.api import prepare
def clock(path):
    start = time.perf_counter()
    prepare(path)
    return time.perf_counter() - start
clock({str(without)!r})
first = clock({str(with_evidence)!r})
later_with = statistics.median(clock({str(with_evidence)!r}) for _ in range({runs}))
later_without = statistics.median(clock({str(without)!r}) for _ in range({runs}))
print(first, later_with, later_without)
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=ENV
    ).stdout
    first, later_with, later_without = (float(x) * 1000 for x in out.split())
    return {"first": first, "with": later_with, "without": later_without}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    directory = Path(tempfile.mkdtemp(prefix="ossfirst-bench-evidence-"))
    with_evidence, without = build(directory)
    out = directory / "out"
    ossfirst = [sys.executable, "-m", "ossfirst", "evaluate"]
    header("command", 44, args.runs)
    for request in (without, with_evidence):  # warm-up: bytecode caches written
        run([*ossfirst, str(request), "-f", "md,json", "-d", str(out), "-q"])
    # interleave the two so that drift on a shared machine hits both alike
    walls: dict[str, list[float]] = {"without": [], "with": []}
    cpus: dict[str, list[float]] = {"without": [], "with": []}
    for _ in range(args.runs):
        for label, request in (("without", without), ("with", with_evidence)):
            command = [*ossfirst, str(request), "-f", "md,json", "-d", str(out), "-q"]
            wall, cpu = run(command)
            walls[label].append(wall)
            cpus[label].append(cpu)
    for label in ("without", "with"):
        row(f"evaluate, {label} evidence (4 alternatives)", 44, walls[label], cpus[label])
    for label, figures in (("wall", walls), ("CPU", cpus)):
        difference = statistics.median(figures["with"]) - statistics.median(figures["without"])
        print(f"difference of the medians, {label} time: {difference * 1000:+.1f} ms (12 files)")
    clocks = in_process(with_evidence, without, args.runs)
    print(
        f"load + enrich in-process: without evidence {clocks['without']:.1f} ms; with evidence "
        f"{clocks['with']:.1f} ms, the first time {clocks['first']:.1f} ms (evidence modules "
        "imported, their models built)"
    )


if __name__ == "__main__":
    main()
