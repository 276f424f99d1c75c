# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The annual report's attachments, filled in pieces into Typst's PDF
(:mod:`ossfirst.portfolio.attach`)."""

from __future__ import annotations

import io
import random
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from ossfirst.portfolio import attach


def _pdf(names: list[str], *, eol: bytes = b"\r\n", tail: bytes = b"\n%%EOF") -> bytes:
    """A small PDF laid out as Typst lays it out: a page, then a file specification and an
    empty embedded file per name, a classic cross-reference table."""
    objects: list[bytes] = [
        b"<</Type/Pages/Count 1/Kids[3 0 R]>>",
        b"",  # the catalogue, below
        b"<</Type/Page/Parent 1 0 R/MediaBox[0 0 200 200]>>",
    ]
    specs = []
    for name in names:
        spec = len(objects) + 1
        objects.append(
            b"<</Type/Filespec/F(%s)/UF(%s)/EF<</F %d 0 R/UF %d 0 R>>/AFRelationship/Data"
            b"/Desc(the data)>>" % (name.encode(), name.encode(), spec + 1, spec + 1)
        )
        packed = zlib.compress(b"", 6)
        objects.append(
            b"<</Length %d/Type/EmbeddedFile/Filter/FlateDecode/Subtype/text#2Fcsv"
            b"/Params<</Size 0/ModDate(D:20261127000000Z)>>>>\nstream\n%s\nendstream"
            % (len(packed), packed)
        )
        specs.append(b"(%s)%d 0 R" % (name.encode(), spec))
    objects[1] = b"<</Type/Catalog/Pages 1 0 R/Names<</EmbeddedFiles<</Names[%s]>>>>/AF[%s]>>" % (
        b"".join(specs),
        b" ".join(s.split(b")")[1] for s in specs),
    )
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\x80\x80\x80\x80\n\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    table = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f%s" % (len(objects) + 1, eol))
    for offset in offsets:
        out.write(b"%010d 00000 n%s" % (offset, eol))
    size = len(objects) + 1
    out.write(b"trailer\n<</Size %d/Root 2 0 R>>\nstartxref\n%d%s" % (size, table, tail))
    return out.getvalue()


@pytest.mark.parametrize("eol", [b"\r\n", b" \n"])
def test_attachments_are_filled_in_pieces_and_the_pdf_stays_sound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, eol: bytes
) -> None:
    monkeypatch.setattr(attach, "CHUNK", 1000)  # many pieces
    rng = random.Random(7)
    files = {
        "decisions.csv": tmp_path / "decisions.csv",
        "portfolio.json": tmp_path / "portfolio.json",
    }
    files["decisions.csv"].write_bytes(
        "".join(f"{i},Straße {rng.random()}\n" for i in range(3000)).encode("utf-8")
    )
    files["portfolio.json"].write_bytes(b"")  # an empty file stays empty
    placeholder = _pdf(sorted(files), eol=eol)
    out = io.BytesIO()
    attach.write(placeholder, files, out)
    written = out.getvalue()
    target = tmp_path / "filled.pdf"
    target.write_bytes(written)
    reader = PdfReader(target, strict=True)
    assert {name: content for name, [content] in reader.attachments.items()} == {
        name: path.read_bytes() for name, path in files.items()
    }
    size = files["decisions.csv"].stat().st_size
    assert b"/Params<</Size %d/ModDate(D:20261127000000Z)>>" % size in written
    assert written.endswith(b"\n%%EOF")
    # every cross-reference entry points at its object
    table = int(written.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    lines = written[table:].split(b"\n")
    count = int(lines[1].split()[1])
    for number, entry in enumerate(written[table:].split(b"\n", 2)[2].splitlines()[1:count]):
        offset = int(entry[:10])
        assert written[offset:].startswith(b"%d 0 obj\n" % (number + 1)), number + 1
    # the same inputs, the same bytes
    again = io.BytesIO()
    attach.write(placeholder, files, again)
    assert again.getvalue() == written
    qpdf = shutil.which("qpdf")
    if qpdf is not None:
        checked = subprocess.run(
            [qpdf, "--check", str(target)], capture_output=True, text=True, check=False
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_pdf_laid_out_otherwise_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "decisions.csv"
    data.write_bytes(b"a,b\n")
    files = {"decisions.csv": data}
    good = _pdf(["decisions.csv"])
    with pytest.raises(attach.LayoutError, match="attachments"):
        attach.write(good, {**files, "other.csv": data}, io.BytesIO())
    with pytest.raises(attach.LayoutError, match="cross-reference"):
        attach.write(good.replace(b"xref\n0 ", b"xref\n1 "), files, io.BytesIO())
    with pytest.raises(attach.LayoutError, match="startxref"):
        attach.write(good + b"\n% trailing", files, io.BytesIO())
    with pytest.raises(attach.LayoutError, match="no empty embedded file"):
        attach.write(good.replace(b"/Size 0/", b"/Size 9/"), files, io.BytesIO())
