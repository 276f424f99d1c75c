# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The PDF report, read back with pypdf: text, archival and accessibility metadata, fonts,
tags, the attached Result, reproducibility, and request text that looks like Typst."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from ossfirst.api import evaluate_file, render
from ossfirst.model.result import Result
from ossfirst.render import RenderOptions, document, json_result, pdf, sections
from tests.conftest import CASES, EXAMPLES, example_paths

INJECTION = CASES / "markup" / "injection.yaml"


@cache
def result_of(path: Path) -> Result:
    return evaluate_file(path)


@cache
def pdf_of(path: Path, lang: str | None = None) -> bytes:
    return render(result_of(path), "pdf", lang)


@cache
def text_of(path: Path, lang: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(pdf_of(path, lang)))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Text without white space and without the hyphens the layout added at line ends, so
    that a name broken across lines can still be found."""
    return re.sub(r"[\s\u00ad\u200b]+", "", re.sub(r"[-\u00ad]\n", "", text))


def reader_of(path: Path, lang: str | None = None) -> PdfReader:
    return PdfReader(io.BytesIO(pdf_of(path, lang)))


def _resolve(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def struct_elements(reader: PdfReader) -> list[DictionaryObject]:
    """Every element of the structure tree (the PDF's tags)."""
    root = _resolve(reader.trailer["/Root"]["/StructTreeRoot"])
    found: list[DictionaryObject] = []
    stack = [root]
    while stack:
        node = _resolve(stack.pop())
        if isinstance(node, ArrayObject):
            stack.extend(node)
        elif isinstance(node, DictionaryObject):
            if "/S" in node:
                found.append(node)
            kids = node.get("/K")
            if kids is not None:
                stack.append(kids)
    return found


def role(reader: PdfReader, element: DictionaryObject) -> str:
    role_map = _resolve(reader.trailer["/Root"]["/StructTreeRoot"]).get("/RoleMap", {})
    name = str(element["/S"])
    return str(role_map.get(name, name))


def fonts_of(resources: Any, seen: set[int]) -> list[DictionaryObject]:
    """The fonts of a resource dictionary and of every form and pattern inside it."""
    resources = _resolve(resources)
    if not isinstance(resources, DictionaryObject) or id(resources) in seen:
        return []
    seen.add(id(resources))
    fonts = [_resolve(f) for f in _resolve(resources.get("/Font", DictionaryObject())).values()]
    for group in ("/XObject", "/Pattern"):
        for item in _resolve(resources.get(group, DictionaryObject())).values():
            inner = _resolve(item)
            if "/Resources" in inner:
                fonts += fonts_of(inner["/Resources"], seen)
    return fonts


@pytest.mark.parametrize("example", example_paths(), ids=lambda p: p.stem)
def test_text_has_the_request_id_every_alternative_and_intact_umlauts(example: Path) -> None:
    result = result_of(example)
    text = text_of(example)
    assert result.request.id in text
    for alternative in result.alternatives:
        assert flat(alternative.name) in flat(text), alternative.name
    if result.request.language == "de":
        assert "Begründung der Softwareauswahl" in text
        assert "Ausschlussgründe" in flat(text)
    else:
        assert "Justification of the software selection" in text
    pages = len(reader_of(example).pages)
    assert 4 <= pages <= 40, pages


@pytest.mark.parametrize("lang", ["de", "en"])
def test_page_furniture_and_numbers_in_the_report_language(lang: str) -> None:
    example = EXAMPLES / "videoconferencing.yaml"
    reader = reader_of(example, lang)
    pages = len(reader.pages)
    last = reader.pages[-1].extract_text()
    if lang == "de":
        assert f"Seite {pages} von {pages}" in last
        # a number keeps its unit on its line: a no-break space between them
        assert "368.518,38\u00a0EUR" in text_of(example, lang)
        assert "20.11.2026" in text_of(example, lang)
    else:
        assert f"Page {pages} of {pages}" in last
        assert "368,518.38\u00a0EUR" in text_of(example, lang)
        assert "2026-11-20" in text_of(example, lang)
    # the running header names the request from page 2 on
    assert "2026-IT-017" in reader.pages[1].extract_text()


def test_xmp_declares_pdfa3b_and_pdfua1_with_title_and_language() -> None:
    reader = reader_of(EXAMPLES / "videoconferencing.yaml")
    xmp = reader.xmp_metadata
    assert xmp is not None
    raw = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r"<pdfaid:part>3</pdfaid:part>", raw)
    assert re.search(r"<pdfaid:conformance>B</pdfaid:conformance>", raw)
    assert re.search(r"<pdfuaid:part>1</pdfuaid:part>", raw)
    assert xmp.dc_title == {
        "x-default": "Begründung der Softwareauswahl: Videokonferenzlösung für die Stadtverwaltung"
    }
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "de-DE"
    assert bool(root["/MarkInfo"]["/Marked"])
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])


