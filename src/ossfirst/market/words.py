# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""From the user's words to an FTS5 query: word forms, compounds, categories, products.

The index holds the catalogue's text as written; SQLite's ``unicode61`` tokenizer folds case
and diacritics (``Bürger`` and ``Burger``, ``città`` and ``citta`` are one word). German and
Italian word forms are handled on the query side, in four steps that the README describes:

1. **Word forms.** A light stemmer cuts common inflection endings (German ``-en``, ``-e``,
   ``-es``, ``-ungen``; Italian ``-i``, ``-e``, ``-o``, ``-a``, ``-zioni``; English ``-s``)
   and the rest is searched as a prefix: ``Termine`` -> ``termin*`` finds ``Termin``,
   ``Terminvergabe`` and ``Terminbuchung``; ``prenotazioni`` -> ``prenotazion*`` finds
   ``prenotazione``.
2. **Compounds.** A long German word is split where both parts are known words (of the
   shipped keyword lists or of the index): ``Terminbuchung`` -> ``termin*`` and
   ``buchung*``. Generic second parts (``-system``, ``-verwaltung``, ``-vergabe``, ...) are
   not searched on their own.
3. **Categories.** Every catalogue entry carries the German, English and Italian keywords of
   its publiccode.yml categories (``market-categories.yaml``), so a German word finds an
   Italian entry of the right category.
4. **Products.** Naming a proprietary product (``market-products.yaml``) searches for the
   categories and keywords of what it does, instead of its name.

The user's words are always text: each becomes a quoted FTS5 string, so quotes, ``NEAR``,
``*``, ``-`` or parentheses in a query are never syntax (``--raw`` passes a query unchanged).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ossfirst.market.vocabulary import Product, Vocabulary

_TOKEN = re.compile(r"[^\W_]+")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words that carry no meaning for the search (German, English, Italian).
STOP_WORDS = _words(
    """
    der die das den dem des ein eine einer eines einem einen und oder fur von vom mit im in
    ins zu zur zum auf aus bei als an am nach uber unter fuer wie was wer welche welcher
    software losung loesung losungen system systeme programm anwendung tool tools gesucht
    suche suchen brauchen benotigen quelloffen quelloffene quelloffenes freie kommunal
    kommunale kommune kommunen verwaltung verwaltungen behorde behorden stadt
    the a an and or for of to in on with by from as at is are be software solution solutions
    system systems tool application applications app apps program source free
    municipal municipality administration public sector need needed looking
    il lo la i gli le un uno una di da del della dello dei degli delle per con su e o al alla
    ai agli alle nel nella nei sul sulla soluzione soluzioni sistema sistemi applicazione
    programma pubblica amministrazione comune comuni ente enti
    """
)

#: Words that ask for a replacement: they let a product's short name ("Teams") count.
REPLACEMENT_CUES = _words(
    """
    alternative alternativen alternativ alternativa alternatives ersatz ersetzen statt
    anstelle anstatt ablosung abloesung ablosen umstieg wechsel migration migrieren replace
    replacement replacing instead migrate sostituire sostituto sostituzione invece
    """
)

#: Second parts of German compounds too generic to be searched alone.
WEAK_PARTS = _words(
    """
    system systeme systems verwaltung management software portal portale plattform platform
    losung loesung dienst dienste service services anwendung anwendungen programm modul
    module tool suite app online vergabe buchung buchungen planung erfassung bearbeitung
    verarbeitung zugang abruf suche auskunft meldung meldungen stelle stellen wesen
    """
)

