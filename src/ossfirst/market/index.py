# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The market index: one SQLite file with an FTS5 table over the catalogue entries.

Building (:func:`build`) always writes a new file beside the old one and renames it into
place, so a failed or interrupted run leaves the previous index as it was, and searches
never see a half-written one. Re-indexing is incremental: a file whose content (SHA-256,
with the repository URL an export gives) is already in the old index is taken from there
instead of being read again. Rows are written in a fixed order (sources by name, files by
path or position), so the same input gives a byte-identical file.

The file says what it is: SQLite's ``application_id`` is ``ossf`` and ``user_version`` the
schema version, also kept in the ``meta`` table; an index from a newer ossfirst is refused
with its version named, a file that is not an index is never overwritten.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ossfirst.errors import InputError, Location, Problem

if TYPE_CHECKING:
    from ossfirst.market.vocabulary import Vocabulary

#: Version of the index's tables and of what they hold of an entry; an index with another
#: version is not read (nor reused as a cache), so a change to either raises it.
SCHEMA_VERSION = 1
#: SQLite's application_id of an ossfirst index: "ossf".
APPLICATION_ID = 0x6F737366
#: Rows written between commits while indexing.
BATCH = 500
#: Seconds a search waits for a database that another program holds locked.
BUSY_TIMEOUT = 5.0
#: FTS5 columns and their weights in the ranking (bm25).
COLUMNS = ("name", "text", "cat", "named", "topic", "people", "users")
WEIGHTS = (10.0, 1.0, 6.0, 3.0, 1.0, 4.0, 1.0)
#: Separates the description of one language from the next in the ``text`` column (a
#: control character, which the tokenizer treats as a separator).
LANGUAGE_BREAK = "\x1e"

_SCHEMA = f"""
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sources(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, location TEXT NOT NULL,
  kind TEXT NOT NULL, snapshot TEXT, entries INTEGER NOT NULL,
  with_problems INTEGER NOT NULL, unreadable INTEGER NOT NULL, loops INTEGER NOT NULL);
CREATE TABLE entries(
  id INTEGER PRIMARY KEY, source INTEGER NOT NULL REFERENCES sources(id),
  origin TEXT NOT NULL, hash TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL,
  url TEXT, version TEXT NOT NULL, licence TEXT, osi INTEGER, fsf INTEGER,
  maintenance TEXT, until TEXT, status TEXT, software_type TEXT, released TEXT,
  used_by INTEGER NOT NULL, languages TEXT NOT NULL, countries TEXT NOT NULL,
  categories TEXT NOT NULL, publisher TEXT, details TEXT NOT NULL,
  problem_count INTEGER NOT NULL, duplicate INTEGER NOT NULL DEFAULT 0);
CREATE INDEX entries_hash ON entries(hash);
CREATE INDEX entries_key ON entries(key);
CREATE INDEX entries_duplicate ON entries(id) WHERE duplicate = 1;
CREATE TABLE unreadable(
  id INTEGER PRIMARY KEY, source INTEGER NOT NULL REFERENCES sources(id),
  origin TEXT NOT NULL, hash TEXT, problem TEXT NOT NULL);
CREATE INDEX unreadable_hash ON unreadable(hash);
CREATE TABLE documents(id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, yml BLOB NOT NULL);
CREATE VIRTUAL TABLE fts USING fts5({", ".join(COLUMNS)},
  tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE vocabulary USING fts5vocab(fts, 'row');
"""


# --- errors -----------------------------------------------------------------------------


def problem(where: Location, code: str, key: str, hint: str = "", /, **params: object) -> Problem:
    """A problem of the index, of a source or of a search: the text ``key`` of the market's
    texts (:mod:`ossfirst.texts.market`) with ``params``, and the text ``hint`` saying how to
    fix it. The texts are loaded for a problem found, and no other area of the catalogue
    with them, so a search starts as fast as before."""
    from ossfirst.texts import both_in, market

    fix = both_in(market.TEXTS, hint) if hint else {}
    return Problem(where, both_in(market.TEXTS, key, **params), fix, code)


