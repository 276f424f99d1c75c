# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Where publiccode.yml files come from: directories and catalogue exports.

- A **directory** is walked recursively in name order (a git checkout of many repositories
  included): every ``publiccode.yml`` or ``publiccode.yaml``, and files named
  ``*.publiccode.yml`` (a collection of copies). Hidden directories (``.git``),
  ``node_modules``, ``vendor`` and test-data directories (``test``, ``tests``, ``testdata``,
  ``fixtures``) are not entered: they hold copies and broken examples, not software on
  offer. Symbolic links are followed, each directory once: a link that leads back into a
  directory already walked is skipped and counted.
- An **export** is a JSON or JSON Lines file in the shape of the Developers Italia software
  API: items ``{"url": ..., "publiccodeYml": "...", "active": true, "updatedAt": ...}``,
  alone, in a list, or in pages ``{"data": [items], "links": {...}}``, one page per file or
  per line, or a list of pages. A JSON list is read item by item, so a dump of many pages
  does not have to fit in memory. Inactive items (``"active": false``) are left out.

Nothing here parses publiccode.yml; a file or item that cannot even be taken out of its
source (too large, not a file, an item of the wrong shape) comes back with its problem.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ossfirst.errors import InputError, Location, Problem

#: Largest publiccode.yml read; the reader refuses larger files anyway.
MAX_FILE_BYTES = 5 * 1024 * 1024
#: Largest single JSON value (a page, or one line of JSON Lines) of an export.
MAX_JSON_VALUE_BYTES = 64 * 1024 * 1024
_CHUNK = 1024 * 1024

_NAMES = frozenset({"publiccode.yml", "publiccode.yaml"})
_SUFFIXES = (".publiccode.yml", ".publiccode.yaml")
_SKIPPED_DIRECTORIES = frozenset(
    {"node_modules", "vendor", "test", "tests", "testdata", "fixtures", "__fixtures__"}
)
EXPORT_SUFFIXES = (".json", ".jsonl", ".ndjson")


@dataclass(frozen=True)
class Document:
    """One publiccode.yml as found in a source."""

    #: Where it is in the source: a path relative to the directory, or ``file:line`` /
    #: ``file#item`` in an export.
    origin: str
    raw: bytes | None
    #: The repository URL the export gives for it.
    url: str | None = None
    #: Why ``raw`` is missing.
    problem: Problem | None = None
    #: The day it was last changed: the export's ``updatedAt``, else the file's time.
    changed: dt.date | None = None


@dataclass
class Walk:
    """What walking a source met besides documents."""

    #: Directories not entered a second time (a symbolic-link loop or a second link).
    loops: list[str] = field(default_factory=list)


def _problem(where: str, code: str, key: str, line: int = 0, /, **params: object) -> Problem:
    """The problem of a source, or of a file or item in it: the text ``key`` of the
    market's texts with ``params``."""
    from ossfirst.market.index import problem

    return problem(Location(where, line, 1 if line else 0), code, key, **params)


def is_export(path: Path) -> bool:
    """Whether ``path`` is read as a catalogue export (by its name)."""
    return path.name.lower().endswith(EXPORT_SUFFIXES)


def documents(path: Path, walk: Walk) -> Iterator[Document]:
    """The publiccode.yml documents of the source at ``path``; raise :class:`InputError` when
    the source itself cannot be read."""
    try:
        info = path.stat()
    except OSError as exc:
        raise InputError(
            [_problem(str(path), "market-source", "mkt.source-unreadable", reason=exc.strerror)]
        ) from None
    if stat.S_ISDIR(info.st_mode):
        yield from _directory(path, walk)
    elif is_export(path):
        yield from _export(path)
    else:
        yield _file(path, path.name)


def _day(seconds: float) -> dt.date:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).date()


