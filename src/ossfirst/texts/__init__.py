# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The text catalogue: every word the reports and the check formats show, as
``key: (German, English)``, one module per area, with :func:`text` to look one up and the
formats of numbers and dates per language. It sits outside :mod:`ossfirst.render` so that
the check formats and the command line put things into words without loading a renderer.

A new area (a report section, an output format) adds a module here and one line below; a
key may be defined only once.

A text that counts something has one key per plural form, ``<key>.one`` and ``<key>.other``
(the CLDR categories German and English use); ``text(key, lang, count=n)`` picks the form
by ``count`` (:func:`plural_form`), so "1 Jahr" and "5 Jahre" never come from string
concatenation.
"""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache
from importlib import import_module
from typing import Any

#: The areas of the catalogue, as modules of this package each holding its ``TEXTS``. They
#: are imported on the first look-up of the whole catalogue (:data:`TEXTS`, :func:`text`),
#: not with this package: a command that needs the words of one area only (a market
#: search) reads that area with :func:`text_in` and loads nothing else.
AREAS = (
    "core",
    "report",
    "check",
    "evidence",
    "methods",
    "captions",
    "decisions",
    "decisive",
    "catalogue",
    "workbook",
    "form",
    "portfolio",
    "market",
    "validate",
    "load",
    "licence",
    "cli",
    "council",
    "locale",
    "source",
    "readers",
    "record",
    "scaffold",
)


#: The plural forms a counted text has, as CLDR names them; German and English need two.
PLURAL_FORMS = ("one", "other")


def plural_form(count: float, lang: str) -> str:
    """The plural form of ``count`` in ``lang``: ``one`` for exactly 1 (German and English
    alike: "1 Jahr", "1 year"), ``other`` for every other number ("0 Jahre", "1,5 Jahre")."""
    del lang  # both languages follow the same rule; a third language may not
    return "one" if count == 1 else "other"


def plural_key(key: str, count: float, lang: str) -> str:
    """The key of the form of the counted text ``key`` that fits ``count``."""
    return f"{key}.{plural_form(count, lang)}"


@cache
def merged() -> dict[str, tuple[str, str]]:
    """Every text of every area, by key; a key may be defined only once. (That a counted
    text has all its plural forms is a test's to check, not every run's.)"""
    found: dict[str, tuple[str, str]] = {}
    for name in AREAS:
        area: dict[str, tuple[str, str]] = import_module(f"{__name__}.{name}").TEXTS
        if not found.keys().isdisjoint(area):
            twice = next(key for key in area if key in found)
            raise ValueError(f"text key defined twice: {twice}")
        found.update(area)
    return found


@cache
def in_language(lang: str) -> dict[str, str]:
    """Every text of the catalogue in ``lang`` (English for any language but German, as
    :func:`text` picks it), by key: one look-up for a writer that asks for thousands."""
    index = 0 if lang == "de" else 1
    return {key: pair[index] for key, pair in merged().items()}


def __getattr__(name: str) -> dict[str, tuple[str, str]]:
    # ``TEXTS``, the whole catalogue, is merged when it is first asked for.
    if name == "TEXTS":
        return merged()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def text(key: str, lang: str, /, **params: Any) -> str:
    """The text ``key`` in ``lang`` with ``params`` filled in; a counted text (one with
    plural forms) takes the form that fits the number ``count``."""
    return text_in(merged(), key, lang, **params)


def text_in(area: dict[str, tuple[str, str]], key: str, lang: str, /, **params: Any) -> str:
    """:func:`text` looked up in the ``TEXTS`` of one area of :data:`AREAS`, for a command
    that starts fast and needs no other (its keys are checked with the whole catalogue's)."""
    pair = area.get(key)
    if pair is None:
        if "count" not in params:
            raise KeyError(key)
        pair = area[plural_key(key, params["count"], lang)]
    de, en = pair
    template = de if lang == "de" else en
    return template.format(**params) if params else template


#: The languages of every text, in the order a :data:`Phrase` holds them.
LANGS = ("de", "en")

#: A text in every language, by language code (what an input error's message holds).
Phrase = dict[str, str]


def both(key: str, /, **params: Any) -> Phrase:
    """The text ``key`` in every language of :data:`LANGS`; a parameter that is itself a
    :data:`Phrase` is filled in in the language of the text."""
    return both_in(merged(), key, **params)


def both_in(area: dict[str, tuple[str, str]], key: str, /, **params: Any) -> Phrase:
    """:func:`both` looked up in the ``TEXTS`` of one area, as :func:`text_in` does."""
    return {
        lang: text_in(
            area, key, lang, **{k: v[lang] if isinstance(v, dict) else v for k, v in params.items()}
        )
        for lang in LANGS
    }


def number(value: float, lang: str, decimals: int = 2) -> str:
    """1.234,56 in German, 1,234.56 in English."""
    # Zero is formatted anew each time: 0.0 and -0.0 are the same key of a cache but not the
    # same text ("-0,00").
    return _number(value, lang, decimals) if value else _formatted(value, lang, decimals)


def _formatted(value: float, lang: str, decimals: int) -> str:
    formatted = f"{value:,.{decimals}f}"
    if lang == "de":
        formatted = formatted.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return formatted


# Weights, levels and amounts recur within a report and from one report to the next: each
# is formatted once. Bounded, so that memory stays flat however many reports a process
# writes.
_number = lru_cache(maxsize=2048)(_formatted)


def money(value: float, lang: str) -> str:
    return f"{number(value, lang, 2)} EUR"


def percent(share: float, lang: str, decimals: int = 1) -> str:
    """A share (0.125) as a percentage: 12,5 % / 12.5 %."""
    return f"{number(share * 100, lang, decimals)} %"


@lru_cache(maxsize=1024, typed=True)
def date(day: dt.date | str, lang: str) -> str:
    """27.11.2026 in German, 2026-11-27 in English."""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    return day.strftime("%d.%m.%Y") if lang == "de" else day.isoformat()