@pytest.mark.parametrize(
    "example", [EXAMPLES / "videoconferencing.yaml", INJECTION], ids=["demo", "injection"]
)
def test_every_font_is_embedded(example: Path) -> None:
    reader = reader_of(example)
    seen: set[int] = set()
    fonts = [font for page in reader.pages for font in fonts_of(page["/Resources"], seen)]
    assert fonts
    for font in fonts:
        for face in font.get("/DescendantFonts", [font]):
            descriptor = _resolve(_resolve(face)["/FontDescriptor"])
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font
    names = {str(font["/BaseFont"]).split("+")[-1] for font in fonts}
    assert {"NotoSans-Regular", "NotoSans-Bold"} <= names


def test_tags_headings_table_headers_and_charts_with_alt_text() -> None:
    reader = reader_of(EXAMPLES / "videoconferencing.yaml")
    elements = struct_elements(reader)
    roles = [role(reader, e) for e in elements]
    assert "/H1" in roles and "/TH" in roles and "/Table" in roles
    figures = [e for e in elements if role(reader, e) == "/Figure"]
    alts = [str(figure["/Alt"]) for figure in figures]
    # the two charts of the dimensions and the one of the weightings around the profile
    dimensions = [alt for alt in alts if "Wirtschaftlichkeit" in alt]
    [shares] = [alt for alt in alts if "gestreuten Gewichtungen" in alt]
    assert len(alts) == 3 and len(dimensions) == 2
    for alt in dimensions:
        assert "Jitsi Meet" in alt
    # each alternative's share in words
    assert "BigBlueButton beim kommunalen IT-Dienstleister: 100,0\u00a0%" in shares
    assert "10.000 gestreuten Gewichtungen" in shares


def test_the_result_is_attached_as_json_and_reads_back() -> None:
    example = EXAMPLES / "videoconferencing.yaml"
    reader = reader_of(example)
    attachments = reader.attachments
    assert list(attachments) == ["2026-IT-017.json"]
    [content] = attachments["2026-IT-017.json"]
    result = result_of(example)
    assert content == json_result.render(result, RenderOptions(lang="de"))
    assert json.loads(content)["verdict"]["recommended"] == result.verdict.recommended
    [spec] = reader.trailer["/Root"]["/AF"]
    assert spec.get_object()["/AFRelationship"] == "/Data"
    assert "2026-IT-017.json" in text_of(example)  # the audit annex says it is there


def test_same_inputs_give_the_same_bytes_and_the_issue_date_is_the_creation_date() -> None:
    result = result_of(EXAMPLES / "office-suite.yaml")
    first = render(result, "pdf")
    assert render(result, "pdf") == first
    reader = PdfReader(io.BytesIO(first))
    assert reader.metadata is not None
    day = result.request.date
    assert reader.metadata.creation_date == dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    issued = dt.datetime(2027, 3, 1, 12, 30, tzinfo=dt.UTC)
    later = render(result, "pdf", issued=issued)
    assert later != first
    assert later == render(result, "pdf", issued=issued)
    reader = PdfReader(io.BytesIO(later))
    assert reader.metadata is not None
    assert reader.metadata.creation_date == issued
    assert "2027-03-01" in reader.pages[0].extract_text()  # an English request


def test_a_naive_issue_time_counts_as_utc() -> None:
    result = result_of(EXAMPLES / "office-suite.yaml")
    naive = dt.datetime(2027, 3, 1, 12, 30)
    aware = naive.replace(tzinfo=dt.UTC)
    assert render(result, "pdf", issued=naive) == render(result, "pdf", issued=aware)


TYPST_LOOKALIKES = [
    '#import "@preview/evil:0.1.0": * $x^2$ *fett* _kursiv_ ] [ \\',
    '#read("/etc/passwd")',
    ']) #panic("boom") ( {{ 7*7 }}',
    "\\\\ \\u005c \\x41 #sys.inputs.data",
    '#let leak = read("/etc/passwd")',
    "$ sum_(i=0)^n i $ // Kommentar /* Block",
    "Werkzeug #1 *fett* [Link](javascript:alert(1)) <b>x</b>",
    "Geschlossen ]] #box[x",
    "#set page(fill: red) #place(center)[GEFÄLSCHT]",
    '#include "/etc/passwd"',
    "Pfad C:\\Temp\\new und ein \\n im Text, Klammern ( [ { ohne Ende.",
    "AZ-2026-000000000000000000000000000000000000000000000000000000000001",
    # a recorded deviation: its justification is a line of its own beneath the row
    "#set page(fill: red) ]) <td colspan=9>Zelle</td> Abweichung aus dem Antrag",
    "#box[AZ 1] *fett*",
]


