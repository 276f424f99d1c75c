# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Building the market index: sources, incremental re-indexing, byte-identical output, and
every kind of bad input (unreadable files, exports of the wrong shape, a 50 MB file,
symbolic-link loops, a corrupt, foreign, newer or locked database)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ossfirst.errors import InputError
from ossfirst.market import index, search
from tests.market.conftest import CORPUS, SNAPSHOT

GOOD = [
    "Aitema-gmbh__terminvergabe.publiccode.yml",
    "ComuneFI__divo.publiccode.yml",
    "Comune-Milano__Whistleblowing.publiccode.yml",
]
BROKEN_YAML = "Arpapiemonte__weboll.publiccode.yml"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder(tmp_path: Path, names: list[str], name: str = "src") -> Path:
    target = tmp_path / name
    target.mkdir()
    for file in names:
        shutil.copy(CORPUS / file, target / file)
    return target


def build(db: Path, *specs: tuple[str, Path], **options: object) -> index.IndexReport:
    return index.build(
        db,
        [index.SourceSpec(name, path, SNAPSHOT) for name, path in specs],
        **options,  # type: ignore[arg-type]
    )


def problems(exc: pytest.ExceptionInfo[InputError]) -> str:
    return "\n".join(f"{p.location}: {p.text('en')}" for p in exc.value.problems)


# --- the corpus ---------------------------------------------------------------------------


def test_the_corpus_is_indexed_and_the_unreadable_files_are_listed(corpus_index: Path) -> None:
    connection = index.connect(corpus_index)
    [catalogue] = index.catalogues(connection)
    unreadable = index.unreadable_files(connection)
    connection.close()
    assert catalogue.name == "corpus" and catalogue.snapshot == SNAPSHOT
    assert catalogue.entries + catalogue.unreadable == 200
    # Three files are not YAML; one has a duplicate key, which ossfirst's reader refuses.
    assert {p.location.file for _, p in unreadable} == {
        "Arpapiemonte__weboll.publiccode.yml",
        "Azienda-USL-di-Bologna__DAE-RespondER.publiccode.yml",
        "BW-Projects__aTrain.publiccode.yml",
        "comunedibari__sue_suap.publiccode.yml",
    }
    assert all(p.location.line > 0 for _, p in unreadable)
    # Files that break the standard in fields that matter are indexed, with their problems.
    assert 20 <= catalogue.with_problems <= 40


def test_every_version_of_the_standard_in_the_corpus_is_read(corpus_index: Path) -> None:
    connection = index.connect(corpus_index)
    versions = {str(r[0]) for r in connection.execute("SELECT DISTINCT version FROM entries")}
    connection.close()
    assert {"0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.7", "1.0"} <= versions | {
        v.rsplit(".0", 1)[0] for v in versions
    }


def test_the_index_records_its_schema_version(corpus_index: Path) -> None:
    connection = sqlite3.connect(corpus_index)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == index.SCHEMA_VERSION
    assert connection.execute("PRAGMA application_id").fetchone()[0] == index.APPLICATION_ID
    meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    connection.close()
    assert meta["schema_version"] == str(index.SCHEMA_VERSION)


# --- incremental and reproducible -------------------------------------------------------


def test_the_same_input_gives_a_byte_identical_index(tmp_path: Path) -> None:
    source = folder(tmp_path, [*GOOD, BROKEN_YAML])
    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    build(first, ("cat", source))
    build(second, ("cat", source))
    assert sha(first) == sha(second)
    # Re-indexing into the same file reads nothing again and changes no byte.
    before = sha(first)
    report = build(first, ("cat", source))
    assert report.sources[0].reused == 3
    assert sha(first) == before


def test_reindexing_reads_only_what_changed(tmp_path: Path) -> None:
    source = folder(tmp_path, GOOD)
    db = tmp_path / "m.sqlite3"
    build(db, ("cat", source))
    changed = source / GOOD[0]
    changed.write_text(changed.read_text("utf-8").replace("aitema", "Aitema Neu"), "utf-8")
    (source / GOOD[1]).unlink()
    report = build(db, ("cat", source))
    [cat] = report.sources
    assert (cat.entries, cat.reused) == (2, 1)
    connection = index.connect(db)
    names = [h.name for h in search.search(connection, "Neu", search.Filters()).hits]
    connection.close()
    assert names and all("Neu" in n for n in names)


