# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Which characters the report fonts can show.

PDF/A forbids text drawn with a glyph the font does not have, and Typst refuses to write
such a file. Request text may contain anything, so the PDF renderer replaces every character
no report font can show: an emoji (and the joiners and variation selectors that build
emoji) is left out, any other character is shown as a visible code such as ``[U+5E02]``
(Chinese without a CJK font installed); the renderer names each in a note and a warning.
The coverage is read from the fonts' own ``cmap`` tables (:mod:`ossfirst.render.fonts`), so
it always matches the fonts in use.
"""

from __future__ import annotations

import bisect
import re
import struct
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path

from ossfirst.render import fonts

FONTS = fonts.SHIPPED
#: The face of Noto Sans whose coverage counts; a test checks that the Bold face covers the
#: same, and that of each other shipped family.
REGULAR = "NotoSans-Regular.ttf"
#: Unicode's isolates (first strong isolate, pop directional isolate): kept, they set a name
#: written right to left apart from the sentence around it.
ISOLATES = "\u2068\u2069"


def _directory(data: bytes) -> int:
    """Where the table directory starts: at 0, or for a TrueType/OpenType collection
    (``.ttc``) at its first font's."""
    if data[:4] == b"ttcf":
        return int(struct.unpack_from(">I", data, 12)[0])
    return 0


def _table(data: bytes, tag: bytes) -> bytes:
    base = _directory(data)
    count = struct.unpack_from(">H", data, base + 4)[0]
    for index in range(count):
        record = base + 12 + 16 * index
        if data[record : record + 4] == tag:
            offset, length = struct.unpack_from(">II", data, record + 8)
            return data[offset : offset + length]
    raise ValueError(f"font has no {tag.decode()} table")


def _format12(table: bytes) -> list[tuple[int, int]]:
    groups = struct.unpack_from(">I", table, 12)[0]
    ranges = []
    for index in range(groups):
        start, end, glyph = struct.unpack_from(">III", table, 16 + 12 * index)
        if glyph == 0:
            start += 1  # code point mapped to the missing-glyph box
        if start <= end:
            ranges.append((start, end))
    return ranges


