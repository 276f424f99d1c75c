# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The justification report in Markdown (CommonMark with GitHub tables).

Text from a request is data, never markup: :func:`inline` and :func:`block` escape it, so a
request cannot add headings, links, images, tables or HTML to the report.
"""

from __future__ import annotations

import re

import jinja2

from ossfirst.model.result import Result
from ossfirst.render import RenderOptions, templating
from ossfirst.render.words import Words

# Control characters (C0 except tab and newline, DEL, C1) and the Unicode bidirectional
# overrides, which can make text read differently from what it says.
TEMPLATE = "report.md.j2"

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~#!$])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# At the start of a line these begin a list, a heading underline or a thematic break.
_LINE_START = re.compile(r"^([-+=]|\d{1,9}[.)](?=\s|$))")


_LIST_ITEM = re.compile(r"^(?:[-*•]|\d{1,9}[.)])\s")


def _escape_line(line: str) -> str:
    line = _ENTITY.sub("&amp;", line)
    line = _SPECIAL.sub(r"\\\1", line)
    return _LINE_START.sub(lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], line.strip())


def inline(value: object) -> str:
    """Escape text for one line of Markdown (a table cell, a list item, a heading)."""
    text = _CONTROL.sub("", str(value))
    return _escape_line(" ".join(text.split()))


def block(value: object) -> str:
    """Escape multi-line text. Lines of a paragraph flow together, as YAML authors wrap
    them by hand; blank lines separate paragraphs; a line that starts a list item ('-', '*',
    '•', '1.') keeps its own line."""
    text = _CONTROL.sub("", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    rendered = []
    for paragraph in paragraphs:
        lines: list[str] = []
        for raw in paragraph.split("\n"):
            line = " ".join(raw.split())
            if not line:
                continue
            if lines and not _LIST_ITEM.match(line):
                lines[-1] += " " + line
            else:
                lines.append(line)
        rendered.append("\\\n".join(_escape_line(line) for line in lines))
    return "\n\n".join(rendered)


def render(result: Result, options: RenderOptions) -> bytes:
    """The Markdown report in ``options.lang``."""
    report = templating.template(environment(), TEMPLATE)
    words = Words(result, options.lang)
    text = report.render(r=result, w=words, lang=options.lang, command=options.command)
    # Collapse runs of blank lines the template's conditionals leave behind.
    text = re.sub(r"\n{3,}", "\n\n", text).rstrip("\n") + "\n"
    return text.encode("utf-8")


def environment() -> jinja2.Environment:
    return templating.environment(False, (("md", inline), ("mdblock", block)))
