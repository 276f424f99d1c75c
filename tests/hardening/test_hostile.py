# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Hostile repositories, signals and output targets: nothing lost, nothing leaked, nothing
hangs, no traceback, no silently changed input. A test per class of the security model."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml

from ossfirst.cli.app import Interrupted
from tests.conftest import CASES, EXAMPLES

MINIMAL = CASES / "valid" / "minimal.yaml"
DATE = "2026-11-27"


def request(
    folder: Path, name: str = "request.yaml", evidence: str | None = None, **changes: object
) -> Path:
    """The minimal request in ``folder``, with top-level ``changes``; its first alternative
    names ``evidence`` as its publiccode.yml."""
    data = yaml.safe_load(MINIMAL.read_text("utf-8"))
    data.update(changes)
    if evidence is not None:
        data["alternatives"][0]["evidence"] = {"publiccode": evidence}
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def repository(tmp_path: Path, count: int = 3) -> Path:
    """A repository (a .git folder) with ``count`` requests under requests/."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    for index in range(count):
        request(root / "requests", f"r{index:03d}.yaml", id=f"R-{index}")
    return root


def leftovers(folder: Path) -> list[str]:
    """Temporary files ossfirst would leave behind."""
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".tmp"))


# ------------------------------------------------------------------------------ signals


def test_a_signal_in_a_sequential_check_ends_it_and_keeps_the_earlier_report(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = repository(tmp_path)
    monkeypatch.chdir(root)
    report = root / "report.json"
    assert cli("check", "-q", "--date", DATE, "-f", "json", "-o", report).code == 0
    earlier = report.read_bytes()
    from ossfirst.check import run

    real = run.check_file
    calls: list[str] = []

    def interrupted_on_the_second(target, settings):  # type: ignore[no-untyped-def]
        calls.append(target.display)
        if len(calls) == 2:
            raise Interrupted(signal.SIGTERM)  # as the handler does when SIGTERM arrives
        return real(target, settings)

    monkeypatch.setattr(run, "check_file", interrupted_on_the_second)
    result = cli("check", "-q", "--date", DATE, "-j", "1", "-f", "json", "-o", report)
    assert result.code == 128 + signal.SIGTERM
    assert len(calls) == 2  # the run stopped; no third file was checked
    assert report.read_bytes() == earlier
    assert leftovers(root) == []


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_in_a_parallel_check_stops_the_workers_and_writes_nothing(
    tmp_path: Path, signum: int
) -> None:
    root = repository(tmp_path, count=160)
    report = root / "report.json"
    command = [sys.executable, "-m", "ossfirst", "check", "requests", "-q", "--date", DATE]
    command += ["-j", "2", "-f", "json", "-o", "report.json"]
    done = subprocess.run(command, cwd=root, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    earlier = report.read_bytes()
    process = subprocess.Popen(
        command, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    time.sleep(1.5)  # started, workers busy
    os.killpg(process.pid, signum)  # as a terminal or a CI runner does: the whole group
    try:
        _, stderr = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        # say where it hangs, and leave no process behind for the tests that follow
        tree = subprocess.run(
            ["ps", "-o", "pid,ppid,stat,wchan:20,etime,cmd", "-s", str(process.pid)],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"check did not stop within 60 s of the signal:\n{tree}")
    assert process.returncode in (128 + signum, 0), stderr  # 0: it finished first
    if process.returncode:
        assert b"interrupted" in stderr and b"Traceback" not in stderr
    assert report.read_bytes() == earlier
    assert leftovers(root) == []
    for _ in range(50):  # the fork server ends when it sees the run gone
        left = subprocess.run(["pgrep", "-s", str(process.pid)], capture_output=True, check=False)
        if left.stdout == b"":
            break
        time.sleep(0.1)
    assert left.stdout == b"", "worker processes outlived the run"


def test_a_signal_while_the_reports_are_put_in_place_waits_for_the_last_one(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ossfirst import output

    out = tmp_path / "out"
    assert cli("evaluate", MINIMAL, "-q", "-f", "md,json", "-d", out, "--lang", "en").code == 0
    real = output._beside
    calls: list[Path] = []

    def signalled(target: Path, content):  # type: ignore[no-untyped-def]
        calls.append(target)
        if len(calls) == 1:
            os.kill(os.getpid(), signal.SIGTERM)  # arrives while the first one is staged
        return real(target, content)

    monkeypatch.setattr(output, "_beside", signalled)
    run = cli("evaluate", MINIMAL, "-q", "-f", "md,json", "-d", out, "--lang", "de")
    assert run.code == 128 + signal.SIGTERM
    assert len(calls) == 2
    # both reports were replaced, together: none is left in the other language
    assert "Bewertung" in (out / "T-1.md").read_text("utf-8")
    assert json.loads((out / "T-1.json").read_text("utf-8"))["request"]["id"] == "T-1"
    assert leftovers(out) == []


def test_a_killed_check_leaves_no_temporary_file(tmp_path: Path) -> None:
    root = repository(tmp_path, count=300)
    command = [sys.executable, "-m", "ossfirst", "check", "requests", "-q", "--date", DATE]
    command += ["-j", "1", "-f", "json", "-o", "out/report.json", "-f", "sarif", "-o", "x.sarif"]
    killed = 0
    for delay in (0.6, 1.2, 2.0):
        process = subprocess.Popen(command, cwd=root, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if process.poll() is None:
            process.kill()
            killed += 1
        process.wait()
        assert leftovers(root) == []
        if killed:
            assert not (root / "out" / "report.json").exists()
            break
    assert killed, "every check ended before it could be killed"


# ------------------------------------------------------------------------- output targets


def test_an_output_that_is_an_input_is_refused(cli, tmp_path: Path, monkeypatch) -> None:
    path = request(tmp_path)
    before = path.read_bytes()
    for args in (
        ["evaluate", path, "-o", path],
        ["evaluate", path, "-o", tmp_path / "." / "request.yaml"],
        ["check", path, "-q", "-f", "json", "-o", path],
    ):
        run = cli(*args)
        assert run.code == 2, args
        assert "this is an input of this run" in run.stderr
        assert path.read_bytes() == before
    (tmp_path / "link.yaml").symlink_to(path)  # the same file by another name
    run = cli("evaluate", path, "-o", tmp_path / "link.yaml")
    assert run.code == 2 and path.read_bytes() == before
    renamed = tmp_path / "T-1.md"  # a request that happens to bear its report's name
    path.rename(renamed)
    run = cli("evaluate", renamed, "-q", "-d", tmp_path)
    assert run.code == 2 and "this is an input" in run.stderr
    pairwise = tmp_path / "pairwise.yaml"
    pairwise.write_text((EXAMPLES / ".." / "README.md").read_text("utf-8")[:0] + PAIRWISE)
    run = cli("weights", "ahp", pairwise, "--output", pairwise)
    assert run.code == 2 and pairwise.read_text("utf-8") == PAIRWISE


PAIRWISE = """ossfirst_pairwise: 1
catalogue: standard
profile:
  id: council
  title: {de: R, en: C}
  rationale: {de: R, en: R}
