# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The open data put into the annual report without holding them in memory.

Typst reads an attached file whole, and keeps it, its compressed form and the whole PDF in
memory while it typesets: for ten thousand requests, about a hundred megabytes that grow with
the portfolio. So the template attaches empty placeholders, and :func:`write` copies Typst's
PDF into the file, with each placeholder's stream filled from its file in pieces: the
same objects, keys and compression (deflate) Typst writes, the cross-reference table
recomputed. The PDF/A-3 structure (file specification, relationship, MIME type, size,
modification date) is Typst's own.

Typst writes a classic cross-reference table and every object uncompressed
(``N 0 obj ... endobj``); anything else is an internal error, never a damaged file.
"""

from __future__ import annotations

import re
import tempfile
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO

#: Pieces read, compressed and copied at a time.
CHUNK = 1 << 20

_TAIL = re.compile(rb"startxref\n(\d+)(\r?\n%%EOF\r?\n?)\Z")
_XREF = re.compile(rb"xref\n0 (\d+)\n")
_ENTRY = re.compile(rb"(\d{10}) \d{5} ([nf])(?:\r\n| \n| \r)")
_SPEC = re.compile(rb"/Type/Filespec/F\(([^()\\]+)\)/UF\([^()\\]*\)/EF<</F (\d+) 0 R")
_PLACEHOLDER = re.compile(
    rb"(\d+) 0 obj\n<</Length \d+/Type/EmbeddedFile(?:/Filter/FlateDecode)?"
    rb"/Subtype(/[^/<>()\s]+)/Params<</Size 0/ModDate(\([^()\\]*\))>>>>\nstream\n"
)


class LayoutError(RuntimeError):
    """Typst's PDF is not laid out as this module expects (a new Typst version)."""


def write(pdf: bytes, files: Mapping[str, Path], out: BinaryIO) -> None:
    """Write ``pdf`` to ``out`` with the empty attachment of each name in ``files`` filled
    with that file's content."""
    tail = _TAIL.search(pdf)
    if tail is None:
        raise LayoutError("no startxref at the end")
    table = int(tail.group(1))
    head = _XREF.match(pdf, table)
    if head is None:
        raise LayoutError("no classic cross-reference table")
    count = int(head.group(1))
    # (number, offset, in use, the entry as written)
    entries: list[tuple[int, int, bool, bytes]] = []
    at = head.end()
    for number in range(count):
        entry = _ENTRY.match(pdf, at)
        if entry is None:
            raise LayoutError(f"cross-reference entry at {at}")
        entries.append((number, int(entry.group(1)), entry.group(2) == b"n", entry.group()))
        at = entry.end()
    trailer = pdf[at : tail.start()]
    specs = {m.group(1).decode("ascii"): int(m.group(2)) for m in _SPEC.finditer(pdf)}
    if sorted(specs) != sorted(files):
        raise LayoutError(f"attachments {sorted(specs)}, expected {sorted(files)}")
    filled = {specs[name]: path for name, path in files.items()}
    used = sorted((offset, number) for number, offset, in_use, _ in entries if in_use)
    offsets: dict[int, int] = {}
    written = used[0][0] if used else table
    out.write(pdf[:written])
    for index, (offset, number) in enumerate(used):
        end = used[index + 1][0] if index + 1 < len(used) else table
        offsets[number] = written
        if number in filled:
            written += _filled(pdf, offset, end, number, filled[number], out)
        else:
            out.write(pdf[offset:end])
            written += end - offset
    out.write(b"xref\n0 %d\n" % count)
    for number, _, in_use, written_as in entries:
        out.write(b"%010d" % offsets[number] + written_as[10:] if in_use else written_as)
    out.write(trailer)
    out.write(b"startxref\n%d" % written + tail.group(2))


def _filled(pdf: bytes, offset: int, end: int, number: int, path: Path, out: BinaryIO) -> int:
    """Write object ``number`` (at ``offset`` in ``pdf``, an empty embedded file) with the
    content of ``path``; the bytes written."""
    placeholder = _PLACEHOLDER.match(pdf, offset)
    if placeholder is None or int(placeholder.group(1)) != number:
        raise LayoutError(f"object {number} is no empty embedded file")
    if not pdf[placeholder.end() : end].rstrip(b"\n").endswith(b"endstream\nendobj"):
        raise LayoutError(f"object {number} does not end as a stream")
    size = 0
    squeeze = zlib.compressobj(6)
    with tempfile.TemporaryFile() as packed, path.open("rb") as source:
        while chunk := source.read(CHUNK):
            size += len(chunk)
            packed.write(squeeze.compress(chunk))
        packed.write(squeeze.flush())
        length = packed.tell()
        subtype, date = placeholder.group(2), placeholder.group(3)
        start = (
            b"%d 0 obj\n<</Length %d/Type/EmbeddedFile/Filter/FlateDecode/Subtype%s"
            b"/Params<</Size %d/ModDate%s>>>>\nstream\n" % (number, length, subtype, size, date)
        )
        out.write(start)
        packed.seek(0)
        while chunk := packed.read(CHUNK):
            out.write(chunk)
    close = b"\nendstream\nendobj\n"
    out.write(close)
    return len(start) + length + len(close)