def test_sources_not_named_are_kept_and_fresh_starts_over(tmp_path: Path) -> None:
    db = tmp_path / "m.sqlite3"
    one, two = folder(tmp_path, GOOD[:1], "one"), folder(tmp_path, GOOD[1:], "two")
    build(db, ("one", one))
    report = build(db, ("two", two))
    assert [(s.name, s.kept, s.entries) for s in report.sources] == [
        ("one", True, 1),
        ("two", False, 2),
    ]
    report = build(db, ("two", two), fresh=True)
    assert [s.name for s in report.sources] == ["two"]


def test_two_sources_with_one_name_are_refused(tmp_path: Path) -> None:
    source = folder(tmp_path, GOOD)
    with pytest.raises(InputError) as exc:
        build(tmp_path / "m.sqlite3", ("x", source), ("x", source))
    assert "same name" in problems(exc)


# --- exports ------------------------------------------------------------------------------


def item(name: str, **extra: object) -> dict[str, object]:
    return {
        "id": "00000000-0000-4000-8000-000000000000",
        "url": f"https://github.com/example/{name}",
        "publiccodeYml": (CORPUS / name).read_text("utf-8"),
        "active": True,
        "createdAt": "2024-01-01T00:00:00Z",
        "updatedAt": "2026-10-30T12:00:00Z",
        **extra,
    }


def test_exports_in_the_shape_of_the_developers_italia_api(tmp_path: Path) -> None:
    page = {"data": [item(GOOD[0]), item(GOOD[1])], "links": {"prev": None, "next": "abc"}}
    last = {
        "data": [item(GOOD[2]), item(GOOD[0], active=False)],
        "links": {"prev": "x", "next": None},
    }
    (tmp_path / "page.json").write_text(json.dumps(page), "utf-8")
    (tmp_path / "pages.json").write_text(json.dumps([page, last]), "utf-8")
    (tmp_path / "dump.jsonl").write_text(
        json.dumps(page) + "\n\n" + json.dumps(last) + "\n", "utf-8"
    )
    (tmp_path / "items.ndjson").write_text("\n".join(json.dumps(item(n)) for n in GOOD), "utf-8")
    db = tmp_path / "m.sqlite3"
    report = index.build(
        db,
        [
            index.SourceSpec("page", tmp_path / "page.json"),
            index.SourceSpec("pages", tmp_path / "pages.json"),
            index.SourceSpec("dump", tmp_path / "dump.jsonl"),
            index.SourceSpec("items", tmp_path / "items.ndjson"),
        ],
    )
    counts = {s.name: (s.kind, s.entries, len(s.unreadable), s.snapshot) for s in report.sources}
    day = dt.date(2026, 10, 30)  # the newest updatedAt of the items
    assert counts == {
        "page": ("export", 2, 0, day),
        "pages": ("export", 3, 0, day),  # the inactive item is left out
        "dump": ("export", 3, 0, day),
        "items": ("export", 3, 0, day),
    }
    connection = index.connect(db)
    [hit] = search.lookup(connection, "example/Aitema-gmbh__terminvergabe.publiccode.yml")
    connection.close()
    # The export's URL names the repository.
    assert hit.url == f"https://github.com/example/{GOOD[0]}"


def test_a_large_export_list_is_read_item_by_item(tmp_path: Path) -> None:
    text = (CORPUS / GOOD[0]).read_text("utf-8")
    items = [
        {"url": f"https://example.org/r{n}", "publiccodeYml": text.replace("aitema", f"x{n}")}
        for n in range(1000)
    ]
    export = tmp_path / "big.json"
    export.write_text(json.dumps(items, indent=1), "utf-8")
    assert export.stat().st_size > 3 * 1024 * 1024  # more than one chunk of the reader
    serial, parallel = tmp_path / "serial.sqlite3", tmp_path / "parallel.sqlite3"
    report = index.build(serial, [index.SourceSpec("big", export)], jobs=1)
    assert report.sources[0].entries == 1000
    # Worker processes read the files when there are many; the index is the same.
    index.build(parallel, [index.SourceSpec("big", export)], jobs=2)
    assert sha(serial) == sha(parallel)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"data": 5}', "Not a catalogue item"),
        ('[{"url": "x"}, 3, "text"]', "Not a catalogue item"),
        ('{"publiccodeYml": 42, "url": "x"}', "Not a catalogue item"),
        ('[{"publiccodeYml": "name: x"', "Not valid JSON"),
        ("{not json", "Not valid JSON"),
        ("[" * 100_000, "Not valid JSON"),
    ],
)
def test_exports_of_the_wrong_shape_are_listed_not_fatal(
    tmp_path: Path, content: str, expected: str
) -> None:
    export = tmp_path / "bad.json"
    export.write_text(content, "utf-8")
    good = folder(tmp_path, GOOD[:1])
    report = index.build(
        tmp_path / "m.sqlite3",
        [index.SourceSpec("bad", export), index.SourceSpec("good", good)],
    )
    bad, fine = report.sources
    assert bad.entries == 0 and bad.unreadable
    assert all(expected in p.text("en") for _, p in bad.unreadable)
    assert fine.entries == 1


