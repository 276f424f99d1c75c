# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Licence class of an alternative from its SPDX licence expression.

What counts as open source (methods.md, section 1): the expression is satisfiable with
OSI-approved licences only (``A OR B``: one branch suffices, ``A AND B``: all of them).
FSF "libre" status is reported beside it with the same logic. ``LicenseRef-*`` ids are
not open source unless the catalogue accepts them.

The licence flags come from the shipped ``data/spdx-licenses.json`` (SPDX License List,
see ``data/README.md``); the expression grammar is handled by ``license-expression``.
A small lexical pre-check in front of the parser exists only to give the user a
column and a useful hint, which the library's own errors do not always carry.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from ossfirst.errors import Location, OssfirstError, Problem
from ossfirst.model.facts import LicenceInfo

if TYPE_CHECKING:
    from license_expression import Licensing

__all__ = ["LicenceError", "LicenceInfo", "classify", "equivalent", "id_for_name", "list_version"]

# Nesting deeper than this is never a real licence and would let the library's
# recursive parser and renderer hit Python's recursion limit.
MAX_DEPTH = 32
# Real expressions (even SBOM roll-ups) stay far below this; the cap bounds the work.
MAX_LENGTH = 4096

_OPERATORS = frozenset({"AND", "OR", "WITH"})
# Lexemes as license-expression's simple tokenizer sees them: parentheses and runs of
# anything that is neither whitespace nor a parenthesis.
_LEXEME = re.compile(r"\(|\)|[^\s()]+")
# SPDX ids use letters, digits, '-' and '.'; '+' ("or later") and ':' (DocumentRef-)
# are the only other characters the grammar allows inside a term.
_BAD_CHAR = re.compile(r"[^A-Za-z0-9.\-+:]")
_REF = re.compile(r"(?:DocumentRef-[A-Za-z0-9.\-]+:)?LicenseRef-[A-Za-z0-9.\-]+", re.IGNORECASE)
_REF_PREFIX = re.compile(r"^(?:documentref-|licenseref-|additionref-)", re.IGNORECASE)
_SEPARATOR_HINT_CHARS = frozenset("/,;|&")

_LIST_URL = "https://spdx.org/licenses/"


#: A text in every language (``{"de": ..., "en": ...}``), or the function that makes it.
Words = dict[str, str] | Callable[[], dict[str, str]]


class LicenceError(OssfirstError, ValueError):
    """An SPDX licence expression is malformed or names an unknown id.

    ``column`` is the 1-based position in the expression where the problem starts
    (0 when unknown); a loader adds it to the column of the YAML value.
    ``message``/``hint`` hold both languages in the shape of ``ossfirst.errors.Problem``.
    Either may be given as a function that makes it, called when the error is first shown:
    a caller that expects a refusal and only notes it (an SBOM component's licence written
    as a name, "Apache License 2.0", counts as unidentified) then loads no texts for it.
    """

    def __init__(
        self,
        message: Words,
        hint: Words | None = None,
        *,
        column: int = 0,
        code: str = "licence-syntax",
    ) -> None:
        self._message = cache(message) if callable(message) else message
        self._hint = cache(hint) if callable(hint) else hint or {}
        self.column = column
        self.code = code
        super().__init__()

    @property
    def message(self) -> dict[str, str]:
        """The message per language code."""
        return self._message() if callable(self._message) else self._message

    @property
    def hint(self) -> dict[str, str]:
        """The hint per language code (empty when there is none)."""
        return self._hint() if callable(self._hint) else self._hint

    def __str__(self) -> str:
        text = self.message["en"] if not self.hint else f"{self.message['en']} ({self.hint['en']})"
        return f"column {self.column}: {text}" if self.column else text

    def again(self) -> LicenceError:
        """The same error raised anew; its texts, made or not, are shared with this one."""
        return LicenceError(self._message, self._hint, column=self.column, code=self.code)

    def problem(self, where: Location, code: str) -> Problem:
        """The error as a problem of the expression that starts at ``where``, pointing at
        the column of the expression where it lies."""
        column = where.column + max(self.column - 1, 0) if where.line else 0
        return Problem(Location(where.file, where.line, column), self.message, self.hint, code)


