# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The shipped font's coverage, read from its cmap, and the spelling out of the rest."""

from __future__ import annotations

import itertools
from importlib import resources

import pytest

from ossfirst.render import glyphs

FACES = ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf"]


def test_the_shipped_faces_are_these() -> None:
    shipped = [p.name for p in (resources.files("ossfirst") / glyphs.FONTS).iterdir()]
    assert sorted(shipped) == sorted(FACES)


def face(name: str) -> bytes:
    return (resources.files("ossfirst") / glyphs.FONTS / name).read_bytes()


def test_all_faces_cover_the_same_characters() -> None:
    regular = glyphs.coverage(face(glyphs.REGULAR))
    for name in FACES:
        assert glyphs.coverage(face(name)) == regular, name


def test_coverage_ranges_are_sorted_and_disjoint() -> None:
    ranges = glyphs.coverage(face(glyphs.REGULAR))
    for (_, end), (start, _) in itertools.pairwise(ranges):
        assert end < start - 1


def test_german_text_and_the_reports_own_symbols_are_covered() -> None:
    for char in "äöüÄÖÜß€„“‚‘–—…·•×÷Σ›%§":
        assert glyphs.displayable(char), char
    assert all(glyphs.displayable(chr(c)) for c in range(0x20, 0x7F))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Grüße, 10 €", "Grüße, 10 €"),
        ("ok 😀", "ok [U+1F600]"),
        ("中文\n→", "[U+4E2D][U+6587]\n[U+2192]"),
        ("\ufffe", "[U+FFFE]"),
        ("Prosody ≥ 0.12, nginx ≤ 1.27", "Prosody >= 0.12, nginx <= 1.27"),
        ("100 × (2 \u2212 P / Pmin)", "100 × (2 - P / Pmin)"),
    ],
)
def test_printable(text: str, expected: str) -> None:
    assert glyphs.printable(text) == expected


def test_the_spelled_signs_are_still_missing_from_the_font() -> None:
    """Once the font has them, they need no spelling."""
    assert not any(glyphs.displayable(sign) for sign in glyphs.SPELLED)


def test_every_text_of_the_reports_shows_in_the_font() -> None:
    """ossfirst's own words never reach a PDF as a code point."""
    from ossfirst.render.texts import TEXTS

    for key, pair in TEXTS.items():
        for text in pair:
            assert "[U+" not in glyphs.printable(text), key


def test_a_font_without_unicode_cmap_is_refused() -> None:
    with pytest.raises(ValueError, match="no cmap table"):
        glyphs.coverage(b"\x00\x01\x00\x00\x00\x00" + b"\x00" * 6)


def test_printable_agrees_with_displayable_for_every_code_point() -> None:
    text = "".join(chr(c) for c in range(0x20, 0x30000) if not 0xD800 <= c <= 0xDFFF)
    expected = "".join(
        c if glyphs.displayable(c) else glyphs.SPELLED.get(c) or f"[U+{ord(c):04X}]" for c in text
    )
    assert glyphs.printable(text) == expected