def test_a_bad_line_of_json_lines_names_its_line(tmp_path: Path) -> None:
    export = tmp_path / "dump.jsonl"
    export.write_text(json.dumps(item(GOOD[0])) + "\n{oops\n" + json.dumps(item(GOOD[1])), "utf-8")
    report = index.build(tmp_path / "m.sqlite3", [index.SourceSpec("d", export)])
    [source] = report.sources
    assert source.entries == 2
    [(origin, problem)] = source.unreadable
    assert origin == "dump.jsonl:2" and problem.location.line == 2


# --- files that cannot be read ------------------------------------------------------------


def test_a_50_mb_publiccode_yml_is_skipped_and_counted(tmp_path: Path) -> None:
    source = folder(tmp_path, GOOD[:1])
    huge = source / "huge" / "publiccode.yml"
    huge.parent.mkdir()
    with huge.open("wb") as stream:
        stream.write(b"publiccodeYmlVersion: '0.4'\nname: huge\ndescription: |\n")
        stream.truncate(50 * 1024 * 1024)
    report = build(tmp_path / "m.sqlite3", ("s", source))
    [s] = report.sources
    assert s.entries == 1
    [(origin, problem)] = s.unreadable
    assert origin == "huge/publiccode.yml" and "Too large" in problem.text("en")


def test_files_that_are_no_publiccode_yml_are_listed(tmp_path: Path) -> None:
    source = tmp_path / "s"
    for name, content in {
        "a/publiccode.yml": b"- a list\n- not a mapping\n",
        "b/publiccode.yml": b"name: no version\n",
        "c/publiccode.yml": b"publiccodeYmlVersion: '0.2'\nname: ''\n",
        "d/publiccode.yml": b"\xff\xfe n\x00",
        "e/publiccode.yml": b"publiccodeYmlVersion: '0.2'\nname: [x\n",
    }.items():
        path = source / name
        path.parent.mkdir(parents=True)
        path.write_bytes(content)
    report = build(tmp_path / "m.sqlite3", ("s", source))
    [s] = report.sources
    assert s.entries == 0
    assert [origin for origin, _ in s.unreadable] == [
        "a/publiccode.yml",
        "b/publiccode.yml",
        "c/publiccode.yml",
        "d/publiccode.yml",
        "e/publiccode.yml",
    ]


def test_a_draft_file_without_publiccodeymlversion_is_indexed(tmp_path: Path) -> None:
    source = tmp_path / "s"
    source.mkdir()
    (source / "publiccode.yml").write_text(
        'publiccode-yaml-version: "http://w3id.org/publiccode/version/0.1"\n'
        "name: Medusa\nurl: https://example.org/medusa.git\ntags: [appointment-scheduling]\n"
        "description:\n  ita:\n    shortDescription: Prenotazione di appuntamenti\n",
        "utf-8",
    )
    db = tmp_path / "m.sqlite3"
    report = build(db, ("s", source))
    assert report.sources[0].entries == 1 and report.sources[0].with_problems == 1
    connection = index.connect(db)
    [hit] = search.search(connection, "Terminvergabe", search.Filters()).hits
    connection.close()
    assert (hit.name, hit.version, hit.categories) == ("Medusa", "0.1", ("appointment-scheduling",))
    assert hit.summaries == {"it": "Prenotazione di appuntamenti"}


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_a_symbolic_link_loop_is_skipped_and_counted(tmp_path: Path) -> None:
    source = folder(tmp_path, GOOD[:1])
    (source / "sub").mkdir()
    shutil.copy(CORPUS / GOOD[1], source / "sub" / GOOD[1])
    (source / "sub" / "back").symlink_to(source, target_is_directory=True)
    (source / "sub" / "self").symlink_to(source / "sub", target_is_directory=True)
    (source / "dangling").symlink_to(tmp_path / "nowhere")
    report = build(tmp_path / "m.sqlite3", ("s", source))
    [s] = report.sources
    assert s.entries == 2
    assert sorted(s.loops) == ["sub/back", "sub/self"]