judgements:
  - {more: sovereignty, than: economics, by: 1}
  - {more: security, than: economics, by: 1}
  - {more: practicality, than: economics, by: 1}
  - {more: lock-in, than: economics, by: 1}
  - {more: sovereignty, than: practicality, by: 1}
  - {more: security, than: practicality, by: 1}
  - {more: sovereignty, than: security, by: 1}
  - {more: sovereignty, than: lock-in, by: 1}
  - {more: security, than: lock-in, by: 1}
  - {more: practicality, than: lock-in, by: 1}
"""


@pytest.mark.parametrize("target", ["", "/", ".", "folder/"])
def test_an_output_that_is_no_file_name_is_refused(cli, tmp_path: Path, target: str) -> None:
    (tmp_path / "folder").mkdir()
    os.chdir(tmp_path)
    for args in (
        ["evaluate", MINIMAL, "-q", "-o", target],
        ["check", MINIMAL, "-q", "-f", "json", "-o", target],
    ):
        run = cli(*args)
        assert run.code == 2, (args, run.stderr)
        assert "Traceback" not in run.stderr and "internal error" not in run.stderr


def _reader(fifo: Path, into: list[bytes]) -> threading.Thread:
    def read() -> None:
        with fifo.open("rb") as stream:
            into.append(stream.read())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


def test_a_fifo_or_a_link_to_one_is_written_into_not_replaced(cli, tmp_path: Path) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    link = tmp_path / "link.md"
    link.symlink_to(fifo)
    for target in (fifo, link):
        received: list[bytes] = []
        thread = _reader(fifo, received)
        time.sleep(0.1)
        run = cli("evaluate", MINIMAL, "-q", "-f", "json", "-o", target)
        assert run.code == 0, run.stderr
        thread.join(10)
        assert json.loads(received[0])["request"]["id"] == "T-1"
        assert fifo.is_fifo() and link.is_symlink()
    # a FIFO nobody reads is an error at once, not a run that never ends
    start = time.perf_counter()
    run = cli("evaluate", MINIMAL, "-q", "-f", "json", "-o", fifo)
    assert run.code == 2 and "cannot be written" in run.stderr
    assert time.perf_counter() - start < 5
    assert leftovers(tmp_path) == []


def test_a_link_to_a_device_stays_a_link(cli, tmp_path: Path) -> None:
    null = tmp_path / "null.md"
    null.symlink_to("/dev/null")
    run = cli("evaluate", MINIMAL, "-q", "-o", null)
    assert run.code == 0, run.stderr
    assert null.is_symlink() and Path("/dev/null").is_char_device()
    run = cli("check", MINIMAL, "-q", "-f", "sarif", "-o", null)
    assert null.is_symlink() and Path("/dev/null").is_char_device()
    assert leftovers(tmp_path) == []


def test_a_full_disk_while_check_writes_is_an_error_not_a_crash(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ossfirst.check.formats import json as json_format

    def full(self, report):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(json_format.Writer, "file", full)
    run = cli("check", MINIMAL, "-q", "-f", "json", "-o", tmp_path / "c.json")
    assert run.code == 2
    assert "No space left on device" in run.stderr and "internal error" not in run.stderr
    assert not (tmp_path / "c.json").exists() and leftovers(tmp_path) == []


# ------------------------------------------------------------------------------ confinement


def test_a_request_names_catalogues_only_inside_its_repository(cli, tmp_path: Path) -> None:
    root = repository(tmp_path, 0)
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text("ossfirst_catalogue: 1\nSECRET_TOKEN=abc: 1\n")
    (root / "link.yaml").symlink_to(outside)
    (root / "extends.yaml").write_text(
        "ossfirst_catalogue: 1\nid: x\nversion: '1'\ntitle: {de: X, en: X}\n"
        "extends: ../elsewhere.yaml\n"
    )
    for catalogue in ("/proc/self/environ", "../elsewhere.yaml", "link.yaml", "extends.yaml"):
        path = request(root, catalogue=catalogue)
        run = cli("validate", path)
        assert run.code == 2, catalogue
        assert "outside the repository" in run.stderr or "is absolute" in run.stderr
        assert "SECRET_TOKEN" not in run.stderr
    # from the command line or the policy file a catalogue may lie anywhere
    shutil_copy = (CASES / "catalogues" / "tiny.yaml").read_text("utf-8")
    (tmp_path / "tiny.yaml").write_text(shutil_copy)
    path = request(root, catalogue="standard")
    assert cli("validate", path, "--catalogue", tmp_path / "tiny.yaml").code == 2  # other ids
    assert (
        "outside the repository"
        not in cli("validate", path, "--catalogue", tmp_path / "tiny.yaml").stderr
    )


def test_check_skips_a_request_that_links_out_of_the_repository(
    cli, tmp_path: Path, monkeypatch
) -> None:
    root = repository(tmp_path, 1)
    secret = request(tmp_path, "secret.yaml")
    (root / "requests" / "linked.yaml").symlink_to(secret)
    monkeypatch.chdir(root)
    run = cli("check", "-q", "--date", DATE)
    assert run.code == 2
    assert run.stdout.startswith(
        "requests/linked.yaml: error: The file is a symbolic link out of the repository; "
        "it is not read"
    )
    assert "Minimal request" not in run.stdout


def test_messages_quote_other_files_briefly(cli, tmp_path: Path) -> None:
    root = repository(tmp_path, 0)
    key = "K" * 500
    (root / "local.yaml").write_text(
        "ossfirst_catalogue: 1\nid: x\nversion: '1'\ntitle: {de: X, en: X}\nextends: standard\n"
        f"{key}: 1\n"
    )
    run = cli("validate", request(root, catalogue="local.yaml"))
    assert run.code == 2
    assert "K" * 59 + "…" in run.stderr and "K" * 61 not in run.stderr
    (root / "ossfirst.toml").write_text(f'{key} = 1\n[rules]\nstale-evidence = "{key}"\n')
    run = cli("check", root / "requests", "-q")
    assert run.code == 2 and "K" * 61 not in run.stderr


# ------------------------------------------------------------------------- hangs and work


@pytest.mark.parametrize("kind", ["device", "fifo"])
def test_special_files_named_like_yaml_never_hang(
    cli, tmp_path: Path, monkeypatch, kind: str
) -> None:
    root = repository(tmp_path, 1)
    special = root / "requests" / "special.yaml"
    if kind == "device":
        special.symlink_to("/dev/zero")
    else:
        os.mkfifo(special)
    monkeypatch.chdir(root)
    start = time.perf_counter()
    run = cli("check", "-q", "--date", DATE)
    assert run.code == 2
    assert "requests/special.yaml: error: " in run.stdout
    for args in (["validate", special], ["evidence", "show", special]):
        run = cli(*args)
        assert run.code == 2, args
        # a device outside the repository is a link out of it; a FIFO no regular file
        assert "not read" in run.stderr or "not a regular file" in run.stderr, args
    evidence = request(root, "with-evidence.yaml", evidence="requests/special.yaml")
    run = cli("validate", evidence)
    assert run.code == 2
    assert "not a regular file" in run.stderr or "outside the repository" in run.stderr
    assert time.perf_counter() - start < 10


def test_a_pattern_with_many_globstars_is_matched_in_linear_time(tmp_path: Path) -> None:
    from ossfirst.check.files import matches

    pattern = "/".join(["**", "x"] * 40) + "/y.yaml"
    path = "/".join(["x"] * 300) + "/z.yaml"
    start = time.perf_counter()
    assert not matches(pattern, path)
    assert matches("**/" * 60 + "*.yaml", path)
    assert time.perf_counter() - start < 0.5


# ------------------------------------------------------------------------------- crashes


def test_a_file_name_that_is_not_utf8_is_shown_with_escapes(tmp_path: Path) -> None:
    root = repository(tmp_path, 1)
    name = os.fsencode(root / "requests") + b"/st\xe4dtisch.yaml"
    with open(name, "wb") as stream:
        stream.write(MINIMAL.read_bytes())
    for fmt in ("text", "json", "sarif", "junit", "gitlab", "github", "markdown"):
        done = subprocess.run(
            [sys.executable, "-m", "ossfirst", "check", "requests", "--date", DATE, "-f", fmt],
            cwd=root,
            capture_output=True,
            check=False,
        )
        assert done.returncode in (0, 1), (fmt, done.stderr)
        assert b"Traceback" not in done.stderr
        if fmt in ("text", "json"):
            assert b"st\\\\xe4dtisch.yaml" in done.stdout or b"st\\xe4dtisch.yaml" in done.stdout
    done = subprocess.run(
        [sys.executable, "-m", "ossfirst", "validate", name], capture_output=True, check=False
    )
    assert done.returncode == 0 and b"st\\xe4dtisch.yaml: ok" in done.stdout


@pytest.mark.parametrize(
    ("declared", "message"),
    [
        ("evidence/a\x00b.yml", "cannot be followed: it contains a NUL byte"),
        ("loop.yml", "cannot be followed: its links form a loop"),
        ("x" * 300 + ".yml", "cannot be followed: File name too long"),
    ],
)
def test_evidence_paths_that_cannot_be_followed(
    cli, tmp_path: Path, declared: str, message: str
) -> None:
    root = repository(tmp_path, 0)
    (root / "loop.yml").symlink_to(root / "loop.yml")
    path = request(root, evidence=declared)
    run = cli("validate", path)
    assert run.code == 2, run.stderr
    assert message in run.stderr and "internal error" not in run.stderr


def test_markup_in_a_name_is_printed_as_it_is_and_keeps_the_exit_code(cli, tmp_path: Path) -> None:
    data = yaml.safe_load(MINIMAL.read_text("utf-8"))
    data["alternatives"][1]["name"] = "[/bold] [link=https://evil.example]click[/link] :smile:"
    data["proposed"] = "prop"  # a departure: the verdict is a violation, exit 1
    path = tmp_path / "r.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    run = cli("evaluate", path, "-d", tmp_path / "out")
    assert run.code == 1, run.stderr
    assert "[link=https://evil.example]click[/link] :smile:" in run.stderr
    assert "\x1b]8;" not in run.stderr  # no terminal hyperlink


# ------------------------------------------------------------------------------ injection


def test_a_file_name_cannot_forge_a_line_in_validate(cli, tmp_path: Path) -> None:
    name = tmp_path / "a\n::error file=x.yaml::forged.yaml"
    name.write_bytes(MINIMAL.read_bytes().replace(b"id: T-1", b"id: T 1"))
    run = cli("validate", name)
    assert run.code == 2
    assert not any(line.startswith("::error") for line in run.stderr.splitlines())
    assert "a\\u000a::error" in run.stderr


def test_request_text_reaches_the_terminal_as_text(cli, tmp_path: Path) -> None:
    data = yaml.safe_load(MINIMAL.read_text("utf-8"))
    data["title"] = "Title \x1b[31mred\x1b]0;owned\x07 \u202egnp.exe"
    data["alternatives"][0]["name"] = "Open \x1b[2J tool"
    path = tmp_path / "r.yaml"
    path.write_text(yaml.safe_dump(data), "utf-8")  # control characters written as escapes
    run = cli("evaluate", path, "-d", tmp_path / "out")
    assert run.code in (0, 1), run.stderr
    assert "\x1b" not in run.stderr and "\u202e" not in run.stderr and "\x07" not in run.stderr
    assert "\\u001b[31mred" in run.stderr


def test_bidi_overrides_are_removed_from_every_report_including_chart_labels(
    cli, tmp_path: Path
) -> None:
    data = yaml.safe_load(MINIMAL.read_text("utf-8"))
    data["alternatives"][0]["name"] = "Open\u202e loot\u202c tool"
    path = tmp_path / "r.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    out = tmp_path / "out"
    assert cli("evaluate", path, "-q", "-f", "md,html", "-d", out).code in (0, 1)
    for report in out.iterdir():
        text = report.read_text("utf-8")
        assert "\u202e" not in text and "\u202c" not in text, report.name
        assert "loot" in text


# --------------------------------------------------------------------- silently changed input


def test_identifiers_are_taken_as_written(cli, tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    text = MINIMAL.read_text("utf-8")
    text = text.replace("id: T-1", "id: 2026.10").replace("{id: R2,", "{id: 1.10,")
    text = text.replace("{id: R1,", "{id: 1.1,").replace(
        "R1: met, R2: partial", "1.1: met, 1.10: partial"
    )
    text = text.replace("R1: met, R2: met", "1.1: met, 1.10: met")
    path.write_text(text, "utf-8")
    run = cli("evaluate", path, "-q", "-f", "json", "-d", tmp_path)
    assert run.code == 0, run.stderr
    result = json.loads((tmp_path / "2026.10.json").read_text("utf-8"))
    assert [r["id"] for r in result["request"]["requirements"]] == ["1.1", "1.10"]
    path.write_text(MINIMAL.read_text("utf-8").replace("id: T-1", "id: 0o17"), "utf-8")
    assert cli("evaluate", path, "-q", "-f", "json", "-d", tmp_path).code == 0
    assert (tmp_path / "0o17.json").exists() and not (tmp_path / "15.json").exists()


def test_json_evidence_with_a_duplicate_key_is_refused(cli) -> None:
    path = CASES / "evidence" / "invalid" / "duplicate-key.scorecard.json"
    run = cli("evidence", "show", path)
    assert run.code == 2
    assert f"{path}:12:3: error: Duplicate key 'score' (first in line 11)" in run.stderr


def test_a_signal_while_ossfirst_output_is_being_imported_interrupts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A signal that arrives while ossfirst.output is half imported (in sys.modules, its
    functions not yet defined) ends the run as any signal does, not as an internal error."""
    import types

    from ossfirst.cli.app import _interrupt

    monkeypatch.setitem(sys.modules, "ossfirst.output", types.ModuleType("ossfirst.output"))
    with pytest.raises(Interrupted) as info:
        _interrupt(signal.SIGTERM, None)
    assert info.value.signum == signal.SIGTERM


def test_a_signal_while_ossfirst_starts_ends_the_process_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """While ossfirst imports what it needs, a signal ends the process directly with 128+n:
    raised as an exception it could land where Python ignores exceptions (an import lock's
    callback) and the run would go on."""
    import ossfirst.cli as cli_package

    ended: list[int] = []

    def fake_exit(code: int) -> None:
        ended.append(code)
        raise RuntimeError("ended")

    monkeypatch.setattr(cli_package.os, "_exit", fake_exit)
    monkeypatch.setattr(cli_package, "_STARTING", [True])
    with pytest.raises(RuntimeError):
        cli_package._interrupted_while_starting(signal.SIGTERM, None)
    assert ended == [128 + signal.SIGTERM]
    monkeypatch.setattr(cli_package, "_STARTING", [False])
    with pytest.raises(SystemExit) as info:
        cli_package._interrupted_while_starting(signal.SIGINT, None)
    assert info.value.code == 128 + signal.SIGINT
