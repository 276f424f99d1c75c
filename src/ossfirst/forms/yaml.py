# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""A request written as readable YAML (``ossfirst convert form.xlsx -o request.yaml``): in
the order and shape of the examples, short mappings on one line, texts of several lines as
blocks, and the criterion questions as comments beside the assessments, grouped by
dimension, as ``ossfirst init`` writes them.

Every text is written so that ossfirst reads it back as it was (quoted where YAML would read
it otherwise: ``NO``, ``true``, ``1.10``, a leading ``-``, a ``: `` inside), and the result
is read back before it is handed out: what it holds is the request it was written from.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

from yaml.nodes import ScalarNode

from ossfirst import texts
from ossfirst.errors import InputError, Location, Problem
from ossfirst.forms.workbook import comparable
from ossfirst.load import yamlsource
from ossfirst.model.catalogue import Catalogue
from ossfirst.model.request import Request

_INDICATORS = tuple("-?:,[]{}#&*!|>'\"%@`")
_FLOW_UNSAFE = re.compile(r"[,\[\]{}]")
#: Mappings with at most this many plain values go on one line (costs, coverage).
_FLOW_ITEMS = 12
_LINE = 96
_STR_TAGS = ("tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp")
#: Texts written as folded blocks when they are long (the others stay on one line, as the
#: rationales of the examples do).
_FOLDED = frozenset({"need", "justification", "market_search", "description"})