def _error(path: Path | str, code: str, key: str, hint: str, /, **params: object) -> InputError:
    return InputError([problem(Location(str(path)), code, key, hint, **params)])


def _database_error(path: Path, exc: sqlite3.Error) -> InputError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return _error(path, "market-locked", "mkt.db-locked", "mkt.hint.db-locked", reason=text)
    return _error(path, "market-corrupt", "mkt.db-damaged", "mkt.hint.rebuild", reason=text)


def require_fts5() -> None:
    """Raise :class:`InputError` when this Python's SQLite lacks FTS5."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE VIRTUAL TABLE t USING fts5(a)")
    except sqlite3.OperationalError:
        raise _error(
            "sqlite3",
            "market-no-fts5",
            "mkt.no-fts5",
            "mkt.hint.no-fts5",
            version=sqlite3.sqlite_version,
        ) from None
    finally:
        connection.close()


def check_database(connection: sqlite3.Connection, path: Path) -> None:
    """Raise :class:`InputError` unless ``connection`` is an index this ossfirst reads."""
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        raise _database_error(path, exc) from None
    if application_id != APPLICATION_ID:
        raise _error(path, "market-foreign", "mkt.foreign", "mkt.hint.foreign")
    if version > SCHEMA_VERSION:
        raise _error(
            path,
            "market-newer",
            "mkt.newer",
            "mkt.hint.newer",
            version=version,
            supported=SCHEMA_VERSION,
        )
    if version < SCHEMA_VERSION:
        raise _error(path, "market-older", "mkt.older", "mkt.hint.older", version=version)


def connect(path: Path, timeout: float = BUSY_TIMEOUT) -> sqlite3.Connection:
    """The index at ``path``, opened read-only and checked."""
    if not path.exists():
        raise _error(path, "market-no-index", "mkt.no-index", "mkt.hint.no-index")
    if path.is_dir():
        raise _error(path, "market-no-index", "mkt.directory", "mkt.hint.index-file")
    uri = "file:" + quote(str(path.resolve())) + "?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=timeout)
    except sqlite3.Error as exc:
        raise _database_error(path, exc) from None
    try:
        check_database(connection, path)
    except InputError:
        connection.close()
        raise
    return connection


# --- building ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceSpec:
    """A source to index: its name in the index, where it is, and its snapshot date when
    given (otherwise taken from the files)."""

    name: str
    path: Path
    snapshot: dt.date | None = None


@dataclass
class SourceReport:
    """What indexing one source found."""

    name: str
    location: str
    kind: str
    snapshot: dt.date | None = None
    entries: int = 0
    with_problems: int = 0
    #: (origin, problem) of every file that could not be read.
    unreadable: list[tuple[str, Problem]] = field(default_factory=list)
    loops: list[str] = field(default_factory=list)
    loop_count: int = 0
    #: Entries taken from the previous index unchanged.
    reused: int = 0
    #: Kept from the previous index because the run did not name it.
    kept: bool = False


@dataclass
class IndexReport:
    """What :func:`build` did."""

    path: Path
    sources: list[SourceReport]

    @property
    def entries(self) -> int:
        return sum(s.entries for s in self.sources)


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _problem_json(problem: Problem) -> dict[str, Any]:
    return {
        "line": problem.location.line,
        "column": problem.location.column,
        "code": problem.code,
        "message": problem.message,
        "hint": problem.hint,
    }


def problem_from(origin: str, data: dict[str, Any]) -> Problem:
    """A stored problem, placed in ``origin``."""
    return Problem(
        Location(origin, int(data.get("line", 0)), int(data.get("column", 0))),
        dict(data["message"]),
        dict(data.get("hint") or {}),
        str(data.get("code", "invalid")),
    )


class _Old:
    """The previous index, as a cache of entries by content hash."""

    def __init__(self, connection: sqlite3.Connection | None) -> None:
        self.connection = connection
        self.sources: dict[str, sqlite3.Row] = {}
        if self.connection is not None:
            self.connection.row_factory = sqlite3.Row
            for row in self.connection.execute("SELECT * FROM sources ORDER BY name"):
                self.sources[row["name"]] = row

    def entry(self, digest: str) -> tuple[sqlite3.Row, sqlite3.Row, bytes] | None:
        if self.connection is None:
            return None
        row = self.connection.execute(
            "SELECT * FROM entries WHERE hash = ? ORDER BY id LIMIT 1", (digest,)
        ).fetchone()
        if row is None:
            return None
        texts = self.connection.execute(_SELECT_TEXTS, (row["id"],)).fetchone()
        document = self.connection.execute(
            "SELECT yml FROM documents WHERE hash = ?", (digest,)
        ).fetchone()
        if texts is None or document is None:
            return None
        return row, texts, document[0]

    def unreadable(self, digest: str) -> str | None:
        if self.connection is None:
            return None
        row = self.connection.execute(
            "SELECT problem FROM unreadable WHERE hash = ? ORDER BY id LIMIT 1", (digest,)
        ).fetchone()
        return None if row is None else str(row[0])


_ENTRY_COLUMNS = (
    "origin, hash, key, name, url, version, licence, osi, fsf, maintenance, until, status, "
    "software_type, released, used_by, languages, countries, categories, publisher, details, "
    "problem_count"
)


# Statements built from the constant column names above; values are always parameters.
_ENTRY_COLUMN_NAMES = tuple(c.strip() for c in _ENTRY_COLUMNS.split(","))
_INSERT_ENTRY = (
    f"INSERT INTO entries (id, source, {_ENTRY_COLUMNS}) VALUES "  # noqa: S608
    f"({', '.join(['?'] * (len(_ENTRY_COLUMNS.split(',')) + 2))})"
)
_INSERT_TEXTS = (
    f"INSERT INTO fts (rowid, {', '.join(COLUMNS)}) VALUES (?, {', '.join(['?'] * len(COLUMNS))})"  # noqa: S608
)
_SELECT_TEXTS = f"SELECT {', '.join(COLUMNS)} FROM fts WHERE rowid = ?"  # noqa: S608


class _Writer:
    """Writes the new index, row by row, in the order it is given."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.pending = 0
        self.entry_id = 0
        self.unreadable_id = 0
        self.documents: set[str] = set()

    def tick(self) -> None:
        self.pending += 1
        if self.pending >= BATCH:
            self.connection.commit()
            self.pending = 0

    def source(self, number: int, report: SourceReport) -> None:
        self.connection.execute(
            "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                number,
                report.name,
                report.location,
                report.kind,
                report.snapshot.isoformat() if report.snapshot else None,
                report.entries,
                report.with_problems,
                len(report.unreadable),
                report.loop_count,
            ),
        )

    def entry(self, source: int, values: tuple[Any, ...], texts: tuple[str, ...]) -> None:
        self.entry_id += 1
        self.connection.execute(_INSERT_ENTRY, (self.entry_id, source, *values))
        self.connection.execute(_INSERT_TEXTS, (self.entry_id, *texts))
        self.tick()

    def document(self, digest: str, compressed: bytes) -> None:
        if digest in self.documents:
            return
        self.documents.add(digest)
        self.connection.execute(
            "INSERT INTO documents (hash, yml) VALUES (?, ?)", (digest, compressed)
        )

    def unreadable(self, source: int, origin: str, digest: str | None, problem: str) -> None:
        self.unreadable_id += 1
        self.connection.execute(
            "INSERT INTO unreadable VALUES (?, ?, ?, ?, ?)",
            (self.unreadable_id, source, origin, digest, problem),
        )
        self.tick()


