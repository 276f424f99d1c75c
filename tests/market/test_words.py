# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""From the user's words to FTS5 terms: folding, word forms, compounds, products, and the
shipped keyword lists."""

from __future__ import annotations

import pytest

from ossfirst.market import vocabulary, words
from tests.market.conftest import CORPUS

VOCABULARY = vocabulary.vocabulary()


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("termine", "termin"),
        ("termin", "termin"),
        ("terminvergabe", "terminvergab"),
        ("buchungen", "buchung"),
        ("prenotazioni", "prenotazion"),
        ("prenotazione", "prenotazion"),
        ("appuntamenti", "appuntament"),
        ("documents", "document"),
        ("prozess", "prozess"),
        ("participation", "participation"),
        ("gis", "gis"),
        ("akten", "akte"),
    ],
)
def test_light_stemming(word: str, stem: str) -> None:
    assert words.stem(word) == stem


def test_folding_is_what_sqlite_does() -> None:
    assert words.fold("Bürger Città STRAẞE Ærø") == "burger citta strasse ærø".replace("æ", "æ")
    assert words.tokens(words.fold("E-Signatur, Open-Data_Portal")) == [
        "e",
        "signatur",
        "open",
        "data",
        "portal",
    ]


def test_user_words_become_quoted_terms_only() -> None:
    query = words.analyse('Termin" OR name : x) NEAR(a b) *', VOCABULARY)
    expression = query.match()
    # Every term is one quoted string under a column filter of ours; the only other syntax
    # is the OR between the terms.
    import re

    allowed = re.compile(r'(\{name text people users\}|cat|named|topic) : "[^"]*"( \*)?')
    for part in expression.split(" OR "):
        assert allowed.fullmatch(part), part
    assert "NEAR(" not in expression and ")" not in expression


def test_compounds_split_where_both_parts_are_known() -> None:
    parts = {t.text for t in words.analyse("Terminbuchung", VOCABULARY).terms}
    assert {"terminbuchung", "termin"} <= parts
    assert "buchung" not in parts  # a generic second part is not searched alone
    parts = {t.text for t in words.analyse("Schulverwaltung", VOCABULARY).terms}
    assert "schul" in parts  # Schul-e: the dropped -e is found


def test_stop_words_alone_are_still_searched() -> None:
    assert [t.text for t in words.analyse("software", VOCABULARY).terms][:1] == ["software"]


def test_the_category_keywords_match_whole_keywords_best() -> None:
    query = words.analyse("council information system", VOCABULARY)
    assert set(words.categories_for(query, VOCABULARY)) == {"document-management"}
    query = words.analyse("Terminvergabe und Bürgerbeteiligung", VOCABULARY)
    assert {"appointment-scheduling", "digital-citizenship"} <= set(
        words.categories_for(query, VOCABULARY)
    )


def test_the_category_list_is_the_standards(tmp_path: object) -> None:
    allowed = [
        line.strip()
        for line in (CORPUS / "CATEGORIES.txt").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(allowed) == 106
    data = vocabulary.shipped_data()
    assert list(data["categories"]) == allowed  # in the standard's order
    assert vocabulary.problems(data, allowed) == []


def test_at_least_forty_products_each_with_a_source() -> None:
    products = VOCABULARY.products
    assert len(products) >= 40
    assert all(p.source.startswith("https://") for p in products)
    names = [n for p in products for n in p.names]
    assert len(names) == len(set(names)), "a name must name one product"


def test_the_problems_of_a_broken_list_are_found() -> None:
    data = {
        "categories": {"office": {"de": ["Büro"], "en": [], "it": ["ufficio"]}, "made-up": {}},
        "products": [{"names": ["X"], "categories": ["nope"], "keywords": [], "source": "x"}],
    }
    found = vocabulary.problems(data, ["office", "blog"])
    assert "category blog: missing" in found
    assert "category made-up: not in the standard's list" in found
    assert "category office: no keywords in en" in found
    assert "product X: no https source" in found
    assert "product X: unknown category nope" in found
    assert "product X: no keywords" in found