def _file(path: Path, origin: str) -> Document:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return Document(
                origin,
                None,
                problem=_problem(origin, "market-not-a-file", "mkt.not-a-file"),
            )
        if info.st_size > MAX_FILE_BYTES:
            return Document(origin, None, problem=_too_large(origin, info.st_size))
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        return Document(
            origin,
            None,
            problem=_problem(
                origin, "market-unreadable", "mkt.file-unreadable", reason=exc.strerror
            ),
        )
    if len(raw) > MAX_FILE_BYTES:  # grew while being read
        return Document(origin, None, problem=_too_large(origin, len(raw)))
    return Document(origin, raw, changed=_day(info.st_mtime))


def _too_large(origin: str, size: int, line: int = 0) -> Problem:
    return _problem(
        origin,
        "market-too-large",
        "mkt.too-large",
        line,
        size=size / 1e6,
        limit=MAX_FILE_BYTES / 1e6,
    )


def _wanted(name: str) -> bool:
    lower = name.lower()
    return lower in _NAMES or lower.endswith(_SUFFIXES)


def _directory(root: Path, walk: Walk) -> Iterator[Document]:
    seen: set[tuple[int, int]] = set()

    def visit(directory: Path, relative: str) -> Iterator[Document]:
        try:
            info = directory.stat()
        except OSError:
            walk.loops.append(relative or ".")
            return
        identity = (info.st_dev, info.st_ino)
        if identity in seen:
            walk.loops.append(relative or ".")
            return
        seen.add(identity)
        try:
            with os.scandir(directory) as listing:
                children = sorted(listing, key=lambda e: e.name)
        except OSError:
            return
        for child in children:
            name = child.name
            path = f"{relative}/{name}" if relative else name
            try:
                is_dir = child.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if is_dir:
                if name.startswith(".") or name.lower() in _SKIPPED_DIRECTORIES:
                    continue
                yield from visit(Path(child.path), path)
            elif _wanted(name):
                yield _file(Path(child.path), path)

    yield from visit(root, "")


# --- exports ----------------------------------------------------------------------------


def _items(value: Any, origin: str) -> Iterator[tuple[str, Any]]:
    """The items of a JSON value that is an item, a page or a list of either."""
    if isinstance(value, list):
        for index, element in enumerate(value, 1):
            yield from _items(element, f"{origin}#{index}")
    elif isinstance(value, dict) and "data" in value and "publiccodeYml" not in value:
        data = value["data"]
        if not isinstance(data, list):
            yield origin, data  # reported as an item of the wrong shape
            return
        for index, element in enumerate(data, 1):
            yield f"{origin}#{index}", element
    else:
        yield origin, value


def _document(origin: str, item: Any, line: int) -> Document | None:
    where = origin
    if not isinstance(item, dict) or not isinstance(item.get("publiccodeYml"), str):
        return Document(
            where,
            None,
            problem=_problem(where, "market-export-shape", "mkt.export-shape", line),
        )
    if item.get("active") is False:
        return None
    url = item.get("url")
    url = url if isinstance(url, str) and url.strip() else None
    raw = item["publiccodeYml"].encode("utf-8", "surrogatepass")
    if len(raw) > MAX_FILE_BYTES:
        return Document(where, None, url=url, problem=_too_large(where, len(raw), line))
    changed = None
    updated = item.get("updatedAt")
    if isinstance(updated, str) and len(updated) >= 10:
        try:
            changed = dt.date.fromisoformat(updated[:10])
        except ValueError:
            changed = None
    return Document(where, raw, url=url, changed=changed)


def _bad_json(origin: str, line: int, message: str) -> Document:
    return Document(
        origin,
        None,
        problem=_problem(origin, "market-export-json", "mkt.export-json", line, reason=message),
    )


