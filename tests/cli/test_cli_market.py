# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst market``: index, search, add, set-aside, info, as users call them; every bad
input is one line and exit 2, never a traceback."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from ossfirst.market import index
from tests.conftest import CASES, ROOT

CORPUS = CASES / "market" / "corpus"
PYTHON_M = [sys.executable]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-market") / "m.sqlite3"
    index.build(path, [index.SourceSpec("corpus", CORPUS)])
    return path


def test_index_lists_what_it_read_and_what_it_could_not(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "m.sqlite3"
    run = cli("market", "index", f"corpus={CORPUS}", "--db", db, "--snapshot", "2026-11-30")
    assert run.code == 0, run.stderr
    assert f"{db}: 196 entries from 1 sources" in run.stdout
    assert "corpus (directory" in run.stdout and "snapshot 2026-11-30" in run.stdout
    assert "4 unreadable" in run.stdout
    warnings = run.stderr.splitlines()
    assert len(warnings) == 4
    assert all(": warning: " in w and "(unreadable, not indexed)" in w for w in warnings)
    assert any(w.startswith(f"{CORPUS}/Arpapiemonte__weboll.publiccode.yml:") for w in warnings)
    again = cli("market", "index", f"corpus={CORPUS}", "--db", db, "--snapshot", "2026-11-30")
    assert "196 taken unchanged from the previous index" in again.stdout


def test_search_as_a_table_in_english_and_german(cli, db: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    run = cli(
        "market", "search", "Terminvergabe", "--db", db, "--limit", "2", "--date", "2026-12-01"
    )
    assert run.code == 0, run.stderr
    out = run.stdout
    assert out.startswith('Market exploration: "Terminvergabe" – ')
    assert " 1. aitema Terminvergabe\n    https://github.com/Aitema-gmbh/terminvergabe\n" in out
    assert "licence: AGPL-3.0-only (OSI-approved, FSF free) · maintenance: internal" in out
    assert "why: name" in out and "category appointment-scheduling" in out
    assert (
        "Take in: ossfirst market add REQUEST https://github.com/Aitema-gmbh/terminvergabe" in out
    )
    monkeypatch.setenv("OSSFIRST_LANG", "de")
    run = cli("market", "search", "Termin", "buchen", "--db", db, "--limit", "1")
    assert run.stdout.startswith("Markterkundung: „Termin buchen“ – ")
    assert "Lizenz: AGPL-3.0-only (OSI-anerkannt, FSF-frei) · Wartung: intern" in run.stdout


def test_search_for_tools(cli, db: Path) -> None:  # type: ignore[no-untyped-def]
    run = cli("market", "search", "Firenze", "--db", db, "--format", "json", "--country", "it")
    data = json.loads(run.stdout)
    assert data["filters"] == {"country": "IT"}
    assert data["hits"][0]["repository"] == "github.com/comunefi/atticotrasparenza"
    run = cli("market", "search", "Firenze", "--db", db, "-f", "yaml", "--maintained")
    assert yaml.safe_load(run.stdout)["filters"] == {"maintained": True}


def test_the_index_location_from_the_environment(cli, db: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("OSSFIRST_MARKET_DB", str(db))
    run = cli("market", "info")
    assert run.code == 0
    assert run.stdout.startswith(f"{db}: schema {index.SCHEMA_VERSION}, SQLite ")
    assert "catalogue corpus: snapshot" in run.stdout and "196 entries" in run.stdout
    run = cli("market", "info", "--unreadable")
    assert "  corpus: Arpapiemonte__weboll.publiccode.yml:129:5: YAML syntax error" in run.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "x", "--category", "apointment-scheduling"], "Unknown category"),
        (["search", "x", "--country", "Italy"], "Invalid value 'Italy' for --country"),
        (["search", "x", "--status", "production"], "Invalid value 'production'"),
        (["search", '"x', "--raw"], "The FTS5 query is not valid"),
        (["search", "!!!"], "no word to search for"),
        (["search", "x", "--date", "2026-13-01"], "Invalid date"),
        (["index", "/no/such/source"], "does not exist"),
        (["add", "/no/such/request.yaml", "x"], "does not exist"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(cli, db: Path, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    run = cli("market", *args, "--db", db)
    assert run.code == 2
    assert message in run.stderr
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_a_bad_index_is_one_line_and_exit_2(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    corrupt = tmp_path / "corrupt.sqlite3"
    corrupt.write_bytes(b"\0" * 4096 + b"junk")
    newer = tmp_path / "newer.sqlite3"
    shutil.copy(db, newer)
    connection = sqlite3.connect(newer)
    connection.execute("PRAGMA user_version = 99")
    connection.commit()
    connection.close()
    for path, message in (
        (tmp_path / "missing.sqlite3", "There is no market index here"),
        (corrupt, "not an SQLite database"),
        (newer, "schema version 99, from a newer ossfirst"),
        (tmp_path, "a directory"),
    ):
        run = cli("market", "search", "Termin", "--db", path)
        assert run.code == 2, path
        assert run.stderr.startswith(f"{path}: error: ") and message in run.stderr
        assert len(run.stderr.splitlines()) == 1


def test_add_record_and_set_aside_through_the_command_line(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    request = tmp_path / "request.yaml"
    shutil.copy(CASES / "valid" / "minimal.yaml", request)
    run = cli(
        "market",
        "search",
        "Videokonferenz",
        "--db",
        db,
        "--limit",
        "3",
        "--record",
        request,
        "--date",
        "2026-12-01",
    )
    assert run.code == 0, run.stderr
    assert f"{request}: search recorded (3 new hits, 0 already listed)." in run.stderr
    run = cli("market", "add", request, "suitenumerique/meet", "--db", db, "--id", "meet")
    assert run.code == 0, run.stderr
    assert f"{request}: alternative 'meet' added from github.com/suitenumerique/meet" in run.stdout
    assert "evidence evidence/meet/publiccode.yml" in run.stdout
    run = cli("market", "set-aside", request, "meet", "--reason", "duplicate")
    assert run.code == 2 and "taken in as the alternative 'meet'" in run.stderr
    recorded = yaml.safe_load(request.read_text("utf-8"))["market_exploration"]
    other = next(h for h in recorded["hits"] if "alternative" not in h)["repository"]
    run = cli(
        "market",
        "set-aside",
        request,
        other,
        "--reason",
        "function-missing",
        "--note",
        "kein Ticketsystem",
    )
    assert run.code == 0 and "set aside (function-missing)" in run.stdout
    assert cli("validate", request).code == 0


def test_search_starts_without_typer_pydantic_or_the_engine(db: Path) -> None:
    result = subprocess.run(
        [*PYTHON_M, "-X", "importtime", "-m", "ossfirst", "market", "search", "Termin", "--db", db],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0
    assert "aitema Terminvergabe" in result.stdout
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines()}
    heavy = {
        m
        for m in imported
        if m.split(".")[0] in ("typer", "click", "pydantic", "jinja2", "rich", "license_expression")
        or m.startswith(("ossfirst.engine", "ossfirst.model", "ossfirst.render", "ossfirst.load"))
        # of the text catalogue, the words of ossfirst market alone
        or (m.startswith("ossfirst.texts.") and m != "ossfirst.texts.market")
    }
    assert not heavy
    assert "ossfirst.texts.market" in imported


def test_a_search_refused_loads_the_market_texts_alone(tmp_path: Path) -> None:
    # No index here: the message comes from the market's area of the catalogue, and the
    # other areas stay unloaded on the way out too.
    search = ["market", "search", "Termin", "--db", str(tmp_path / "none.db")]
    result = subprocess.run(
        [*PYTHON_M, "-X", "importtime", "-m", "ossfirst", *search],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "OSSFIRST_LANG": "de"},
    )
    assert result.returncode == 2
    assert "Hier gibt es keinen Marktindex" in result.stderr
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines()}
    texts = {m for m in imported if m.startswith("ossfirst.texts.")}
    assert texts == {"ossfirst.texts.market"}


def test_a_search_the_fast_way_cannot_take_goes_through_typer(db: Path) -> None:
    # A misspelt option: typer's own message, as for every other command.
    result = subprocess.run(
        [*PYTHON_M, "-m", "ossfirst", "market", "search", "Termin", "--limt", "3", "--db", db],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 2
    assert "No such option: --limt" in result.stderr


@pytest.mark.parametrize(
    "environ",
    [{}, {"LANG": "de_DE.UTF-8"}, {"LC_ALL": "en_GB"}, {"OSSFIRST_LANG": "de", "LANG": "en"}],
)
def test_the_fast_way_speaks_the_language_of_the_others(
    environ: dict[str, str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from ossfirst.cli import market_search, options

    for name in ("OSSFIRST_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    assert market_search.ui_language() == options.ui_language()


@pytest.mark.parametrize(("date", "epoch"), [("2026-12-01", ""), (None, "1764547200")])
def test_the_fast_way_dates_a_search_as_the_others(date: str | None, epoch: str) -> None:
    from ossfirst.cli import market_search, options

    environ = {"SOURCE_DATE_EPOCH": epoch}
    moment = options.issue_date(date, environ)
    assert moment is not None
    assert market_search.search_day(date, environ) == moment.date()
