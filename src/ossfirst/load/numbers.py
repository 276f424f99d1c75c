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


def _money(value: float) -> dict[str, str]:
    """An amount in euros, as each language writes it (with the decimals it has)."""
    from ossfirst.texts import LANGS, number

    decimals = 0 if value == int(value) else 2 if round(value, 2) == value else 3
    return {lang: f"{number(value, lang, decimals)} EUR" for lang in LANGS}


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
        return _both("num.write", written=written)
    return _both("num.write-grouped", written=written, grouped=grouped)


def _both(key: str, /, **params: Any) -> dict[str, str]:
    """The text ``key`` of the catalogue in every language: a number written wrongly loads
    the catalogue, one written right does not."""
    from ossfirst.texts import both

    return both(key, **params)


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
                _both("num.dot-read", text=text, read=read),
                _both("num.hint.dot-read", intended=intended, write=_write(meant)),
            )
        if len(match["dec"]) > 2:
            return _problem(
                source,
                path,
                _both("num.cents", text=text),
                _both("num.hint.cents", rounded=f"{value:.2f}"),
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
        written = "decimal-comma" if separator == "" else "separators"
        what, how = _both(f"num.what.{written}"), _both(f"num.how.{written}")
        if stripped != text:
            what = _both("num.what.currency", what=what)
            how = _both("num.how.currency", how=how)
        return _problem(
            source,
            path,
            _both("num.not-a-number-for", text=text, what=what),
            _both("num.hint.meant", intended=intended, write=_write(meant), how=how),
        )
    if stripped != text and re.match(_PLAIN_OR_INT, stripped):
        return _problem(
            source,
            path,
            _both("num.currency", text=text),
            _both("num.hint.currency", stripped=stripped),
        )
    return None


def _percents(value: float) -> dict[str, str]:
    """A rate as a percentage, as each language writes it (without trailing zeros)."""
    from ossfirst.texts import LANGS, number

    return {lang: f"{number(value * 100, lang, 2).rstrip('0').rstrip(',.')} %" for lang in LANGS}


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
            _both(
                "num.rate-read",
                value=value,
                read=_percents(value),
                low=_percents(MIN_RATE),
                high=_percents(MAX_RATE),
            ),
            _both("num.hint.rate", meant=_percents(meant), written=f"{meant:g}"),
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
        _both("num.not-a-number", text=value.strip()),
        _both("num.hint.rate-point", meant=_percents(meant), written=f"{meant:g}"),
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
