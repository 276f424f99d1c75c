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
from ossfirst.render import RenderOptions, prose, templating
from ossfirst.render.words import Words

TEMPLATE = "report.md.j2"

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~#!$])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# At the start of a line these begin a list, a heading underline or a thematic break.
_LINE_START = re.compile(r"^([-+=]|\d{1,9}[.)](?=\s|$))")


def _escape_line(line: str) -> str:
    line = _ENTITY.sub("&amp;", line)
    line = _SPECIAL.sub(r"\\\1", line)
    return _LINE_START.sub(lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], line.strip())


def inline(value: object) -> str:
    """Escape text for one line of Markdown (a table cell, a list item, a heading)."""
    text = prose.CONTROL.sub("", str(value))
    return _escape_line(" ".join(text.split()))


def block(value: object) -> str:
    """Escape multi-line text (see :func:`prose.paragraphs`); the lines of a paragraph are
    joined by hard breaks."""
    return "\n\n".join(
        "\\\n".join(_escape_line(line) for line in lines) for lines in prose.paragraphs(value)
    )


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
