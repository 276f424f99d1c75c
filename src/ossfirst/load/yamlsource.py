# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Safe YAML loading that remembers where every value came from.

PyYAML composes the document into nodes (with the C parser when available); this module
builds plain Python data from those nodes itself, so that it can
- remember the ``line:column`` of every key and value (a :class:`SourceMap`),
- reject duplicate keys, tags that would construct objects, and non-scalar keys,
- bound the size after alias expansion (alias bombs) and the nesting depth,
- resolve scalars by YAML 1.2 rules: only ``true``/``false`` are booleans (``NO`` stays
  the country code), and dates stay text until the model parses them, so that an impossible
  date like ``2026-02-30`` is reported with its position instead of crashing the loader.
"""

from __future__ import annotations

import gc
import math
import os
import re
import stat
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ossfirst.errors import InputError, Location, Problem, printable, short

try:  # the C parser is much faster; fall back to the pure-Python one when libyaml is missing
    from yaml.cyaml import CParser as _Parser  # type: ignore[attr-defined]

    _C_PARSER = True
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml.composer import Composer
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    _C_PARSER = False

PathT = tuple[str | int, ...]

#: Limits that keep a hostile file from exhausting memory or time. Documented in the README.
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 100_000

_TAG = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL = (_TAG + t for t in ("str", "int", "float", "bool", "null"))
_SEQ, _MAP, _MERGE, _TIMESTAMP = (_TAG + t for t in ("seq", "map", "merge", "timestamp"))
_ALLOWED_TAGS = {_STR, _INT, _FLOAT, _BOOL, _NULL, _SEQ, _MAP, _MERGE, _TIMESTAMP}


class _Resolver(yaml.resolver.BaseResolver):
    """Implicit scalar types of the YAML 1.2 core schema, plus merge keys."""


_Resolver.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Resolver.add_implicit_resolver(
    _INT,
    re.compile(r"^(?:[-+]?(?:0|[1-9][0-9_]*)|0o[0-7]+|0x[0-9a-fA-F]+)$"),
    list("-+0123456789"),
)
_Resolver.add_implicit_resolver(
    _FLOAT,
    re.compile(
        r"^(?:[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+0123456789."),
)
_Resolver.add_implicit_resolver(_NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
_Resolver.add_implicit_resolver(_MERGE, re.compile(r"^<<$"), ["<"])


#: The implicit resolvers above by the first character of a plain scalar, in the order
#: PyYAML tries them (the same patterns, the same tags).
_IMPLICIT: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    first: tuple(resolvers) for first, resolvers in _Resolver.yaml_implicit_resolvers.items()
}


class _FastResolver(_Resolver):
    """:class:`_Resolver` without the machinery for path resolvers, which it has none of.

    The composer asks the resolver for the tag of every node and tells it each step into and
    out of a collection; PyYAML's resolver answers through several dictionary look-ups and
    calls per node, a good part of the time of reading a request. The tags are the same:
    a plain scalar takes the tag of the first pattern of its first character that matches
    it (``yaml.resolver.BaseResolver.resolve``), anything else the default tag of its kind.
    """

    # Called twice per node with nothing to do: the composer only needs something callable
    # that takes its arguments (``slice(parent, index)`` and ``tuple()`` do nothing else).
    descend_resolver = staticmethod(slice)  # type: ignore[assignment]
    ascend_resolver = staticmethod(tuple)  # type: ignore[assignment]

    def resolve(self, kind: type[Node], value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode:
            if implicit[0] and value[:1] in _IMPLICIT:
                return _plain_tag(value)
            return _STR
        return _SEQ if kind is SequenceNode else _MAP


# The plain scalars a pattern is tried on (numbers, dates, levels, true and false) recur
# within a file and from one file to the next: each is matched once. Bounded, so that
# memory stays flat however many files a process reads.
@lru_cache(maxsize=4096)
def _plain_tag(value: str) -> str:
    for tag, pattern in _IMPLICIT[value[:1]]:
        if pattern.match(value):
            return tag
    return _STR


if _C_PARSER:

    class _Composer(_Parser, _FastResolver):  # type: ignore[misc,valid-type,unused-ignore]
        def __init__(self, stream: str | bytes) -> None:
            _Parser.__init__(self, stream)
            _FastResolver.__init__(self)

else:  # pragma: no cover

    class _Composer(Reader, Scanner, Parser, Composer, _FastResolver):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)
            _FastResolver.__init__(self)


@dataclass
class SourceMap:
    """Positions (1-based line and column) of the keys and values of one YAML file."""

    file: str
    #: Where each value starts (line, column); from YAML also where it ends: the line, and
    #: the column after its last character (0 when it runs to the end of that line).
    values: dict[PathT, tuple[int, ...]] = field(default_factory=dict)
    keys: dict[PathT, tuple[int, int]] = field(default_factory=dict)
    #: The source text of every plain scalar read as a number ("60.000" for 60.0), so that
    #: a value can be judged by how it was written (:mod:`ossfirst.load.numbers`).
    texts: dict[PathT, str] = field(default_factory=dict)
    #: Keys of a mapping in braces written without a colon (``{text: a, b}`` has ``b``): most
    #: often the rest of a text a comma cut off.
    bare_keys: set[PathT] = field(default_factory=set)

    def locate(self, path: PathT, *, prefer_key: bool = False) -> Location:
        """Where ``path`` is written; for a path that is not there (a missing key), its parent."""
        path = tuple(path)
        while True:
            first, second = (self.keys, self.values) if prefer_key else (self.values, self.keys)
            pos = first.get(path) or second.get(path)
            if pos is not None:
                return Location(self.file, pos[0], pos[1])
            if not path:
                return Location(self.file, 1, 1)
            path = path[:-1]

    def has(self, path: PathT) -> bool:
        return tuple(path) in self.values

    def span(self, path: PathT, *, prefer_key: bool = False) -> tuple[Location, tuple[int, int]]:
        """Where ``path`` is written and where its value ends; the end is ``(0, 0)`` when
        ``path`` is not there (its parent is then located) or its end is not known."""
        where = self.locate(path, prefer_key=prefer_key)
        pos = self.values.get(tuple(path), ())
        return where, ((pos[2], pos[3]) if len(pos) == 4 else (0, 0))


#: A text in every language, by language code (:data:`ossfirst.texts.Phrase`).
Phrase = dict[str, str]


def _both(key: str, /, **params: object) -> Phrase:
    """The text ``key`` of the catalogue in every language, loaded only for a file refused."""
    from ossfirst.texts import both

    return both(key, **params)


def _counted(value: int) -> Phrase:
    """A count as each language writes it: 100.000 in German, 100,000 in English."""
    from ossfirst.texts import LANGS, number

    return {lang: number(value, lang, 0) for lang in LANGS}


def _problem(
    source: str,
    line: int,
    column: int,
    message: Phrase,
    hint: Phrase | None = None,
    code: str = "yaml",
) -> Problem:
    return Problem(Location(source, line, column), message, hint or {}, code)


def size_text(size: int, lang: str) -> str:
    """A file size for a message: ``52.4 MB``, ``262 KB`` (``52,4 MB`` in German)."""
    text = f"{size / 1e6:.1f} MB" if size >= 1_000_000 else f"{size / 1e3:.0f} KB"
    return text.replace(".", ",") if lang == "de" else text


def _too_large(display: str, size: int, max_bytes: int) -> InputError:
    shown = {lang: size_text(size, lang) for lang in ("de", "en")}
    limit = {lang: size_text(max_bytes, lang) for lang in ("de", "en")}
    if shown["en"] == limit["en"]:  # just above the limit: the bytes tell them apart
        shown = _both("file.bytes", count=_counted(size))
        limit = _both("file.bytes", count=_counted(max_bytes))
    return InputError(
        [
            _problem(
                display,
                1,
                1,
                _both("file.too-large", size=shown, limit=limit),
                _both("file.hint.too-large"),
                code="file-too-large",
            )
        ]
    )


def _unreadable(
    display: str, message: Phrase, hint: Phrase | None = None, code: str = "file-unreadable"
) -> InputError:
    return InputError([_problem(display, 0, 0, message, hint, code=code)])


#: Opened without blocking (a FIFO), without becoming a controlling terminal, not inherited.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def read_bytes(
    path: Path, display: str, max_bytes: int = MAX_FILE_BYTES, *, truncate: bool = False
) -> bytes:
    """Read the regular file at ``path`` whole, refusing files larger than ``max_bytes``
    (``truncate``: the first ``max_bytes`` bytes instead).

    Only regular files are read: a device (``/dev/zero``), a FIFO or a folder is refused
    before it is opened, and the file is opened without blocking and checked again, so that
    nothing hangs and nothing is read without bound; at most ``max_bytes`` + 1 bytes are
    read even from a file that grows."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise _unreadable(display, _both("file.directory"))
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(display)
        if info.st_size > max_bytes and not truncate:
            raise _too_large(display, info.st_size, max_bytes)
        handle = os.open(path, _OPEN_FLAGS)
        try:
            if not stat.S_ISREG(os.fstat(handle).st_mode):
                raise _not_regular(display)
            chunks: list[bytes] = []
            left = max_bytes + 1
            while left > 0:
                chunk = os.read(handle, min(left, 1 << 20))
                if not chunk:
                    break
                chunks.append(chunk)
                left -= len(chunk)
        finally:
            os.close(handle)
    except FileNotFoundError:
        raise _unreadable(
            display, _both("file.missing"), _both("file.hint.missing"), code="file-not-found"
        ) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise _unreadable(display, _both("file.unreadable", reason=reason)) from None
    except ValueError:  # a NUL byte in the name
        raise _unreadable(display, _both("file.nul")) from None
    raw = b"".join(chunks)
    if len(raw) > max_bytes:
        if truncate:
            return raw[:max_bytes]
        raise _too_large(display, len(raw), max_bytes)
    return raw