def _digest(raw: bytes, url: str | None) -> str:
    hasher = hashlib.sha256(raw)
    hasher.update(b"\0" + (url or "").encode("utf-8"))
    return hasher.hexdigest()


def _rows(entry: Any, origin: str, digest: str) -> tuple[tuple[Any, ...], tuple[str, ...]]:
    """The ``entries`` values and the FTS texts of a freshly read entry."""
    from ossfirst.market.words import category_token, topic_tokens

    def listed(values: list[str]) -> str:
        return "," + ",".join(values) + "," if values else ""

    languages = sorted(entry.texts)
    details = {
        "aliases": entry.aliases,
        "summaries": entry.summaries,
        "platforms": entry.platforms,
        "used_by": entry.used_by,
        "people": entry.people,
        "text_languages": languages,
        "topics": sorted(entry.topics),
        "problems": [_problem_json(p) for p in entry.problems],
    }
    values = (
        origin,
        digest,
        entry.key,
        entry.name,
        entry.url,
        entry.version,
        entry.licence,
        None if entry.osi is None else int(entry.osi),
        None if entry.fsf is None else int(entry.fsf),
        entry.maintenance,
        entry.until,
        entry.status,
        entry.software_type,
        entry.released,
        len(entry.used_by),
        listed(entry.languages),
        listed(entry.countries),
        listed(entry.categories),
        entry.publisher,
        json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
        entry.problem_count,
    )
    # The repository's owner is its publisher on the forge; its name often the software's.
    parts = entry.key.split("/")
    owner = parts[1] if len(parts) >= 3 else ""
    repository = parts[-1] if len(parts) >= 3 else ""
    texts = (
        "\n".join([entry.name, *entry.aliases, repository]),
        LANGUAGE_BREAK.join(entry.texts[lang] for lang in languages),
        " ".join(category_token(c) for c in entry.categories),
        " ".join(category_token(c) for c in entry.named),
        " ".join(topic_tokens(entry.topics)),
        "\n".join([*entry.people, owner]),
        "\n".join(entry.used_by),
    )
    return values, texts