# Longest first; each cut keeps a stem of at least MIN_STEM characters.
_ENDINGS = (
    ("ungen", "ung"),
    ("heiten", "heit"),
    ("keiten", "keit"),
    ("zioni", "zion"),
    ("zione", "zion"),
    ("en", ""),
    ("en", "e"),  # Akten -> akte, where akt would be too short
    ("es", ""),
    ("e", ""),
    ("i", ""),
    ("o", ""),
    ("a", ""),
    ("s", ""),
)
MIN_STEM = 4
#: The FTS5 columns that hold words (the others hold category tokens).
TEXT_COLUMNS = "{name text people users}"
#: Words of this length or more are tried as compounds.
MIN_COMPOUND = 9
MIN_PART = 4
_LINKS = ("s", "es", "n", "en", "e")


def fold(text: str) -> str:
    """Lower case without diacritics, as SQLite's ``unicode61 remove_diacritics 2`` sees a
    word (``ß`` becomes ``ss``)."""
    text = text.casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[str]:
    """The words of ``text`` (already folded): runs of letters and digits."""
    return _TOKEN.findall(text)


def stem(token: str) -> str:
    """The prefix a folded word is searched by: the word without one inflection ending."""
    if len(token) <= MIN_STEM:
        return token
    for ending, replacement in _ENDINGS:
        if token.endswith(ending):
            if ending == "s" and token.endswith("ss"):
                continue
            cut = token[: len(token) - len(ending)] + replacement
            if len(cut) >= MIN_STEM:
                return cut
    return token


@dataclass(frozen=True)
class Term:
    """One term of the FTS5 query."""

    text: str
    prefix: bool
    #: The FTS5 column it is limited to, or ``None`` for all.
    column: str | None = None
    #: The user's word (or product) it comes from.
    origin: str = field(default="", compare=False)

    def fts(self) -> str:
        quoted = '"' + self.text.replace('"', '""') + '"'
        if self.prefix:
            quoted += " *"
        # Words are looked for in the text columns; the category columns hold tokens that
        # only category terms name (a prefix "onlin*" must not match "onlinebooking").
        return f"{self.column or TEXT_COLUMNS} : {quoted}"


@dataclass
class Query:
    """The user's query, analysed."""

    text: str
    #: The folded words searched for (stop words and product names removed).
    words: list[str] = field(default_factory=list)
    #: Products the query names.
    products: list[Product] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)

    def match(self) -> str:
        """The FTS5 MATCH expression: any of the terms."""
        return " OR ".join(term.fts() for term in self.terms)

    def add(self, term: Term) -> None:
        if term not in self.terms:
            self.terms.append(term)


def category_token(category: str) -> str:
    """A category id as one token of the index's ``cat`` column."""
    return "".join(tokens(fold(category)))


def _find(words: list[str], name: tuple[str, ...]) -> int:
    n = len(name)
    for start in range(len(words) - n + 1):
        if tuple(words[start : start + n]) == name:
            return start
    return -1


def _products(words: list[str], vocabulary: Vocabulary) -> tuple[list[Product], list[str]]:
    """The products ``words`` name, and the words left over."""
    cue = any(w in REPLACEMENT_CUES for w in words)
    meaningful = [w for w in words if w not in STOP_WORDS and w not in REPLACEMENT_CUES]
    candidates: list[tuple[int, int, Product]] = []
    for product in vocabulary.products:
        for name in product.names:
            start = _find(words, name)
            if start >= 0:
                candidates.append((len(name), start, product))
        for name in product.short:
            start = _find(words, name)
            if start >= 0 and (cue or tuple(meaningful) == name):
                candidates.append((len(name), start, product))
    found: list[Product] = []
    used: set[int] = set()
    for length, start, product in sorted(candidates, key=lambda c: (-c[0], c[1])):
        span = set(range(start, start + length))
        if span & used or product in found:
            continue
        used |= span
        found.append(product)
    rest = [w for i, w in enumerate(words) if i not in used]
    return found, rest


