# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Searching the market index: ranked hits, each with the facts a procurement officer
needs to judge it and the reasons it matched.

Ranking is SQLite FTS5's BM25 over the entry's names (weight 10), categories (6), the
organisations that publish and maintain it (4), its descriptions and features in every
language (1) and the public bodies that use it (1). An entry listed in several catalogues
(the same repository) is shown once, from the catalogue that ranks it highest.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from ossfirst.errors import InputError, Location, Problem
from ossfirst.market import words
from ossfirst.market.index import COLUMNS, LANGUAGE_BREAK, WEIGHTS, Catalogue, catalogues

#: Statuses of the standard (``developmentStatus``).
STATUSES = ("concept", "development", "beta", "stable", "obsolete")
#: Maintenance types that count as maintained without an end date.
OPEN_ENDED = ("internal", "community")
MAX_LIMIT = 1000
_MARK_START, _MARK_END = "\x02", "\x03"
_MAX_TERMS = 6


@dataclass(frozen=True)
class Filters:
    """Conditions every hit meets."""

    categories: tuple[str, ...] = ()
    country: str | None = None
    languages: tuple[str, ...] = ()
    maintained: bool = False
    statuses: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """The filters that are set, for recording and output."""
        found: dict[str, Any] = {}
        if self.categories:
            found["category"] = list(self.categories)
        if self.country:
            found["country"] = self.country
        if self.languages:
            found["lang"] = list(self.languages)
        if self.maintained:
            found["maintained"] = True
        if self.statuses:
            found["status"] = list(self.statuses)
        return found


@dataclass(frozen=True)
class Reason:
    """Why a hit matched: which part of the entry, which words.

    ``kind`` is ``name``, ``description`` (with ``lang``), ``category`` (with ``category``
    and the query's ``keywords`` that led to it), ``publisher``, ``users`` or ``product``
    (the proprietary ``product`` the query named, whose ``category`` the entry has).
    """

    kind: str
    terms: tuple[str, ...] = ()
    lang: str | None = None
    category: str | None = None
    keywords: tuple[str, ...] = ()
    product: str | None = None

    def as_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {"kind": self.kind}
        for name in ("terms", "lang", "category", "keywords", "product"):
            value = getattr(self, name)
            if value:
                found[name] = list(value) if isinstance(value, tuple) else value
        return found


@dataclass(frozen=True)
class Hit:
    """One entry found, with what a person needs to judge it."""

    rank: int
    key: str
    name: str
    url: str | None
    catalogue: str
    origin: str
    digest: str
    version: str
    licence: str | None
    osi: bool | None
    fsf: bool | None
    maintenance: str | None
    until: str | None
    status: str | None
    software_type: str | None
    released: str | None
    used_by: int
    languages: tuple[str, ...]
    countries: tuple[str, ...]
    categories: tuple[str, ...]
    publisher: str | None
    summaries: dict[str, str]
    problem_count: int
    problems: tuple[Problem, ...]
    relevance: float
    reasons: tuple[Reason, ...]

    def summary(self, lang: str) -> str | None:
        """The short description in ``lang``, else English, Italian or any."""
        for code in (lang, "en", "it", "de", *sorted(self.summaries)):
            if code in self.summaries:
                return self.summaries[code]
        return None

    def maintained_on(self, day: dt.date) -> bool:
        """Whether the entry counts as maintained on ``day``."""
        if self.maintenance in OPEN_ENDED:
            return True
        return self.maintenance == "contract" and self.until is not None and self.until >= str(day)


@dataclass
class Results:
    """The answer to one query."""

    query: str
    raw: bool
    filters: Filters
    date: dt.date
    limit: int
    #: Entries that match (each repository once), of which ``hits`` are the first.
    found: int
    hits: list[Hit]
    catalogues: list[Catalogue]
    #: Products the query named, and the categories its words matched.
    products: list[str] = field(default_factory=list)
    categories: dict[str, list[str]] = field(default_factory=dict)


def _usage(de: str, en: str, hint_de: str = "", hint_en: str = "") -> InputError:
    hint = {"de": hint_de, "en": hint_en} if hint_en else {}
    return InputError([Problem(Location("query"), {"de": de, "en": en}, hint, "market-query")])