def _problem_text(problem: Problem) -> str:
    return json.dumps(_problem_json(problem), ensure_ascii=False, sort_keys=True)


#: Documents read per task of a worker process.
CHUNK = 32
#: From this many documents to read on, worker processes read them.
PARALLEL_FROM = 256


@dataclass
class _Job:
    """One document of a source, in its place: already settled (taken from the previous
    index, or unreadable at the source), or to be read."""

    origin: str
    digest: str | None = None
    raw: bytes | None = None
    url: str | None = None
    cached: tuple[tuple[Any, ...], tuple[str, ...], bytes, int] | None = None
    failed: str | None = None


#: What reading a document gives: (values, texts, compressed document, problem count), or
#: the problem (as stored) of an unreadable one.
_Read = tuple[tuple[Any, ...], tuple[str, ...], bytes, int] | str


def read_documents(items: list[tuple[str, bytes, str | None, str]]) -> list[_Read]:
    """Read documents (origin, raw, url, digest) into index rows; run in worker processes."""
    from ossfirst.market.entry import read_entry

    results: list[_Read] = []
    for origin, raw, url, digest in items:
        try:
            entry = read_entry(raw, origin, url)
        except InputError as exc:
            results.append(_problem_text(exc.problems[0]))
            continue
        values, texts = _rows(entry, origin, digest)
        results.append((values, texts, zlib.compress(raw, 6), entry.problem_count))
    return results


def _jobs(spec: SourceSpec, old: _Old, walk: Any, dates: list[dt.date]) -> Iterator[_Job]:
    from ossfirst.market import sources

    for document in sources.documents(spec.path, walk):
        if document.changed is not None:
            if dates:
                dates[0] = max(dates[0], document.changed)
            else:
                dates.append(document.changed)
        if document.raw is None:
            assert document.problem is not None
            yield _Job(document.origin, failed=_problem_text(document.problem))
            continue
        digest = _digest(document.raw, document.url)
        cached = old.entry(digest)
        if cached is not None:
            row, texts, compressed = cached
            values = (document.origin, *(row[c] for c in _ENTRY_COLUMN_NAMES[1:]))
            entry = (values, tuple(texts), compressed, int(row["problem_count"]))
            yield _Job(document.origin, digest, cached=entry)
            continue
        failed = old.unreadable(digest)
        if failed is not None:
            yield _Job(document.origin, digest, failed=failed)
        else:
            yield _Job(document.origin, digest, document.raw, document.url)


