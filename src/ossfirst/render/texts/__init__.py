# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Every word a report shows, as ``key: (German, English)``, one module per area.

A new area (a report section, an output format) adds a module here and one line below; a
key may be defined only once.

A text that counts something has one key per plural form, ``<key>.one`` and ``<key>.other``
(the CLDR categories German and English use); ``text(key, lang, count=n)`` picks the form
by ``count`` (:func:`plural_form`), so "1 Jahr" and "5 Jahre" never come from string
concatenation.
"""

from __future__ import annotations

from ossfirst.render.texts import (
    captions,
    catalogue,
    check,
    core,
    decisions,
    decisive,
    evidence,
    form,
    market,
    methods,
    portfolio,
    report,
    workbook,
)

AREAS = (
    core.TEXTS,
    report.TEXTS,
    check.TEXTS,
    evidence.TEXTS,
    methods.TEXTS,
    captions.TEXTS,
    decisions.TEXTS,
    decisive.TEXTS,
    catalogue.TEXTS,
    workbook.TEXTS,
    form.TEXTS,
    portfolio.TEXTS,
    market.TEXTS,
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


def _merge() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for area in AREAS:
        for key, pair in area.items():
            if key in merged:
                raise ValueError(f"text key defined twice: {key}")
            merged[key] = pair
    for key in merged:
        stem, _, form = key.rpartition(".")
        if form in PLURAL_FORMS and any(f"{stem}.{f}" not in merged for f in PLURAL_FORMS):
            raise ValueError(f"counted text without all its plural forms: {stem}")
    return merged


TEXTS = _merge()
