# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Blocks of the report document as plain text for a terminal: what ``ossfirst evidence
show`` prints.

A table is set in aligned columns under its caption; a ``detail`` column (running text such
as a Scorecard check's finding) goes on a line of its own beneath its row, as in the PDF.
Every string of a block is plain text already (control characters removed by
:mod:`ossfirst.render.document`), so nothing here can move the cursor or change colours.
"""

from __future__ import annotations

from collections.abc import Iterable

from ossfirst.render.document import (
    Block,
    Bullets,
    Cell,
    Figure,
    KeyFigures,
    Paragraph,
    Quote,
    Subheading,
    Table,
    Verdict,
)

INDENT = "  "


def _cell(cell: Cell) -> str:
    return " ".join([cell.text, *(f"({n.text})" for n in cell.notes)]).strip()


def _table(table: Table) -> list[str]:
    shown = [i for i, c in enumerate(table.columns) if not c.detail]
    details = [i for i, c in enumerate(table.columns) if c.detail]
    grid = [[table.columns[i].label for i in shown]]
    grid += [[_cell(row.cells[i]) for i in shown] for row in table.rows]
    widths = [max(len(line[n]) for line in grid) for n in range(len(shown))]

    def line(texts: list[str]) -> str:
        parts = []
        for n, text in enumerate(texts):
            if table.columns[shown[n]].align == "right":
                parts.append(text.rjust(widths[n]))
            else:
                parts.append(text.ljust(widths[n]))
        return (INDENT + "  ".join(parts)).rstrip()

    lines = [f"{table.label}: {table.caption}" if table.label else table.caption]
    lines.append(line(grid[0]))
    for texts, row in zip(grid[1:], table.rows, strict=True):
        lines.append(line(texts))
        for i in details:
            if text := _cell(row.cells[i]):
                lines.append(f"{INDENT * 2}{table.columns[i].label}: {text}")
    return lines


def block(block: Block) -> str:
    """One block as lines of text (without a line break at the end)."""
    match block:
        case Paragraph(paragraphs=paragraphs):
            return "\n\n".join("\n".join(lines) for lines in paragraphs)
        case Bullets(entries=entries):
            return "\n".join(
                f"{INDENT}- " + (f"{e.lead} " if e.lead else "") + e.text for e in entries
            )
        case Quote(label=label, paragraphs=paragraphs):
            quoted = "\n\n".join("\n".join(INDENT + line for line in p) for p in paragraphs)
            return f"{label}:\n{quoted}"
        case Verdict(rows=rows, policy=policy):
            return "\n".join([*(f"{row.label}: {row.value}" for row in rows), policy])
        case Table():
            return "\n".join(_table(block))
        case KeyFigures(label=label, caption=caption, tiles=tiles):
            shown = [f"{INDENT}- {t.label}: {t.value} ({t.note})" for t in tiles]
            return "\n".join([f"{label}: {caption}" if label else caption, *shown])
        case Figure(label=label, caption=caption, alt=alt):
            return f"{label}: {caption}\n{alt}" if label else f"{caption}\n{alt}"
        case Subheading(text=text):
            return text
    raise TypeError(block)  # pragma: no cover - every kind of block is laid out above


def write(blocks: Iterable[Block]) -> str:
    """Blocks as text, a blank line between two, ending in a line break."""
    return "\n\n".join(block(b) for b in blocks) + "\n"
