# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Every name readable in every format: names in Latin, Greek, Cyrillic, Arabic, Hebrew,
Devanagari, Thai, Chinese (simplified and traditional), Japanese and Korean, and an emoji.

The PDF shows each name as written (read back with pdftotext, which gives text written
right to left in its logical order); without a CJK font it shows codes that stay searchable
and names the script and the field, in the report and in a warning; the emoji is left out
with a note. The HTML sets a right-to-left name apart (``<bdi>``).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader

from ossfirst import prose
from ossfirst.api import evaluate_file, render
from ossfirst.model.result import Result
from ossfirst.render import RenderOptions, glyphs, pdf
from tests.conftest import CASES

NAMES = CASES / "markup" / "names-in-scripts.yaml"
_BIDI = re.compile(r"[\u200b\u202a-\u202e\u2066-\u2069]")


@cache
def result() -> Result:
    return evaluate_file(NAMES, draws=0)


def shown(name: str) -> str:
    """A name as the PDF shows it: without its emoji, white space collapsed."""
    return " ".join("".join(c for c in name if not glyphs.is_emoji(c)).split())


def pdftotext(data: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    source = tmp_path / "report.pdf"
    source.write_bytes(data)
    run = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(source), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return " ".join(_BIDI.sub("", run.stdout.decode("utf-8")).split())


def test_the_case_has_a_name_in_every_script() -> None:
    scripts = {a.id for a in result().alternatives}
    assert scripts >= {
        "latin",
        "greek",
        "cyrillic",
        "arabic",
        "hebrew",
        "devanagari",
        "thai",
        "chinese-simplified",
        "chinese-traditional",
        "japanese",
        "korean",
        "emoji",
    }


def test_the_pdf_shows_every_name_and_provider_as_written(with_cjk: Path, tmp_path: Path) -> None:
    data = render(result(), "pdf", "en")
    text = pdftotext(data, tmp_path)
    for alternative in result().alternatives:
        assert shown(alternative.name) in text, alternative.id
        provider = alternative.description
        assert provider is not None
        if prose.right_to_left(provider):
            # "Provider: name" mixes a colon into right-to-left text, whose order in the
            # extracted text is pdftotext's guess; every word is there
            assert all(word.strip(":") in text for word in provider.split()), alternative.id
        else:
            assert shown(provider) in text, alternative.id
    assert "[U+" not in text
    # every script's font is embedded (and subset: the file stays small)
    fonts = {str(f) for page in PdfReader(io.BytesIO(data)).pages for f in _font_names(page)}
    for family in ("NotoSansArabic", "NotoSansHebrew", "NotoSansDevanagari", "NotoSansThai"):
        assert any(family in f for f in fonts), family
    assert any("NotoSansCJK" in f for f in fonts)
    # the emoji is left out, and the report says so
    assert "emoji in alternatives[11].name (U+1F680): left out" in text
    # archival and accessible as any report, and reproducible
    raw = PdfReader(io.BytesIO(data)).trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b"<pdfaid:part>3</pdfaid:part>" in raw and b"<pdfuaid:part>1</pdfuaid:part>" in raw
    assert render(result(), "pdf", "en") == data


def _font_names(page) -> list[str]:  # type: ignore[no-untyped-def]
    resources = page["/Resources"].get_object()
    fonts = resources.get("/Font")
    if fonts is None:
        return []
    return [str(f.get_object()["/BaseFont"]) for f in fonts.get_object().values()]


def test_the_pdf_sets_right_to_left_text_right_to_left(with_cjk: Path, tmp_path: Path) -> None:
    """pdftotext returns a run written right to left in its logical order only when the
    PDF draws it right to left, as Typst does for Arabic and Hebrew."""
    text = pdftotext(render(result(), "pdf", "de"), tmp_path)
    assert "منصة المواطنين الرقمية" in text
    assert "פורטל העירייה" in text
    assert "Vorgeschlagen ist منصة المواطنين الرقمية, empfohlen aber" in text


def test_without_a_cjk_font_the_codes_stay_whole_and_are_named(no_cjk: None) -> None:
    options = RenderOptions(lang="en")
    data = pdf.data(result(), options)
    payload = str(data).replace("\\u200b", "\u200b")
    # each code whole and searchable; a long run of them may break between two codes
    assert "[U+5E02][U+6C11]\u200b[U+670D][U+52A1]\u200b[U+5E73][U+53F0]" in payload
    assert not re.search(r"\[U\+[0-9A-F]*\u200b", payload)
    notices = pdf.notices(result(), options)
    assert (
        "Chinese/Japanese (Han) in alternatives[7].name (U+5E02, U+6C11, U+670D, U+52A1, "
        "U+5E73, U+53F0): shown as codes, no font found for it"
    ) in notices
    assert any(n.startswith("Korean (Hangul) in alternatives[10].name") for n in notices)
    assert any(n.startswith("Japanese (Katakana) in alternatives[9].name") for n in notices)
    assert notices[-1].startswith("Install Noto Sans CJK (for example apt-get install")
    assert "OSSFIRST_FONT_PATH" in notices[-1]
    # the scripts the wheel carries need no warning
    assert not any(re.search(r"alternatives\[(0|1|2|3|4|5|6)\]\.", n) for n in notices), notices


def test_evaluate_warns_naming_the_script_and_the_field(cli, no_cjk: None, tmp_path: Path) -> None:
    run = cli("evaluate", NAMES, "-f", "pdf", "-d", tmp_path, "--draws", "0", "-q", "-l", "en")
    assert run.code in (0, 1), run.stderr
    assert (
        f"{NAMES}: warning: PDF: Chinese/Japanese (Han) in alternatives[7].name (U+5E02"
        in run.stderr
    )
    assert "warning: PDF: Install Noto Sans CJK" in run.stderr
    # Markdown shows every character: no warning for it
    run = cli("evaluate", NAMES, "-f", "md", "-d", tmp_path, "--draws", "0", "-q")
    assert "Warnung" not in run.stderr and "warning" not in run.stderr


def test_the_html_sets_a_right_to_left_name_apart() -> None:
    html = render(result(), "html", "de").decode("utf-8")
    assert "Vorgeschlagen ist <bdi>منصة المواطنين الرقمية</bdi>, empfohlen aber" in html
    assert "<bdi>פורטל העירייה</bdi>" in html
    for alternative in result().alternatives:
        assert alternative.name in html, alternative.id
    assert "<bdi>Bürgerportal" not in html  # a name written left to right needs nothing
    # Markdown keeps the names as written, without isolates
    markdown = render(result(), "md", "de").decode("utf-8")
    assert "Vorgeschlagen ist منصة المواطنين الرقمية, empfohlen aber" in markdown
    assert "\u2068" not in markdown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a \u2068مدينة\u2069 b", "a \u2068مدينة\u2069 b"),  # a balanced isolate is safe
        ("harmless\u202etxt.exe", "harmlesstxt.exe"),  # an override is not
        ("open \u2068isolate", "open isolate"),  # nor an isolate that never closes
        ("\u2067x\u2069 \u2068\u202ey\u2069", "x \u2068y\u2069"),
    ],
)
def test_only_balanced_isolates_survive_as_bidirectional_controls(text: str, expected: str) -> None:
    assert prose.strip_controls(text) == expected
    assert prose.isolate("Bürgerportal") == "Bürgerportal"
    assert prose.isolate("פורטל\u202e") == "\u2068פורטל\u2069"