def _where(filters: Filters, day: dt.date) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.categories:
        clauses.append(
            "(" + " OR ".join("instr(e.categories, ?) > 0" for _ in filters.categories) + ")"
        )
        params += [f",{c},".lower() for c in filters.categories]
    if filters.country:
        clauses.append("instr(e.countries, ?) > 0")
        params.append(f",{filters.country.upper()},")
    if filters.languages:
        clauses.append(
            "(" + " OR ".join("instr(e.languages, ?) > 0" for _ in filters.languages) + ")"
        )
        params += [f",{lang.lower()}," for lang in filters.languages]
    if filters.maintained:
        clauses.append(
            "(e.maintenance IN ('internal', 'community') OR "
            "(e.maintenance = 'contract' AND e.until >= ?))"
        )
        params.append(day.isoformat())
    if filters.statuses:
        clauses.append(f"e.status IN ({', '.join('?' for _ in filters.statuses)})")
        params += list(filters.statuses)
    return "".join(f" AND {c}" for c in clauses), params


def _expression(
    connection: sqlite3.Connection, text: str
) -> tuple[str, list[str], dict[str, list[str]], words.Query]:
    from ossfirst.market.vocabulary import vocabulary

    vocab = vocabulary()

    def in_index(term: str) -> bool:
        row = connection.execute("SELECT 1 FROM vocabulary WHERE term = ?", (term,)).fetchone()
        return row is not None

    query = words.analyse(text, vocab, in_index)
    matched = words.categories_for(query, vocab)
    named = sorted({c for p in query.products for c in p.categories} | set(matched))
    for category in named:
        for term in words.category_terms(category, vocab):
            query.add(term)
    if not query.terms:
        raise _usage(
            "Die Suche enthält kein Wort, nach dem gesucht werden kann.",
            "The query has no word to search for.",
            "geben Sie Wörter an, z. B. Terminvergabe",
            "give some words, e.g. appointment booking",
        )
    return query.match(), [p.name for p in query.products], matched, query


def search(
    connection: sqlite3.Connection,
    text: str,
    filters: Filters,
    *,
    limit: int = 10,
    raw: bool = False,
    day: dt.date | None = None,
) -> Results:
    """The entries of the index that match ``text`` (words, or an FTS5 query with ``raw``),
    best first, at most ``limit``; ``day`` decides what counts as maintained (today)."""
    day = day or dt.date.today()
    if not text.strip():
        raise _usage("Die Suche ist leer.", "The query is empty.")
    limit = max(1, min(limit, MAX_LIMIT))
    query: words.Query | None = None
    products: list[str] = []
    matched: dict[str, list[str]] = {}
    if raw:
        expression = text
    else:
        expression, products, matched, query = _expression(connection, text)
    where, params = _where(filters, day)
    weights = ", ".join(str(w) for w in WEIGHTS)
    # Built from constants and placeholders only; the query and filter values are parameters.
    sql = (
        f"SELECT e.*, bm25(fts, {weights}) AS score, s.name AS catalogue "  # noqa: S608
        "FROM fts JOIN entries e ON e.id = fts.rowid JOIN sources s ON s.id = e.source "
        f"WHERE fts MATCH ?{where} ORDER BY score, e.name, e.key, e.id"
    )
    count_sql = (
        "SELECT count(DISTINCT e.key) FROM fts JOIN entries e ON e.id = fts.rowid "  # noqa: S608
        f"WHERE fts MATCH ?{where}"
    )
    connection.row_factory = sqlite3.Row
    try:
        found = int(connection.execute(count_sql, (expression, *params)).fetchone()[0])
        rows: list[sqlite3.Row] = []
        seen: set[str] = set()
        for row in connection.execute(sql, (expression, *params)):
            if row["key"] in seen:
                continue
            seen.add(row["key"])
            rows.append(row)
            if len(rows) >= limit:
                break
        reasons = _reasons(connection, expression, rows, query, matched)
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if raw and ("syntax" in message or "fts5" in message or "no such column" in message):
            raise _usage(
                f"Die FTS5-Abfrage ist ungültig: {message}.",
                f"The FTS5 query is not valid: {message}.",
                "prüfen Sie die Syntax, oder suchen Sie ohne --raw nach Wörtern",
                "check its syntax, or search for words without --raw",
            ) from None
        from ossfirst.market.index import _database_error

        raise _database_error(_path(connection), exc) from None
    except sqlite3.DatabaseError as exc:
        from ossfirst.market.index import _database_error

        raise _database_error(_path(connection), exc) from None
    hits = [_hit(i, row, reasons.get(row["id"], ())) for i, row in enumerate(rows, 1)]
    return Results(
        query=text,
        raw=raw,
        filters=filters,
        date=day,
        limit=limit,
        found=found,
        hits=hits,
        catalogues=catalogues(connection),
        products=products,
        categories=matched,
    )