def _splits(token: str) -> list[tuple[str, str]]:
    """The ways to read ``token`` as a compound: (first part, second part), longest first
    part first, with and without a linking element (Rat-s-information,
    Dokument-en-management) and with the -e a first part drops (Schul-verwaltung)."""
    if len(token) < MIN_COMPOUND:
        return []
    found = []
    for cut in range(len(token) - MIN_PART, MIN_PART - 1, -1):
        head, tail = token[:cut], token[cut:]
        heads = [head] + [head[: -len(link)] for link in _LINKS if head.endswith(link)]
        heads.append(head + "e")
        found += [(h, tail) for h in heads if len(h) >= MIN_PART]
    return found


def compound_candidates(text: str) -> set[str]:
    """Every word a query's compounds could split into: what :func:`analyse` asks the index
    about (in one go)."""
    return {part for word in tokens(fold(text)) for split in _splits(word) for part in split}


def _compound(token: str, known: Callable[[str], bool]) -> list[str]:
    """The parts of a German compound worth searching, or ``[]``."""
    for head, tail in _splits(token):
        if known(head) and known(tail):
            parts = [head]
            if tail not in WEAK_PARTS and stem(tail) not in WEAK_PARTS:
                parts.append(tail)
            return parts
    return []


def analyse(
    text: str,
    vocabulary: Vocabulary,
    in_index: Callable[[str], bool] | None = None,
) -> Query:
    """The FTS5 terms for the user's ``text``. ``in_index`` tells whether a folded word occurs
    in the index; with the shipped keywords it decides where compounds split."""

    def known(word: str) -> bool:
        return word in vocabulary.known or (in_index is not None and in_index(word))

    query = Query(text)
    words = tokens(fold(text))
    products, words = _products(words, vocabulary)
    query.products = products
    kept = [w for w in words if w not in STOP_WORDS and w not in REPLACEMENT_CUES]
    if not kept and not products:
        kept = words  # a query of stop words alone still searches for them
    query.words = kept
    for word in kept:
        query.add(Term(word, prefix=False, origin=word))
        prefix = stem(word)
        if len(prefix) >= MIN_STEM:
            query.add(Term(prefix, prefix=True, origin=word))
        for part in _compound(word, known):
            query.add(Term(stem(part), prefix=True, origin=word))
    for product in products:
        for category in product.categories:
            query.add(Term(category_token(category), prefix=False, column="cat"))
        for keyword in product.keywords:
            for word in tokens(fold(keyword)):
                if word not in STOP_WORDS:
                    cut = stem(word)
                    query.add(Term(cut, prefix=len(cut) >= MIN_STEM, origin=product.name))
    return query


def matches(term_text: str, prefix: bool, word: str) -> bool:
    """Whether a folded ``word`` of an entry matches a query term."""
    return word.startswith(term_text) if prefix else word == term_text


def _matched_words(terms: list[Term], vocabulary: Vocabulary) -> dict[str, tuple[int, set[str]]]:
    """The words of the keywords that the query's terms match: word -> (how: 2 the same word
    form, 1 the start of a longer word, a compound; the user's words that match it)."""
    from bisect import bisect_left

    found: dict[str, tuple[int, set[str]]] = {}

    def note(word: str, quality: int, origin: str) -> None:
        best, origins = found.get(word, (0, set()))
        found[word] = (max(best, quality), origins | {origin})

    ordered = vocabulary.keyword_words
    for term in terms:
        if term.text in vocabulary.keywords_with:
            note(term.text, 2, term.origin)
        if not term.prefix:
            continue
        for word in vocabulary.words_by_stem.get(term.text, ()):
            note(word, 2, term.origin)
        # A short prefix (form*) must not reach far into another word (formazione).
        position = bisect_left(ordered, term.text)
        while position < len(ordered) and ordered[position].startswith(term.text):
            word = ordered[position]
            if len(term.text) >= 6 or len(word) - len(term.text) <= 2:
                note(word, 1, term.origin)
            position += 1
    return found