def _both(key: str, /, **params: Any) -> dict[str, str]:
    """The text ``key`` of the catalogue in every language: an expression that is wrong
    loads the catalogue, a valid one does not."""
    from ossfirst.texts import both

    return both(key, **params)


# The records below are named tuples, not data classes: they are private, and making a data
# class costs about a millisecond at import, each of its instances more to make.


class _Licence(NamedTuple):
    id: str
    name: str
    osi: bool
    fsf: bool
    deprecated: bool


class _Data(NamedTuple):
    version: str
    licences: dict[str, _Licence]  # keyed by lower-case id
    exceptions: dict[str, tuple[str, bool]]  # lower-case id -> (canonical id, deprecated)
    names: dict[str, str]  # lower-case licence name -> canonical id
    #: Every id as the library's symbol table needs it: (id, exception, deprecated).
    symbols: tuple[tuple[str, bool, bool], ...]


class _Lexeme(NamedTuple):
    text: str
    start: int  # 0-based offset in the original expression

    @property
    def op(self) -> str | None:
        upper = self.text.upper()
        return upper if upper in _OPERATORS else None

    @property
    def is_term(self) -> bool:
        return self.text not in ("(", ")") and self.op is None


class _Term(NamedTuple):
    """One licence leaf (a bare licence, or the licence side of ``X WITH Y``)."""

    key: str
    osi: bool
    fsf: bool
    spdx_listed: bool  # False for LicenseRef-*
    deprecated: bool


class _Parsed(NamedTuple):
    expression: str
    #: A license-expression node (the library is untyped); for an expression of one licence
    #: id, the id itself: parsed without the library (:func:`_tree` makes its node).
    tree: Any
    terms: dict[str, _Term]  # canonical licence key -> facts
    deprecated: tuple[str, ...]


@cache
def _data() -> _Data:
    raw = json.loads(
        (files("ossfirst") / "data" / "spdx-licenses.json").read_text(encoding="utf-8")
    )
    licences: dict[str, _Licence] = {}
    names: dict[str, str] = {}
    symbols: list[tuple[str, bool, bool]] = []
    for key, entry in cast(dict[str, dict[str, Any]], raw["licenses"]).items():
        lic = _Licence(
            id=key,
            name=str(entry["name"]),
            osi=bool(entry["osi"]),
            fsf=bool(entry["fsf"]),
            deprecated=bool(entry["deprecated"]),
        )
        licences[key.lower()] = lic
        # Deprecated ids share names with their successors; the current id wins.
        if not lic.deprecated or lic.name.lower() not in names:
            names[lic.name.lower()] = key
        symbols.append((key, False, lic.deprecated))
    exceptions: dict[str, tuple[str, bool]] = {}
    for key, entry in cast(dict[str, dict[str, Any]], raw["exceptions"]).items():
        exceptions[key.lower()] = (key, bool(entry["deprecated"]))
        symbols.append((key, True, False))
    return _Data(
        version=str(raw["licenseListVersion"]),
        licences=licences,
        exceptions=exceptions,
        names=names,
        symbols=tuple(symbols),
    )


@cache
def _licensing() -> Licensing:
    """license-expression's parser, for expressions of more than one licence id: imported
    and given its symbol table only then (most requests name one licence, and the library
    and the table of every SPDX id cost more than reading a request)."""
    from license_expression import LicenseSymbol, Licensing

    # Our own symbol table keeps license-expression from loading its ScanCode index
    # (several MB of JSON); the simple tokenizer then maps any case to the canonical id.
    return Licensing(
        [
            LicenseSymbol(key, is_exception=True)
            if exception
            else LicenseSymbol(key, is_deprecated=deprecated)
            for key, exception, deprecated in _data().symbols
        ]
    )