def _not_regular(display: str) -> InputError:
    return _unreadable(display, _both("file.not-regular"), _both("file.hint.not-regular"))


def read_text(path: Path, display: str, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Read ``path`` as UTF-8 (a UTF-8 byte-order mark is accepted), within ``max_bytes``."""
    return decode(read_bytes(path, display, max_bytes), display)


#: The byte-order mark UTF-8 text may begin with.
UTF8_BOM = b"\xef\xbb\xbf"


def decode(raw: bytes, display: str) -> str:
    """Decode ``raw`` as UTF-8, or explain where and why it is not."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            [
                _problem(
                    display,
                    1,
                    1,
                    _both("file.utf-16"),
                    _both("file.hint.utf-16"),
                    code="encoding",
                )
            ]
        )
    raw = raw.removeprefix(UTF8_BOM)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        byte = raw[exc.start]
        raise InputError(
            [
                _problem(
                    display,
                    line,
                    column,
                    _both("file.not-utf-8", byte=f"{byte:02x}"),
                    _both("file.hint.not-utf-8"),
                    code="encoding",
                )
            ]
        ) from None


#: What the YAML parser's messages mean, in the officer's words: (part of the parser's
#: message, the key of what is wrong, the key of how to fix it). The parser's own text is
#: technical and English; it is kept only in the English message of a problem this table
#: does not know.
_SYNTAX: tuple[tuple[str, str, str], ...] = (
    ("tab character", "yaml.syntax.tab", "yaml.syntax.hint.tab"),
    (
        "mapping values are not allowed",
        "yaml.syntax.colon-in-value",
        "yaml.syntax.hint.colon-in-value",
    ),
    ("could not find expected ':'", "yaml.syntax.no-colon", "yaml.syntax.hint.no-colon"),
    ("did not find expected key", "yaml.syntax.misfit", "yaml.syntax.hint.misfit"),
    ("found unexpected end of stream", "yaml.syntax.quote-open", "yaml.syntax.hint.quote-open"),
    ("did not find expected ',' or ']'", "yaml.syntax.list-open", "yaml.syntax.hint.list-open"),
    (
        "did not find expected ',' or '}'",
        "yaml.syntax.mapping-open",
        "yaml.syntax.hint.mapping-open",
    ),
    ("single document", "yaml.syntax.documents", "yaml.syntax.hint.documents"),
    ("found undefined alias", "yaml.syntax.alias", "yaml.syntax.hint.alias"),
    ("unknown escape character", "yaml.syntax.escape", "yaml.syntax.hint.escape"),
    ("expected '-' indicator", "yaml.syntax.dash", "yaml.syntax.hint.dash"),
    ("expected node content", "yaml.syntax.no-value", "yaml.syntax.hint.no-value"),
    ("alphabetic or numeric character", "yaml.syntax.anchor", "yaml.syntax.hint.anchor"),
    ("directive", "yaml.syntax.directive", "yaml.hint.quote"),
    ("indentation indicator", "yaml.syntax.indicator", "yaml.syntax.hint.indicator"),
)