def _chunks(jobs: Iterator[_Job]) -> Iterator[list[_Job]]:
    chunk: list[_Job] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _to_read(chunk: list[_Job]) -> list[tuple[str, bytes, str | None, str]]:
    return [
        (j.origin, j.raw, j.url, j.digest)
        for j in chunk
        if j.raw is not None and j.digest is not None
    ]


def _worker_init() -> None:
    import signal

    # Ctrl-C goes to the whole process group; only the main process decides what to do.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def _context() -> Any:
    import multiprocessing

    # forkserver: workers fork from a server that has imported the reader once, without
    # the main process's open database; spawn where there is none (Windows, macOS).
    if sys.platform != "win32" and "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["ossfirst.market.index", "ossfirst.market.entry"])
        return context
    return multiprocessing.get_context("spawn")


def _read_chunks(
    chunks: Iterator[list[_Job]], jobs: int
) -> Iterator[tuple[list[_Job], list[_Read]]]:
    """Each chunk with the results of reading its documents, in order: here while there are
    few to read, then by ``jobs`` worker processes."""
    from collections import deque
    from concurrent.futures import Future

    read_here = 0
    executor: Any = None
    # A bounded window of chunks in flight keeps memory flat: results are written as soon
    # as the chunks before them are.
    pending: deque[tuple[list[_Job], Future[list[_Read]]]] = deque()
    try:
        for chunk in chunks:
            items = _to_read(chunk)
            if executor is None and (jobs <= 1 or read_here + len(items) <= PARALLEL_FROM):
                read_here += len(items)
                yield chunk, read_documents(items)
                continue
            if executor is None:
                from concurrent.futures import ProcessPoolExecutor

                executor = ProcessPoolExecutor(
                    jobs, mp_context=_context(), initializer=_worker_init
                )
            pending.append((chunk, executor.submit(read_documents, items)))
            if len(pending) >= jobs * 4:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()
    finally:
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


def available_cpus() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _index_source(
    spec: SourceSpec,
    number: int,
    writer: _Writer,
    old: _Old,
    progress: Callable[[int], None] | None,
    jobs: int,
) -> SourceReport:
    from ossfirst.market import sources

    path = spec.path
    kind = "export" if sources.is_export(path) else "directory" if path.is_dir() else "file"
    report = SourceReport(spec.name, str(path), kind)
    walk = sources.Walk()
    dates: list[dt.date] = []
    for chunk, results in _read_chunks(_chunks(_jobs(spec, old, walk, dates)), jobs):
        read = iter(results)
        for job in chunk:
            if job.raw is not None:
                result = next(read)
                if isinstance(result, str):
                    job.failed = result
                else:
                    job.cached = result
            elif job.cached is not None:
                report.reused += 1
            if job.cached is not None:
                values, texts, compressed, problem_count = job.cached
                writer.entry(number, values, texts)
                assert job.digest is not None
                writer.document(job.digest, compressed)
                report.entries += 1
                report.with_problems += 1 if problem_count else 0
            else:
                assert job.failed is not None
                problem = problem_from(job.origin, json.loads(job.failed))
                report.unreadable.append((job.origin, problem))
                writer.unreadable(number, job.origin, job.digest, job.failed)
            if progress is not None:
                progress(1)
    report.loops = walk.loops
    report.loop_count = len(walk.loops)
    report.snapshot = spec.snapshot or (dates[0] if dates else None)
    writer.source(number, report)
    return report


