# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Numbers as a German (or English) user types them: money amounts and rates.

YAML reads ``60.000`` as sixty, not sixty thousand, and ``1.250.000``, ``60,000``,
``60 000`` or ``0,9 %`` as text. Where a request or a catalogue expects a euro amount or a
rate, such a value is refused at its line with the reading spelled out and the spelling
that means what the user meant: "60.000 is read as 60.00 EUR; for 60,000 EUR write 60000".
Euro amounts have at most two decimals (cents); rates are fractions (0.009 for 0.9 %).

The source text of a number comes from the :class:`~ossfirst.load.yamlsource.SourceMap`
(``texts``), since the parsed value no longer shows how it was written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, Literal, TypeVar

from pydantic import BaseModel

from ossfirst.errors import InputError, Problem
from ossfirst.load.validate import validate as validate_schema
from ossfirst.load.yamlsource import PathT, SourceMap
from ossfirst.model.catalogue import MAX_RATE, MIN_RATE

M = TypeVar("M", bound=BaseModel)
Kind = Literal["money", "rate"]
Spot = tuple[PathT, Kind]

_SPACES = "\u0020\u00a0\u202f"
# The patterns below are compiled by the re module on first use (most requests need none
# of them, and compiling them all costs more at start-up than reading a request).
#: 60.000, 1.250.000 and 60.000,50: dots that separate thousands (German).
_DOT_THOUSANDS = r"^(?P<int>[+-]?[1-9]\d{0,2}(?:\.\d{3})+)(?:,(?P<dec>\d{1,2}))?$"
#: 60,000 and 1,250,000.50: commas that separate thousands (English).
_COMMA_THOUSANDS = r"^(?P<int>[+-]?[1-9]\d{0,2}(?:,\d{3})+)(?:\.(?P<dec>\d{1,2}))?$"
#: 60 000 and 60 000,50: spaces that separate thousands.
_SPACE_THOUSANDS = (
    rf"^(?P<int>[+-]?[1-9]\d{{0,2}}(?:[{_SPACES}]\d{{3}})+)(?:[.,](?P<dec>\d{{1,2}}))?$"
)
#: 60,50: a decimal comma.
_DECIMAL_COMMA = r"^(?P<int>[+-]?\d+),(?P<dec>\d{1,2})$"
_CURRENCY = rf"(?i)^(?:€|EUR)[{_SPACES}]*|[{_SPACES}]*(?:€|EUR|Euro)$"
#: A number as written in YAML, with its decimals: 60.000, 12.5, 1_000.25.
_PLAIN = r"^[+-]?[\d_]+\.(?P<dec>\d+)$"
#: An amount without separators: what remains of "60000 EUR" once the currency is gone.
_PLAIN_OR_INT = r"^[+-]?\d[\d_]*(?:\.\d{1,2})?$"
#: A rate as a user may type it: 0,9 %, 0.9%, 0,009.
_RATE = rf"^(?P<num>[+-]?\d+(?:[.,]\d+)?)[{_SPACES}]*(?P<pct>%?)$"


def _number(value: float, lang: str, decimals: int) -> str:
    formatted = f"{value:,.{decimals}f}"
    if lang == "de":
        formatted = formatted.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return formatted


def _money(value: float) -> dict[str, str]:
    """An amount in euros, as each language writes it (with the decimals it has)."""
    decimals = 0 if value == int(value) else 2 if round(value, 2) == value else 3
    return {lang: f"{_number(value, lang, decimals)} EUR" for lang in ("de", "en")}


def _plain(value: float) -> str:
    """How to write ``value`` in YAML: 60000, 60000.5."""
    return f"{value:.2f}" if value != int(value) else str(int(value))


def _underscored(value: float) -> str:
    """The same with ``_`` between thousands: 1_250_000."""
    whole = f"{int(value):_d}"
    return whole + _plain(value)[len(str(int(value))) :]