def _tree(parsed: _Parsed) -> Any:
    """The library's node of ``parsed`` (made for an expression of one licence id)."""
    if isinstance(parsed.tree, str):
        return _licensing().parse(parsed.tree, simple=True, strict=True)
    return parsed.tree


def list_version() -> str:
    """The SPDX License List version of the shipped data (for example ``"3.29"``)."""
    return _data().version


def classify(expression: str, accepted_refs: Iterable[str] = (), rule: str = "osi") -> LicenceInfo:
    """Classify an SPDX licence expression.

    ``accepted_refs`` names ``LicenseRef-*`` ids the catalogue accepts as open source
    (and as free software); ids compare case-insensitively. ``rule`` is the catalogue's
    licence rule, what open source means: ``osi`` (OSI-approved licences), ``osi-and-fsf``
    (licences on both lists, as France's SILL requires) or ``osi-or-fsf`` (on either list).
    Level 3 is a free licence the rule does not count. Raises ``LicenceError`` for syntax
    errors and unknown ids.
    """
    if not isinstance(expression, str):
        raise LicenceError(
            _both("spdx.not-text"),
            _both("spdx.hint.not-text"),
        )
    _parse(expression)  # raises for an invalid one, before the accepted ids are looked at
    if isinstance(accepted_refs, str):
        # A lone string would otherwise be taken character by character.
        accepted_refs = (accepted_refs,)
    return _classify(expression, frozenset(ref.lower() for ref in accepted_refs), rule)


@lru_cache(maxsize=1024)  # the requests of a repository name a few licences again and again
def _classify(expression: str, accepted: frozenset[str], rule: str) -> LicenceInfo:
    """:func:`classify` of an expression known to be valid."""
    parsed = _parse(expression)
    terms = parsed.terms

    def is_accepted(t: _Term) -> bool:
        return not t.spdx_listed and t.key.lower() in accepted

    def is_osi(t: _Term) -> bool:
        return t.osi or is_accepted(t)

    def is_fsf(t: _Term) -> bool:
        return t.fsf or is_accepted(t)

    osi_approved = _satisfiable(parsed.tree, terms, is_osi)
    fsf_libre = _satisfiable(parsed.tree, terms, is_fsf)
    if rule == "osi-and-fsf":
        open_source = _satisfiable(parsed.tree, terms, lambda t: is_osi(t) and is_fsf(t))
    elif rule == "osi-or-fsf":
        open_source = _satisfiable(parsed.tree, terms, lambda t: is_osi(t) or is_fsf(t))
    else:
        open_source = osi_approved
    if open_source:
        level = 4
    elif osi_approved or fsf_libre:
        level = 3
    elif any(is_osi(t) or is_fsf(t) for t in terms.values()):
        level = 2
    elif _satisfiable(parsed.tree, terms, lambda t: t.spdx_listed):
        level = 1
    else:
        level = 0
    return LicenceInfo(
        expression=parsed.expression,
        open_source=open_source,
        fsf_libre=fsf_libre,
        freedom_level=level,
        licences=tuple(terms),
        deprecated=parsed.deprecated,
    )


def equivalent(first: str, second: str) -> bool:
    """Whether two valid expressions state the same licence terms, whatever the order,
    grouping or letter case (``MIT OR Apache-2.0`` and ``apache-2.0 or mit``).

    Raises ``LicenceError`` when either expression is invalid.
    """
    one, other = _parse(first), _parse(second)
    if one.expression == other.expression:
        return True
    return bool(_licensing().is_equivalent(_tree(one), _tree(other)))


def id_for_name(name: str) -> str | None:
    """The SPDX id of a licence given by its full name (``"MIT License"``), if listed."""
    return _data().names.get(name.strip().lower())


