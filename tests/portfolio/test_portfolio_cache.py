# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst portfolio --cache``: a request is taken from the cache only while it and
every file it was evaluated from are unchanged, and the site is then byte for byte the site
a run without a cache writes. Each test changes one input and compares with such a run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ossfirst.portfolio import cache
from tests.conftest import CASES, EXAMPLES

DATE = "2026-11-27"


def run(repo: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ossfirst", "portfolio", "--date", DATE, *map(str, args)],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(repo), "OSSFIRST_LANG": "en"},
    )


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with a local catalogue, evidence of every kind and several requests."""
    folder = tmp_path / "repo"
    shutil.copytree(CASES / "repository", folder)
    (folder / ".git").mkdir()  # the repository's root: named files must stay below it
    shutil.copytree(EXAMPLES / "evidence", folder / "requests" / "evidence", dirs_exist_ok=True)
    for name in ("videoconferencing.yaml", "office-suite.yaml", "web-cms.yaml"):
        shutil.copy(EXAMPLES / name, folder / "requests" / name)
    return folder


def entries(folder: Path) -> list[Path]:
    """The cache's entries of requests (the annual report has an entry of its own)."""
    return [p for p in sorted(folder.glob("*/*.json")) if "inputs" in json.loads(p.read_bytes())]


def reused(done: subprocess.CompletedProcess[str]) -> int:
    line = next(line for line in done.stderr.splitlines() if "taken from the cache" in line)
    return int(line.split()[0])


def same_as_without_cache(repo: Path, tmp_path: Path, name: str) -> int:
    """Build with the cache and without it: the same site; how many files were reused."""
    kept = run(repo, "-d", tmp_path / f"{name}-kept", "--cache", tmp_path / "cache")
    fresh = run(repo, "-d", tmp_path / f"{name}-fresh")
    assert kept.returncode == fresh.returncode, kept.stderr
    assert files(tmp_path / f"{name}-kept") == files(tmp_path / f"{name}-fresh")
    return reused(kept)


def test_an_unchanged_repository_is_taken_from_the_cache_and_gives_the_same_site(
    repo: Path, tmp_path: Path
) -> None:
    assert same_as_without_cache(repo, tmp_path, "first") == 0
    assert same_as_without_cache(repo, tmp_path, "second") == 5
    # an entry per evaluated request, each with its report
    kept = entries(tmp_path / "cache")
    assert len(kept) == 5
    assert len(list((tmp_path / "cache").glob("*/*.html"))) == 5
    assert len(list((tmp_path / "cache").glob("*/*.pdf"))) == 1
    assert (
        (tmp_path / "cache" / "CACHEDIR.TAG")
        .read_bytes()
        .startswith(b"Signature: 8a477f597d28d172789f06886806bc55")
    )
    # the evidence and the local catalogue are recorded as inputs, with their digests
    recorded = {
        Path(path).name
        for entry in kept
        for kind, path, _ in json.loads(entry.read_bytes())["inputs"]
        if kind == "file"
    }
    assert {"town.yaml", "publiccode.yml", "scorecard.json", "sbom.cdx.json"} <= recorded


def test_a_changed_evidence_file_is_read_again(repo: Path, tmp_path: Path) -> None:
    assert same_as_without_cache(repo, tmp_path, "first") == 0
    scorecard = repo / "requests" / "evidence" / "jitsi-meet" / "scorecard.json"
    data = json.loads(scorecard.read_text("utf-8"))
    data["score"] = 2.5
    scorecard.write_text(json.dumps(data), "utf-8")
    assert same_as_without_cache(repo, tmp_path, "changed") == 4


def test_a_changed_local_catalogue_is_read_again(repo: Path, tmp_path: Path) -> None:
    assert same_as_without_cache(repo, tmp_path, "first") == 0
    catalogue = repo / "catalogues" / "town.yaml"
    catalogue.write_text(catalogue.read_text("utf-8") + "\n# changed\n", "utf-8")
    # only the request that names it is evaluated again (its report names the digest)
    assert same_as_without_cache(repo, tmp_path, "changed") == 4


def test_a_changed_request_a_new_date_or_language_is_evaluated_again(
    repo: Path, tmp_path: Path
) -> None:
    assert same_as_without_cache(repo, tmp_path, "first") == 0
    [annual] = (tmp_path / "cache").glob("*/*.pdf")  # the annual report, typeset once
    assert annual.read_bytes() == (tmp_path / "first-fresh" / "portfolio.pdf").read_bytes()
    request = repo / "requests" / "web-cms.yaml"
    request.write_text(request.read_text("utf-8").replace("title: ", "title: Neu ", 1), "utf-8")
    assert same_as_without_cache(repo, tmp_path, "changed") == 4
    # the annual report of the changed repository replaces the earlier one
    [again] = (tmp_path / "cache").glob("*/*.pdf")
    assert again != annual
    assert again.read_bytes() == (tmp_path / "changed-fresh" / "portfolio.pdf").read_bytes()
    done = run(repo, "-d", tmp_path / "german", "--cache", tmp_path / "cache", "--lang", "de")
    assert done.returncode == 1
    assert "0 von 7 Dateien" in done.stderr
    done = run(
        repo, "-d", tmp_path / "later", "--cache", tmp_path / "cache", "--date", "2027-01-04"
    )
    assert "0 of 7 files" in done.stderr


