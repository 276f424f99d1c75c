# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Free text from a request, cut into paragraphs and lines the same way for every format."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Control characters (C0 except tab and newline, DEL, C1) and the Unicode bidirectional
# overrides, which can make text read differently from what it says.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LIST_ITEM = re.compile(r"^(?:[-*•]|\d{1,9}[.)])\s")
#: First strong isolate and pop directional isolate: a pair sets the text between apart,
#: so that it cannot reorder the sentence around it (and nothing outside can reorder it).
FSI, PDI = "\u2068", "\u2069"
ISOLATED = re.compile(f"{FSI}([^{FSI}{PDI}]*){PDI}")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def right_to_left(text: str) -> bool:
    """Whether ``text`` has a letter of a script written right to left (Arabic, Hebrew)."""
    # no ASCII character is one: only the others are looked up
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in _NON_ASCII.findall(text))


# The names of a report's alternatives are set apart in every table and sentence that names
# them: thousands of calls for a handful of names. Bounded, so that memory stays flat however
# many reports a process writes.
@lru_cache(maxsize=4096)
def isolate(text: str) -> str:
    """``text`` (control characters removed) set apart as an isolate when it is written
    right to left, so that an Arabic name does not reorder the sentence around it."""
    text = CONTROL.sub("", text)
    return f"{FSI}{text}{PDI}" if right_to_left(text) else text


def strip_controls(text: str, replacement: str = "") -> str:
    """``text`` with every control character and bidirectional control replaced by
    ``replacement``, except an isolate pair (:data:`FSI` ... :data:`PDI`), which is safe."""
    if text.isprintable():  # no control character at all (none of them is printable)
        return text
    if FSI not in text:
        return CONTROL.sub(replacement, text)
    parts = ISOLATED.split(text)
    # split() alternates: text outside, text inside an isolate, text outside, ...
    return "".join(
        CONTROL.sub(replacement, part) if index % 2 == 0 else f"{FSI}{CONTROL.sub('', part)}{PDI}"
        for index, part in enumerate(parts)
    )


def paragraphs(value: object, control: str = "") -> list[list[str]]:
    """``value`` as paragraphs of lines, control characters replaced by ``control``.

    Lines of a paragraph flow together, as YAML authors wrap them by hand; blank lines
    separate paragraphs; a line that starts a list item ('-', '*', '•', '1.') keeps its own
    line. Runs of white space become one space."""
    text = strip_controls(str(value).replace("\r\n", "\n").replace("\r", "\n"), control)
    result = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines: list[str] = []
        for raw in paragraph.split("\n"):
            line = " ".join(raw.split())
            if not line:
                continue
            if lines and not _LIST_ITEM.match(line):
                lines[-1] += " " + line
            else:
                lines.append(line)
        if lines:
            result.append(lines)
    return result