def _keep_source(row: sqlite3.Row, number: int, writer: _Writer, old: _Old) -> SourceReport:
    """Copy a source the run did not name from the previous index, unchanged."""
    assert old.connection is not None
    report = SourceReport(
        row["name"],
        row["location"],
        row["kind"],
        _day(row["snapshot"]),
        kept=True,
    )
    columns = _ENTRY_COLUMN_NAMES
    entries = old.connection.execute(
        "SELECT * FROM entries WHERE source = ? ORDER BY id", (row["id"],)
    )
    for entry in entries.fetchall():
        texts = old.connection.execute(_SELECT_TEXTS, (entry["id"],)).fetchone()
        document = old.connection.execute(
            "SELECT yml FROM documents WHERE hash = ?", (entry["hash"],)
        ).fetchone()
        writer.entry(number, tuple(entry[c] for c in columns), tuple(texts))
        writer.document(entry["hash"], document[0])
        report.entries += 1
        report.with_problems += 1 if entry["problem_count"] else 0
    for item in old.connection.execute(
        "SELECT origin, hash, problem FROM unreadable WHERE source = ? ORDER BY id", (row["id"],)
    ).fetchall():
        report.unreadable.append((item[0], problem_from(item[0], json.loads(item[2]))))
        writer.unreadable(number, item[0], item[1], item[2])
    report.loop_count = int(row["loops"])
    writer.source(number, report)
    return report


@contextlib.contextmanager
def _staged(target: Path) -> Iterator[Path]:
    """A temporary file beside ``target`` that becomes ``target`` when the block ends
    without an error, and is removed otherwise."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    for leftover in (temp, temp.with_name(temp.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    try:
        yield temp
        try:
            with temp.open("rb+") as stream:
                os.fsync(stream.fileno())
            temp.replace(target)
        except OSError as exc:
            raise _cannot_write(target, exc) from None
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _cannot_write(target: Path, exc: OSError) -> InputError:
    return _error(
        target, "market-write", "mkt.unwritable", "mkt.hint.writable", reason=exc.strerror or exc
    )


def _open_old(path: Path, fresh: bool) -> sqlite3.Connection | None:
    if fresh or not path.exists():
        return None
    if path.is_dir():
        raise _error(path, "market-no-index", "mkt.directory", "mkt.hint.a-file")
    return connect(path)


def build(
    path: Path,
    specs: list[SourceSpec],
    *,
    fresh: bool = False,
    wait: float = 10.0,
    jobs: int = 0,
    progress: Callable[[int], None] | None = None,
) -> IndexReport:
    """Index ``specs`` into the index at ``path``, keeping the sources of the previous index
    that ``specs`` do not name (none with ``fresh``, which also replaces a file that is not
    an index). ``wait`` is how long to wait for another indexer; ``jobs`` how many processes
    read the files (0: one per core)."""
    from ossfirst.market import lock
    from ossfirst.market.vocabulary import vocabulary

    require_fts5()
    names = [spec.name for spec in specs]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise _error(
            path,
            "market-source",
            "mkt.same-name",
            "mkt.hint.same-name",
            names=", ".join(duplicates),
        )
    with lock.exclusive(path, wait):
        previous = _open_old(path, fresh)
        try:
            old = _Old(previous)
            with _staged(path) as temp:
                connection = sqlite3.connect(temp)
                try:
                    workers = jobs or available_cpus()
                    reports = _write(connection, specs, old, progress, vocabulary(), workers)
                    connection.commit()
                except sqlite3.Error as exc:
                    raise _error(
                        path,
                        "market-write",
                        "mkt.write-failed",
                        "mkt.hint.write-failed",
                        reason=exc,
                    ) from None
                finally:
                    connection.close()
        finally:
            if previous is not None:
                previous.close()
    return IndexReport(path, reports)


def _write(
    connection: sqlite3.Connection,
    specs: list[SourceSpec],
    old: _Old,
    progress: Callable[[int], None] | None,
    vocabulary: Vocabulary,
    jobs: int,
) -> list[SourceReport]:
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    connection.executescript(_SCHEMA)
    writer = _Writer(connection)
    named = {spec.name: spec for spec in specs}
    order = sorted(set(named) | set(old.sources))
    reports = []
    for number, name in enumerate(order, 1):
        if name in named:
            reports.append(_index_source(named[name], number, writer, old, progress, jobs))
        else:
            reports.append(_keep_source(old.sources[name], number, writer, old))
    # A repository in several catalogues is shown once, from the first of them.
    connection.execute(
        "UPDATE entries SET duplicate = 1 WHERE id > "
        "(SELECT min(other.id) FROM entries other WHERE other.key = entries.key)"
    )
    connection.execute("INSERT INTO fts (fts) VALUES ('optimize')")
    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "vocabulary": vocabulary.version,
        "sqlite": sqlite3.sqlite_version,
        "python": f"{sys.version_info.major}.{sys.version_info.minor}",
    }
    connection.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
    return reports


def meta(connection: sqlite3.Connection) -> dict[str, str]:
    return {str(k): str(v) for k, v in connection.execute("SELECT key, value FROM meta")}


# --- reading ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Catalogue:
    """A source as the index records it."""

    name: str
    location: str
    kind: str
    snapshot: dt.date | None
    entries: int
    with_problems: int
    unreadable: int


def catalogues(connection: sqlite3.Connection) -> list[Catalogue]:
    """The sources of an index, by name."""
    rows = connection.execute(
        "SELECT name, location, kind, snapshot, entries, with_problems, unreadable "
        "FROM sources ORDER BY name"
    ).fetchall()
    return [
        Catalogue(str(r[0]), str(r[1]), str(r[2]), _day(r[3]), int(r[4]), int(r[5]), int(r[6]))
        for r in rows
    ]


def unreadable_files(connection: sqlite3.Connection) -> list[tuple[str, Problem]]:
    """Every file of the index's sources that could not be read: (source, problem)."""
    rows = connection.execute(
        "SELECT s.name, u.origin, u.problem FROM unreadable u JOIN sources s ON s.id = u.source "
        "ORDER BY s.name, u.id"
    ).fetchall()
    return [(str(r[0]), problem_from(str(r[1]), json.loads(r[2]))) for r in rows]