def _satisfiable(node: Any, terms: dict[str, _Term], ok: Callable[[_Term], bool]) -> bool:
    """Whether the licence choices in ``node`` can be met using only ``ok`` licences."""
    if isinstance(node, str):  # the one id of an expression parsed without the library
        return ok(terms[node])
    from license_expression import LicenseSymbol, LicenseWithExceptionSymbol

    if isinstance(node, LicenseWithExceptionSymbol):
        # An exception only grants extra permissions; the licence decides.
        return ok(terms[node.license_symbol.key])
    if isinstance(node, LicenseSymbol):
        return ok(terms[node.key])
    results = (_satisfiable(arg, terms, ok) for arg in node.args)
    if isinstance(node, _licensing().OR):
        return any(results)
    return all(results)


#: Expressions found invalid, with their error: finding a did-you-mean for an unknown id
#: costs tens of milliseconds, and a catalogue repeats the same wrong value many times.
_FAILED: dict[str, LicenceError] = {}
_MAX_FAILED = 1024


def _parse(expression: str) -> _Parsed:
    failed = _FAILED.get(expression)
    if failed is not None:
        raise failed.again()
    try:
        return _parse_valid(expression)
    except LicenceError as exc:
        if len(_FAILED) < _MAX_FAILED:
            _FAILED[expression] = exc.again()  # without the traceback of this one
        raise


@lru_cache(maxsize=1024)
def _parse_valid(expression: str) -> _Parsed:
    if not expression.strip():
        raise LicenceError(
            _both("spdx.empty"),
            _both("spdx.hint.empty"),
            column=1,
        )
    if len(expression) > MAX_LENGTH:
        raise LicenceError(
            _both("spdx.too-long", limit=MAX_LENGTH),
            column=MAX_LENGTH + 1,
        )
    data = _data()
    lexemes = [_Lexeme(m.group(), m.start()) for m in _LEXEME.finditer(expression)]
    _check_syntax(lexemes, expression)
    canonical = list(expression)
    terms: dict[str, _Term] = {}
    deprecated: list[str] = []
    for i, lex in enumerate(lexemes):
        if not lex.is_term:
            continue
        after_with = i > 0 and lexemes[i - 1].op == "WITH"
        if after_with:
            key, is_deprecated = _resolve_exception(lex, data)
        else:
            term = _resolve_licence(lex, data)
            key, is_deprecated = term.key, term.deprecated
            terms.setdefault(key, term)
        if is_deprecated and key not in deprecated:
            deprecated.append(key)
        # Canonical ids differ from the input only in letter case, so offsets stay valid.
        canonical[lex.start : lex.start + len(lex.text)] = key
    if len(lexemes) == 1 and lexemes[0].is_term:
        # One licence id, as most expressions are: the library would give it back as the
        # expression and its one node (a test compares the two for every SPDX id).
        return _Parsed(expression=key, tree=key, terms=terms, deprecated=tuple(deprecated))
    try:
        tree = _licensing().parse("".join(canonical), simple=True, strict=True)
    except Exception as exc:
        # The pre-check should have caught every syntax error; anything the library
        # still rejects (or crashes on, e.g. IndexError for "()") must not become a
        # traceback for the user.
        position = getattr(exc, "position", -1)
        column = position + 1 if isinstance(position, int) and position >= 0 else 0
        raise LicenceError(
            _both("spdx.invalid", expression=expression),
            column=column,
        ) from exc
    return _Parsed(
        expression=str(tree.render()),
        tree=tree,
        terms=terms,
        deprecated=tuple(deprecated),
    )


