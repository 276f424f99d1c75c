# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Validate loaded YAML data against a model and explain every error where it is written."""

import contextlib
import types
import typing
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

from pydantic import BaseModel, ValidationError

from ossfirst.errors import MAX_PROBLEMS, InputError, Problem, more_problems, short
from ossfirst.load.yamlsource import PathT, SourceMap
from ossfirst.model.catalogue import MAX_SCORE
from ossfirst.model.request import PROPOSED_ID

M = TypeVar("M", bound=BaseModel)
#: A text in every language, by language code (:data:`ossfirst.texts.Phrase`).
Phrase = dict[str, str]

#: What a pattern of the models asks for, by the key of its words (``val.pattern.<name>``).
_PATTERNS = {
    r"^[a-z][a-z0-9-]{0,31}\.[a-z][a-z0-9-]{0,47}$": "criterion",
    "^[a-z][a-z0-9-]{0,31}$": "name",
    "^[A-Z]{2}$": "country",
}

#: The format keys that open a request, a catalogue and a pairwise file.
_FORMAT_KEYS = ("ossfirst", "ossfirst_catalogue", "ossfirst_pairwise")

#: The pattern of an identifier (:data:`ossfirst.model.common.Identifier`).
IDENTIFIER = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
#: What a key left empty should hold, by the error of its type (``val.expected.<word>``).
_EXPECTED = {
    "string_type": "text",
    "int_type": "integer",
    "int_parsing": "integer",
    "float_type": "number",
    "float_parsing": "number",
    "bool_type": "bool",
    "bool_parsing": "bool",
    "list_type": "list",
    "dict_type": "mapping",
    "model_type": "mapping",
    "model_attributes_type": "mapping",
    "date_type": "date",
}
#: The errors of a score that is no level: text, a fraction, a number out of range.
_SCORE_ERRORS = frozenset(
    {
        "int_type",
        "int_parsing",
        "int_from_float",
        "greater_than_equal",
        "less_than_equal",
        "value_error",
    }
)
#: Letters an officer writes in German ids, as the id allows them (ä -> ae).
_TRANSLITERATION = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", " ": "-"}
)


def transliterated(value: str) -> str | None:
    """``value`` as a valid identifier (``Größe 1`` -> ``Groesse-1``): umlauts written out,
    other accents dropped, spaces as ``-``; ``None`` when that gives no valid identifier."""
    import re
    import unicodedata

    text = unicodedata.normalize("NFKD", value.strip().translate(_TRANSLITERATION))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text if re.fullmatch(IDENTIFIER, text) else None


def _transliteration_hint(given: Any) -> Phrase:
    from ossfirst.texts import both

    suggested = transliterated(given) if isinstance(given, str) else None
    if suggested is None:
        return both("val.hint.transliteration")
    return both("val.hint.transliterated", suggested=suggested)


def _is_score(path: PathT) -> bool:
    """A level of an assessment: ``assessments.<criterion>.score``, or an assessor's
    ``assessments.<criterion>.scores[i].score``."""
    if not path or path[-1] != "score":
        return False
    if len(path) >= 3 and path[-3] == "assessments":
        return True
    return len(path) >= 5 and path[-3] == "scores" and path[-5] == "assessments"


def score_criterion(path: PathT) -> str:
    """The criterion whose level stands at ``path`` (see :func:`_is_score`)."""
    return str(path[-2] if path[-3] == "assessments" else path[-4])


def _levels_hint(path: PathT) -> Phrase:
    # the catalogue is not known yet; the request loader puts its level meanings in here
    from ossfirst.texts import both

    criterion = score_criterion(path)
    return {**both("val.hint.levels", criterion=criterion), "criterion": criterion}


def did_you_mean(word: str, choices: typing.Iterable[str]) -> str | None:
    """The closest of ``choices`` to ``word``, if one is close enough to suggest."""
    options = [str(c) for c in choices]
    lowered = {o.lower(): o for o in options}
    if word.lower() in lowered:
        return lowered[word.lower()]
    import difflib  # only for a word that is not one of them: keeps imports cheap

    matches = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[matches[0]] if matches else None


#: Did-you-mean searches left in the current :func:`hint_budget` (None: no budget).
_HINTS: dict[str, int | None] = {"left": None}


@contextlib.contextmanager
def hint_budget(count: int = MAX_PROBLEMS) -> typing.Iterator[None]:
    """Within the block, at most ``count`` did-you-mean searches; later hints are left out
    (only the first problems are listed anyway), so a file with thousands of unknown
    references costs no more than one with a hundred."""
    previous = _HINTS["left"]
    _HINTS["left"] = count
    try:
        yield
    finally:
        _HINTS["left"] = previous


