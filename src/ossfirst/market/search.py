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
    ``via`` says where an entry that does not declare the category uses its keywords.
    """

    kind: str
    terms: tuple[str, ...] = ()
    lang: str | None = None
    category: str | None = None
    keywords: tuple[str, ...] = ()
    product: str | None = None
    #: Where the entry speaks of a category it does not declare: ``name``, ``description``.
    via: str | None = None

    def as_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {"kind": self.kind}
        for name in ("terms", "lang", "category", "keywords", "product", "via"):
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


def _usage(key: str, hint: str = "", /, **params: object) -> InputError:
    from ossfirst.market.index import problem

    return InputError([problem(Location("query"), "market-query", key, hint, **params)])


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

    candidates = sorted(words.compound_candidates(text) - vocab.known)
    in_index: set[str] = set()
    for start in range(0, len(candidates), 500):
        chunk = candidates[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        in_index.update(
            str(row[0])
            for row in connection.execute(
                f"SELECT term FROM vocabulary WHERE term IN ({marks})",  # noqa: S608
                chunk,
            )
        )
    query = words.analyse(text, vocab, in_index.__contains__)
    matched = words.categories_for(query, vocab)
    named = sorted({c for p in query.products for c in p.categories} | set(matched))
    for category in named:
        for term in words.category_terms(category):
            query.add(term)
    if not query.terms:
        raise _usage("mkt.query-no-words", "mkt.hint.query-no-words")
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
        raise _usage("mkt.query-empty")
    limit = max(1, min(limit, MAX_LIMIT))
    query: words.Query | None = None
    products: list[str] = []
    matched: dict[str, list[str]] = {}
    if raw:
        expression = text
    else:
        expression, products, matched, query = _expression(connection, text)
    where, params = _where(filters, day)
    connection.row_factory = sqlite3.Row
    try:
        rows, scores, found = _ranked(connection, expression, where, params, limit)
        reasons = _reasons(connection, expression, rows, query, matched)
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if raw and "locked" not in message and "busy" not in message:
            raise _usage("mkt.query-invalid", "mkt.hint.query-invalid", reason=message) from None
        from ossfirst.market.index import _database_error

        raise _database_error(_path(connection), exc) from None
    except sqlite3.DatabaseError as exc:
        from ossfirst.market.index import _database_error

        raise _database_error(_path(connection), exc) from None
    hits = [
        _hit(i, row, reasons.get(row["id"], ()), scores[row["id"]]) for i, row in enumerate(rows, 1)
    ]
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


_WEIGHTS = ", ".join(str(w) for w in WEIGHTS)
# Statements built from constants and placeholders only; every value is a parameter.
_RANKED = (
    f"SELECT rowid, bm25(fts, {_WEIGHTS}) AS score FROM fts WHERE fts MATCH ? "  # noqa: S608
    "ORDER BY score, rowid LIMIT ?"
)
_ROWS = "SELECT e.*, s.name AS catalogue FROM entries e JOIN sources s ON s.id = e.source "


def _ranked(
    connection: sqlite3.Connection, expression: str, where: str, params: list[Any], limit: int
) -> tuple[list[sqlite3.Row], dict[int, float], int]:
    """The best ``limit`` entries (each repository once), their scores, and how many
    entries match (each repository once)."""
    if where:
        # Filters need the entries' columns: rank the joined rows.
        sql = (
            f"SELECT e.*, s.name AS catalogue, bm25(fts, {_WEIGHTS}) AS score "  # noqa: S608
            "FROM fts JOIN entries e ON e.id = fts.rowid JOIN sources s ON s.id = e.source "
            f"WHERE fts MATCH ?{where} AND e.duplicate = 0 ORDER BY score, e.id LIMIT ?"
        )
        rows = connection.execute(sql, (expression, *params, limit)).fetchall()
        count = (
            "SELECT count(*) FROM fts JOIN entries e ON e.id = fts.rowid "  # noqa: S608
            f"WHERE fts MATCH ?{where} AND e.duplicate = 0"
        )
        found = int(connection.execute(count, (expression, *params)).fetchone()[0])
        return rows, {int(r["id"]): float(r["score"]) for r in rows}, found
    # Without filters FTS5 ranks on its own, and only the rows shown are read.
    batch = limit + 10
    while True:
        ranked = connection.execute(_RANKED, (expression, batch)).fetchall()
        ids = [int(r[0]) for r in ranked]
        marks = ", ".join("?" for _ in ids)
        by_id = {
            int(row["id"]): row
            for row in connection.execute(f"{_ROWS}WHERE e.id IN ({marks})", ids)
        }
        rows = [by_id[i] for i in ids if not by_id[i]["duplicate"]][:limit]
        if len(rows) >= limit or len(ranked) < batch:
            break
        batch *= 4
    found = int(
        connection.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (expression,)).fetchone()[
            0
        ]
    )
    if connection.execute("SELECT EXISTS (SELECT 1 FROM entries WHERE duplicate = 1)").fetchone()[
        0
    ]:
        found -= int(
            connection.execute(
                "SELECT count(*) FROM entries WHERE duplicate = 1 AND id IN "
                "(SELECT rowid FROM fts WHERE fts MATCH ?)",
                (expression,),
            ).fetchone()[0]
        )
    return rows, {int(r[0]): float(r[1]) for r in ranked}, found


def _path(connection: sqlite3.Connection) -> Any:
    row = connection.execute("PRAGMA database_list").fetchone()
    return row[2] if row else "index"


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(v for v in (text or "").split(",") if v)


def _hit(rank: int, row: sqlite3.Row, reasons: tuple[Reason, ...], score: float) -> Hit:
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
        relevance=round(-score, 3) + 0.0,
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
        if word and word.casefold() not in {w.casefold() for w in found}:
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
    marks = f"'{_MARK_START}', '{_MARK_END}'"
    columns = ", ".join(f"highlight(fts, {i}, {marks})" for i in range(len(COLUMNS)))
    sql = f"SELECT {columns} FROM fts WHERE fts MATCH ? AND rowid = ?"  # noqa: S608
    highlighted: dict[int, tuple[str, ...]] = {}
    for row in rows:
        marked_row = connection.execute(sql, (expression, int(row["id"]))).fetchone()
        if marked_row is not None:
            highlighted[int(row["id"])] = tuple(marked_row)
    from ossfirst.market.vocabulary import vocabulary

    by_token = {words.category_token(c): c for c in vocabulary().categories}
    result: dict[int, tuple[Reason, ...]] = {}
    for row in rows:
        entry_id = int(row["id"])
        name, text, cat, named, topic, people, users = highlighted.get(
            entry_id, ("",) * len(COLUMNS)
        )
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
        marked: list[tuple[str, str | None]] = [(t, None) for t in _marked(cat or "")]
        marked += [(t, "name") for t in _marked(named or "")]
        marked += [(t.rstrip("0123456789"), "description") for t in _marked(topic or "")]
        for token, via in marked:
            category = by_token.get(words.fold(token)) or next(
                (c for c in categories if words.category_token(c) == words.fold(token)), token
            )
            if any(r.category == category for r in found):
                continue  # the strongest reason for a category is given once
            declared = category in categories
            product = _product_for(query, category)
            found.append(
                Reason(
                    "product" if product else "category",
                    category=category,
                    keywords=() if product else tuple(matched.get(category, ()))[:_MAX_TERMS],
                    product=product,
                    via=None if declared else via,
                )
            )
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
    base = "SELECT e.*, s.name AS catalogue FROM entries e JOIN sources s ON s.id = e.source WHERE "
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
            return [_hit(i, r, (), 0.0) for i, r in enumerate(unique.values(), 1)]
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