def categories_for(query: Query, vocabulary: Vocabulary) -> dict[str, list[str]]:
    """The categories whose keywords the query's words match best: category -> the keywords
    (as written in ``market-categories.yaml``) that matched best.

    A keyword of several words matches when each of its words does. Of the categories found,
    those whose keyword covers the most of the query's words, as the same word form rather
    than as the start of a compound, are kept: "council information system" means the
    keyword of that name, not every category with a word beginning "information"."""
    named = {p.name for p in query.products}
    terms = [t for t in query.terms if t.column is None and t.origin not in named]
    matched = _matched_words(terms, vocabulary)
    candidates = sorted({n for word in matched for n in vocabulary.keywords_with[word]})
    scored: dict[str, tuple[int, int]] = {}
    found: dict[str, list[str]] = {}
    for number in candidates:
        category, keyword, folded, _ = vocabulary.keywords[number]
        if not all(word in matched for word in folded):
            continue
        quality = min(matched[word][0] for word in folded)
        origins = set().union(*(matched[word][1] for word in folded))
        score = (len(origins), quality)
        so_far = scored.get(category, (0, 0))
        if score > so_far:
            scored[category] = score
            found[category] = [keyword]
        elif score == so_far:
            found[category].append(keyword)
    if not scored:
        return {}
    top = max(scored.values())
    return {c: found[c] for c in sorted(found) if scored[c] == top}


def category_terms(category: str) -> list[Term]:
    """The terms that search for a category: entries tagged with it (column ``cat``), whose
    name uses one of its keywords (``named``), or whose descriptions do (``topic``, graded
    by :func:`topic_tokens`); the last two filled at indexing by :func:`topics`. So a German
    word finds an entry that says the same in Italian, tagged with the category or not."""
    token = category_token(category)
    found = [Term(token, prefix=False, column=c, origin=category) for c in ("cat", "named")]
    found += [
        Term(topic_token(category, level), prefix=False, column="topic", origin=category)
        for level in range(1, len(TOPIC_LEVELS) + 1)
    ]
    return found


#: How often an entry's descriptions must use a category's keywords to reach each level.
TOPIC_LEVELS = (1, 2, 4, 8)


def topic_token(category: str, level: int) -> str:
    """The token of ``category`` at ``level`` in the index's ``topic`` column."""
    return f"{category_token(category)}{level}"


def topic_tokens(counts: dict[str, int]) -> list[str]:
    """The ``topic`` column of an entry: per category, a token for every level its count
    reaches. The higher levels are rarer, so BM25 weighs them more: an entry that speaks
    much of a category ranks above one that mentions it once."""
    found = []
    for category, count in counts.items():
        for level, threshold in enumerate(TOPIC_LEVELS, 1):
            if count >= threshold:
                found.append(topic_token(category, level))
    return found


_STEMS: dict[str, str] = {}
#: Occurrences of a category's keywords counted per entry, at most.
MAX_TOPIC = 12


def _stem(token: str) -> str:
    # Catalogue texts repeat their words; each is cut once per process.
    found = _STEMS.get(token)
    if found is None:
        if len(_STEMS) > 500_000:
            _STEMS.clear()
        found = _STEMS[token] = stem(token)
    return found


def topics(texts: list[str], vocabulary: Vocabulary) -> dict[str, int]:
    """How often the keywords of each category occur in ``texts`` (as the same word forms;
    a keyword of several words as consecutive words), at most :data:`MAX_TOPIC` each."""
    phrases = vocabulary.phrases
    found: dict[str, int] = {}
    for text in texts:
        stems = [_stem(t) for t in tokens(fold(text))]
        for position, first in enumerate(stems):
            candidates = phrases.get(first)
            if candidates is None:
                continue
            for category, rest in candidates:
                if category == "other":
                    continue
                end = position + 1 + len(rest)
                if not rest or tuple(stems[position + 1 : end]) == rest:
                    found[category] = min(found.get(category, 0) + 1, MAX_TOPIC)
    return dict(sorted(found.items()))
