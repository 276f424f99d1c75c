# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Hostile input is refused quickly and within bounded memory."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import CASES

#: Runs ``ossfirst validate`` on every invalid case in one process and reports the time of
#: each and the peak resident memory of the whole run.
DRIVER = """
import contextlib, io, json, sys, time
from ossfirst.cli.app import main
times = {}
# warm up: the first run imports the pipeline, which is not the cost of an input
with contextlib.redirect_stderr(io.StringIO()), contextlib.suppress(SystemExit):
    main(["validate", sys.argv[1]])
for path in sys.argv[1:]:
    start = time.perf_counter()
    with contextlib.redirect_stderr(io.StringIO()), contextlib.suppress(SystemExit):
        main(["validate", path])
    times[path] = time.perf_counter() - start
# VmHWM is the peak of this process's own memory; ru_maxrss would also count the parent's
# peak, which Linux carries across fork and exec.
with open("/proc/self/status") as status:
    peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
peak_mb = peak_kb / 1024
print(json.dumps({"times": times, "peak_mb": peak_mb}))
"""


def test_every_invalid_case_within_one_second_and_200_mb(tmp_path: Path) -> None:
    cases = sorted(str(p) for p in (CASES / "invalid").glob("*.yaml"))
    big = tmp_path / "fifty-megabytes.yaml"
    with big.open("wb") as stream:
        stream.write(b"ossfirst: 1\nneed: '")
        stream.write(b"x" * (50 * 1024 * 1024))
        stream.write(b"'\n")
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, *cases, str(big)], capture_output=True, text=True, check=True
    )
    report = json.loads(result.stdout)
    slow = {Path(p).name: round(t, 3) for p, t in report["times"].items() if t > 1.0}
    assert not slow, slow
    assert report["peak_mb"] < 200, report["peak_mb"]
    assert len(report["times"]) >= 150


def test_fifty_megabyte_file_is_refused_without_reading_it(cli, tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    start = time.perf_counter()
    run = cli("validate", big)
    assert time.perf_counter() - start < 1.0
    assert run.code == 2
    assert f"{big}:1:1: error: The file is too large (52.4 MB; at most 150 KB)" in run.stderr
