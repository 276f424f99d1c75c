# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Reports are never lost: an interrupted or failing run leaves every earlier report
intact and no partial or temporary file behind."""

from __future__ import annotations

import copy
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from ossfirst.errors import OutputError
from ossfirst.output import write_files
from tests.conftest import EXAMPLES


def big_request(tmp_path: Path, count: int = 12) -> Path:
    """An example request with ``count`` alternatives (as many as the file size allows), so
    that a run with many Monte-Carlo draws takes long enough to be interrupted at different
    points (one without evidence files, which would not travel with the copy)."""
    data = yaml.safe_load((EXAMPLES / "web-cms.yaml").read_text("utf-8"))
    alternatives = []
    for index in range(count):
        alternative = copy.deepcopy(data["alternatives"][index % len(data["alternatives"])])
        alternative["id"] = f"{alternative['id']}-{index}"
        alternative["name"] = f"{alternative['name']} {index}"
        alternatives.append(alternative)
    data["alternatives"] = alternatives
    data["proposed"] = alternatives[1]["id"]
    path = tmp_path / "big.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def evaluate(request: Path, out: Path, lang: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ossfirst",
            "evaluate",
            str(request),
            "-f",
            "md,json",
            "-d",
            str(out),
            "--lang",
            lang,
            "--draws",
            "60000",
            "-q",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def finish(process: subprocess.Popen[bytes]) -> tuple[int, str]:
    _, stderr = process.communicate()
    return process.returncode, stderr.decode()


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_run_leaves_the_earlier_report_intact(tmp_path: Path, signum: int) -> None:
    request = big_request(tmp_path)
    reference = {}
    for lang in ("en", "de"):
        out = tmp_path / f"ref-{lang}"
        assert finish(evaluate(request, out, lang))[0] in (0, 1)
        reference[lang] = {p.name: p.read_bytes() for p in out.iterdir()}
    out = tmp_path / "out"
    assert finish(evaluate(request, out, "en"))[0] in (0, 1)
    interrupted = 0
    for delay in (0.08, 0.16, 0.24, 0.32):
        process = evaluate(request, out, "de")
        time.sleep(delay)
        process.send_signal(signum)
        code, stderr = finish(process)
        # -signum: the signal arrived while Python was still starting, before ossfirst
        # installed its handler; nothing can have been written yet.
        assert code in (0, 1, 128 + signum, -signum), stderr
        if code != -signum:  # Python itself reports a signal that comes before ossfirst runs
            assert "Traceback" not in stderr, stderr
        if code == 128 + signum:
            interrupted += 1
            # in English (OSSFIRST_LANG) until the run has read its --lang de, then in German
            assert "ossfirst: interrupted" in stderr or "ossfirst: abgebrochen" in stderr
        files = {p.name: p.read_bytes() for p in out.iterdir()}
        assert sorted(files) == sorted(reference["en"])  # no temporary or partial files
        for name, content in files.items():
            assert content in (reference["en"][name], reference["de"][name]), name
        # back to the English report for the next round
        assert finish(evaluate(request, out, "en"))[0] in (0, 1)
    assert interrupted, "no run was interrupted; the request is too small for this machine"


def test_a_failure_while_writing_keeps_every_earlier_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a.md", tmp_path / "b.json"
    write_files({first: b"old a", second: b"old b"})
    real_replace = Path.replace
    calls = []

    def failing_replace(self: Path, target: Path) -> Path:
        calls.append(target)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", failing_replace)
    with pytest.raises(OutputError) as info:
        write_files({first: b"new a", second: b"new b"})
    assert "No space left on device" in info.value.text("en")
    assert second.read_bytes() == b"old b"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "b.json"]


def test_failure_before_renaming_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.md"
    write_files({target: b"old"})

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OutputError):
        write_files({target: b"new", tmp_path / "other.json": b"{}"})
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]