def test_a_damaged_or_foreign_entry_is_a_miss(repo: Path, tmp_path: Path) -> None:
    assert same_as_without_cache(repo, tmp_path, "first") == 0
    found = entries(tmp_path / "cache")
    found[0].write_bytes(found[0].read_bytes()[:100])
    report = found[1].with_suffix(".html")
    report.write_bytes(report.read_bytes().replace(b"<p>", b"<p>forged ", 1))
    summary = json.loads(found[2].read_bytes())
    summary["format"] = 0
    found[2].write_text(json.dumps(summary), "utf-8")
    [annual] = (tmp_path / "cache").glob("*/*.pdf")
    annual.write_bytes(annual.read_bytes().replace(b"Typst", b"Tipst", 1))
    assert same_as_without_cache(repo, tmp_path, "damaged") == 2
    # each was written anew
    assert same_as_without_cache(repo, tmp_path, "again") == 5


def test_entries_of_requests_gone_are_removed_and_other_files_stay(
    repo: Path, tmp_path: Path
) -> None:
    assert same_as_without_cache(repo, tmp_path, "first") == 0
    foreign = tmp_path / "cache" / "notes.txt"
    foreign.write_text("kept", "utf-8")
    (repo / "requests" / "web-cms.yaml").unlink()
    assert same_as_without_cache(repo, tmp_path, "fewer") == 4
    assert len(entries(tmp_path / "cache")) == 4
    assert len(list((tmp_path / "cache").glob("*/*.html"))) == 4
    assert len(list((tmp_path / "cache").glob("*/*.json"))) == 5  # and the annual report
    assert foreign.read_text("utf-8") == "kept"


def test_the_cache_may_not_lie_inside_the_site(repo: Path, tmp_path: Path) -> None:
    done = run(repo, "-d", tmp_path / "site", "--cache", tmp_path / "site" / "cache")
    assert done.returncode == 2
    assert "inside the portfolio's folder" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "site").exists()


def test_the_recorder_keeps_files_read_and_leaves_out_files_written(tmp_path: Path) -> None:
    read, written = tmp_path / "read.txt", tmp_path / "written.txt"
    read.write_text("x", "utf-8")
    with cache.Recorder.recording() as opened:
        read.read_text("utf-8")
        written.write_text("y", "utf-8")
        os.close(os.open(written, os.O_RDWR))
        (Path(cache.__file__).parent / "__init__.py").read_bytes()  # ossfirst's own
        json.loads('{"a": 1}')
    assert opened == [str(read)]
    with cache.Recorder.recording() as opened:
        pass
    assert opened == []


def test_a_catalogue_read_for_one_request_is_an_input_of_the_next(tmp_path: Path) -> None:
    catalogue = tmp_path / "town.yaml"
    catalogue.write_text("catalogue", "utf-8")
    recorded: cache.RecordedCatalogues[str] = cache.RecordedCatalogues({})
    name = ("town.yaml", str(tmp_path))
    with cache.Recorder.recording() as first:
        assert recorded.get(name) is None
        recorded[name] = catalogue.read_text("utf-8")
    with cache.Recorder.recording() as second:
        assert recorded.get(name) == "catalogue"
    assert first == second == [str(catalogue)]
    # one read before the mapping saw it has unknown inputs: never reused
    earlier: cache.RecordedCatalogues[str] = cache.RecordedCatalogues({name: "catalogue"})
    with cache.Recorder.recording() as third:
        earlier.get(name)
    assert third == ["\0unknown"]


def test_a_repository_checked_out_elsewhere_reuses_the_cache(repo: Path, tmp_path: Path) -> None:
    """A CI runner checks the repository out into another folder from job to job (the
    runner's token and a concurrency number are part of the path): the cache still holds."""
    assert same_as_without_cache(repo, tmp_path, "first") == 0
    moved = tmp_path / "runner-2" / "0" / "repo"
    shutil.copytree(repo, moved)
    shutil.copytree(tmp_path / "cache", moved / ".cache")
    kept = run(moved, "-d", tmp_path / "moved-kept", "--cache", ".cache")
    fresh = run(moved, "-d", tmp_path / "moved-fresh")
    assert kept.returncode == fresh.returncode == 1
    assert reused(kept) == 5
    assert files(tmp_path / "moved-kept") == files(tmp_path / "moved-fresh")
    # the evidence files the requests name are known as the moved ones: the same YAML files
    # are reported as skipped (not requests, not named by one)
    assert "skipped" in fresh.stderr
    shown = [line for line in kept.stderr.splitlines() if "taken from the cache" not in line]
    assert shown[1:] == fresh.stderr.splitlines()[1:]  # the first names the site folder


class _Summary:
    def model_dump(self, mode: str) -> dict[str, str]:
        return {"id": "X"}


def test_an_outcome_that_names_its_folder_holds_only_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ossfirst.check.files import Target
    from ossfirst.check.findings import Finding
    from ossfirst.check.run import FileReport

    monkeypatch.chdir(tmp_path)
    target = Target(Path("request.yaml"), "request.yaml")
    settings = cache.CacheSettings(str(tmp_path / "cache"), "context")
    for name, message in (("plain", "no folder"), ("named", f"see {tmp_path}/evidence.json")):
        finding = Finding(rule="r", level="note", line=1, column=1, message=message)
        report = FileReport(path=name, status="pass", findings=(finding,))
        cache.store(settings, target, name.encode(), report, _Summary(), [], None)
        entry = cache.key("context", target, name.encode())
        body = json.loads((tmp_path / "cache" / entry[:2] / f"{entry}.json").read_bytes())
        kinds = [kind for kind, _, _ in body["inputs"]]
        assert kinds == ([] if name == "plain" else ["folder"])
