# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The terminal writer: blocks of the report document as aligned plain text."""

from __future__ import annotations

from ossfirst.render import markdown, terminal
from ossfirst.render.document import (
    Document,
    KeyFigures,
    Section,
    Tile,
    bullets,
    cell,
    column,
    note,
    paragraph,
    subheading,
    table,
)


def test_a_table_in_aligned_columns_with_its_detail_beneath_each_row() -> None:
    block = table(
        "Checks",
        [column("Check"), column("Weight", "right"), column("Finding", detail=True)],
        [
            [cell("Maintained"), cell("7.5"), cell("30 commits")],
            [cell("SAST"), cell("10.0", notes=[note("critical")]), cell("")],
        ],
    )
    assert terminal.write([block]) == (
        "Checks\n"
        "  Check" + " " * 16 + "Weight\n"
        "  Maintained" + " " * 14 + "7.5\n"
        "    Finding: 30 commits\n"
        "  SAST" + " " * 8 + "10.0 (critical)\n"
    )


def test_blocks_are_set_apart_by_a_blank_line() -> None:
    blocks = [
        subheading("Heading"),
        paragraph("First line\n\nSecond paragraph"),
        bullets([("", "one"), ("Lead:", "two")]),
    ]
    assert terminal.write(blocks) == (
        "Heading\n\nFirst line\n\nSecond paragraph\n\n  - one\n  - Lead: two\n"
    )


def test_control_characters_never_reach_the_terminal() -> None:
    text = terminal.write(
        [paragraph("red \x1b[31mtext\x07"), table("t", [column("c")], [[cell("\x1b]0;x\x07")]])]
    )
    assert "\x1b" not in text and "\x07" not in text


def test_key_figures_as_a_list_in_plain_text_and_in_markdown() -> None:
    block = KeyFigures(
        "Table 1",
        "Key figures",
        (Tile("Requests", "12", "in the repository"), Tile("Open *source*", "50,0 %", "6 of 12")),
    )
    assert terminal.write([block]) == (
        "Table 1: Key figures\n  - Requests: 12 (in the repository)\n"
        "  - Open *source*: 50,0 % (6 of 12)\n"
    )
    section = markdown.write(
        Document(
            "en",
            "T",
            "R",
            "S",
            "O",
            "",
            "",
            "",
            (),
            (),
            "",
            "",
            (Section("k", 1, "K", (block,)),),
            (),
            "2026-11-27",
            "ossfirst",
        )
    )
    assert section.endswith(
        "## 1. K\n\n**Table 1:** Key figures\n\n- **Requests:** 12 (in the repository)\n"
        "- **Open \\*source\\*:** 50,0 % (6 of 12)\n"
    )
