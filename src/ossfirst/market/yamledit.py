# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Editing a request in place: new lines go in, nothing else changes.

``ossfirst market add`` and ``market search --record`` write into a request that a person
wrote and commented. Rewriting it from parsed data would lose its comments, its order and
its layout; so the file is edited as text, at the places PyYAML's composer marks: an item
is appended after the last line of a block sequence, with that sequence's indentation; a
key is added after the last line of a block mapping, or its value replaced where it stands;
a new top-level block goes at the end. Everything else stays byte for byte as it was
(line endings included). Flow collections (``[a, b]``, ``{a: 1}``) are not edited: the
caller gets an error that says which key to write in block style.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ossfirst.errors import InputError, Location, Problem

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PLAIN = re.compile(r"^[A-Za-z0-9_./+@()\u00c0-\u024f][A-Za-z0-9 _./+@()\u00c0-\u024f,–-]*$")
_RESERVED = frozenset({"true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"})


def scalar(value: str | int | bool | None) -> str:
    """``value`` as a YAML scalar: plain when that reads back as the same text, double-quoted
    (JSON escapes, which YAML reads) otherwise."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if (
        text
        and _PLAIN.match(text)
        and text == text.strip()
        and text.lower() not in _RESERVED
        and not text[0].isdigit()  # numbers, dates, 0x1F, 1e3 ... stay text when quoted
        and ": " not in text
        and " #" not in text
        and not text.startswith(("-", "?", ":", "@", ".", "+"))
    ):
        return text
    quoted = json.dumps(text, ensure_ascii=False)
    # Line and paragraph separators read as line breaks in YAML 1.1.
    return (
        quoted.replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
        .replace("\u0085", "\\u0085")
    )


def comment(text: str) -> str:
    """``text`` made safe for a YAML comment: one line, no control characters, so that a
    value from a catalogue cannot end the comment and add keys of its own."""
    return "".join(ch if ch.isprintable() else " " for ch in text)


@dataclass
class Document:
    """A YAML file being edited as text."""

    text: str
    name: str

    def __post_init__(self) -> None:
        self.newline = "\r\n" if "\r\n" in self.text else "\n"

    # --- reading -------------------------------------------------------------------------

    def root(self) -> Node:
        try:
            node = yaml.compose(self.text, Loader=_Loader)
        except yaml.YAMLError as exc:  # the caller validated the file; defensive
            raise self._error(1, "record.edit.yaml", detail=exc) from None
        if not isinstance(node, MappingNode):
            raise self._error(1, "record.edit.not-a-mapping")
        return node

    def find(self, path: Sequence[str | int]) -> Node | None:
        """The node at ``path`` (keys and list indices), or ``None``."""
        node: Node | None = self.root()
        for part in path:
            if isinstance(node, MappingNode) and isinstance(part, str):
                node = next((v for k, v in node.value if k.value == part), None)
            elif isinstance(node, SequenceNode) and isinstance(part, int):
                node = node.value[part] if 0 <= part < len(node.value) else None
            else:
                return None
        return node

    def _lines(self) -> list[str]:
        return self.text.splitlines(keepends=True)

    def _last_line(self, node: Node) -> int:
        """The 0-based line where ``node``'s content ends (trailing blank lines and the
        line break after a block scalar not counted)."""
        while True:
            if isinstance(node, MappingNode) and node.value and not node.flow_style:
                node = node.value[-1][1]
            elif isinstance(node, SequenceNode) and node.value and not node.flow_style:
                node = node.value[-1]
            else:
                break
        end = node.end_mark
        line = end.line if end.column > 0 else end.line - 1
        lines = self._lines()
        while line > node.start_mark.line and (line >= len(lines) or not lines[line].strip()):
            line -= 1
        return max(line, node.start_mark.line)

    # --- writing -------------------------------------------------------------------------

    def _insert_after(self, line: int, new: list[str]) -> None:
        lines = self._lines()
        if lines and not lines[-1].endswith(("\n", "\r")):
            lines[-1] += self.newline
        block = [item + self.newline for item in new]
        self.text = "".join(lines[: line + 1] + block + lines[line + 1 :])

    def append_items(self, path: Sequence[str | int], items: list[list[str]]) -> None:
        """Append ``items`` (each the lines of a block mapping, unindented) to the block
        sequence at ``path``."""
        node = self.find(path)
        if not isinstance(node, SequenceNode) or node.flow_style or not node.value:
            raise self._flow(path, node)
        first = node.value[0]
        content = first.start_mark.column
        line_text = self._lines()[first.start_mark.line]
        dash = line_text.rfind("-", 0, content)
        if dash < 0:  # pragma: no cover - a block sequence item always has its dash
            dash, content = max(content - 2, 0), max(content, 2)
        lines: list[str] = []
        for item in items:
            for number, text in enumerate(item):
                if number == 0:
                    lines.append(" " * dash + "-" + " " * (content - dash - 1) + text)
                else:
                    lines.append(" " * content + text if text else "")
        self._insert_after(self._last_line(node), lines)

    def set_key(self, path: Sequence[str | int], key: str, lines: list[str]) -> None:
        """Give the block mapping at ``path`` the key ``key``: ``lines`` are the key's line
        and the lines under it, unindented (``["key: value"]`` for a plain value). An
        existing plain value is replaced in place; otherwise the lines are added after the
        mapping's last line."""
        node = self.find(path)
        if not isinstance(node, MappingNode) or node.flow_style or not node.value:
            raise self._flow(path, node)
        for key_node, value in node.value:
            if key_node.value == key:
                if (
                    len(lines) != 1
                    or not isinstance(value, ScalarNode)
                    or value.style in ("|", ">")
                ):
                    raise self._error(value.start_mark.line + 1, "record.edit.exists", key=key)
                new_value = lines[0].split(":", 1)[1].strip()
                start = self._offset(value.start_mark.line, value.start_mark.column)
                end = self._offset(value.end_mark.line, value.end_mark.column)
                if value.start_mark.line == value.end_mark.line and start <= end:
                    self.text = self.text[:start] + new_value + self.text[end:]
                    return
                raise self._error(  # pragma: no cover - a plain value on several lines
                    value.start_mark.line + 1, "record.edit.exists", key=key
                )
        indent = node.value[0][0].start_mark.column
        new = [" " * indent + text if text else "" for text in lines]
        self._insert_after(self._last_line(node), new)

    def append_block(self, lines: list[str]) -> None:
        """Add a top-level block at the end of the file."""
        self._insert_after(len(self._lines()) - 1, ["", *lines] if self.text.strip() else lines)

    # --- helpers -------------------------------------------------------------------------

    def _offset(self, line: int, column: int) -> int:
        lines = self._lines()
        return sum(len(t) for t in lines[:line]) + column

    def _error(self, line: int, key: str, hint: str = "", /, **params: object) -> InputError:
        """The input error at ``line``: the text ``key`` of the catalogue (and the text
        ``hint``), loaded only for an edit refused."""
        from ossfirst.texts import both

        fix = both(hint) if hint else {}
        return InputError(
            [Problem(Location(self.name, line, 1), both(key, **params), fix, "market-edit")]
        )

    def _flow(self, path: Sequence[str | int], node: Node | None) -> InputError:
        where = "/".join(str(p) for p in path)
        line = node.start_mark.line + 1 if node is not None else 1
        return self._error(line, "record.edit.flow", "record.edit.hint.flow", where=where)
