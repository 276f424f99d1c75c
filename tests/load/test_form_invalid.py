# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Forms that cannot be read: each is refused with exit 2 and a message at its cell (or at
the file), never a traceback, and nothing is written.

The corpus: the form of examples/videoconferencing.yaml in German, spoilt as an officer or
an attacker might (made here from the form with openpyxl or by editing its XML), and two
files kept in tests/cases/invalid-form/ (an encrypted workbook and an old .xls; its README
says how they were made).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ossfirst.forms.workbook import form_bytes
from ossfirst.load.request import read_request, resolve_catalogue
from tests.conftest import CASES, EXAMPLES

CORPUS = CASES / "invalid-form"
MOMENT = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def form() -> bytes:
    loaded = read_request(EXAMPLES / "videoconferencing.yaml")
    return form_bytes(loaded.request, resolve_catalogue(loaded), "de", created=MOMENT)


def edit(change: Callable[[Any], None]) -> Callable[[bytes], bytes]:
    """A spoiler that changes the workbook with openpyxl."""

    def spoil(raw: bytes) -> bytes:
        book = openpyxl.load_workbook(io.BytesIO(raw))
        change(book)
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()

    return spoil


def xml(part: str, pattern: str, replacement: str) -> Callable[[bytes], bytes]:
    """A spoiler that edits one part's XML (what openpyxl cannot write: a stored error)."""

    def spoil(raw: bytes) -> bytes:
        return rezip(raw, {part: lambda text: re.sub(pattern, replacement, text, count=1)})

    return spoil


def rezip(
    raw: bytes, changes: dict[str, Callable[[str], str]], extra: dict[str, bytes] | None = None
) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename in changes:
                data = changes[info.filename](data.decode()).encode()
            target.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return out.getvalue()


def cell(sheet: str, reference: str, value: Any, number_format: str | None = None):  # type: ignore[no-untyped-def]
    def change(book: Any) -> None:
        book[sheet][reference].value = value
        if number_format is not None:
            book[sheet][reference].number_format = number_format

    return edit(change)