def suggestion(word: str, choices: typing.Iterable[str]) -> Phrase:
    """A hint in both languages: did you mean ..., or the list of allowed values."""
    left = _HINTS["left"]
    if left is not None:
        if left <= 0:
            return {}
        _HINTS["left"] = left - 1
    from ossfirst.texts import both

    options = sorted({str(c) for c in choices})
    guess = did_you_mean(word, options)
    if guess is not None:
        return both("val.hint.did-you-mean", guess=guess)
    shown = ", ".join(options[:12]) + (", …" if len(options) > 12 else "")
    return both("val.hint.allowed", allowed=shown)


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "…"


def _unwrap(annotation: Any) -> list[Any]:
    """The concrete classes an annotation may hold (Optional and unions opened up)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [t for arg in typing.get_args(annotation) for t in _unwrap(arg)]
    return [annotation]


def _model_at(model: type[BaseModel], path: PathT) -> type[BaseModel] | None:
    """The model class that validates the mapping at ``path``, if one does."""
    candidates: list[Any] = [model]
    for part in path:
        following: list[Any] = []
        for candidate in candidates:
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                field = candidate.model_fields.get(str(part))
                if field is not None:
                    following.extend(_unwrap(field.annotation))
                continue
            origin = typing.get_origin(candidate)
            args = typing.get_args(candidate)
            if origin is list and args:
                following.extend(_unwrap(args[0]))
            elif origin is dict and len(args) == 2:
                following.extend(_unwrap(args[1]))
        candidates = following
    for candidate in candidates:
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def _child(value: Any, part: int | str) -> tuple[bool, Any]:
    if isinstance(value, dict) and part in value:
        return True, value[part]
    if isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value):
        return True, value[part]
    return False, None


def _clean_path(loc: tuple[int | str, ...], data: Any, kind: str = "") -> PathT:
    """Drop the union-member tags pydantic puts into error locations. A last part that is
    not in the data is kept only for a missing or unknown key."""
    path: list[str | int] = []
    current = data
    for index, part in enumerate(loc):
        last = index == len(loc) - 1
        found, child = _child(current, part)
        if found:
            current = child
            path.append(part)
        elif last and isinstance(current, dict) and kind in ("missing", "extra_forbidden"):
            path.append(part)
        # anything else is a tag such as 'list[str]' or 'function-after[...]'
    return tuple(path)


class _Error(NamedTuple):  # not a data class: making one costs about a millisecond at import
    """A validation error of pydantic, where it is written, and the model it was found by."""

    kind: str
    ctx: dict[str, Any]
    given: Any
    path: PathT
    model: type[BaseModel]
    #: pydantic's own sentence, for an error ossfirst has none for.
    msg: str

    @property
    def key(self) -> str:
        return short(self.path[-1]) if self.path else ""


#: The code of the message for each error type of pydantic the models can raise (the
#: sentence is ``val.<code>`` of the text catalogue).
_CODES = {
    "missing": "missing",
    "extra_forbidden": "unknown-key",
    "string_type": "text",
    "int_type": "integer",
    "int_parsing": "integer",
    "int_from_float": "integer",
    "float_type": "number",
    "float_parsing": "number",
    "decimal_parsing": "number",
    "finite_number": "finite",
    "bool_type": "bool",
    "bool_parsing": "bool",
    "list_type": "list",
    "dict_type": "mapping",
    "model_type": "mapping",
    "model_attributes_type": "mapping",
    "literal_error": "literal",
    "greater_than_equal": "at-least",
    "greater_than": "greater-than",
    "less_than_equal": "at-most",
    "less_than": "less-than",
    "string_too_short": "empty",
    "string_too_long": "text-too-long",
    "too_short": "too-few",
    "too_long": "too-many",
    "string_pattern_mismatch": "pattern",
}
#: The codes of the value errors the models' own validators raise, by the marker in the
#: error's context.
_VALUE_ERRORS = {
    "date-format": "date",
    "windows-device": "windows-device",
    "date-range": "date-range",
    "number-not-boolean": "number",
}
#: The limits an error's context may carry (one at a time).
_LIMITS = ("ge", "gt", "le", "lt", "min_length", "max_length")


def _code(e: _Error) -> str:
    """The code of the message for ``e``: what pydantic found, made more precise by where
    it stands (a format key, a level, an id) and by what was given (nothing)."""
    if e.kind == "missing" and len(e.path) == 1 and e.key in _FORMAT_KEYS:
        return "format-key"
    if e.given is None and e.kind in _EXPECTED:
        return "value-missing"
    if _is_score(e.path) and e.kind in _SCORE_ERRORS:
        return "score"
    if e.kind == "string_pattern_mismatch" and str(e.ctx.get("pattern", "")) in (
        IDENTIFIER,
        PROPOSED_ID,
    ):
        return "identifier"
    if e.kind in _CODES:
        return _CODES[e.kind]
    if e.kind.startswith("date"):
        return "date"
    if e.kind == "value_error":
        context = str(e.ctx)
        for marker, code in _VALUE_ERRORS.items():
            if marker in context:
                return code
    return "unexplained"


def _params(e: _Error) -> dict[str, Any]:
    """What the sentences and hints of ``e`` fill in; a value that reads differently per
    language is a :data:`Phrase`."""
    from ossfirst.texts import TEXTS, both, number

    limit = next((e.ctx[name] for name in _LIMITS if name in e.ctx), None)
    params: dict[str, Any] = {
        "key": e.key,
        "value": _show(e.given),
        "limit": limit,
        "max": MAX_SCORE,
    }
    if e.kind in _EXPECTED:
        params["expected"] = both(f"val.expected.{_EXPECTED[e.kind]}")
    if e.kind == "string_pattern_mismatch":
        pattern = str(e.ctx.get("pattern", ""))
        name = _PATTERNS.get(pattern)
        params["expected"] = (
            both(f"val.pattern.{name}") if name else both("val.pattern.any", pattern=pattern)
        )
    if e.kind == "string_too_long":
        params["limit"] = {lang: number(int(limit or 0), lang, 0) for lang in ("de", "en")}
    if e.kind == "too_long":
        entries = f"val.entries.{e.key}"
        params["entries"] = both(entries if entries in TEXTS else "val.entries")
    return params


def _decimal_comma(e: _Error) -> Phrase:
    from ossfirst.texts import both

    given = e.given
    return both("val.hint.decimal-comma") if isinstance(given, str) and "," in given else {}


def _unknown_key(e: _Error) -> Phrase:
    parent = _model_at(e.model, e.path[:-1])
    fields = list(parent.model_fields) if parent is not None else []
    return suggestion(e.key, fields) if fields else {}


def _allowed(e: _Error) -> Phrase:
    from ossfirst.texts import both

    expected = str(e.ctx.get("expected", ""))
    allowed = [part.strip().strip("'") for part in expected.replace(" or ", ",").split(",")]
    found = suggestion(e.given, [a for a in allowed if a]) if isinstance(e.given, str) else {}
    return found or both("val.hint.allowed", allowed=expected)


def _hint(key: str, *, needs_key: bool = False) -> Callable[[_Error], Phrase]:
    """The hint ``key`` of the catalogue, filled in with the error's key (none without a
    key, where ``needs_key``)."""

    def hint(e: _Error) -> Phrase:
        from ossfirst.texts import both

        return both(key, key=e.key) if e.key or not needs_key else {}

    return hint


def _no_hint(e: _Error) -> Phrase:
    del e
    return {}


#: Per code: the key of the sentence and how to find the hint.
_MESSAGES: dict[str, tuple[str, Callable[[_Error], Phrase]]] = {
    "format-key": ("val.missing", _hint("val.hint.format-key")),
    "missing": ("val.missing", _hint("val.hint.missing")),
    "unknown-key": ("val.unknown-key", _unknown_key),
    "value-missing": ("val.value-missing", _hint("val.hint.value-missing", needs_key=True)),
    "score": ("val.score", lambda e: _levels_hint(e.path)),
    "text": ("val.text", _no_hint),
    "integer": ("val.integer", _no_hint),
    "number": ("val.number", _decimal_comma),
    "finite": ("val.finite", _no_hint),
    "bool": ("val.bool", _no_hint),
    "list": ("val.list", _no_hint),
    "mapping": ("val.mapping", _no_hint),
    "literal": ("val.literal", _allowed),
    "at-least": ("val.at-least", _no_hint),
    "greater-than": ("val.greater-than", _no_hint),
    "at-most": ("val.at-most", _no_hint),
    "less-than": ("val.less-than", _no_hint),
    "empty": ("val.empty", _no_hint),
    "text-too-long": ("val.text-too-long", _no_hint),
    "too-few": ("val.too-few", _no_hint),
    "too-many": ("val.too-many", _no_hint),
    "identifier": ("val.identifier", lambda e: _transliteration_hint(e.given)),
    "pattern": ("val.pattern", _no_hint),
    "date": ("val.date", _hint("val.hint.date")),
    "windows-device": ("val.windows-device", _hint("val.hint.windows-device")),
    "date-range": ("val.date-range", _hint("val.hint.date-range")),
}


def _message(error: Any, path: PathT, model: type[BaseModel]) -> tuple[Phrase, Phrase]:
    """The message and hint for a validation error of pydantic: its code (:func:`_code`)
    looked up in :data:`_MESSAGES`. A value error of a validator of the models that has no
    code gives its own text; an error ossfirst has no sentence for gives pydantic's."""
    from ossfirst.texts import both

    e = _Error(
        kind=error["type"],
        ctx=error.get("ctx") or {},
        given=error.get("input"),
        path=path,
        model=model,
        msg=str(error.get("msg", error["type"])),
    )
    code = _code(e)
    if code not in _MESSAGES:
        text = str(e.ctx["error"]) if e.kind == "value_error" and "error" in e.ctx else e.msg
        return {"de": text, "en": text}, {}
    key, hint = _MESSAGES[code]
    return both(key, **_params(e)), hint(e)


