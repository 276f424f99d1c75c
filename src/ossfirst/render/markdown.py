# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The justification report in Markdown (CommonMark with GitHub tables): the document of
:mod:`ossfirst.render.sections`, laid out as text.

Text from a request is data, never markup: every string of the document passes
:func:`inline`, so a request cannot add headings, links, images, tables or HTML to the
report. A chart is given by its caption and its description in words.
"""

from __future__ import annotations

import re

from ossfirst import prose
from ossfirst.model.result import Result
from ossfirst.render import RenderOptions, sections
from ossfirst.render.document import (
    Block,
    Bullets,
    Cell,
    Document,
    Figure,
    KeyFigures,
    Lines,
    Paragraph,
    Quote,
    Subheading,
    Table,
    Verdict,
)

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~#!$])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# At the start of a line these begin a list, a heading underline or a thematic break.
_LINE_START = re.compile(r"^([-+=]|\d{1,9}[.)](?=\s|$))")
_ALIGN = {"left": "---", "center": ":-:", "right": "--:"}


def _escape_line(line: str, start: bool = True) -> str:
    line = _ENTITY.sub("&amp;", line)
    line = _SPECIAL.sub(r"\\\1", line)
    if not start:
        return line.strip()
    return _LINE_START.sub(lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], line.strip())


def inline(value: object, *, start: bool = True) -> str:
    """Escape text for one line of Markdown (a list item, a heading, a line of a paragraph).
    Without ``start``, what would begin a list or a heading underline at the start of a
    line ("-5", "1.") stays as it is: for a table cell, where no block can begin."""
    text = prose.CONTROL.sub("", str(value))
    return _escape_line(" ".join(text.split()), start)


def _paragraphs(paragraphs: Lines) -> str:
    """Paragraphs of lines, escaped; the lines of a paragraph are joined by hard breaks."""
    return "\n\n".join("\\\n".join(inline(line) for line in lines) for lines in paragraphs)


def _strong(text: str) -> str:
    return f"**{text}**" if text else text


def _cell(cell: Cell, strong: bool) -> str:
    # a hash is code (kept whole and copyable); a code span shows its text as it is
    if cell.mono and "`" not in cell.text:
        text = f"`{cell.text}`"
    else:
        text = inline(cell.text, start=False)
    if cell.strong or strong:
        text = _strong(text)
    for note in cell.notes:
        if note.mono and "`" not in note.text:
            text += f" `{note.text}`"
        else:
            text += f" ({inline(note.text, start=False)})"
    return text


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _labelled(label: str, caption: str) -> str:
    return f"{_strong(inline(label) + ':')} {inline(caption)}"


def _block(block: Block) -> str:
    match block:
        case Paragraph(paragraphs=paragraphs, strong=strong):
            text = _paragraphs(paragraphs)
            return "\n\n".join(_strong(p) for p in text.split("\n\n")) if strong else text
        case Bullets(entries=entries):
            return "\n".join(
                "- " + (_strong(inline(e.lead)) + " " if e.lead else "") + inline(e.text)
                for e in entries
            )
        case Quote(label=label, paragraphs=paragraphs):
            quoted = "\n".join(
                f"> {line}" if line else ">" for line in _paragraphs(paragraphs).split("\n")
            )
            return f"{_strong(inline(label) + ':')}\n\n{quoted}"
        case Verdict(rows=rows, policy=policy):
            lines = [f"{_strong(inline(row.label) + ':')} {inline(row.value)}" for row in rows]
            return "\n\n".join([*lines, _strong(inline(policy))])
        case Table(label=label, caption=caption, columns=columns, rows=rows):
            lines = [
                _labelled(label, caption),
                "",
                _row([inline(c.label, start=False) for c in columns]),
                "|" + "|".join(_ALIGN[c.align] for c in columns) + "|",
            ]
            lines += [_row([_cell(c, row.strong) for c in row.cells]) for row in rows]
            return "\n".join(lines)
        case KeyFigures(label=label, caption=caption, tiles=tiles):
            shown = [
                f"- {_strong(inline(t.label) + ':')} {inline(t.value)} ({inline(t.note)})"
                for t in tiles
            ]
            return "\n".join([_labelled(label, caption), "", *shown])
        case Figure(label=label, caption=caption, alt=alt):
            return f"{_labelled(label, caption)}\n\n{inline(alt)}"
        case Subheading(text=text, level=level):
            return f"{'#' * level} {inline(text)}"
    raise TypeError(block)  # pragma: no cover - every kind of block is laid out above


def write(doc: Document) -> str:
    """The document as Markdown."""
    parts = [
        f"# {inline(doc.title)}: {inline(doc.request_title)}",
        inline(doc.subtitle),
        "\n".join(
            [
                "| | |",
                "|---|---|",
                *(
                    _row([inline(m.label, start=False), inline(m.value, start=False)])
                    for m in doc.meta
                ),
            ]
        ),
    ]
    for section in doc.sections:
        parts.append(f"## {section.number}. {inline(section.title)}")
        parts += [_block(b) for b in section.blocks]
    return "\n\n".join(parts) + "\n"


def render(result: Result, options: RenderOptions) -> bytes:
    """The Markdown report in ``options.lang``."""
    return write(sections.build(result, options)).encode("utf-8")
