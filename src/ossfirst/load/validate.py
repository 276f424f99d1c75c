# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Validate loaded YAML data against a model and explain every error where it is written."""

from __future__ import annotations

import contextlib
import difflib
import types
import typing
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ossfirst.errors import MAX_PROBLEMS, InputError, Problem, more_problems, short
from ossfirst.load.yamlsource import PathT, SourceMap
from ossfirst.model.catalogue import MAX_SCORE

M = TypeVar("M", bound=BaseModel)

_PATTERNS = {
    r"^[a-z][a-z0-9-]{0,31}\.[a-z][a-z0-9-]{0,47}$": (
        "eine Kriterien-Kennung 'dimension.name' in Kleinbuchstaben, z. B. 'security.patching'",
        "a criterion id 'dimension.name' in lower case, e.g. 'security.patching'",
    ),
    "^[a-z][a-z0-9-]{0,31}$": (
        "eine Kennung in Kleinbuchstaben, z. B. 'lock-in'",
        "a lower-case id, e.g. 'lock-in'",
    ),
    "^[A-Z]{2}$": (
        "ein Ländercode nach ISO 3166-1 aus zwei Großbuchstaben, z. B. 'DE'",
        "a two-letter ISO 3166-1 country code in capitals, e.g. 'DE'",
    ),
}


#: What the entries of a list or mapping are, by its key, for the message at its limit.
_ENTRIES = {
    "alternatives": ("Alternativen", "alternatives"),
    "requirements": ("Anforderungen", "requirements"),
    "scores": ("Bewertende", "assessors"),
    "deviations": ("Abweichungen", "deviations"),
    "standards": ("Standards", "standards"),
    "one_time": ("Kostenpositionen", "cost items"),
    "yearly": ("Kostenpositionen", "cost items"),
    "evidence": ("Nachweise", "evidence references"),
    "assessments": ("Bewertungen", "assessments"),
    "critical": ("Kriterien", "criteria"),
    "relevant": ("Kriterien", "criteria"),
    "criteria": ("Kriterien", "criteria"),
    "overrides": ("Kriterien", "criteria"),
    "dimensions": ("Dimensionen", "dimensions"),
    "profiles": ("Gewichtungsprofile", "weight profiles"),
    "weights": ("Gewichte", "weights"),
    "judgements": ("Vergleiche", "judgements"),
    "checks": ("Prüfungen", "checks"),
    "components": ("Komponenten", "components"),
    "catalogues": ("Kataloge", "catalogues"),
    "searches": ("Suchen", "searches"),
    "hits": ("Treffer", "hits"),
}

#: The format keys that open a request, a catalogue and a pairwise file.
_FORMAT_KEYS = ("ossfirst", "ossfirst_catalogue", "ossfirst_pairwise")