def _beyond(error: Any, path: PathT, data: Any) -> PathT:
    """For a list or mapping with too many entries, the first entry beyond the limit: the
    line where the limit is crossed."""
    if error["type"] != "too_long":
        return path
    limit = int((error.get("ctx") or {}).get("max_length") or 0)
    value = data
    for part in path:
        found, value = _child(value, part)
        if not found:
            return path
    if isinstance(value, list) and len(value) > limit:
        return (*path, limit)
    if isinstance(value, dict) and len(value) > limit:
        return (*path, list(value)[limit])
    return path


def validate(model: type[M], data: Any, source: SourceMap) -> M:
    """Validate ``data`` as ``model``; raise :class:`InputError` naming every problem's place."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems: list[Problem] = []
        seen: set[PathT] = set()
        errors = exc.errors(include_url=False)
        # A misspelt key shows up twice: as unknown, and its correct spelling as missing.
        # Report it once, as the unknown key with its did-you-mean.
        misspelt: set[PathT] = set()
        # Thousands of unknown keys must not cost a did-you-mean each: messages are made for
        # the first problems only, the rest are counted (InputError lists 100).
        errors, unlisted = errors[: 2 * MAX_PROBLEMS], len(errors) - 2 * MAX_PROBLEMS
        for error in errors:
            if error["type"] == "extra_forbidden":
                path = _clean_path(tuple(error["loc"]), data, error["type"])
                parent = _model_at(model, path[:-1])
                guess = did_you_mean(str(path[-1]), parent.model_fields) if parent else None
                if guess is not None:
                    misspelt.add((*path[:-1], guess))
        for error in errors:
            path = _clean_path(tuple(error["loc"]), data, error["type"])
            if path in seen or (error["type"] == "missing" and path in misspelt):
                continue
            seen.add(path)
            message, hint = _message(error, path, model)
            if error["type"] == "extra_forbidden" and path in source.bare_keys:
                message, hint = _cut_text(path, data)
            prefer_key = error["type"] in ("extra_forbidden",)
            location = source.locate(_beyond(error, path, data), prefer_key=prefer_key)
            problems.append(Problem(location, message, hint, code=f"schema.{error['type']}"))
        if unlisted > 0:
            problems.append(more_problems(source.file, unlisted))
        raise InputError(problems) from None


def _cut_text(path: PathT, data: Any) -> tuple[Phrase, Phrase]:
    """An unknown key without a colon in ``{...}``: a comma ended the text before it, and
    the rest of the text became a key of its own."""
    key = short(path[-1])
    parent: Any = data
    for part in path[:-1]:
        _, parent = _child(parent, part)
    keys = list(parent) if isinstance(parent, dict) else []
    before = keys[keys.index(path[-1]) - 1] if path[-1] in keys[1:] else None
    from ossfirst.texts import both

    message = both("val.cut-text", key=key)
    if before is None or not isinstance(parent.get(before), str):
        return message, both("yaml.hint.quote")
    quoted = short(f"{parent[before]}, {path[-1]}", 50).replace('"', '\\"')
    return message, both("val.hint.quote-as", key=before, quoted=quoted)