def _position(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def _syntax_problem(exc: yaml.YAMLError, display: str, text: str) -> Problem:
    if isinstance(exc, yaml.reader.ReaderError):
        # The reader reports a character offset, not a mark.
        line, column = _position(text, exc.position)
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        return _problem(
            display,
            line,
            column,
            _both("yaml.control", code=f"{code:04X}"),
            _both("yaml.hint.control"),
            code="yaml-syntax",
        )
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = str(getattr(exc, "problem", None) or exc)
    context = getattr(exc, "context", None)
    context_mark = getattr(exc, "context_mark", None)
    started = context_mark.line + 1 if context_mark is not None and mark is not None else 0
    if started == line:
        started = 0
    if "cannot start any token" in problem and mark is not None:
        character = text[mark.index] if 0 <= mark.index < len(text) else ""
        if character != "\t":
            shown = printable(character)
            return _problem(
                display,
                line,
                column,
                _both("yaml.syntax", what=_both("yaml.syntax.start", character=shown)),
                _both("yaml.hint.quote"),
                code="yaml-syntax",
            )
        problem = "tab character"
    detail = f"{problem} ({context})" if context else problem
    for needle, key, hint in _SYNTAX:
        if needle in detail:
            since = _both("yaml.syntax.since", line=started) if started else _nothing()
            return _problem(
                display,
                line,
                column,
                _both("yaml.syntax", what=_both(key, started=since)),
                _both(hint, brace="}"),
                code="yaml-syntax",
            )
    if context and started:
        detail = f"{problem} ({context} started in line {started})"
    # in English the parser's own words, which say more than a general sentence
    what = {**_both("yaml.syntax.not-yaml"), "en": f"{detail}."}
    return _problem(
        display,
        line,
        column,
        _both("yaml.syntax", what=what),
        _both("yaml.syntax.hint.not-yaml"),
        code="yaml-syntax",
    )


def _nothing() -> Phrase:
    """An empty text in every language (a part of a sentence left out)."""
    from ossfirst.texts import LANGS

    return dict.fromkeys(LANGS, "")


class _Builder:
    """Turns composed nodes into Python data and a SourceMap; collects every problem."""

    def __init__(
        self, display: str, max_values: int = MAX_NODES, max_characters: int | None = None
    ) -> None:
        self.display = display
        self.source = SourceMap(display)
        self.values = self.source.values
        self.problems: list[Problem] = []
        self.count = 0
        self.max_values = max_values
        self.characters = 0
        self.max_characters = max_characters

    def at(self, node: Node) -> tuple[int, int]:
        return node.start_mark.line + 1, node.start_mark.column + 1

    @staticmethod
    def span(node: Node) -> tuple[int, int, int, int]:
        """Start and end of a scalar or flow collection (end column 0: to the end of the line
        before, where a block scalar's newline ends it)."""
        start, end = node.start_mark, node.end_mark
        if end.column == 0 and end.line > start.line:
            return start.line + 1, start.column + 1, end.line, 0
        return start.line + 1, start.column + 1, end.line + 1, end.column + 1

    def fail(
        self, node: Node, message: Phrase, hint: Phrase | None = None, code: str = "yaml"
    ) -> None:
        line, column = self.at(node)
        self.problems.append(_problem(self.display, line, column, message, hint, code))

    def build(self, node: Node, path: PathT, depth: int) -> Any:
        self.count += 1
        if self.count > self.max_values:
            raise _TooLarge(node)
        scalar = isinstance(node, ScalarNode)
        if scalar and self.max_characters is not None:
            # Aliases repeat a text without repeating its bytes: count what they expand to.
            self.characters += len(node.value)
            if self.characters > self.max_characters:
                raise _TooLong(node)
        if depth > MAX_DEPTH:
            raise _TooDeep(node)
        values = self.values
        tag = node.tag
        if scalar and tag == _STR:  # most values: the span of :meth:`span`, the text
            start, end = node.start_mark, node.end_mark
            if end.column == 0 and end.line > start.line:
                values.setdefault(path, (start.line + 1, start.column + 1, end.line, 0))
            else:
                values.setdefault(
                    path, (start.line + 1, start.column + 1, end.line + 1, end.column + 1)
                )
            return node.value
        if tag not in _ALLOWED_TAGS:
            values.setdefault(path, self.at(node))
            shown = "!!" + tag.removeprefix(_TAG) if tag.startswith(_TAG) else tag
            self.fail(
                node,
                _both("yaml.tag", tag=shown),
                _both("yaml.hint.tag"),
                code="yaml-tag",
            )
            return None
        if isinstance(node, ScalarNode):
            values.setdefault(path, self.span(node))
            if tag in (_INT, _FLOAT):
                self.source.texts[path] = node.value
            return self.scalar(node)
        # A block collection ends with its last value (its own end mark lies at the next
        # token, lines further down); its start and end are recorded once its values are.
        data: Any
        if isinstance(node, SequenceNode):
            data = [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
            last: PathT | None = (*path, len(data) - 1) if data else None
        else:
            assert isinstance(node, MappingNode)
            data = self.mapping(node, path, depth)
            last = (*path, next(reversed(data))) if data else None
        if node.flow_style or last is None:
            values.setdefault(path, self.span(node))
        else:
            end = values.get(last, ())
            start = self.at(node)
            values.setdefault(path, (*start, end[2], end[3]) if len(end) == 4 else start)
        return data

    def mapping(self, node: MappingNode, path: PathT, depth: int) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        merges: list[Node] = []
        keys = self.source.keys
        values = self.values
        build = self.build
        flow = node.flow_style
        inner = depth + 1
        max_characters = self.max_characters
        for key_node, value_node in node.value:
            tag = key_node.tag
            if tag == _STR and isinstance(key_node, ScalarNode):  # most keys: the text
                key = key_node.value
            elif tag == _MERGE:
                merges.append(value_node)
                continue
            elif not isinstance(key_node, ScalarNode):
                self.fail(
                    key_node,
                    _both("yaml.key-not-plain"),
                    code="yaml-key",
                )
                continue
            else:
                key = _key(self.scalar(key_node))
            key_path = (*path, key)
            if key in result:
                first = keys.get(key_path, (0, 0))
                self.fail(
                    key_node,
                    _both("file.duplicate-key", key=short(key), line=first[0]),
                    _both("file.hint.duplicate-key"),
                    code="duplicate-key",
                )
                continue
            mark = key_node.start_mark
            keys.setdefault(key_path, (mark.line + 1, mark.column + 1))
            if (
                flow
                and isinstance(value_node, ScalarNode)
                and value_node.value == ""
                and value_node.start_mark.index == key_node.end_mark.index
            ):
                self.source.bare_keys.add(key_path)
            if type(value_node) is not ScalarNode or value_node.tag != _STR:
                result[key] = build(value_node, key_path, inner)
                continue
            # most values: a text, as :meth:`build` reads it, without a call per value
            self.count += 1
            if self.count > self.max_values:
                raise _TooLarge(value_node)
            text = value_node.value
            if max_characters is not None:
                self.characters += len(text)
                if self.characters > max_characters:
                    raise _TooLong(value_node)
            if inner > MAX_DEPTH:
                raise _TooDeep(value_node)
            start, end = value_node.start_mark, value_node.end_mark
            if end.column == 0 and end.line > start.line:
                values.setdefault(key_path, (start.line + 1, start.column + 1, end.line, 0))
            else:
                values.setdefault(
                    key_path, (start.line + 1, start.column + 1, end.line + 1, end.column + 1)
                )
            result[key] = text
        # Explicit keys win over merged ones, and keep their own positions.
        for merge_node in merges:
            for key, value in self.merge(merge_node, path, depth).items():
                result.setdefault(key, value)
        return result

    def merge(self, node: Node, path: PathT, depth: int) -> dict[Any, Any]:
        sources = node.value if isinstance(node, SequenceNode) else [node]
        merged: dict[Any, Any] = {}
        for source in sources:
            if not isinstance(source, MappingNode):
                self.fail(
                    source,
                    _both("yaml.merge"),
                    code="yaml-merge",
                )
                continue
            for key, value in self.mapping(source, path, depth + 1).items():
                merged.setdefault(key, value)
        return merged

    def scalar(self, node: ScalarNode) -> Any:
        text: str = node.value
        tag = node.tag
        if tag in (_STR, _TIMESTAMP):
            return text
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return text.lower() == "true"
        try:
            if tag == _INT:
                clean = text.replace("_", "")
                if clean.startswith("0o"):
                    return YamlInt(int(clean[2:], 8), text)
                if clean.startswith("0x"):
                    return YamlInt(int(clean[2:], 16), text)
                return YamlInt(int(clean), text)
            if tag == _FLOAT:
                lowered = text.lower()
                if lowered.endswith((".inf", ".nan")):
                    return YamlFloat(float(lowered.replace(".", "")), text)
                return YamlFloat(float(text.replace("_", "")), text)
        except ValueError:
            self.fail(
                node,
                _both("yaml.number", text=text[:40]),
                code="yaml-number",
            )
            return None
        self.fail(
            node,
            _both("yaml.scalar", text=text[:40], tag=tag),
            code="yaml-scalar",
        )
        return None


class YamlInt(int):
    """An integer read from YAML that remembers how it was written.

    Where text is expected (an id, a name, a version), the text as written is taken, not
    the number: ``id: 0o17`` is the id ``0o17``, not ``15``, and ``2026.10`` stays
    ``2026.10`` (see :class:`YamlFloat`). Where a number is expected it is the number."""

    source: str

    def __new__(cls, value: int, source: str) -> YamlInt:
        number = super().__new__(cls, value)
        number.source = source
        return number

    def __str__(self) -> str:
        return self.source

    __repr__ = __str__


class YamlFloat(float):
    """A decimal number read from YAML that remembers how it was written (see
    :class:`YamlInt`)."""

    source: str

    def __new__(cls, value: float, source: str) -> YamlFloat:
        number = super().__new__(cls, value)
        number.source = source
        return number

    def __str__(self) -> str:
        return self.source

    __repr__ = __str__


def _key(key: Any) -> Any:
    """A mapping key as it was written: keys are names (a requirement id ``1.10`` must not
    become ``1.1`` and collide with ``1.1``); a number key (a catalogue's level ``4``) is
    read as a number again where the model expects one."""
    if isinstance(key, (YamlInt, YamlFloat)):
        return key.source
    if isinstance(key, float) and math.isnan(key):
        return "nan"
    return key


class _TooLarge(Exception):
    def __init__(self, node: Node) -> None:
        self.node = node


class _TooDeep(Exception):
    def __init__(self, node: Node) -> None:
        self.node = node


class _TooLong(Exception):
    def __init__(self, node: Node) -> None:
        self.node = node


def parse(
    text: str,
    display: str,
    *,
    max_values: int = MAX_NODES,
    max_characters: int | None = None,
    utf8: bytes | None = None,
) -> tuple[Any, SourceMap]:
    """Parse one YAML document. Raises :class:`InputError` with every problem found.

    ``max_values`` bounds the values after aliases are expanded (alias bombs),
    ``max_characters`` the characters of all texts after aliases are expanded. ``utf8`` is
    ``text`` as UTF-8 (without a byte-order mark) when the caller has it: the parser reads
    UTF-8, and is then spared encoding ``text`` again."""
    # A document's nodes (each with two marks) are garbage once its data is built, and they
    # make no reference cycles (an alias of its own collection aside, which the limits stop
    # and a later collection frees). Left running, the cycle collector would pass over them
    # several times per request, and move them into its older generations, whose full
    # collections then walk every object of the process.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _parse(text, display, max_values, max_characters, utf8)
    finally:
        if collecting:
            gc.enable()


def _parse(
    text: str, display: str, max_values: int, max_characters: int | None, utf8: bytes | None
) -> tuple[Any, SourceMap]:
    composer = _Composer(text if utf8 is None or not _C_PARSER else utf8)
    try:
        node = composer.get_single_node()
    except yaml.YAMLError as exc:
        raise InputError([_syntax_problem(exc, display, text)]) from None
    except RecursionError:
        raise InputError(
            [
                _problem(
                    display,
                    1,
                    1,
                    _both("yaml.too-deep", depth=MAX_DEPTH),
                    code="too-deep",
                )
            ]
        ) from None
    finally:
        dispose = getattr(composer, "dispose", None)
        if dispose is not None:
            dispose()
    if node is None:
        raise InputError(
            [
                _problem(
                    display,
                    1,
                    1,
                    _both("yaml.empty"),
                    _both("yaml.hint.empty"),
                    code="empty",
                )
            ]
        )
    builder = _Builder(display, max_values, max_characters)
    try:
        data = builder.build(node, (), 0)
    except _TooLarge as exc:
        line, column = builder.at(exc.node)
        raise InputError(
            [
                _problem(
                    display,
                    line,
                    column,
                    _both("yaml.too-many-values", count=_counted(max_values)),
                    _both("yaml.hint.too-many-values"),
                    code="too-large",
                )
            ]
        ) from None
    except _TooLong as exc:
        line, column = builder.at(exc.node)
        limit = max_characters or 0
        raise InputError(
            [
                _problem(
                    display,
                    line,
                    column,
                    _both("yaml.too-long", count=_counted(limit)),
                    _both("yaml.hint.too-long"),
                    code="too-long",
                )
            ]
        ) from None
    except (_TooDeep, RecursionError) as exc:
        node_at = exc.node if isinstance(exc, _TooDeep) else node
        line, column = builder.at(node_at)
        raise InputError(
            [
                _problem(
                    display,
                    line,
                    column,
                    _both("yaml.too-deep-or-alias", depth=MAX_DEPTH),
                    code="too-deep",
                )
            ]
        ) from None
    if builder.problems:
        raise InputError(builder.problems)
    return data, builder.source


def load(
    path: Path, display: str | None = None, max_bytes: int = MAX_FILE_BYTES
) -> tuple[Any, SourceMap]:
    """Read and parse the YAML file at ``path``; ``display`` is the name used in messages."""
    name = display if display is not None else str(path)
    return parse(read_text(path, name, max_bytes), name)