def test_test_data_and_hidden_directories_are_not_entered(tmp_path: Path) -> None:
    source = folder(tmp_path, GOOD[:1])
    for skipped in (".git", "node_modules", "testdata", "tests"):
        (source / skipped).mkdir()
        shutil.copy(CORPUS / GOOD[1], source / skipped / "publiccode.yml")
    assert build(tmp_path / "m.sqlite3", ("s", source)).sources[0].entries == 1


# --- the database ---------------------------------------------------------------------------


def test_a_missing_index_says_how_to_create_one(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        index.connect(tmp_path / "none.sqlite3")
    assert "create one: ossfirst market index" in problems(exc)


def test_a_corrupt_file_is_refused_and_not_overwritten(tmp_path: Path) -> None:
    db = tmp_path / "m.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    with pytest.raises(InputError) as exc:
        index.connect(db)
    assert "damaged or not an SQLite database" in problems(exc)
    source = folder(tmp_path, GOOD[:1])
    with pytest.raises(InputError):
        build(db, ("s", source))
    assert db.read_bytes().startswith(b"this is not a database")
    # --fresh replaces it.
    build(db, ("s", source), fresh=True)
    index.connect(db).close()


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(db)
    connection.execute("CREATE TABLE t(x)")
    connection.commit()
    connection.close()
    with pytest.raises(InputError) as exc:
        index.connect(db)
    assert "not an ossfirst market index" in problems(exc)


def test_an_index_from_a_newer_ossfirst_is_refused_with_its_version(
    tmp_path: Path, corpus_index: Path
) -> None:
    db = tmp_path / "newer.sqlite3"
    shutil.copy(corpus_index, db)
    connection = sqlite3.connect(db)
    connection.execute(f"PRAGMA user_version = {index.SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    with pytest.raises(InputError) as exc:
        index.connect(db)
    assert f"schema version {index.SCHEMA_VERSION + 1}, from a newer ossfirst" in problems(exc)


def test_a_second_indexer_waits_then_gives_up(tmp_path: Path) -> None:
    db = tmp_path / "m.sqlite3"
    source = folder(tmp_path, GOOD[:1])
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time\n"
            "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX)\n"
            "print('locked', flush=True)\n"
            "time.sleep(30)\n",
            str(db) + ".lock",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(InputError) as exc:
            build(db, ("s", source), wait=0.3)
        assert "Another process is writing this index" in problems(exc)
        assert not db.exists()
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    build(db, ("s", source), wait=5)
    assert db.exists()


def test_a_database_locked_by_another_program_gives_a_clear_error(
    tmp_path: Path, corpus_index: Path
) -> None:
    db = tmp_path / "m.sqlite3"
    shutil.copy(corpus_index, db)
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(InputError) as exc:
            connection = index.connect(db, timeout=0.2)
            search.search(connection, "Termin", search.Filters())
        assert "locked by another program" in problems(exc)
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_failed_run_leaves_the_previous_index_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "m.sqlite3"
    source = folder(tmp_path, GOOD)
    build(db, ("s", source))
    before = sha(db)
    from ossfirst.market import entry

    calls = {"n": 0}
    real = entry.read_entry

    def failing(*args: object, **kwargs: object) -> entry.Entry:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(entry, "read_entry", failing)
    (source / GOOD[0]).write_text("publiccodeYmlVersion: '0.4'\nname: changed\n", "utf-8")
    (source / GOOD[1]).write_text("publiccodeYmlVersion: '0.4'\nname: changed too\n", "utf-8")
    with pytest.raises(KeyboardInterrupt):
        build(db, ("s", source))
    assert sha(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.sqlite3", "m.sqlite3.lock", "src"]


def test_the_default_location_is_the_users_data_directory(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path)}
    assert index.default_path(env) == tmp_path / ".local" / "share" / "ossfirst" / "market.sqlite3"
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    assert index.default_path(env) == tmp_path / "data" / "ossfirst" / "market.sqlite3"
    env["OSSFIRST_MARKET_DB"] = str(tmp_path / "x.db")
    assert index.default_path(env) == tmp_path / "x.db"


def test_the_index_is_at_most_three_times_the_text_it_holds(corpus_index: Path) -> None:
    text = sum(p.stat().st_size for p in CORPUS.glob("*.publiccode.yml"))
    assert corpus_index.stat().st_size <= 3 * text