def _write(value: float) -> dict[str, str]:
    written = _plain(value)
    grouped = _underscored(value)
    if grouped == written:
        return {"de": f"schreiben Sie {written}", "en": f"write {written}"}
    return {
        "de": f"schreiben Sie {written} (oder {grouped})",
        "en": f"write {written} (or {grouped})",
    }


def _problem(
    source: SourceMap, path: PathT, message: dict[str, str], hint: dict[str, str]
) -> Problem:
    return Problem(source.locate(path), message, hint, code="number-format")


def money_problem(
    value: Any, written: str | None, source: SourceMap, path: PathT
) -> Problem | None:
    """A euro amount that does not say what its writer meant, explained; else ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and written is not None:
        match = re.match(_PLAIN, written.strip())
        if match is None:
            return None
        text = written.strip()
        if re.match(_DOT_THOUSANDS, text):
            meant = float(text.replace(".", ""))
            read, intended = _money(value), _money(meant)
            return _problem(
                source,
                path,
                {
                    "de": f"{text} wird als {read['de']} gelesen (in YAML ist der Punkt das "
                    "Dezimalzeichen).",
                    "en": f"{text} is read as {read['en']} (in YAML a dot is the decimal point).",
                },
                {
                    "de": f"für {intended['de']} {_write(meant)['de']}; Euro-Beträge haben "
                    "höchstens zwei Nachkommastellen",
                    "en": f"for {intended['en']} {_write(meant)['en']}; euro amounts have at "
                    "most two decimals",
                },
            )
        if len(match["dec"]) > 2:
            return _problem(
                source,
                path,
                {
                    "de": f"{text}: Euro-Beträge haben höchstens zwei Nachkommastellen (Cent).",
                    "en": f"{text}: euro amounts have at most two decimals (cents).",
                },
                {
                    "de": f"runden Sie auf Cent, z. B. {value:.2f}",
                    "en": f"round to cents, e.g. {value:.2f}",
                },
            )
        return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    stripped = re.sub(_CURRENCY, "", text)
    for pattern, separator in (
        (_DOT_THOUSANDS, "."),
        (_COMMA_THOUSANDS, ","),
        (_SPACE_THOUSANDS, None),
        (_DECIMAL_COMMA, ""),
    ):
        match = re.match(pattern, stripped)
        if match is None:
            continue
        whole = re.sub(rf"[.,{_SPACES}]", "", match["int"])
        meant = float(f"{whole}.{match['dec']}" if match["dec"] else whole)
        intended = _money(meant)
        if separator == "":
            what = {"de": "ein Dezimalkomma", "en": "a decimal comma"}
            how = {"de": "mit Dezimalpunkt", "en": "with a decimal point"}
        else:
            what = {"de": "Tausendertrennzeichen", "en": "thousands separators"}
            how = {"de": "ohne Trennzeichen", "en": "without separators"}
        if stripped != text:
            what = {"de": f"{what['de']} und eine Währung", "en": f"{what['en']} and a currency"}
            how = {"de": f"{how['de']}, ohne Währung", "en": f"{how['en']}, without the currency"}
        write = _write(meant)
        return _problem(
            source,
            path,
            {
                "de": f"'{text}' ist in YAML keine Zahl ({what['de']}).",
                "en": f"'{text}' is not a number in YAML ({what['en']}).",
            },
            {
                "de": f"für {intended['de']} {write['de']}, {how['de']}",
                "en": f"for {intended['en']} {write['en']}, {how['en']}",
            },
        )
    if stripped != text and re.match(_PLAIN_OR_INT, stripped):
        return _problem(
            source,
            path,
            {
                "de": f"'{text}' ist in YAML keine Zahl (eine Währungsangabe).",
                "en": f"'{text}' is not a number in YAML (a currency).",
            },
            {
                "de": f"schreiben Sie {stripped}; Beträge sind immer in EUR",
                "en": f"write {stripped}; amounts are always in EUR",
            },
        )
    return None


def _percent(value: float, lang: str) -> str:
    return f"{_number(value * 100, lang, 2).rstrip('0').rstrip(',.')} %"


def rate_problem(value: Any, source: SourceMap, path: PathT) -> Problem | None:
    """A rate written as a percentage (``0,9 %``, ``0.9`` meant as 0.9 %), explained; else
    ``None``. A rate is a fraction: 0.009 is 0.9 %."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if MIN_RATE <= value <= MAX_RATE or not -100 <= value <= 100:
            return None
        meant = value / 100
        return _problem(
            source,
            path,
            {
                "de": f"{value} wird als Zinssatz von {_percent(value, 'de')} gelesen; erlaubt "
                f"sind {_percent(MIN_RATE, 'de')} bis {_percent(MAX_RATE, 'de')}.",
                "en": f"{value} is read as a rate of {_percent(value, 'en')}; rates from "
                f"{_percent(MIN_RATE, 'en')} to {_percent(MAX_RATE, 'en')} are allowed.",
            },
            {
                "de": f"ein Zinssatz ist ein Anteil: für {_percent(meant, 'de')} schreiben Sie "
                f"{meant:g}",
                "en": f"a rate is a fraction: for {_percent(meant, 'en')} write {meant:g}",
            },
        )
    if not isinstance(value, str):
        return None
    match = re.match(_RATE, value.strip())
    if match is None:
        return None
    number = float(match["num"].replace(",", "."))
    meant = number / 100 if match["pct"] else number
    return _problem(
        source,
        path,
        {
            "de": f"'{value.strip()}' ist in YAML keine Zahl.",
            "en": f"'{value.strip()}' is not a number in YAML.",
        },
        {
            "de": f"ein Zinssatz ist ein Anteil mit Dezimalpunkt: für {_percent(meant, 'de')} "
            f"schreiben Sie {meant:g}",
            "en": f"a rate is a fraction with a decimal point: for {_percent(meant, 'en')} "
            f"write {meant:g}",
        },
    )


