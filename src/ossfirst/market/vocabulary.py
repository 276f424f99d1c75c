# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The shipped keyword lists of the market search: keywords per publiccode.yml category
(``data/market-categories.yaml``) and proprietary products mapped to categories and keywords
(``data/market-products.yaml``).

Both are read in compiled form (``make compiled``), so that a search does not import a YAML
parser; the YAML files are the source and are read when the compiled form is stale.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ossfirst.market.words import STOP_WORDS, fold, stem, tokens

CATEGORIES_FILE = "data/market-categories.yaml"
PRODUCTS_FILE = "data/market-products.yaml"
COMPILED = "market"
LANGUAGES = ("de", "en", "it")


@dataclass(frozen=True)
class Product:
    """A proprietary product and what it is used for."""

    name: str
    #: Each name as a tuple of folded tokens.
    names: tuple[tuple[str, ...], ...]
    short: tuple[tuple[str, ...], ...]
    vendor: str
    categories: tuple[str, ...]
    keywords: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Vocabulary:
    """The category keywords and the products, ready for searching."""

    version: str
    #: Category id -> language -> keywords as written.
    categories: dict[str, dict[str, tuple[str, ...]]]
    products: tuple[Product, ...]
    #: (category, keyword as written, its folded words without stop words, and their
    #: stems), for matching.
    keywords: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]
    #: The keywords by the stem of their first word: stem -> (category, stems of the other
    #: words), for finding them in an entry's text.
    phrases: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]
    #: The words of the keywords, sorted (for prefix look-ups), each with the keywords that
    #: have it (indices into ``keywords``), and the words by their stem.
    keyword_words: tuple[str, ...]
    keywords_with: dict[str, tuple[int, ...]]
    words_by_stem: dict[str, tuple[str, ...]]
    #: Every folded token of the keywords and product keywords: known words for splitting
    #: German compounds.
    known: frozenset[str]


def shipped_data() -> dict[str, Any]:
    """Both YAML files, parsed (for :mod:`ossfirst.compiled` and as the fallback)."""
    from importlib.resources import files

    import yaml

    root = files("ossfirst")
    categories = yaml.safe_load((root / CATEGORIES_FILE).read_text("utf-8"))
    products = yaml.safe_load((root / PRODUCTS_FILE).read_text("utf-8"))
    return {
        "version": str(categories["version"]),
        "categories": categories["categories"],
        "products": products["products"],
    }


def problems(data: dict[str, Any], allowed: list[str]) -> list[str]:
    """What is wrong with the shipped lists: categories missing or not in ``allowed`` (the
    standard's list), a category without keywords in a language, a product without a
    source or with an unknown category."""
    found = []
    categories = data["categories"]
    for name in allowed:
        if name not in categories:
            found.append(f"category {name}: missing")
    for name, words in categories.items():
        if name not in allowed:
            found.append(f"category {name}: not in the standard's list")
        for lang in LANGUAGES:
            if not words.get(lang):
                found.append(f"category {name}: no keywords in {lang}")
    for product in data["products"]:
        label = product["names"][0]
        if not str(product.get("source", "")).startswith("https://"):
            found.append(f"product {label}: no https source")
        for category in product["categories"]:
            if category not in categories:
                found.append(f"product {label}: unknown category {category}")
        if not product.get("keywords"):
            found.append(f"product {label}: no keywords")
    return found


@cache
def vocabulary() -> Vocabulary:
    """The shipped vocabulary (compiled form when current)."""
    from ossfirst import compiled

    data = compiled.load(COMPILED)
    if data is None:
        data = shipped_data()
    return build(data)


def build(data: dict[str, Any]) -> Vocabulary:
    """A :class:`Vocabulary` from the parsed lists."""
    categories: dict[str, dict[str, tuple[str, ...]]] = {}
    keywords: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = []
    known: set[str] = set()
    for name, words in data["categories"].items():
        categories[name] = {lang: tuple(str(w) for w in words.get(lang, ())) for lang in LANGUAGES}
        for lang in LANGUAGES:
            for word in categories[name][lang]:
                folded = tokens(fold(word))
                known.update(folded)
                meaningful = tuple(t for t in folded if t not in STOP_WORDS and len(t) > 1)
                if meaningful:
                    stems = tuple(stem(t) for t in meaningful)
                    keywords.append((name, word, meaningful, stems))
    products = []
    for raw in data["products"]:
        used_for = tuple(str(k) for k in raw.get("keywords", ()))
        for word in used_for:
            known.update(tokens(fold(word)))
        products.append(
            Product(
                name=str(raw["names"][0]),
                names=tuple(tuple(tokens(fold(str(n)))) for n in raw["names"]),
                short=tuple(tuple(tokens(fold(str(n)))) for n in raw.get("short", ())),
                vendor=str(raw.get("vendor", "")),
                categories=tuple(raw["categories"]),
                keywords=used_for,
                source=str(raw["source"]),
            )
        )
    phrases: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for category, _, _, stems in keywords:
        entry = (category, stems[1:])
        if entry not in phrases.setdefault(stems[0], []):
            phrases[stems[0]].append(entry)
    keywords_with: dict[str, list[int]] = {}
    words_by_stem: dict[str, set[str]] = {}
    for number, (_, _, parts, stems) in enumerate(keywords):
        for word, cut in zip(parts, stems, strict=True):
            keywords_with.setdefault(word, []).append(number)
            words_by_stem.setdefault(cut, set()).add(word)
    return Vocabulary(
        version=str(data["version"]),
        categories=categories,
        products=tuple(products),
        keywords=tuple(keywords),
        phrases={k: tuple(v) for k, v in phrases.items()},
        keyword_words=tuple(sorted(keywords_with)),
        keywords_with={k: tuple(v) for k, v in keywords_with.items()},
        words_by_stem={k: tuple(sorted(v)) for k, v in words_by_stem.items()},
        known=frozenset(known),
    )