def _export(path: Path) -> Iterator[Document]:
    name = path.name
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise InputError(
            [_problem(str(path), "market-source", "mkt.source-unreadable", reason=exc.strerror)]
        ) from None
    changed = _day(path.stat().st_mtime)
    with stream:
        head = stream.read(_CHUNK)
        stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        lines_mode = path.name.lower().endswith((".jsonl", ".ndjson")) or not stripped.startswith(
            b"["
        )
        if lines_mode and not path.name.lower().endswith((".jsonl", ".ndjson")):
            # One JSON value (a page or an item), read whole.
            rest = stream.read(MAX_JSON_VALUE_BYTES)
            data = head + rest
            if stream.read(1):
                yield _bad_json(name, 0, f"larger than {MAX_JSON_VALUE_BYTES // 2**20} MB")
                return
            yield from _values([(1, data)], name, changed)
            return
        if lines_mode:
            yield from _values(_lines(head, stream, name), name, changed)
            return
        yield from _array(head, stream, name, changed)


def _lines(head: bytes, stream: Any, name: str) -> Iterator[tuple[int, bytes]]:
    buffer = head
    number = 0
    while True:
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            number += 1
            yield number, line
        if len(buffer) > MAX_JSON_VALUE_BYTES:
            number += 1
            yield number, b"\0too-long"
            while True:  # skip to the end of that line
                chunk = stream.read(_CHUNK)
                if not chunk:
                    return
                if b"\n" in chunk:
                    buffer = chunk.split(b"\n", 1)[1]
                    break
            continue
        chunk = stream.read(_CHUNK)
        if not chunk:
            if buffer.strip():
                number += 1
                yield number, buffer
            return
        buffer += chunk


def _values(values: Any, name: str, changed: dt.date) -> Iterator[Document]:
    for number, line in values:
        text = line.removeprefix(b"\xef\xbb\xbf")
        if not text.strip():
            continue
        origin = f"{name}:{number}"
        if text == b"\0too-long":
            yield _bad_json(origin, number, f"line longer than {MAX_JSON_VALUE_BYTES // 2**20} MB")
            continue
        try:
            value = json.loads(text)
        except (ValueError, RecursionError) as exc:
            yield _bad_json(origin, number, str(exc))
            continue
        for where, item in _items(value, origin):
            document = _document(where, item, number)
            if document is not None:
                yield _dated(document, changed)


def _dated(document: Document, changed: dt.date) -> Document:
    if document.changed is not None or document.raw is None:
        return document
    return Document(document.origin, document.raw, document.url, document.problem, changed)


def _array(head: bytes, stream: Any, name: str, changed: dt.date) -> Iterator[Document]:
    """The elements of a top-level JSON list, decoded one at a time."""
    decoder = json.JSONDecoder()
    text = head.decode("utf-8", "replace").lstrip("\ufeff \t\r\n")[1:]  # after '['
    pending = b""
    index = 0
    done = False
    while True:
        text = text.lstrip(" \t\r\n,")
        if text.startswith("]"):
            return
        if not text:
            if done:
                yield _bad_json(name, 0, "the list is not closed")
                return
            chunk = pending + stream.read(_CHUNK)
            if not chunk:
                done = True
                continue
            text, pending = _decode_some(chunk)
            continue
        try:
            value, end = decoder.raw_decode(text)
        except ValueError as exc:
            if done or len(text) > MAX_JSON_VALUE_BYTES:
                yield _bad_json(name, 0, str(exc))
                return
            chunk = pending + stream.read(_CHUNK)
            if not chunk:
                done = True
                if pending:
                    text += pending.decode("utf-8", "replace")
                    pending = b""
                continue
            more, pending = _decode_some(chunk)
            text += more
            continue
        except RecursionError:
            yield _bad_json(name, 0, "nested too deeply")
            return
        text = text[end:]
        index += 1
        for where, item in _items(value, f"{name}#{index}"):
            document = _document(where, item, 0)
            if document is not None:
                yield _dated(document, changed)


def _decode_some(chunk: bytes) -> tuple[str, bytes]:
    """``chunk`` decoded as far as it holds whole UTF-8 characters, and the bytes left."""
    for cut in range(len(chunk), max(len(chunk) - 4, -1), -1):
        try:
            return chunk[:cut].decode("utf-8"), chunk[cut:]
        except UnicodeDecodeError:
            continue
    return chunk.decode("utf-8", "replace"), b""