def _check_syntax(lexemes: list[_Lexeme], expression: str) -> None:
    """Reject malformed expressions with a column before the parser sees them."""
    for lex in lexemes:
        if lex.is_term:
            bad = _BAD_CHAR.search(lex.text)
            if bad:
                char = bad.group()
                separator = char in _SEPARATOR_HINT_CHARS
                raise LicenceError(
                    _both("spdx.bad-char", char=char, term=lex.text),
                    _both("spdx.hint.separator" if separator else "spdx.hint.id-characters"),
                    column=lex.start + bad.start() + 1,
                )

    open_parens: list[_Lexeme] = []
    for i, lex in enumerate(lexemes):
        prev = lexemes[i - 1] if i > 0 else None
        nxt = lexemes[i + 1] if i + 1 < len(lexemes) else None
        if lex.text == "(":
            open_parens.append(lex)
            if len(open_parens) > MAX_DEPTH:
                raise LicenceError(
                    _both("spdx.too-deep", limit=MAX_DEPTH),
                    column=lex.start + 1,
                )
            if prev is not None and (prev.is_term or prev.text == ")"):
                _missing_operator(prev, lex)
            if nxt is not None and nxt.text == ")":
                raise LicenceError(
                    _both("spdx.empty-parentheses"),
                    _both("spdx.hint.empty-parentheses"),
                    column=lex.start + 1,
                )
        elif lex.text == ")":
            if not open_parens:
                raise LicenceError(
                    _both("spdx.unopened"),
                    _both("spdx.hint.unopened"),
                    column=lex.start + 1,
                )
            open_parens.pop()
        elif lex.op is not None:
            _check_operator(lex, prev, nxt, lexemes[i - 2] if i > 1 else None)
        elif prev is not None and (prev.is_term or prev.text == ")"):
            _missing_operator(prev, lex, lexemes, expression)
    if open_parens:
        raise LicenceError(
            _both("spdx.unclosed"),
            _both("spdx.hint.unclosed"),
            column=open_parens[-1].start + 1,
        )


def _check_operator(
    lex: _Lexeme, prev: _Lexeme | None, nxt: _Lexeme | None, before_prev: _Lexeme | None
) -> None:
    op = lex.op
    if prev is None or prev.op is not None or prev.text == "(":
        raise LicenceError(
            _both("spdx.nothing-before", op=op),
            _both("spdx.hint.operator"),
            column=lex.start + 1,
        )
    if nxt is None or nxt.op is not None or nxt.text == ")":
        raise LicenceError(
            _both("spdx.nothing-after", op=op),
            _both("spdx.hint.operator"),
            column=lex.start + 1,
        )
    if op != "WITH":
        return
    # SPDX allows an exception only on a single licence id, not on a group.
    if prev.text == ")" or (before_prev is not None and before_prev.op == "WITH"):
        raise LicenceError(
            _both("spdx.with-single"),
            _both("spdx.hint.with-single"),
            column=lex.start + 1,
        )
    if nxt.text == "(":
        raise LicenceError(
            _both("spdx.with-parentheses"),
            column=nxt.start + 1,
        )


def _missing_operator(
    prev: _Lexeme,
    lex: _Lexeme,
    lexemes: list[_Lexeme] | None = None,
    expression: str = "",
) -> None:
    """Two terms (or a group and a term) stand side by side without AND/OR/WITH.

    The message and hint are made when shown: an SBOM names many a licence this way, and
    its reader only counts the component as unidentified."""
    if lexemes is not None and prev.is_term and lex.is_term:
        # A run of words is most often a name or an id typed with spaces
        # ("EUPL 1.2", "Apache License 2.0", "GPL v3"): say what an SPDX id is, and
        # suggest the id it stands for.
        run = _word_run(lexemes, lex)
        start = run[0].start
        shown = expression[start : run[-1].start + len(run[-1].text)]
        words = [w.text for w in run]

        def hint() -> dict[str, str]:
            suggestions = _suggest_for_words(words)
            return _did_you_mean(suggestions) if suggestions else _both("spdx.hint.look-up")

        raise LicenceError(
            lambda: _both("spdx.spaces", shown=shown), hint, column=start + 1, code="licence-syntax"
        )
    pair = f"{prev.text} {lex.text}"
    raise LicenceError(
        lambda: _both("spdx.missing-operator", shown=pair),
        lambda: _both("spdx.hint.missing-operator"),
        column=prev.start + 1,
        code="licence-syntax",
    )


def _word_run(lexemes: list[_Lexeme], at: _Lexeme) -> list[_Lexeme]:
    """The maximal run of adjacent terms around ``at``."""
    idx = lexemes.index(at)
    lo = idx
    while lo > 0 and lexemes[lo - 1].is_term:
        lo -= 1
    hi = idx
    while hi + 1 < len(lexemes) and lexemes[hi + 1].is_term:
        hi += 1
    return lexemes[lo : hi + 1]