def _path(connection: sqlite3.Connection) -> Any:
    row = connection.execute("PRAGMA database_list").fetchone()
    return row[2] if row else "index"


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(v for v in (text or "").split(",") if v)


def _hit(rank: int, row: sqlite3.Row, reasons: tuple[Reason, ...]) -> Hit:
    from ossfirst.market.index import problem_from

    details = json.loads(row["details"])
    origin = str(row["origin"])
    return Hit(
        rank=rank,
        key=str(row["key"]),
        name=str(row["name"]),
        url=row["url"],
        catalogue=str(row["catalogue"]),
        origin=origin,
        digest=str(row["hash"]),
        version=str(row["version"]),
        licence=row["licence"],
        osi=None if row["osi"] is None else bool(row["osi"]),
        fsf=None if row["fsf"] is None else bool(row["fsf"]),
        maintenance=row["maintenance"],
        until=row["until"],
        status=row["status"],
        software_type=row["software_type"],
        released=row["released"],
        used_by=int(row["used_by"]),
        languages=_split(row["languages"]),
        countries=_split(row["countries"]),
        categories=_split(row["categories"]),
        publisher=row["publisher"],
        summaries=dict(details.get("summaries", {})),
        problem_count=int(row["problem_count"]),
        problems=tuple(problem_from(origin, p) for p in details.get("problems", [])),
        relevance=round(-float(row["score"]), 3) + 0.0,
        reasons=reasons,
    )


def _marked(text: str) -> list[str]:
    """The words between highlight marks, as written."""
    found: list[str] = []
    start = text.find(_MARK_START)
    while start >= 0:
        end = text.find(_MARK_END, start)
        if end < 0:
            break
        word = text[start + 1 : end].strip()
        if word and word not in found:
            found.append(word)
        start = text.find(_MARK_START, end)
    return found[:_MAX_TERMS]


def _reasons(
    connection: sqlite3.Connection,
    expression: str,
    rows: list[sqlite3.Row],
    query: words.Query | None,
    matched: dict[str, list[str]],
) -> dict[int, tuple[Reason, ...]]:
    if not rows:
        return {}
    ids = [int(r["id"]) for r in rows]
    marks = f"'{_MARK_START}', '{_MARK_END}'"
    columns = ", ".join(f"highlight(fts, {i}, {marks})" for i in range(len(COLUMNS)))
    placeholders = ", ".join("?" for _ in ids)
    highlighted = {
        int(r[0]): tuple(r[1:])
        for r in connection.execute(
            f"SELECT rowid, {columns} FROM fts WHERE fts MATCH ? AND rowid IN ({placeholders})",  # noqa: S608
            (expression, *ids),
        )
    }
    by_token = {words.category_token(c): c for c in matched}
    result: dict[int, tuple[Reason, ...]] = {}
    for row in rows:
        entry_id = int(row["id"])
        name, text, cat, people, users = highlighted.get(entry_id, ("",) * len(COLUMNS))
        details = json.loads(row["details"])
        found: list[Reason] = []
        terms = _marked(name or "")
        if terms:
            found.append(Reason("name", tuple(terms)))
        languages = details.get("text_languages", [])
        for lang, block in zip(languages, (text or "").split(LANGUAGE_BREAK), strict=False):
            terms = _marked(block)
            if terms:
                found.append(Reason("description", tuple(terms), lang=lang))
        categories = _split(row["categories"])
        for token in _marked(cat or ""):
            category = by_token.get(words.fold(token)) or next(
                (c for c in categories if words.category_token(c) == words.fold(token)), token
            )
            product = _product_for(query, category)
            if product is not None:
                found.append(Reason("product", category=category, product=product))
            else:
                keywords = tuple(matched.get(category, ()))[:_MAX_TERMS]
                found.append(Reason("category", category=category, keywords=keywords))
        terms = _marked(people or "")
        if terms:
            found.append(Reason("publisher", tuple(terms)))
        terms = _marked(users or "")
        if terms:
            found.append(Reason("users", tuple(terms)))
        result[entry_id] = tuple(found)
    return result


