# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Free text from a request, cut into paragraphs and lines the same way for every format."""

from __future__ import annotations

import re

# Control characters (C0 except tab and newline, DEL, C1) and the Unicode bidirectional
# overrides, which can make text read differently from what it says.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LIST_ITEM = re.compile(r"^(?:[-*•]|\d{1,9}[.)])\s")


def paragraphs(value: object, control: str = "") -> list[list[str]]:
    """``value`` as paragraphs of lines, control characters replaced by ``control``.

    Lines of a paragraph flow together, as YAML authors wrap them by hand; blank lines
    separate paragraphs; a line that starts a list item ('-', '*', '•', '1.') keeps its own
    line. Runs of white space become one space."""
    text = CONTROL.sub(control, str(value).replace("\r\n", "\n").replace("\r", "\n"))
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