@pytest.mark.parametrize("literal", TYPST_LOOKALIKES)
def test_request_text_that_looks_like_typst_is_shown_literally(literal: str) -> None:
    assert flat(literal) in flat(text_of(INJECTION))


def test_injected_code_neither_runs_nor_reads_files() -> None:
    text = text_of(INJECTION)
    assert "root:" not in text  # /etc/passwd was not read
    # {{ 7*7 }} was not evaluated (hex digests may contain "49" by chance: leave them out)
    assert "49" not in re.sub(r"[0-9a-f]{16,}", "", flat(text)).replace("2049", "")
    assert "Grüße 10 €" in text  # umlauts and the euro sign intact
    # a page filled red would still have text; the layout is the report's own
    assert len(reader_of(INJECTION).pages) < 12


def test_characters_no_font_has_are_spelled_out_or_left_out_and_named(no_cjk: None) -> None:
    result = result_of(INJECTION)
    reader = PdfReader(io.BytesIO(render(result, "pdf", "en")))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Emoji  und Chinesisch [U+4E2D][U+6587] und ein Pfeil [U+2192]" in text
    assert "😀" not in text and "[U+1F600]" not in text
    # the report names what it could not show, and where
    said = " ".join(text.split())
    assert "Characters no font of this report can show" in said
    assert "Chinese/Japanese (Han) in request.need (U+4E2D, U+6587): shown as codes" in said
    assert "emoji in request.need (U+1F600): left out, the report has no emoji font" in said


def test_the_attachment_keeps_the_original_characters() -> None:
    [content] = reader_of(INJECTION).attachments["INJ-1.json"]
    assert "😀" in json.loads(content)["request"]["need"]


def test_data_for_the_template_is_plain_json() -> None:
    data = pdf.data(result_of(EXAMPLES / "web-cms.yaml"), RenderOptions(lang="en"))
    assert json.loads(json.dumps(data)) == data
    assert data["attachment"]["name"].endswith(".json")
    assert data["date"] == {
        "year": 2026,
        "month": data["date"]["month"],
        "day": data["date"]["day"],
        "hour": 0,
        "minute": 0,
        "second": 0,
    }


@pytest.mark.parametrize("example", [*example_paths(), INJECTION], ids=lambda p: p.stem)
def test_typst_has_no_warnings(example: Path) -> None:
    result = result_of(example)
    options = RenderOptions(lang="en")
    _, warnings = pdf.typeset(pdf.data(result, options), pdf.issued(result, options))
    assert warnings == []


def test_pdfinfo_and_pdftotext_read_it_without_a_message(tmp_path: Path) -> None:
    """poppler reports the optional ``/Suspects false`` Typst writes as a syntax error (up
    to poppler 25.11); the report leaves it out, and the catalogue stays marked."""
    import subprocess

    from tests.conftest import system_tool

    pdfinfo = system_tool("pdfinfo", ("-v",))
    pdftotext = system_tool("pdftotext", ("-v",))
    target = tmp_path / "report.pdf"
    target.write_bytes(pdf_of(EXAMPLES / "web-cms.yaml"))
    info = subprocess.run([pdfinfo, str(target)], capture_output=True, text=True, check=True)
    assert info.stderr == "" and "Tagged:          yes" in info.stdout
    text = subprocess.run([pdftotext, str(target), "-"], capture_output=True, text=True, check=True)
    assert text.stderr == "" and "web" in text.stdout.lower()
    root = reader_of(EXAMPLES / "web-cms.yaml").trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"]) and "/Suspects" not in root["/MarkInfo"]


_BLANK = b" " * len(b"/Suspects false")