def document(connection: sqlite3.Connection, digest: str) -> bytes | None:
    """The publiccode.yml stored under ``digest``."""
    row = connection.execute("SELECT yml FROM documents WHERE hash = ?", (digest,)).fetchone()
    return None if row is None else zlib.decompress(row[0])


# --- where the index lives ----------------------------------------------------------------

#: The file name of the index in the user's data directory.
DEFAULT_NAME = "market.sqlite3"


def data_directory(environ: dict[str, str] | None = None) -> Path:
    """The per-user data directory of ossfirst: ``$XDG_DATA_HOME/ossfirst`` (default
    ``~/.local/share/ossfirst``) on Linux, ``~/Library/Application Support/ossfirst`` on
    macOS, ``%LOCALAPPDATA%\\ossfirst`` on Windows (the places platformdirs chooses)."""
    env = dict(os.environ) if environ is None else environ
    home = Path(env.get("HOME") or Path.home())
    if sys.platform == "win32":  # pragma: no cover - tested on Linux
        base = Path(env.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif sys.platform == "darwin":  # pragma: no cover - tested on Linux
        base = home / "Library" / "Application Support"
    else:
        xdg = env.get("XDG_DATA_HOME", "")
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / "ossfirst"


def default_path(environ: dict[str, str] | None = None) -> Path:
    """Where the index is when ``--db`` is not given: ``OSSFIRST_MARKET_DB``, else
    ``market.sqlite3`` in :func:`data_directory`."""
    env = dict(os.environ) if environ is None else environ
    explicit = env.get("OSSFIRST_MARKET_DB", "").strip()
    return Path(explicit) if explicit else data_directory(env) / DEFAULT_NAME