def _suggest_for_words(words: list[str]) -> list[str]:
    data = _data()
    by_name = data.names.get(_as_name(" ".join(words)))
    if by_name:
        return [by_name]
    joined = "-".join(words).lower()
    if joined in data.licences:
        return [data.licences[joined].id]
    # No fuzzy matching here: "NOT MIT" is not a typo for "MIT".
    return _by_family(joined, data)


# "GPLv3", "gpl3", "Apache2", "LGPL 2.1": a family name and a bare version number. Compiled
# by the re module on first use: only a licence written wrongly needs it.
_FAMILY_VERSION = (
    r"(?P<fam>[a-z][a-z-]*?)[-_. ]*v?(?P<ver>\d+(?:\.\d+)?)(?P<rest>\+|-only|-or-later)?"
)


def _by_family(text: str, data: _Data) -> list[str]:
    """Ids for a family plus version written loosely; both GPL variants when ambiguous."""
    m = re.fullmatch(_FAMILY_VERSION, text.lower())
    if not m:
        return []
    ver = m["ver"] if "." in m["ver"] else m["ver"] + ".0"
    base = f"{m['fam'].rstrip('-')}-{ver}"
    rest = m["rest"] or ""
    wanted = {"+": ["-or-later"], "-only": ["-only"], "-or-later": ["-or-later"]}.get(
        rest, ["", "-only", "-or-later"]
    )
    found = [data.licences[base + w] for w in wanted if base + w in data.licences]
    if found and not found[0].deprecated:
        return [found[0].id]
    # "GPL-3.0" is deprecated in favour of two ids; which one is meant is the user's call.
    current = [lic.id for lic in found if not lic.deprecated]
    if current:
        return current
    if found:
        return [found[0].id]
    # "BSD3" -> "BSD-3-Clause": the shortest current id of that family and major version.
    prefix = f"{m['fam'].rstrip('-')}-{m['ver'].split('.')[0]}-"
    family = sorted(
        (lic.id for k, lic in data.licences.items() if k.startswith(prefix) and not lic.deprecated),
        key=lambda i: (len(i), i),
    )
    return family[:1]


def _closest(text: str, data: _Data, *, exceptions: bool = False) -> list[str]:
    """Known ids close to ``text``, compared case-insensitively."""
    lowered = text.lower()
    pool: dict[str, tuple[str, bool]]
    if exceptions:
        pool = data.exceptions
    else:
        family = _by_family(lowered, data)
        if family:
            return family
        # "MIT-License", "Apache-Licence-2.0": a licence's name written as one word.
        name = _as_name(lowered.replace("-", " "))
        if name in data.names:
            return [data.names[name]]
        if name in _NOT_A_LICENCE:
            return ["LicenseRef-Proprietary"]
        pool = {k: (v.id, v.deprecated) for k, v in data.licences.items()}
    # A truncated id ("classpath", "Apache"): offer the current completions when they
    # are few; a bare family like "BSD" has dozens, and any pick would be a guess.
    completions = sorted(
        canonical
        for key, (canonical, deprecated) in pool.items()
        if key.startswith(lowered + "-") and not deprecated
    )
    if completions:
        return completions if len(completions) <= 3 else []
    import difflib  # only needed on the error path; keeps imports cheap

    best: tuple[float, str] | None = None
    matcher = difflib.SequenceMatcher(b=lowered)
    for key, (canonical, deprecated) in pool.items():
        matcher.set_seq1(key)
        if matcher.real_quick_ratio() < 0.6 or matcher.quick_ratio() < 0.6:
            continue
        # A deprecated id only wins when it is clearly closer than a current one.
        score = matcher.ratio() - (0.05 if deprecated else 0.0)
        if score >= 0.6 and (best is None or score > best[0]):
            best = (score, canonical)
    return [best[1]] if best else []


