# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Which characters the shipped report font can show.

PDF/A forbids text drawn with a glyph the font does not have, and Typst refuses to write
such a file. Request text may contain anything (an emoji in a rationale, a Chinese product
name), so the PDF renderer replaces every character the font cannot show with a visible
code such as ``[U+1F600]`` instead of failing. The coverage is read from the font's own
``cmap`` table, so it always matches the font that ships.
"""

from __future__ import annotations

import bisect
import re
import struct
from functools import cache
from importlib import resources

FONTS = "data/fonts"
#: The face whose coverage counts; a test checks that the other faces cover the same.
REGULAR = "NotoSans-Regular.ttf"


def _table(data: bytes, tag: bytes) -> bytes:
    count = struct.unpack_from(">H", data, 4)[0]
    for index in range(count):
        record = 12 + 16 * index
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
    points: list[int] = []
    for index in range(segments):
        start, end = starts[index], ends[index]
        if start == 0xFFFF:
            continue
        for code in range(start, end + 1):
            if offsets[index] == 0:
                glyph = (code + deltas[index]) & 0xFFFF
            else:
                where = range_base + 2 * index + offsets[index] + 2 * (code - start)
                glyph = struct.unpack_from(">H", table, where)[0]
                if glyph:
                    glyph = (glyph + deltas[index]) & 0xFFFF
            if glyph:
                points.append(code)
    ranges: list[tuple[int, int]] = []
    for code in points:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
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


@cache
def _shipped() -> tuple[list[int], list[int]]:
    ranges = coverage((resources.files("ossfirst") / FONTS / REGULAR).read_bytes())
    return [start for start, _ in ranges], [end for _, end in ranges]


def displayable(char: str) -> bool:
    """Whether the shipped font has a glyph for ``char``."""
    starts, ends = _shipped()
    code = ord(char)
    index = bisect.bisect_right(starts, code) - 1
    return index >= 0 and code <= ends[index]


#: Signs ossfirst's own texts use that the font lacks (version ranges read from a
#: publiccode.yml, "≥ 0.12"; the minus sign of a UfAB formula), in the spelling readers
#: know from version numbers and calculators.
SPELLED = {"≥": ">=", "≤": "<=", "\u2212": "-"}


@cache
def _missing() -> re.Pattern[str]:
    """A character the shipped font cannot show (a line break it need not show): one
    pattern, so that a report's many strings are checked at the speed of ``re``."""
    starts, ends = _shipped()
    covered = "".join(
        f"{re.escape(chr(start))}-{re.escape(chr(end))}"
        for start, end in zip(starts, ends, strict=True)
    )
    return re.compile(f"[^\\n{covered}]")


def _spelled(match: re.Match[str]) -> str:
    char = match[0]
    return SPELLED.get(char) or f"[U+{ord(char):04X}]"


def printable(text: str) -> str:
    """``text`` with each character the shipped font cannot show replaced: the signs of
    :data:`SPELLED` by their ASCII spelling, any other by its code point, ``[U+1F600]``;
    line breaks stay."""
    if text.isascii():
        return text
    return _missing().sub(_spelled, text)