def _mapping(data: Any, *keys: str | int) -> Any:
    for key in keys:
        found = (isinstance(data, dict) and key in data) or (
            isinstance(data, list) and isinstance(key, int) and 0 <= key < len(data)
        )
        if not found:
            return None
        data = data[key]
    return data


def request_spots(data: Any) -> Iterator[Spot]:
    """Where a request holds euro amounts and rates."""
    if not isinstance(data, dict):
        return
    yield ("budget",), "money"
    yield ("discount_rate",), "rate"
    alternatives = data.get("alternatives")
    if not isinstance(alternatives, list):
        return
    for index, alternative in enumerate(alternatives):
        costs = _mapping(alternative, "costs")
        if not isinstance(costs, dict):
            continue
        base: PathT = ("alternatives", index, "costs")
        for group in ("one_time", "yearly"):
            items = costs.get(group)
            if isinstance(items, dict):
                for key in items:
                    yield (*base, group, key), "money"
        yield (*base, "exit"), "money"


def catalogue_spots() -> Iterator[Spot]:
    """Where a catalogue holds rates."""
    yield ("policy", "discount_rate", "value"), "rate"


def problems(data: Any, source: SourceMap, spots: Iterable[Spot]) -> list[Problem]:
    """The numbers at ``spots`` that do not say what their writer meant."""
    found: list[Problem] = []
    for path, kind in spots:
        value = _mapping(data, *path)
        if value is None:
            continue
        if kind == "money":
            problem = money_problem(value, source.texts.get(path), source, path)
        else:
            problem = rate_problem(value, source, path)
        if problem is not None:
            found.append(problem)
    return found


def validate(model: type[M], data: Any, source: SourceMap, spots: Iterable[Spot]) -> M:
    """Validate ``data`` as ``model`` (:func:`ossfirst.load.validate.validate`), with the
    numbers at ``spots`` explained first: a number refused here replaces the schema's own
    complaint about the same place."""
    found = problems(data, source, spots)
    try:
        validated = validate_schema(model, data, source)
    except InputError as exc:
        places = {(p.location.line, p.location.column) for p in found}
        others = [p for p in exc.problems if (p.location.line, p.location.column) not in places]
        raise InputError([*found, *others]) from None
    if found:
        raise InputError(found)
    return validated