@pytest.mark.parametrize(
    ("pdf_in", "pdf_out"),
    [
        (
            b"<</MarkInfo<</Marked true/Suspects false>>>>",
            b"<</MarkInfo<</Marked true" + _BLANK + b">>>>",
        ),
        (
            b"/MarkInfo << /Suspects false /Marked true >>",
            b"/MarkInfo << " + _BLANK + b" /Marked true >>",
        ),
        (b"/MarkInfo<</Marked true/Suspects true>>", None),
        (b"(/Suspects false) /MarkInfo<</Marked true>>", None),
    ],
)
def test_only_a_false_suspects_of_the_mark_info_goes_and_the_length_stays(
    pdf_in: bytes, pdf_out: bytes | None
) -> None:
    expected = pdf_in if pdf_out is None else pdf_out
    assert pdf.without_false_suspects(pdf_in) == expected
    assert len(expected) == len(pdf_in)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AZ-" + "0" * 45, "AZ-" + "0" * 20 + "\u200b" + "0" * 20 + "\u200b" + "00000"),
        ("a_b" * 10, "a_ba_ba_ba_ba_ba_ba_\u200bba_ba_ba_b"),
        ("x" * 27, "x" * 27),
        ("Datenschutzfolgenabschätzungen", "Datenschutzfolgenabschätzungen"),  # hyphenated
        (
            "https://example.org/a/very/long/path/with-dashes",
            "https://example.org/a/very/long/path/with-dashes",
        ),
    ],
)
def test_overlong_runs_get_break_opportunities(text: str, expected: str) -> None:
    assert pdf.breakable(text) == expected


def test_hashes_stay_copyable() -> None:
    text = text_of(EXAMPLES / "videoconferencing.yaml")
    assert result_of(EXAMPLES / "videoconferencing.yaml").audit.request_sha256 in text


def test_every_table_is_a_tagged_table_and_evidence_files_are_headings() -> None:
    example = EXAMPLES / "videoconferencing.yaml"
    reader = reader_of(example)
    roles = [role(reader, e) for e in struct_elements(reader)]
    built = sections.build(result_of(example), RenderOptions(lang="de"))
    blocks = [b for s in built.sections for b in s.blocks]
    tables = [b for b in blocks if isinstance(b, document.Table)]
    figures = [b for b in blocks if isinstance(b, document.Figure)]
    assert roles.count("/Table") == roles.count("/THead") == len(tables)
    assert roles.count("/Caption") == len(tables) + len(figures)
    # one heading level below the alternatives: the evidence files
    files = [b for b in blocks if isinstance(b, document.Subheading) and b.level == 4]
    assert roles.count("/H3") == len(files) == 8


def test_evidence_findings_stand_beneath_their_check_and_hashes_stay_whole() -> None:
    example = EXAMPLES / "videoconferencing.yaml"
    result = result_of(example)
    text = text_of(example)
    scorecard = result.alternative("jitsi").evidence.scorecard
    assert scorecard is not None
    for check in scorecard.checks:
        assert flat(f"Befund: {check.reason}") in flat(text), check.name
    for ref in result.audit.evidence:
        assert f"SHA-256 {ref.sha256}" in text
    # a sign the font lacks, written by ossfirst itself, in its usual spelling
    assert "Prosody >= 0.12" in text and "[U+2265]" not in text


def test_recorded_deviations_with_their_justification() -> None:
    request = EXAMPLES / "repo" / "requests" / "2026" / "2026-34-004-standesamt.yaml"
    text = flat(text_of(request, "en"))
    assert flat("Table") in text and flat("Recorded deviations") in text
    assert flat("Vermerk 10/2026-118") in text and flat("Dr. M. Kaiser, Leitung Amt 10") in text
    assert flat("Justification: Die Eigenentwicklung scheidet an den Muss-Anforderungen") in text


def test_a_row_longer_than_a_page_breaks_and_shorter_rows_stay_whole(tmp_path: Path) -> None:
    from tests.engine.requests import alternative, evaluate, request

    sentences = [f"Sentence number {n} of a long rationale written by hand." for n in range(150)]
    long = alternative("a", "open-source", 3, 3)
    long["assessments"]["quality.fit"]["rationale"] = " ".join(sentences)
    result = evaluate(tmp_path, request(long, alternative("b", "open-source", 2, 2)))
    data = pdf.data(result, RenderOptions(lang="en"))
    rows = [
        row
        for section in data["sections"]
        for block in section["blocks"]
        if block["type"] == "table"
        for row in block["rows"]
    ]
    assert sum(row["long"] for row in rows) == 1
    reader = PdfReader(io.BytesIO(render(result, "pdf", "en")))
    pages = [flat(page.extract_text()) for page in reader.pages]

    def page_of(text: str) -> int:
        return next(i for i, page in enumerate(pages) if flat(text) in page)

    # the long row runs on over the next page instead of running off the first one
    assert page_of(sentences[-1]) > page_of(sentences[0])