def macros(raw: bytes) -> bytes:
    types = "[Content_Types].xml"
    return rezip(
        raw,
        {
            types: lambda text: text.replace(
                "spreadsheetml.sheet.main+xml", "sheet.macroEnabled.main+xml"
            ).replace(
                "application/vnd.openxmlformats-officedocument.sheet.macroEnabled",
                "application/vnd.ms-excel.sheet.macroEnabled",
            )
        },
        {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0" + b"\0" * 512},
    )


def bomb(raw: bytes) -> bytes:
    """A workbook with a part that unpacks to 200 MB of zeros (200 KB packed)."""
    del raw
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr("[Content_Types].xml", "<Types/>")
        with target.open("xl/worksheets/sheet1.xml", "w") as stream:
            block = b"\0" * (1 << 20)
            for _ in range(200):
                stream.write(block)
    return out.getvalue()


def lying_sizes(raw: bytes) -> bytes:
    """The first part read claims 100 bytes but unpacks to 200 MB: no more than it claims
    is ever unpacked."""
    del raw
    out = io.BytesIO()
    with (
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
        target.open("[Content_Types].xml", "w") as stream,
    ):
        block = b"\0" * (1 << 20)
        for _ in range(200):
            stream.write(block)
    packed = bytearray(out.getvalue())
    central = packed.rfind(b"PK\x01\x02")
    packed[central + 24 : central + 28] = (100).to_bytes(4, "little")
    packed[22:26] = (100).to_bytes(4, "little")
    return bytes(packed)


def rows_beyond(raw: bytes) -> bytes:
    return cell("Bewertungen", "A10001", "jitsi")(raw)


def rename(old: str, new: str) -> Callable[[bytes], bytes]:
    def change(book: Any) -> None:
        book[old].title = new

    return edit(change)


def delete(name: str) -> Callable[[bytes], bytes]:
    def change(book: Any) -> None:
        del book[name]

    return edit(change)


def merge(sheet: str, cells: str) -> Callable[[bytes], bytes]:
    def change(book: Any) -> None:
        book[sheet].merge_cells(cells)

    return edit(change)


def delete_column(sheet: str, column: int) -> Callable[[bytes], bytes]:
    def change(book: Any) -> None:
        book[sheet].delete_cols(column)

    return edit(change)


def long_texts(raw: bytes) -> bytes:
    def change(book: Any) -> None:
        sheet = book["Bewertungen"]
        for row in range(2, 14):
            sheet.cell(row, 6).value = "x" * 30_000

    return edit(change)(raw)


def duplicate_row(raw: bytes) -> bytes:
    def change(book: Any) -> None:
        sheet = book["Bewertungen"]
        row = sheet.max_row + 1
        for column in range(1, 10):
            sheet.cell(row, column).value = sheet.cell(3, column).value

    return edit(change)(raw)


#: (name, spoiler, where, message): ``where`` is what follows the file name.
CASES_ = [
    ("level-typed-as-text", cell("Bewertungen", "E3", "drei"), "Bewertungen!E3",
     "The level must be 0 to 4, not 'drei' (choose one from the list)"),
    ("level-out-of-range", cell("Bewertungen", "E3", 7), "Bewertungen!E3",
     "The level must be 0 to 4, not '7'"),
    ("level-a-fraction", cell("Bewertungen", "E3", 2.5), "Bewertungen!E3",
     "The level must be 0 to 4, not '2.5'"),
    ("knock-out-vielleicht", cell("Bewertungen", "E10", "vielleicht"), "Bewertungen!E10",
     "The level must be 0 to 4, not 'vielleicht'"),
    ("providers-as-words", cell("Alternativen", "I2", "viele"), "Alternativen!I2",
     "A whole number is expected here, not 'viele'"),
    ("amount-typed-the-german-way", cell("Kosten", "D2", "25.000 €"), "Kosten!D2",
     "'25.000 €' is entered as text, not as a number (enter the number without a unit, "
     "e.g. 25000)"),
    ("amount-with-tenths-of-cents", cell("Kosten", "D2", 25000.555), "Kosten!D2",
     "25000.555: euro amounts have at most two decimals (cents) (round to cents, e.g. 25000.5"),
    ("amount-missing", cell("Kosten", "D2", None), "Kosten!D2",
     "A value is missing here: Amount (EUR) (fill in the cell)"),
    ("date-in-words", cell("Bewertungen", "H2", "gestern"), "Bewertungen!H2",
     "Invalid date 'gestern'"),
    ("date-as-a-plain-number", cell("Bewertungen", "H2", 46000, "General"), "Bewertungen!H2",
     "A date is expected here, not '46000'"),
    ("id-turned-into-a-date", cell("Anforderungen", "A2", dt.datetime(2026, 1, 1), "DD.MM.YYYY"),
     "Anforderungen!A2", "Excel has turned the entry into a date (2026-01-01)"),
    ("must-vielleicht", cell("Anforderungen", "C2", "vielleicht"), "Anforderungen!C2",
     "Yes or no is expected here, not 'vielleicht'"),
    ("coverage-unknown", cell("Anforderungen", "D2", "fast"), "Anforderungen!D2",
     "The value 'fast' is not allowed here (allowed: met, partly met, not met)"),
    ("deployment-unknown", cell("Alternativen", "F2", "Keller"), "Alternativen!F2",
     "The value 'Keller' is not allowed here"),
    ("title-emptied", cell("Antrag", "B4", None), "Antrag!B4",
     "A value is missing here: Title (fill in the cell)"),
    ("licence-emptied", cell("Alternativen", "D2", None), "Alternativen!D2",
     "A value is missing here: Licence (SPDX)"),
    ("country-in-words", cell("Alternativen", "G2", "Deutschland"), "Alternativen!G2",
     "'Deutschland' is invalid: expected a two-letter ISO 3166-1 country code"),
    ("formula-without-value", cell("Alternativen", "I2", "=2+3"), "Alternativen!I2",
     "The cell holds a formula without a computed value"),
    ("stored-error-value", xml("xl/worksheets/sheet4.xml",
                               r'<c r="I2"([^>]*)><v>[^<]*</v></c>',
                               r'<c r="I2"\1 t="e"><f>1/0</f><v>#DIV/0!</v></c>'),
     "Alternativen!I2", "The cell shows the error #DIV/0!"),
    ("merged-input-cells", merge("Bewertungen", "F2:G2"), "Bewertungen!F2",
     "The cells F2:G2 are merged; ossfirst reads every cell on its own (unmerge them)"),
    ("sheet-deleted", delete("Kosten"), "",
     "The sheet 'Costs' is missing (restore it (ossfirst init writes a complete form))"),
    ("sheet-renamed", rename("Bewertungen", "Bewertung"), "Bewertung!A1",
     "The sheet 'Assessments' is missing (did you mean the sheet 'Bewertung'? Rename it back"),
    ("column-renamed", cell("Bewertungen", "F1", "Begruendung"), "Bewertungen!F1",
     "Unknown column heading 'Begruendung' (did you mean 'Begründung'?)"),
    ("column-deleted", delete_column("Bewertungen", 6), "Bewertungen!A1",
     "The column 'Rationale' is missing"),
    ("field-unknown", cell("Antrag", "A4", "Überschrift"), "Antrag!A4",
     "Unknown field 'Überschrift'"),
    ("alternative-unknown", cell("Kosten", "A2", "jitsy"), "Kosten!A2",
     "There is no alternative 'jitsy' on the sheet 'Alternatives' (did you mean 'jitsi'?)"),
    ("assessment-twice", duplicate_row, "Bewertungen!B",
     "There is a row for 'jitsi' and 'economics.internal-effort' already (row 3)"),
    ("texts-too-long", long_texts, "Bewertungen!F",
     "The texts of the form are longer than 300,000 characters together"),
    ("rows-beyond-the-limit", rows_beyond, "Bewertungen!A1",
     "The sheet has entries in more than 10,000 rows"),
    ("macros", macros, "",
     "The workbook contains macros; ossfirst reads no workbook with macros and runs none "
     "(save it as an Excel workbook without macros (.xlsx))"),
    ("zip-bomb", bomb, "", "The workbook unpacks to 209.7 MB (at most 10.0 MB)"),
    ("zip-bomb-lying-about-its-size", lying_sizes, "",
     "The workbook is damaged ([Content_Types].xml: Bad CRC-32"),
    ("not-a-workbook", lambda raw: b"ossfirst: 1\nid: x\n", "",
     "The file is not an Excel workbook (.xlsx)"),
    ("a-zip-but-no-workbook", lambda raw: rezip(raw, {}, None)[:0] + _plain_zip(), "",
     "The file is not an Excel workbook (.xlsx)"),
    ("truncated", lambda raw: raw[: len(raw) // 2], "", "The file is not an Excel workbook"),
]  # fmt: skip


def _plain_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        target.writestr("hello.txt", "hello")
    return out.getvalue()


@pytest.mark.parametrize(("name", "spoil", "where", "message"), CASES_, ids=[c[0] for c in CASES_])
def test_a_spoilt_form_is_refused_at_its_cell(
    name: str, spoil: Callable[[bytes], bytes], where: str, message: str, form: bytes, cli,
    tmp_path: Path,
) -> None:  # fmt: skip
    path = tmp_path / "form.xlsx"
    path.write_bytes(spoil(form))
    started = time.process_time()
    run = cli("evaluate", path, "-f", "md,xlsx", "-d", tmp_path / "out", "-q")
    assert time.process_time() - started < 5
    assert run.code == 2, (name, run.stderr)
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr
    expected = f"{path}:{where}" if where else f"{path}: error: "
    lines = [line for line in run.stderr.splitlines() if message in line]
    assert lines, run.stderr
    assert lines[0].startswith(expected), lines[0]
    assert not (tmp_path / "out").exists()


def test_the_level_message_in_german(form: bytes, cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("OSSFIRST_LANG", "de")
    path = tmp_path / "form.xlsx"
    path.write_bytes(cell("Bewertungen", "E12", "drei")(form))
    run = cli("validate", path)
    assert run.code == 2
    assert (
        f"{path}:Bewertungen!E12: Fehler: Die Stufe muss 0 bis 4 sein, nicht 'drei' "
        "(wählen Sie eine aus der Liste)"
    ) in run.stderr


@pytest.mark.parametrize(
    ("file", "message"),
    [
        ("encrypted.xlsx", "The workbook is encrypted (protected by a password); ossfirst cannot "
         "read it (save it without a password)"),
        ("legacy.xls", "The file is a workbook in the old Excel format (.xls) (save it as an "
         "Excel workbook (.xlsx))"),
    ],
)  # fmt: skip
def test_kept_files_of_the_corpus(file: str, message: str, cli) -> None:
    run = cli("validate", CORPUS / file)
    assert run.code == 2
    assert f"{CORPUS / file}: error: {message}" in run.stderr


def test_a_renamed_form_is_read_by_its_content_too(form: bytes, cli, tmp_path: Path) -> None:
    """An encrypted file named .xlsx and a form in English work whichever names they have."""
    path = tmp_path / "verschlüsselt.xlsx"
    path.write_bytes((CORPUS / "encrypted.xlsx").read_bytes())
    assert "is encrypted" in cli("check", path).stdout


def test_check_reports_a_spoilt_form_as_invalid_input(form: bytes, cli, tmp_path: Path) -> None:
    path = tmp_path / "form.xlsx"
    path.write_bytes(cell("Bewertungen", "E3", "drei")(form))
    run = cli("check", path)
    assert run.code == 2
    assert f"{path}:Bewertungen!E3: error: The level must be 0 to 4, not 'drei'" in run.stdout
    assert "[invalid-input]" in run.stdout
