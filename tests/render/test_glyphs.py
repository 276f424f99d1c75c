# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The report fonts' coverage, read from their cmaps, and what becomes of the rest."""

from __future__ import annotations

import datetime as dt
import itertools
from importlib import resources
from pathlib import Path

import pytest

from ossfirst.render import fonts, glyphs

FAMILIES = ["NotoSans", "NotoSansArabic", "NotoSansHebrew", "NotoSansDevanagari", "NotoSansThai"]
FACES = [f"{family}-{weight}.ttf" for family in FAMILIES for weight in ("Regular", "Bold")]


def test_the_shipped_faces_are_these() -> None:
    shipped = [p.name for p in (resources.files("ossfirst") / glyphs.FONTS).iterdir()]
    assert sorted(shipped) == sorted(FACES)
    assert sorted(fonts.SHIPPED_REGULAR) == sorted(f"{f}-Regular.ttf" for f in FAMILIES)


def face(name: str) -> bytes:
    return (resources.files("ossfirst") / glyphs.FONTS / name).read_bytes()


@pytest.mark.parametrize("family", FAMILIES)
def test_bold_covers_what_regular_covers(family: str) -> None:
    regular = glyphs.coverage(face(f"{family}-Regular.ttf"))
    assert glyphs.coverage(face(f"{family}-Bold.ttf")) == regular, family


def test_coverage_ranges_are_sorted_and_disjoint() -> None:
    ranges = glyphs.coverage(face(glyphs.REGULAR))
    for (_, end), (start, _) in itertools.pairwise(ranges):
        assert end < start - 1


def test_german_text_and_the_reports_own_symbols_are_covered(no_cjk: None) -> None:
    for char in "äöüÄÖÜß€„“‚‘–—…·•×÷Σ›%§":
        assert glyphs.displayable(char), char
    assert all(glyphs.displayable(chr(c)) for c in range(0x20, 0x7F))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Grüße, 10 €", "Grüße, 10 €"),
        ("ok 😀", "ok "),  # an emoji is left out
        ("Daumen 👍🏽 hoch", "Daumen  hoch"),  # with its skin-tone modifier
        ("中文\n한", "[U+4E2D][U+6587]\n[U+D55C]"),
        ("\ufffe", "[U+FFFE]"),
        ("Prosody ≥ 0.12, nginx ≤ 1.27", "Prosody >= 0.12, nginx <= 1.27"),
        ("100 × (2 \u2212 P / Pmin)", "100 × (2 \u2212 P / Pmin)"),
        ("مدينة שלום नमस्ते สวัสดี Ελλάδα Москва", "مدينة שלום नमस्ते สวัสดี Ελλάδα Москва"),
        ("a \u2068مدينة\u2069 b", "a \u2068مدينة\u2069 b"),  # isolates stay
    ],
)
def test_printable_without_a_cjk_font(no_cjk: None, text: str, expected: str) -> None:
    assert glyphs.printable(text) == expected


def test_with_a_cjk_font_chinese_japanese_and_korean_are_shown(with_cjk: Path) -> None:
    text = "市民服务平台 市民服務平臺 市民ポータル 시민 서비스 포털：「」"
    assert glyphs.printable(text) == text
    assert glyphs.unshown(text + " 🚀") == ["🚀"]
    # only the CJK blocks come from the CJK font: other signs look the same without it
    assert glyphs.printable("≥ → ✓") == ">= [U+2192] [U+2713]"


def test_the_script_of_a_character_is_named() -> None:
    assert glyphs.script("市", "en") == "Chinese/Japanese (Han)"
    assert glyphs.script("ポ", "de") == "Japanisch (Katakana)"
    assert glyphs.script("시", "en") == "Korean (Hangul)"
    assert glyphs.script("ሀ", "en") == "Ethiopic"
    assert glyphs.script("🚀", "en") == "emoji"


def test_a_cjk_font_is_found_on_the_search_path_by_its_file_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_cjk: None
) -> None:
    assert fonts.cjk_fonts() == {}
    folder = tmp_path / "fonts" / "noto"
    folder.mkdir(parents=True)
    (folder / "NotoSansCJK-Regular.ttc").write_bytes(b"")
    (tmp_path / "other.ttc").write_bytes(b"")
    monkeypatch.setenv(fonts.ENVIRONMENT, str(tmp_path / "missing") + ":" + str(tmp_path))
    assert fonts.cjk_fonts() == {"regular": folder / "NotoSansCJK-Regular.ttc"}


def test_the_spelled_signs_are_still_missing_from_the_font(no_cjk: None) -> None:
    """Once the font has them, they need no spelling."""
    assert not any(glyphs.displayable(sign) for sign in glyphs.SPELLED)


def test_every_text_of_the_reports_shows_in_the_font() -> None:
    """ossfirst's own words never reach a PDF as a code point."""
    from ossfirst.texts import TEXTS

    # The hint to an invalid id spells the umlauts out with arrows ("ä → ae"), for the
    # terminal; the annual report lists it for a request that could not be evaluated, where
    # the arrow shows as its code point, as an arrow in a request's own text does.
    terminal = {"val.hint.transliteration", "val.hint.transliterated"}
    for key, pair in TEXTS.items():
        if key in terminal:
            assert set(glyphs.unshown(pair[0])) == {"→"}, key
            continue
        for text in pair:
            assert "[U+" not in glyphs.printable(text), key


def test_a_font_without_unicode_cmap_is_refused() -> None:
    with pytest.raises(ValueError, match="no cmap table"):
        glyphs.coverage(b"\x00\x01\x00\x00\x00\x00" + b"\x00" * 6)


def test_printable_agrees_with_displayable_for_every_code_point() -> None:
    text = "".join(chr(c) for c in range(0x20, 0x30000) if not 0xD800 <= c <= 0xDFFF)
    expected = "".join(
        c
        if glyphs.displayable(c) or c in glyphs.ISOLATES
        else ""
        if glyphs.is_emoji(c)
        else glyphs.SPELLED.get(c) or f"[U+{ord(c):04X}]"
        for c in text
    )
    assert glyphs.printable(text) == expected


def _document(text: str) -> dict[str, object]:
    return {"sections": [{"blocks": [{"type": "paragraph", "paragraphs": [[text]]}]}]}


def test_the_pdf_names_the_cjk_font_only_for_a_document_that_needs_it(
    with_cjk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typst reads Noto Sans CJK (two collections of ten faces) only when the template's
    font list names it, which it does only for a character of the CJK blocks; Typst would
    use it for no other, so the PDF is the same either way."""
    from ossfirst.render import pdf

    when = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    latin = pdf.template_input(_document("Stadt Köln, Ελλάδα, Київ, مدينة"), when)
    assert latin["fonts"] == list(fonts.FAMILIES[:-1])
    chinese = pdf.template_input(_document("市民服务平台"), when)
    assert chinese["fonts"] == list(fonts.FAMILIES)
    assert chinese["sections"][0]["blocks"][0]["paragraphs"] == [["市民服务平台"]]
    # a document without Chinese, Japanese or Korean does not even look for the CJK font
    monkeypatch.setattr(fonts, "cjk_fonts", lambda environ=None: pytest.fail("looked"))
    assert pdf.template_input(_document("Ümlaut ≥ 🚀"), when)["fonts"] == list(fonts.FAMILIES[:-1])