def _product_for(query: words.Query | None, category: str) -> str | None:
    if query is None:
        return None
    for product in query.products:
        if category in product.categories:
            return product.name
    return None


def lookup(connection: sqlite3.Connection, reference: str) -> list[Hit]:
    """The entries ``reference`` names: a repository URL or key, the end of one
    (``aitema-gmbh/terminvergabe``), or a name (case does not matter). One entry per
    repository; several when the reference is ambiguous."""
    from ossfirst.market.entry import repository_key

    connection.row_factory = sqlite3.Row
    key = repository_key(reference) if "/" in reference else reference.strip().lower()
    base = (
        "SELECT e.*, 0.0 AS score, s.name AS catalogue FROM entries e "
        "JOIN sources s ON s.id = e.source WHERE "
    )
    order = " ORDER BY e.key, s.name, e.id"
    attempts = [
        ("e.key = ?", (key,)),
        ("e.key LIKE ? ESCAPE '\\'", ("%/" + _like(key),)),
        ("lower(e.name) = ?", (reference.strip().lower(),)),
    ]
    for clause, params in attempts:
        rows = connection.execute(base + clause + order, params).fetchall()
        if rows:
            unique: dict[str, sqlite3.Row] = {}
            for row in rows:
                unique.setdefault(row["key"], row)
            return [_hit(i, r, ()) for i, r in enumerate(unique.values(), 1)]
    return []


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


#: Version of the JSON (and YAML) that ``market search --format json`` prints.
SCHEMA_VERSION = "1.0"


def _hit_dict(hit: Hit) -> dict[str, Any]:
    return {
        "rank": hit.rank,
        "repository": hit.key,
        "name": hit.name,
        "url": hit.url,
        "catalogue": hit.catalogue,
        "file": hit.origin,
        "publiccode_version": hit.version,
        "summary": dict(sorted(hit.summaries.items())),
        "licence": hit.licence,
        "osi_approved": hit.osi,
        "fsf_libre": hit.fsf,
        "maintenance": hit.maintenance,
        "maintained_until": hit.until,
        "development_status": hit.status,
        "software_type": hit.software_type,
        "release_date": hit.released,
        "used_by": hit.used_by,
        "languages": list(hit.languages),
        "countries": list(hit.countries),
        "categories": list(hit.categories),
        "publisher": hit.publisher,
        "problems": {
            "count": hit.problem_count,
            "first": [
                {
                    "line": p.location.line,
                    "column": p.location.column,
                    "de": p.text("de"),
                    "en": p.text("en"),
                }
                for p in hit.problems
            ],
        },
        "relevance": hit.relevance,
        "why": [reason.as_dict() for reason in hit.reasons],
    }


def as_dict(results: Results) -> dict[str, Any]:
    """The results as plain data (``--format json|yaml``)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "query": results.query,
        "raw": results.raw,
        "filters": results.filters.as_dict(),
        "date": results.date.isoformat(),
        "catalogues": [
            {
                "name": c.name,
                "kind": c.kind,
                "snapshot": c.snapshot.isoformat() if c.snapshot else None,
                "entries": c.entries,
                "with_problems": c.with_problems,
                "unreadable": c.unreadable,
            }
            for c in results.catalogues
        ],
        "products": results.products,
        "categories": {c: list(k) for c, k in sorted(results.categories.items())},
        "found": results.found,
        "limit": results.limit,
        "hits": [_hit_dict(h) for h in results.hits],
    }
