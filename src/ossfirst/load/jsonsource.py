# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""JSON input with positions: syntax errors name their line and column, and the positions of
keys and values can be recovered when a validation error needs them.

Parsing uses the standard library's C decoder, so a large SBOM stays fast. Positions are
computed only when a problem must be reported: :func:`source_map` walks the text once more
and records where every key and value starts, in the same :class:`SourceMap` the YAML loader
fills, so that :func:`ossfirst.load.validate.validate` can explain errors in JSON files too.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import json.decoder
import json.scanner
import re
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ossfirst.errors import InputError, Location, Problem
from ossfirst.load import validate as validation
from ossfirst.load.yamlsource import PathT, SourceMap

M = TypeVar("M", bound=BaseModel)

# The decoder's own string scanner (C when available), not declared in the type stubs.
_scanstring: Callable[[str, int], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]
_SPACE = re.compile(r"[ \t\n\r]*")
_LITERAL = re.compile(r"true|false|null|NaN|-?Infinity")


def _both(key: str, /, **params: object) -> dict[str, str]:
    """The text ``key`` of the catalogue in every language, loaded only for a file refused."""
    from ossfirst.texts import both

    return both(key, **params)


def _problem(display: str, line: int, column: int, message: dict[str, str], code: str) -> Problem:
    return Problem(Location(display, line, column), message, {}, code)


def _refuse_constant(name: str) -> Any:
    # JSON has no NaN or infinity; Python's decoder accepts them unless told otherwise.
    raise ValueError(f"'{name}' is not JSON")


class _Duplicate(Exception):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # JSON leaves duplicate keys undefined and Python keeps the last: a second "score" would
    # silently replace the first. Refused, as in YAML.
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _Duplicate
    return result


def parse(text: str, display: str) -> Any:
    """Parse ``text`` as JSON; raise :class:`InputError` with the position of a syntax error
    or of every duplicate key."""
    try:
        return json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_unique_keys)
    except _Duplicate:
        raise InputError(duplicate_keys(text, display)) from None
    except json.JSONDecodeError as exc:
        raise InputError(
            [
                _problem(
                    display,
                    exc.lineno,
                    exc.colno,
                    _both("json.syntax", detail=exc.msg),
                    "json-syntax",
                )
            ]
        ) from None
    except ValueError as exc:  # NaN or Infinity
        line, column = _position_of_constant(text)
        raise InputError(
            [
                _problem(
                    display,
                    line,
                    column,
                    _both("json.value", detail=exc),
                    "json-syntax",
                )
            ]
        ) from None
    except RecursionError:
        raise InputError(
            [
                _problem(
                    display,
                    1,
                    1,
                    _both("json.too-deep"),
                    "too-deep",
                )
            ]
        ) from None


def _position_of_constant(text: str) -> tuple[int, int]:
    lines = _LineIndex(text)
    for match in re.finditer(r"NaN|-?Infinity", text):
        # Only a constant outside a string is the culprit; strings are skipped by the walk.
        if _outside_strings(text, match.start()):
            return lines.position(match.start())
    return 1, 1


def _outside_strings(text: str, offset: int) -> bool:
    inside = False
    index = 0
    while index < offset:
        char = text[index]
        if char == "\\" and inside:
            index += 2
            continue
        if char == '"':
            inside = not inside
        index += 1
    return not inside


class _LineIndex:
    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def validate(model: type[M], data: Any, text: str, display: str) -> M:
    """``data``, parsed from ``text``, as ``model``; when it does not fit, the positions are
    worked out and every problem is raised with its place in the file."""
    try:
        return model.model_validate(data)
    except ValidationError:
        return validation.validate(model, data, source_map(text, display))


def duplicate_keys(text: str, display: str) -> list[Problem]:
    """A problem at every key that repeats a key of its object."""
    problems: list[Problem] = []
    seen: dict[PathT, tuple[int, int]] = {}

    def key(path: PathT, position: tuple[int, int]) -> None:
        first = seen.setdefault(path, position)
        if first != position:
            name = str(path[-1])
            shown = name if len(name) <= 60 else name[:57] + "…"
            problems.append(
                Problem(
                    Location(display, *position),
                    _both("file.duplicate-key", key=shown, line=first[0]),
                    _both("file.hint.duplicate-key"),
                    "duplicate-key",
                )
            )

    source_map(text, display, on_key=key)
    return problems or [_problem(display, 1, 1, _both("json.duplicate-key"), "duplicate-key")]


def source_map(
    text: str, display: str, on_key: Callable[[PathT, tuple[int, int]], None] | None = None
) -> SourceMap:
    """Where every key and value of the (valid) JSON ``text`` starts, 1-based."""
    lines = _LineIndex(text)
    source = SourceMap(display)

    def skip(index: int) -> int:
        match = _SPACE.match(text, index)
        return match.end() if match else index

    def value(index: int, path: PathT) -> int:
        index = skip(index)
        source.values.setdefault(path, lines.position(index))
        char = text[index]
        if char == "{":
            index = skip(index + 1)
            if text[index] == "}":
                return index + 1
            while True:
                start = index
                key, index = _scanstring(text, index + 1)
                source.keys.setdefault((*path, key), lines.position(start))
                if on_key is not None:
                    on_key((*path, key), lines.position(start))
                index = skip(index) + 1  # the colon
                index = skip(value(index, (*path, key)))
                if text[index] == "}":
                    return index + 1
                index = skip(index + 1)  # the comma
        if char == "[":
            index = skip(index + 1)
            if text[index] == "]":
                return index + 1
            position = 0
            while True:
                index = skip(value(index, (*path, position)))
                position += 1
                if text[index] == "]":
                    return index + 1
                index = skip(index + 1)
        if char == '"':
            return int(_scanstring(text, index + 1)[1])
        number = json.scanner.NUMBER_RE.match(text, index)
        if number is not None:
            return number.end()
        literal = _LITERAL.match(text, index)
        return literal.end() if literal else index + 1

    # Too deep to walk, or not valid JSON after all: positions then fall back to the nearest
    # recorded parent (or the start of the file).
    with contextlib.suppress(RecursionError, IndexError, ValueError):
        value(0, ())
    return source