def _tag(text: str) -> str:
    """The tag the loader's own rules (YAML 1.2 core schema) give a plain scalar."""
    resolver = yamlsource._Resolver()
    tag: str = resolver.resolve(ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return tag


def _resolves_to_text(text: str) -> bool:
    return _tag(text) in _STR_TAGS


def _plain(text: str, *, flow: bool = False, key: bool = False) -> bool:
    """Whether ``text`` can be written without quotes and reads back as the same text."""
    if not text or text != text.strip() or not text.isprintable():
        return False
    if text.startswith(_INDICATORS) or ": " in text or " #" in text or text.endswith(":"):
        return False
    if flow and _FLOW_UNSAFE.search(text):
        return False
    if key:
        # Keys are read as written (a requirement id 1.10 stays 1.10), except booleans and
        # null, which are not names.
        return _tag(text) in (*_STR_TAGS, "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
    return _resolves_to_text(text)


def _quoted(text: str) -> str:
    """``text`` as a double-quoted YAML scalar with every character that is not printable
    escaped."""
    out = ['"']
    for char in text:
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif char.isprintable() or char == " ":
            out.append(char)
        else:
            code = ord(char)
            out.append(
                f"\\x{code:02x}"
                if code < 0x100
                else f"\\u{code:04x}"
                if code < 0x10000
                else f"\\U{code:08x}"
            )
    out.append('"')
    return "".join(out)


def _block_ok(text: str) -> bool:
    """Whether a text of several lines can be written as a literal block and read back
    exactly."""
    lines = text.split("\n")
    if not text or text[0] in " \t" or text != text.strip():
        return False
    return all((line.isprintable() and line == line.rstrip()) for line in lines)


def _fold_ok(text: str) -> bool:
    """Whether a long text of one line can be written as a folded block: every line break
    the folding puts in stands for one space, so there must be no runs of spaces."""
    return text.isprintable() and "  " not in text and text == text.strip()


def scalar(value: Any, *, flow: bool = False) -> str:
    """A scalar on one line."""
    if value is None:
        return "null" if flow else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    text = str(value)
    return text if _plain(text, flow=flow) else _quoted(text)


def _key(key: str) -> str:
    return key if _plain(key, key=True) else _quoted(key)


def _comment(text: str) -> str:
    return " ".join(str(text).split()).replace("\u2028", " ").replace("\u2029", " ")


class _Emitter:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def flow(self, value: Any) -> str | None:
        """``value`` on one line in flow style, if it is short and simple enough."""
        if isinstance(value, dict):
            if not value or len(value) > _FLOW_ITEMS:
                return "{}" if not value else None
            parts = []
            for key, item in value.items():
                if isinstance(item, dict | list):
                    return None
                if isinstance(item, str) and not _plain(item, flow=True):
                    return None
                parts.append(f"{_key(str(key))}: {scalar(item, flow=True)}")
            return "{" + ", ".join(parts) + "}"
        if isinstance(value, list):
            if not value:
                return "[]"
            if any(isinstance(i, dict | list) for i in value):
                return None
            if any(isinstance(i, str) and not _plain(i, flow=True) for i in value):
                return None
            return "[" + ", ".join(scalar(i, flow=True) for i in value) + "]"
        return None

    def value(self, indent: int, key: str, value: Any, comment: str = "") -> None:
        pad = " " * indent
        note = f"   # {_comment(comment)}" if comment else ""
        head = f"{pad}{_key(key)}:"
        if isinstance(value, dict | list):
            flat = self.flow(value)
            if flat is not None and len(head) + len(flat) + 1 <= _LINE:
                self.lines.append(f"{head} {flat}{note}")
                return
            if not value:
                self.lines.append(f"{head} {'{}' if isinstance(value, dict) else '[]'}{note}")
                return
            self.lines.append(f"{head}{note}")
            if isinstance(value, dict):
                for child, item in value.items():
                    self.value(indent + 2, str(child), item)
            else:
                self.sequence(indent + 2, value)
            return
        if isinstance(value, str) and key in _FOLDED and len(value) > _LINE and _fold_ok(value):
            self.lines.append(f"{head} >-{note}")
            self.lines.extend(
                f"{pad}  {line}"
                for line in textwrap.wrap(
                    value, _LINE - indent - 2, break_long_words=False, break_on_hyphens=False
                )
            )
            return
        if isinstance(value, str) and "\n" in value and _block_ok(value):
            self.lines.append(f"{head} |-{note}")
            for line in value.split("\n"):
                self.lines.append(f"{pad}  {line}" if line else "")
            return
        shown = scalar(value)
        self.lines.append(f"{head} {shown}{note}" if shown else f"{head}{note}")

    def sequence(self, indent: int, items: list[Any]) -> None:
        pad = " " * indent
        for item in items:
            if isinstance(item, dict) and item:
                first = True
                for key, value in item.items():
                    if first:
                        self.lines.append(f"{pad}- " + self._inline_first(indent + 2, key, value))
                        first = False
                    else:
                        self.value(indent + 2, str(key), value)
            else:
                flat = self.flow(item) if isinstance(item, dict | list) else None
                self.lines.append(f"{pad}- {flat if flat is not None else scalar(item)}")

    def _inline_first(self, indent: int, key: str, value: Any) -> str:
        """The first key of a list entry, written after its ``- ``."""
        before = len(self.lines)
        self.value(indent, key, value)
        first = self.lines.pop(before)
        return first[indent:]


def _clean(data: Any) -> Any:
    """Leave out what is not there: ``None`` values and empty optional lists and mappings."""
    if isinstance(data, dict):
        return {k: _clean(v) for k, v in data.items() if v is not None and v not in ([], {})}
    if isinstance(data, list):
        return [_clean(v) for v in data]
    return data


def request_yaml(
    request: Request, catalogue: Catalogue, lang: str, *, source: str = "", schema_url: str = ""
) -> str:
    """The request as YAML, commented in ``lang``; checked by reading it back."""
    data = request.model_dump(mode="json")
    emitter = _Emitter()
    lines = emitter.lines
    if schema_url:
        lines.append(f"# yaml-language-server: $schema={schema_url}")
    title = texts.text("form.guide.title", lang)
    lines.append(f"# {title} ({catalogue.id} {catalogue.version})")
    if source:
        written = texts.text("form.guide.written-from", lang, source=_comment(source))
        lines.append(f"# {written}")
    criteria = {c.id: c for c in catalogue.criteria}
    dimensions = {d.id: d for d in catalogue.dimensions}
    for key, value in data.items():
        if key in ("alternatives", "requirements"):
            continue
        if key == "proposed":  # the alternatives come before the proposal, as in the examples
            _emit_lists(emitter, data, criteria, dimensions, catalogue, lang)
        if value is None or value in ([], {}):
            continue
        emitter.value(0, key, _clean(value))
    if "proposed" not in data:  # pragma: no cover - the model always has the field
        _emit_lists(emitter, data, criteria, dimensions, catalogue, lang)
    text = "\n".join(lines) + "\n"
    _check(request, text)
    return text


def _emit_lists(
    emitter: _Emitter,
    data: dict[str, Any],
    criteria: dict[str, Any],
    dimensions: dict[str, Any],
    catalogue: Catalogue,
    lang: str,
) -> None:
    lines = emitter.lines
    lines.append("requirements:")
    emitter.sequence(2, [_clean(r) for r in data["requirements"]])
    lines.append("alternatives:")
    order = {c.id: i for i, c in enumerate(catalogue.criteria)}
    for alternative in data["alternatives"]:
        assessments = alternative.pop("assessments")
        item = _clean(alternative)
        item["costs"] = alternative["costs"]  # the costs stay, empty or not
        item["costs"] = {k: v for k, v in item["costs"].items() if not (k != "exit" and v == {})}
        item["requirements"] = alternative["requirements"]
        emitter.sequence(2, [item])
        if not assessments:
            continue
        lines.append("    assessments:")
        ordered = sorted(assessments, key=lambda c: (order.get(c, len(order)), c))
        current = None
        for criterion_id in ordered:
            criterion = criteria.get(criterion_id)
            dimension = criterion.dimension if criterion is not None else None
            if dimension != current and dimension in dimensions:
                lines.append(f"      # {_comment(dimensions[dimension].title.get(lang))}")
                current = dimension
            question = criterion.question.get(lang) if criterion is not None else ""
            assessment = assessments[criterion_id]
            filled = {k: v for k, v in assessment.items() if v is not None}
            if not filled:
                key = (
                    "passed" if criterion is not None and criterion.kind == "knock-out" else "score"
                )
                emitter.value(6, criterion_id, None, question)
                for empty in (key, "rationale", "evidence", "assessed_on"):
                    lines.append(f"        {empty}:")
                continue
            lines.append(
                f"      {_key(criterion_id)}:   # {_comment(question)}"
                if question
                else f"      {_key(criterion_id)}:"
            )
            for key, value in _clean(filled).items():
                emitter.value(8, key, value)


def _check(request: Request, text: str) -> None:
    """Read ``text`` back as ossfirst reads a request; it must be ``request``."""
    from ossfirst.load import numbers

    try:
        data, source = yamlsource.parse(text, "request.yaml")
        read = numbers.validate(Request, data, source, numbers.request_spots(data))
    except InputError:
        read = None
    if read is not None and comparable(read) == comparable(request):
        return
    raise InputError(
        [
            Problem(
                Location("request.yaml"),
                texts.both("form.err.yaml"),
                {},
                "yaml-unrepresentable",
            )
        ]
    )