# Words people write for closed licences; SPDX wants a LicenseRef- for those.
_NOT_A_LICENCE = frozenset({"proprietary", "commercial", "closed", "closed source"})


def _as_name(text: str) -> str:
    """Lower case, single spaces, and the US spelling the SPDX names use."""
    return " ".join(text.lower().split()).replace("licence", "license")


def _did_you_mean(suggestions: list[str]) -> dict[str, str]:
    quoted = [repr(s) for s in suggestions]
    head, last = ", ".join(quoted[:-1]), quoted[-1]
    if not head:
        return _both("spdx.hint.did-you-mean", last=last)
    return _both("spdx.hint.did-you-mean-one-of", head=head, last=last)


def _resolve_licence(lex: _Lexeme, data: _Data) -> _Term:
    text = lex.text
    column = lex.start + 1
    if _REF_PREFIX.match(text) or ":" in text:
        if text.lower().startswith("additionref-") or not _REF.fullmatch(text):
            raise LicenceError(
                _both("spdx.bad-reference", text=text),
                _both("spdx.hint.reference"),
                column=column,
                code="licence-unknown",
            )
        return _Term(
            key=_canonical_ref(text), osi=False, fsf=False, spdx_listed=False, deprecated=False
        )
    known = data.licences.get(text.lower())
    if known is not None:
        return _Term(known.id, known.osi, known.fsf, True, known.deprecated)
    if text.endswith("+") and text.count("+") == 1:
        # "X+" is SPDX's "X or any later version"; it is as free as X itself.
        base = data.licences.get(text[:-1].lower())
        if base is not None:
            return _Term(base.id + "+", base.osi, base.fsf, True, base.deprecated)
    elif "+" in text:
        raise LicenceError(
            _both("spdx.bad-plus", text=text),
            _both("spdx.hint.plus"),
            column=lex.start + text.index("+") + 1,
            code="licence-unknown",
        )
    if text.lower() in data.exceptions:
        exc_id = data.exceptions[text.lower()][0]
        raise LicenceError(
            _both("spdx.exception-alone", id=exc_id),
            _both("spdx.hint.exception-alone", id=exc_id),
            column=column,
            code="licence-unknown",
        )
    suggestions = _closest(text, data)
    raise LicenceError(
        _both("spdx.unknown", text=text),
        _did_you_mean(suggestions) if suggestions else _both("spdx.hint.list", url=_LIST_URL),
        column=column,
        code="licence-unknown",
    )


def _resolve_exception(lex: _Lexeme, data: _Data) -> tuple[str, bool]:
    text = lex.text
    known = data.exceptions.get(text.lower())
    if known is not None:
        return known
    column = lex.start + 1
    if text.lower() in data.licences or text.lower().rstrip("+") in data.licences:
        raise LicenceError(
            _both("spdx.licence-after-with", text=text),
            _both("spdx.hint.licence-after-with"),
            column=column,
            code="licence-unknown",
        )
    if _REF_PREFIX.match(text):
        # A custom addition may restrict the licence, so it cannot ride on WITH
        # (where the licence alone decides); as an AND term it is judged on its own.
        hint = _both("spdx.hint.addition")
    else:
        suggestions = _closest(text, data, exceptions=True)
        if suggestions:
            hint = _did_you_mean(suggestions)
        else:
            hint = _both("spdx.hint.exceptions-list", index=f"{_LIST_URL}exceptions-index.html")
    raise LicenceError(
        _both("spdx.unknown-exception", text=text),
        hint,
        column=column,
        code="licence-unknown",
    )


def _canonical_ref(text: str) -> str:
    """``licenseref-foo`` -> ``LicenseRef-foo``: the prefixes are fixed, the name is kept."""
    doc, sep, ref = text.rpartition(":")
    ref = "LicenseRef-" + ref[len("LicenseRef-") :]
    if sep:
        doc = "DocumentRef-" + doc[len("DocumentRef-") :]
    return doc + sep + ref