def _format4(table: bytes) -> list[tuple[int, int]]:
    segments = struct.unpack_from(">H", table, 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", table, 14)
    starts = struct.unpack_from(f">{segments}H", table, 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}h", table, 16 + 4 * segments)
    range_base = 16 + 6 * segments
    offsets = struct.unpack_from(f">{segments}H", table, range_base)
    ranges: list[tuple[int, int]] = []

    def add(low: int, high: int) -> None:
        if low > high:
            return
        if ranges and ranges[-1][1] == low - 1:
            ranges[-1] = (ranges[-1][0], high)
        else:
            ranges.append((low, high))

    for index in range(segments):
        start, end = starts[index], ends[index]
        if start == 0xFFFF or start > end:
            continue
        delta = deltas[index]
        if offsets[index] == 0:
            # every code maps to its glyph by the delta: only the one landing on glyph 0 lacks one
            zero = -delta & 0xFFFF
            if start <= zero <= end:
                add(start, zero - 1)
                add(zero + 1, end)
            else:
                add(start, end)
            continue
        where = range_base + 2 * index + offsets[index]
        glyphs = struct.unpack_from(f">{end - start + 1}H", table, where)
        for code, glyph in enumerate(glyphs, start):
            if glyph and (glyph + delta) & 0xFFFF:
                add(code, code)
    return ranges


def coverage(font: bytes) -> list[tuple[int, int]]:
    """The code points ``font`` (a TrueType/OpenType file) has glyphs for, as sorted,
    inclusive ranges."""
    cmap = _table(font, b"cmap")
    count = struct.unpack_from(">H", cmap, 2)[0]
    subtables: dict[tuple[int, int], int] = {}
    for index in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", cmap, 4 + 8 * index)
        subtables[(platform, encoding)] = offset
    for key, reader in (((3, 10), _format12), ((0, 4), _format12), ((3, 1), _format4)):
        offset = subtables.get(key)
        if offset is None:
            continue
        table = cmap[offset:]
        expected = 12 if reader is _format12 else 4
        if struct.unpack_from(">H", table, 0)[0] == expected:
            return reader(table)
    raise ValueError("font has no Unicode cmap")


def _merge(ranges: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(ranges):
        if ends and start <= ends[-1] + 1:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


#: The blocks of Chinese, Japanese and Korean (radicals, CJK punctuation, kana, Bopomofo,
#: Hangul, ideographs and their extensions, full-width forms). Only these are taken from
#: Noto Sans CJK, so that every other character looks the same with it or without it.
CJK_BLOCKS = (
    (0x1100, 0x11FF),
    (0x2E80, 0x2FDF),
    (0x2FF0, 0x9FFF),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7FF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
    (0x20000, 0x3134F),
)


def _clipped(
    ranges: list[tuple[int, int]], blocks: tuple[tuple[int, int], ...]
) -> list[tuple[int, int]]:
    return [
        (max(start, low), min(end, high))
        for start, end in ranges
        for low, high in blocks
        if start <= high and low <= end
    ]


@cache
def _covered(cjk: Path | None) -> tuple[list[int], list[int]]:
    """The code points the shipped fonts cover, and those of the CJK blocks the CJK font
    ``cjk`` covers, merged."""
    ranges: list[tuple[int, int]] = []
    for name in fonts.SHIPPED_REGULAR:
        ranges += coverage((resources.files("ossfirst") / FONTS / name).read_bytes())
    if cjk is not None:
        ranges += _clipped(coverage(cjk.read_bytes()), CJK_BLOCKS)
    return _merge(ranges)


def _cjk() -> Path | None:
    return fonts.cjk_fonts().get("regular")


def displayable(char: str) -> bool:
    """Whether a report font has a glyph for ``char``."""
    starts, ends = _covered(_cjk())
    code = ord(char)
    index = bisect.bisect_right(starts, code) - 1
    return index >= 0 and code <= ends[index]


def is_emoji(char: str) -> bool:
    """An emoji, or a character that builds one (joiner, variation selector, keycap, tag)."""
    code = ord(char)
    return (
        0x1F000 <= code <= 0x1FAFF
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0020 <= code <= 0xE007F
        or code in (0x200D, 0x20E3)
    )


#: Scripts by the first word of a character's Unicode name: their text keys (``script.*``).
_SCRIPTS = {
    "CJK": "han",
    "HIRAGANA": "hiragana",
    "KATAKANA": "katakana",
    "HALFWIDTH": "katakana",
    "HANGUL": "hangul",
    "BOPOMOFO": "bopomofo",
}


def is_cjk(char: str) -> bool:
    """A character of the scripts Noto Sans CJK covers (Han, kana, Hangul, Bopomofo)."""
    return unicodedata.name(char, "").split(" ")[0] in _SCRIPTS


def script(char: str, lang: str) -> str:
    """The script (or kind) of ``char`` in words: Korean (Hangul), Ethiopic, emoji."""
    from ossfirst.texts import text

    if is_emoji(char):
        return text("script.emoji", lang)
    first = unicodedata.name(char, "").split(" ")[0]
    if first in _SCRIPTS:
        return text(f"script.{_SCRIPTS[first]}", lang)
    if not first:
        return f"U+{ord(char):04X}"
    return first.title()


#: Signs ossfirst's own texts use that the shipped fonts lack (version ranges read from a
#: publiccode.yml, "≥ 0.12"), in the spelling readers know from version numbers. (The minus
#: sign of a UfAB formula is in Noto Sans Arabic and Devanagari.)
SPELLED = {"≥": ">=", "≤": "<="}


@cache
def _missing(cjk: Path | None) -> re.Pattern[str]:
    """A character no report font can show (a line break or an isolate it need not show):
    one pattern, so that a report's many strings are checked at the speed of ``re``."""
    starts, ends = _covered(cjk)
    covered = "".join(
        f"{re.escape(chr(start))}-{re.escape(chr(end))}"
        for start, end in zip(starts, ends, strict=True)
    )
    return re.compile(f"[^\\n{ISOLATES}{covered}]")


def _spelled(match: re.Match[str]) -> str:
    char = match[0]
    if is_emoji(char):
        return ""
    return SPELLED.get(char) or f"[U+{ord(char):04X}]"


def missing(*, cjk: bool = True) -> re.Pattern[str]:
    """A character no report font can show, with the fonts found now. Finding the CJK font
    walks its search path, so a whole document looks this up once and hands it to
    :func:`printable` and :func:`unshown`. ``cjk=False``: without looking for the CJK font,
    which changes nothing for a text without characters of :data:`CJK_BLOCKS`
    (:func:`has_cjk`), the only ones taken from it."""
    return _missing(_cjk() if cjk else None)


#: The first code point of :data:`CJK_BLOCKS`, and where each block starts and ends.
_CJK_FIRST = chr(CJK_BLOCKS[0][0])
_CJK_STARTS = [low for low, _ in CJK_BLOCKS]


def _in_cjk_block(char: str) -> bool:
    code = ord(char)
    index = bisect.bisect_right(_CJK_STARTS, code) - 1
    return index >= 0 and code <= CJK_BLOCKS[index][1]


def has_cjk(text: str) -> bool:
    """Whether ``text`` has a character of :data:`CJK_BLOCKS`: only then can a CJK font
    change how it is shown. (Each distinct character at or above the first block is looked
    up: a pattern of the blocks would take longer to compile than a report has strings.)"""
    if text.isascii() or max(text) < _CJK_FIRST:
        return False
    return any(_in_cjk_block(char) for char in set(text) if char >= _CJK_FIRST)


def printable(text: str, pattern: re.Pattern[str] | None = None) -> str:
    """``text`` with each character no report font can show replaced: the signs of
    :data:`SPELLED` by their ASCII spelling, an emoji left out, any other character by its
    code point, ``[U+4E2D]``; line breaks and isolates stay. ``pattern``: :func:`missing`,
    looked up once for many strings."""
    if text.isascii():
        return text
    return (pattern or missing()).sub(_spelled, text)


def unshown(text: str, pattern: re.Pattern[str] | None = None) -> list[str]:
    """The characters of ``text`` no report font can show (the signs of :data:`SPELLED`
    aside, whose spelling reads the same); ``pattern`` as for :func:`printable`."""
    if text.isascii():
        return []
    return [c for c in (pattern or missing()).findall(text) if c not in SPELLED]