#: The pattern of an identifier (:data:`ossfirst.model.common.Identifier`).
IDENTIFIER = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
#: What a key left empty should hold, by the error of its type.
_EXPECTED = {
    "string_type": ("ein Text", "a text"),
    "int_type": ("eine ganze Zahl", "a whole number"),
    "int_parsing": ("eine ganze Zahl", "a whole number"),
    "float_type": ("eine Zahl", "a number"),
    "float_parsing": ("eine Zahl", "a number"),
    "bool_type": ("true oder false", "true or false"),
    "bool_parsing": ("true oder false", "true or false"),
    "list_type": ("eine Liste (Einträge mit '- ')", "a list (entries starting with '- ')"),
    "dict_type": ("eine Zuordnung 'schlüssel: wert'", "a mapping 'key: value'"),
    "model_type": ("eine Zuordnung 'schlüssel: wert'", "a mapping 'key: value'"),
    "model_attributes_type": ("eine Zuordnung 'schlüssel: wert'", "a mapping 'key: value'"),
    "date_type": ("ein Datum JJJJ-MM-TT", "a date YYYY-MM-DD"),
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


def _transliteration_hint(given: Any) -> dict[str, str]:
    rule_de = "ä → ae, ö → oe, ü → ue, ß → ss, Leerzeichen → '-'"
    rule_en = "ä → ae, ö → oe, ü → ue, ß → ss, spaces → '-'"
    suggested = transliterated(given) if isinstance(given, str) else None
    if suggested is None:
        return {"de": rule_de, "en": rule_en}
    return {
        "de": f"{rule_de}: schreiben Sie '{suggested}'",
        "en": f"{rule_en}: write '{suggested}'",
    }


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


def _levels_hint(path: PathT) -> dict[str, str]:
    # the catalogue is not known yet; the request loader puts its level meanings in here
    criterion = score_criterion(path)
    return {
        "de": f"was jede Stufe bedeutet, zeigt 'ossfirst criteria show {criterion}'",
        "en": f"'ossfirst criteria show {criterion}' shows what each level means",
        "criterion": criterion,
    }


def did_you_mean(word: str, choices: typing.Iterable[str]) -> str | None:
    """The closest of ``choices`` to ``word``, if one is close enough to suggest."""
    options = [str(c) for c in choices]
    lowered = {o.lower(): o for o in options}
    if word.lower() in lowered:
        return lowered[word.lower()]
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


def suggestion(word: str, choices: typing.Iterable[str]) -> dict[str, str]:
    """A hint in both languages: did you mean ..., or the list of allowed values."""
    left = _HINTS["left"]
    if left is not None:
        if left <= 0:
            return {}
        _HINTS["left"] = left - 1
    options = sorted({str(c) for c in choices})
    guess = did_you_mean(word, options)
    if guess is not None:
        return {"de": f"meinten Sie '{guess}'?", "en": f"did you mean '{guess}'?"}
    shown = ", ".join(options[:12]) + (", …" if len(options) > 12 else "")
    return {"de": f"erlaubt: {shown}", "en": f"allowed: {shown}"}


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


def _message(
    error: Any, path: PathT, model: type[BaseModel]
) -> tuple[dict[str, str], dict[str, str]]:
    kind: str = error["type"]
    ctx: dict[str, Any] = error.get("ctx") or {}
    given = error.get("input")
    key = short(path[-1]) if path else ""
    hint: dict[str, str] = {}
    if kind == "missing" and len(path) == 1 and key in _FORMAT_KEYS:
        return (
            {"de": f"Der Schlüssel '{key}' fehlt.", "en": f"The key '{key}' is missing."},
            {
                "de": f"ergänzen Sie '{key}: 1' als erste Zeile",
                "en": f"add '{key}: 1' as the first line",
            },
        )
    if kind == "missing":
        return (
            {"de": f"Der Schlüssel '{key}' fehlt.", "en": f"The key '{key}' is missing."},
            {"de": f"ergänzen Sie '{key}: …'", "en": f"add '{key}: …'"},
        )
    if kind == "extra_forbidden":
        parent = _model_at(model, path[:-1])
        fields = list(parent.model_fields) if parent is not None else []
        return (
            {"de": f"Unbekannter Schlüssel '{key}'.", "en": f"Unknown key '{key}'."},
            suggestion(key, fields) if fields else {},
        )
    if given is None and kind in _EXPECTED:
        de, en = _EXPECTED[kind]
        return (
            {
                "de": f"Hier fehlt ein Wert: erwartet wird {de}.",
                "en": f"A value is missing here: {en} is expected.",
            },
            {"de": f"ergänzen Sie ihn nach '{key}:'", "en": f"give it after '{key}:'"}
            if key
            else hint,
        )
    if _is_score(path) and kind in _SCORE_ERRORS:
        return (
            {
                "de": f"Hier wird eine Stufe von 0 bis {MAX_SCORE} erwartet, nicht {_show(given)}.",
                "en": f"A level from 0 to {MAX_SCORE} is expected here, not {_show(given)}.",
            },
            _levels_hint(path),
        )
    if kind in ("string_type",):
        return ({"de": "Hier wird ein Text erwartet.", "en": "A text is expected here."}, hint)
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return (
            {
                "de": f"Hier wird eine ganze Zahl erwartet, nicht {_show(given)}.",
                "en": f"A whole number is expected here, not {_show(given)}.",
            },
            hint,
        )
    if kind in ("float_type", "float_parsing", "decimal_parsing"):
        if isinstance(given, str) and "," in given:
            hint = {
                "de": "schreiben Sie Zahlen mit Punkt und ohne Tausendertrennzeichen, "
                "z. B. 1234.56",
                "en": "write numbers with a decimal point and no thousands separator, e.g. 1234.56",
            }
        return (
            {
                "de": f"Hier wird eine Zahl erwartet, nicht {_show(given)}.",
                "en": f"A number is expected here, not {_show(given)}.",
            },
            hint,
        )
    if kind == "finite_number":
        return (
            {
                "de": "Unendlich und NaN sind hier nicht erlaubt.",
                "en": "Infinity and NaN are not allowed here.",
            },
            hint,
        )
    if kind in ("bool_type", "bool_parsing"):
        return (
            {
                "de": f"Hier wird true oder false erwartet, nicht {_show(given)}.",
                "en": f"true or false is expected here, not {_show(given)}.",
            },
            hint,
        )
    if kind == "list_type":
        return (
            {
                "de": "Hier wird eine Liste erwartet (Einträge mit '- ').",
                "en": "A list is expected here (entries starting with '- ').",
            },
            hint,
        )
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return (
            {
                "de": "Hier wird eine Zuordnung 'schlüssel: wert' erwartet.",
                "en": "A mapping 'key: value' is expected here.",
            },
            hint,
        )
    if kind == "literal_error":
        expected = str(ctx.get("expected", ""))
        allowed = [part.strip().strip("'") for part in expected.replace(" or ", ",").split(",")]
        allowed = [a for a in allowed if a]
        if isinstance(given, str):
            hint = suggestion(given, allowed)
        return (
            {
                "de": f"Der Wert {_show(given)} ist hier nicht erlaubt.",
                "en": f"The value {_show(given)} is not allowed here.",
            },
            hint or {"de": f"erlaubt: {expected}", "en": f"allowed: {expected}"},
        )
    bounds = {
        "greater_than_equal": ("mindestens", "at least", "ge"),
        "greater_than": ("größer als", "greater than", "gt"),
        "less_than_equal": ("höchstens", "at most", "le"),
        "less_than": ("kleiner als", "less than", "lt"),
    }
    if kind in bounds:
        de, en, name = bounds[kind]
        limit = ctx.get(name)
        return (
            {
                "de": f"Der Wert {_show(given)} ist zu {'klein' if name[0] == 'g' else 'groß'}; "
                f"er muss {de} {limit} sein.",
                "en": f"The value {_show(given)} is out of range; it must be {en} {limit}.",
            },
            hint,
        )
    if kind == "string_too_short":
        return ({"de": "Der Text darf nicht leer sein.", "en": "The text must not be empty."}, hint)
    if kind == "string_too_long":
        limit = int(ctx.get("max_length") or 0)
        return (
            {
                "de": f"Der Text ist zu lang (höchstens {limit:,} Zeichen).".replace(",", "."),
                "en": f"The text is too long (at most {limit:,} characters).",
            },
            hint,
        )
    if kind == "too_short":
        limit = ctx.get("min_length")
        return (
            {
                "de": f"Hier wird mindestens {limit} Eintrag erwartet.",
                "en": f"At least {limit} entry is expected here.",
            },
            hint,
        )
    if kind == "too_long":
        limit = ctx.get("max_length")
        de, en = _ENTRIES.get(key, ("Einträge", "entries"))
        return (
            {
                "de": f"Hier sind höchstens {limit} {de} erlaubt (eine Grenze von ossfirst, "
                "damit jede Prüfung in Sekunden fertig ist).",
                "en": f"At most {limit} {en} are allowed here (a limit of ossfirst, so that "
                "every evaluation finishes in seconds).",
            },
            hint,
        )
    if kind == "string_pattern_mismatch" and str(ctx.get("pattern", "")) == IDENTIFIER:
        return (
            {
                "de": f"{_show(given)} ist als Kennung ungültig: erlaubt sind die Buchstaben a-z "
                "und A-Z ohne Umlaute, Ziffern, '.', '_' und '-' (ohne Leerzeichen, höchstens 64 "
                "Zeichen).",
                "en": f"{_show(given)} is not a valid id: allowed are the letters a-z and A-Z "
                "without accents, digits, '.', '_' and '-' (no spaces, at most 64 characters).",
            },
            _transliteration_hint(given),
        )
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        de, en = _PATTERNS.get(
            pattern, (f"ein Text nach dem Muster {pattern}", f"a text matching {pattern}")
        )
        return (
            {
                "de": f"{_show(given)} ist ungültig: erwartet wird {de}.",
                "en": f"{_show(given)} is invalid: expected {en}.",
            },
            hint,
        )
    if kind.startswith("date") or (kind == "value_error" and "date-format" in str(ctx)):
        return (
            {"de": f"Ungültiges Datum {_show(given)}.", "en": f"Invalid date {_show(given)}."},
            {
                "de": "schreiben Sie JJJJ-MM-TT, z. B. 2026-11-27",
                "en": "write YYYY-MM-DD, e.g. 2026-11-27",
            },
        )
    if kind == "value_error" and "windows-device" in str(ctx):
        return (
            {
                "de": f"{_show(given)} ist unter Windows ein Gerätename; Berichte dieses Namens "
                "ließen sich dort nicht öffnen.",
                "en": f"{_show(given)} is a device name on Windows; reports of that name could "
                "not be opened there.",
            },
            {"de": "z. B. ein Aktenzeichen davor setzen", "en": "e.g. prefix a file number"},
        )
    if kind == "value_error" and "date-range" in str(ctx):
        return (
            {
                "de": f"Das Datum {_show(given)} liegt außerhalb von 1900 bis 2199.",
                "en": f"The date {_show(given)} lies outside 1900 to 2199.",
            },
            {"de": "Datum prüfen", "en": "check the date"},
        )
    if kind == "value_error" and "number-not-boolean" in str(ctx):
        return (
            {
                "de": f"Hier wird eine Zahl erwartet, nicht {_show(given)}.",
                "en": f"A number is expected here, not {_show(given)}.",
            },
            hint,
        )
    if kind == "value_error" and "error" in ctx:
        text = str(ctx["error"])
        return ({"de": text, "en": text}, hint)
    text = str(error.get("msg", kind))
    return ({"de": text, "en": text}, hint)


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


def _cut_text(path: PathT, data: Any) -> tuple[dict[str, str], dict[str, str]]:
    """An unknown key without a colon in ``{...}``: a comma ended the text before it, and
    the rest of the text became a key of its own."""
    key = short(path[-1])
    parent: Any = data
    for part in path[:-1]:
        _, parent = _child(parent, part)
    keys = list(parent) if isinstance(parent, dict) else []
    before = keys[keys.index(path[-1]) - 1] if path[-1] in keys[1:] else None
    message = {
        "de": f"Unbekannter Schlüssel '{key}': in geschweiften Klammern beendet ein Komma den "
        "Text davor, der Rest wird als weiterer Schlüssel gelesen.",
        "en": f"Unknown key '{key}': inside curly braces a comma ends the text before it, and "
        "the rest is read as another key.",
    }
    if before is None or not isinstance(parent.get(before), str):
        return message, {
            "de": "setzen Sie den Text in Anführungszeichen",
            "en": "put the text in quotes",
        }
    quoted = short(f"{parent[before]}, {path[-1]}", 50).replace('"', '\\"')
    return message, {
        "de": f'setzen Sie den Text in Anführungszeichen: {before}: "{quoted}"',
        "en": f'put the text in quotes: {before}: "{quoted}"',
    }
