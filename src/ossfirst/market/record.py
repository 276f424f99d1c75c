# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Into the request: hits as alternatives, and the exploration as a record.

- :func:`add_alternatives` (``ossfirst market add``) appends each hit as an alternative,
  filled in from its publiccode.yml where the file says something (name, description,
  licence, reuse, providers, standards) and marked "to check" where it cannot (deployment,
  operator, costs, requirements); the publiccode.yml is copied beside the request and cited
  as the alternative's evidence.
- :func:`record_search` (``market search --record``) adds the catalogues, the search and its
  hits to the request's ``market_exploration`` block (creating it when missing).
- :func:`set_aside` (``market set-aside``) records why a hit was not taken in.

Every edit keeps the request's comments and layout (:mod:`ossfirst.market.yamledit`); the
edited request is validated before anything is written, and the request and the evidence
files are written together or not at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ossfirst.errors import InputError, Location, Problem
from ossfirst.market.yamledit import Document, comment, scalar

if TYPE_CHECKING:
    from ossfirst.load.request import LoadedRequest
    from ossfirst.market.search import Hit, Results
    from ossfirst.model.request import Request

#: Reasons for setting a hit aside, as the request writes them (``MarketHit.set_aside``).
REASONS = (
    "function-missing",
    "not-relevant",
    "country-specific",
    "not-maintained",
    "not-mature",
    "wrong-platform",
    "licence-not-open",
    "language-missing",
    "duplicate",
    "other",
)
_MIME_STANDARDS = (
    ("application/pdf", "PDF"),
    ("application/vnd.oasis.opendocument.", "ODF"),
    ("application/vnd.openxmlformats-officedocument.", "OOXML"),
    ("application/msword", "DOC"),
    ("application/vnd.ms-excel", "XLS"),
    ("text/csv", "CSV"),
    ("application/json", "JSON"),
    ("application/xml", "XML"),
    ("text/xml", "XML"),
    ("text/calendar", "iCalendar"),
    ("text/vcard", "vCard"),
    ("text/markdown", "Markdown"),
    ("application/yaml", "YAML"),
    ("text/plain", "text/plain"),
)


def _text(key: str, lang: str, /, **params: object) -> str:
    """The text ``key`` of the catalogue in ``lang`` (a comment the request gets)."""
    from ossfirst.texts import text

    return text(key, lang, **params)


def _problem(
    where: str, key: str, hint: str | dict[str, str] = "", /, **params: object
) -> InputError:
    """The input error at ``where``: the text ``key`` of the catalogue with ``params``, and
    the text ``hint`` (a key, or a text in every language) saying how to fix it."""
    from ossfirst.texts import both

    fix = both(hint) if isinstance(hint, str) and hint else hint or {}
    return InputError([Problem(Location(where), both(key, **params), fix, "market-request")])


# --- loading and checking ------------------------------------------------------------------


def _load(path: Path) -> tuple[str, LoadedRequest]:
    """The request's text and its validated form (schema and catalogue references)."""
    from ossfirst.load import yamlsource
    from ossfirst.load.request import check_request, read_request, resolve_catalogue

    loaded = read_request(path)
    check_request(loaded, resolve_catalogue(loaded))
    return yamlsource.decode(yamlsource.read_bytes(path, str(path)), str(path)), loaded


def _check_text(text: str, path: Path) -> None:
    """Validate edited request text as if it were the file at ``path``."""
    from ossfirst.load import yamlsource
    from ossfirst.load.request import LoadedRequest, check_request, resolve_catalogue
    from ossfirst.load.validate import validate
    from ossfirst.model.request import Request

    data, source = yamlsource.parse(text, str(path))
    request = validate(Request, data, source)
    loaded = LoadedRequest(request, source, hashlib.sha256(text.encode()).hexdigest(), path)
    check_request(loaded, resolve_catalogue(loaded))


def _write(files: dict[Path, bytes]) -> None:
    from ossfirst.output import write_files

    write_files(files)


# --- alternatives ----------------------------------------------------------------------


def identifier(name: str, taken: set[str]) -> str:
    """An alternative id from a software name: lower case, letters, digits and ``-``, at most
    40 characters, not in ``taken`` (``-2``, ``-3``, ... appended when it is)."""
    from ossfirst.market.words import fold

    base = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:40].strip("-") or "alternative"
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base[:36]}-{number}"
    return candidate


def _standards(data: dict[str, Any]) -> list[str]:
    """Formats the publiccode.yml names (the deprecated ``inputTypes``/``outputTypes``, MIME
    types) that ossfirst's standards list knows."""
    from ossfirst.evidence import standards

    found: list[str] = []
    for key in ("inputTypes", "outputTypes"):
        values = data.get(key)
        for value in values if isinstance(values, list) else []:
            mime = str(value).strip().lower()
            for prefix, name in _MIME_STANDARDS:
                if mime.startswith(prefix) and name not in found and standards.lookup(name):
                    found.append(name)
    return found


@dataclass(frozen=True)
class Added:
    """One alternative ``market add`` wrote."""

    id: str
    hit: Hit
    evidence: str | None
    #: Why the publiccode.yml is not cited as evidence, when it is not.
    not_cited: str | None


def _alternative_lines(
    hit: Hit,
    alt_id: str,
    data: dict[str, Any],
    evidence: str | None,
    request: Request,
    lang: str,
    snapshot: str | None,
) -> list[str]:
    from ossfirst.market.entry import language

    def t(key: str, /, **params: object) -> str:
        return _text(key, lang, **params)

    source = "publiccode.yml"
    lines = [
        f"id: {alt_id}" + f"   # {t('record.from-exploration')}: " + comment(hit.key),
        f"name: {scalar(hit.name)}",
    ]
    summary = None
    description = data.get("description")
    if isinstance(description, dict):
        by_lang = {language(k): v for k, v in description.items() if isinstance(v, dict)}
        for code in (lang, "en", "it", "de", *sorted(k for k in by_lang if k)):
            block = by_lang.get(code)
            if block and isinstance(block.get("shortDescription"), str):
                summary = " ".join(block["shortDescription"].split())[:500]
                break
    if summary:
        lines.append(f"description: {scalar(summary)}")
    lines.append(f"licence: {scalar(hit.licence or '')}   # {source}: legal/license")
    used_by = data.get("usedBy") if isinstance(data.get("usedBy"), list) else []
    section = data.get("it") or data.get("IT")
    ipa = section.get("riuso", {}).get("codiceIPA") if isinstance(section, dict) else None
    if used_by:
        reuse_note = t("record.used-by", count=len(used_by))
    elif isinstance(ipa, str) and ipa.strip():
        reuse_note = t("record.owned")
    else:
        reuse_note = ""
    lines.append(
        f"reuse: {scalar(bool(reuse_note))}   # "
        + (f"{source}: {reuse_note}" if reuse_note else t("record.no-user"))
    )
    lines.append(f"deployment: on-premises   # {t('record.check.deployment')}")
    lines.append(f"operator_jurisdiction: {request.country}   # " + t("record.check.jurisdiction"))
    maintenance = data.get("maintenance") if isinstance(data.get("maintenance"), dict) else {}
    contractors = maintenance.get("contractors") if isinstance(maintenance, dict) else None
    names = sorted(
        {str(c.get("name")).strip() for c in contractors or [] if isinstance(c, dict)} - {""}
    )
    if names:
        lines.append(
            f"providers: {len(names)}   # {source}: maintenance/contractors ("
            + comment(", ".join(names)[:200])
            + "); "
            + t("record.more-providers")
        )
    else:
        lines.append("providers: 0   # " + t("record.check.providers"))
    found = _standards(data)
    if found:
        lines.append(
            f"standards: [{', '.join(scalar(s) for s in found)}]   # {source}: "
            "inputTypes/outputTypes"
        )
    else:
        lines.append("standards: []   # " + t("record.check.standards"))
    if evidence is not None:
        where = t("record.copy")
        when = f" {hit.catalogue}" + (f", {snapshot}" if snapshot else "")
        lines += ["evidence:", f"  publiccode: {scalar(evidence)}   # {where}{comment(when)}"]
    lines += [
        "costs:   # " + t("record.check.costs"),
        "  one_time: {}",
        "  yearly: {}",
        "  exit: 0",
    ]
    coverage = ", ".join(f"{r.id}: unmet" for r in request.requirements)
    lines.append(f"requirements: {{{coverage}}}   # " + t("record.check.coverage"))
    return lines


def add_alternatives(
    path: Path,
    connection: sqlite3.Connection,
    references: list[str],
    *,
    ids: list[str] | None = None,
    evidence_dir: str = "evidence",
) -> list[Added]:
    """Add the hits ``references`` names as alternatives of the request at ``path``; write
    the request and the copies of their publiccode.yml files. ``ids`` gives their ids."""
    from ossfirst.evidence import publiccode
    from ossfirst.load import yamlsource
    from ossfirst.load.confine import repository_root
    from ossfirst.market import index
    from ossfirst.market.search import lookup

    text, loaded = _load(path)
    request = loaded.request
    lang = request.language
    if ids and len(ids) != len(references):
        raise _problem("--id", "record.ids-count")
    hits = [_one(lookup(connection, ref), ref) for ref in references]
    keys = [h.key for h in hits]
    if len(set(keys)) != len(keys):
        raise _problem("HIT", "record.hit-twice")
    exploration = request.market_exploration
    recorded = {h.repository: h for h in exploration.hits} if exploration else {}
    for hit in hits:
        taken = recorded.get(hit.key)
        if taken is not None and taken.alternative is not None:
            raise _problem(str(path), "record.taken", hit=hit.key, alternative=taken.alternative)
    taken_ids = {a.id for a in request.alternatives}
    root = repository_root(path)
    document = Document(text, str(path))
    files: dict[Path, bytes] = {}
    added: list[Added] = []
    items: list[list[str]] = []
    catalogues = {c.name: c for c in index.catalogues(connection)}
    for number, hit in enumerate(hits):
        alt_id = ids[number] if ids else identifier(hit.name, taken_ids)
        if alt_id in taken_ids:
            raise _problem("--id", "record.alternative-exists", id=alt_id)
        taken_ids.add(alt_id)
        raw = index.document(connection, hit.digest)
        if raw is None:  # pragma: no cover - the index always stores the document
            raise _problem(hit.key, "record.not-in-index")
        if not hit.licence:
            raise _problem(hit.key, "record.no-licence")
        survey = publiccode.survey(yamlsource.decode(raw, hit.key), hit.key)
        data = survey.data
        declared: str | None = f"{evidence_dir}/{alt_id}/publiccode.yml"
        not_cited = None
        if survey.reading is None:
            first = survey.problems[0].text(lang) if survey.problems else ""
            not_cited = first
            declared = None
        if declared is not None:
            target = (path.resolve().parent / declared).resolve()
            if not target.is_relative_to(root):
                raise _problem(declared, "record.evidence-outside", "record.hint.evidence-outside")
            if target.exists() and target.read_bytes() != raw:
                raise _problem(str(target), "record.file-exists", "record.hint.file-exists")
            files[target] = raw
        catalogue = catalogues.get(hit.catalogue)
        snapshot = catalogue.snapshot.isoformat() if catalogue and catalogue.snapshot else None
        lines = _alternative_lines(hit, alt_id, data, declared, request, lang, snapshot)
        if not_cited:
            problem = comment(" ".join(not_cited.split())[:300])
            lines.insert(1, "# " + _text("record.not-cited", lang, problem=problem))
        items.append(lines)
        added.append(Added(alt_id, hit, declared, not_cited))
    document.append_items(["alternatives"], items)
    if exploration is not None:
        for item in added:
            current = _reparse(document, path).market_exploration
            recorded_hits = current.hits if current is not None else []
            position = next(
                (i for i, h in enumerate(recorded_hits) if h.repository == item.hit.key), None
            )
            lines = [*_hit_lines(item.hit), f"alternative: {item.id}"]
            if position is not None:
                document.set_key(
                    ["market_exploration", "hits", position],
                    "alternative",
                    [f"alternative: {item.id}"],
                )
            elif recorded_hits:
                document.append_items(["market_exploration", "hits"], [lines])
            else:
                document.set_key(["market_exploration"], "hits", ["hits:", *_indent_item(lines)])
    _check_text(document.text, path)
    files[path] = document.text.encode("utf-8")
    _write(files)
    return added


def _reparse(document: Document, path: Path) -> Request:
    from ossfirst.load import yamlsource
    from ossfirst.load.validate import validate
    from ossfirst.model.request import Request

    data, source = yamlsource.parse(document.text, str(path))
    return validate(Request, data, source)


def _one(found: list[Hit], reference: str) -> Hit:
    if len(found) == 1:
        return found[0]
    if not found:
        raise _problem(reference, "record.no-hit", "record.hint.no-hit")
    names = ", ".join(h.key for h in found[:5])
    raise _problem(reference, "record.several", "record.hint.several", names=names)


# --- the exploration -------------------------------------------------------------------


def _hit_lines(hit: Hit) -> list[str]:
    return [
        f"repository: {scalar(hit.key)}",
        f"name: {scalar(hit.name)}",
        f"catalogue: {scalar(hit.catalogue)}",
    ]


def _indent_item(lines: list[str], indent: int = 2) -> list[str]:
    """``lines`` (a mapping) as an item of a block sequence under a key, ``indent`` spaces
    further in than the key."""
    pad = " " * indent
    return [f"{pad}- {lines[0]}", *(f"{pad}  {line}" for line in lines[1:])]


def _search_lines(results: Results) -> list[str]:
    lines = [f"query: {scalar(results.query)}", f"date: {results.date.isoformat()}"]
    if results.raw:
        lines.append("raw: true")
    filters = results.filters
    if filters.categories:
        lines.append(f"category: [{', '.join(scalar(c) for c in filters.categories)}]")
    if filters.country:
        lines.append(f"country: {filters.country}")
    if filters.languages:
        lines.append(f"lang: [{', '.join(scalar(c) for c in filters.languages)}]")
    if filters.maintained:
        lines.append("maintained: true")
    if filters.statuses:
        lines.append(f"status: [{', '.join(filters.statuses)}]")
    lines.append(f"found: {results.found}")
    return lines


def _catalogue_lines(name: str, snapshot: dt.date | None, entries: int) -> list[str]:
    lines = [f"name: {scalar(name)}"]
    if snapshot is not None:
        lines.append(f"snapshot: {snapshot.isoformat()}")
    lines.append(f"entries: {entries}")
    return lines


def record_search(path: Path, results: Results) -> tuple[int, int]:
    """Record ``results`` in the request at ``path``: the catalogues not yet listed, the
    search, and the hits not yet listed. Returns (hits added, hits already listed)."""
    text, loaded = _load(path)
    request = loaded.request
    lang = request.language
    document = Document(text, str(path))
    exploration = request.market_exploration
    catalogues = [c for c in results.catalogues if c.entries or c.unreadable]
    hits_added = list(results.hits)
    listed = 0
    reasons = [
        "# " + _text("record.per-hit", lang),
        "#   " + " | ".join(REASONS[:5]),
        "#   " + " | ".join(REASONS[5:]),
    ]
    if exploration is None:
        block = [
            "market_exploration:   # "
            + _text("record.exploration", lang)
            + " (ossfirst market search --record)",
            "  catalogues:",
            *(
                line
                for c in catalogues
                for line in _indent_item(_catalogue_lines(c.name, c.snapshot, c.entries), 4)
            ),
            "  searches:",
            *_indent_item(_search_lines(results), 4),
        ]
        if hits_added:
            block += [*("  " + line for line in reasons), "  hits:"]
            for hit in hits_added:
                block += _indent_item(_hit_lines(hit), 4)
        document.append_block(block)
    else:
        known = {(c.name, c.snapshot) for c in exploration.catalogues}
        new_catalogues = [c for c in catalogues if (c.name, c.snapshot) not in known]
        if new_catalogues:
            document.append_items(
                ["market_exploration", "catalogues"],
                [_catalogue_lines(c.name, c.snapshot, c.entries) for c in new_catalogues],
            )
        document.append_items(["market_exploration", "searches"], [_search_lines(results)])
        recorded = {h.repository for h in exploration.hits}
        listed = sum(1 for h in hits_added if h.key in recorded)
        hits_added = [h for h in hits_added if h.key not in recorded]
        if hits_added and exploration.hits:
            document.append_items(
                ["market_exploration", "hits"], [_hit_lines(h) for h in hits_added]
            )
        elif hits_added:
            lines = [*reasons, "hits:"]
            for hit in hits_added:
                lines += _indent_item(_hit_lines(hit))
            document.set_key(["market_exploration"], "hits", lines)
    _check_text(document.text, path)
    _write({path: document.text.encode("utf-8")})
    return len(hits_added), listed


def set_aside(path: Path, references: list[str], reason: str, note: str | None) -> list[str]:
    """Record that the hits ``references`` names were set aside for ``reason``; returns
    their repositories."""
    from ossfirst.market.entry import repository_key

    text, loaded = _load(path)
    exploration = loaded.request.market_exploration
    if exploration is None or not exploration.hits:
        raise _problem(str(path), "record.no-exploration", "record.hint.no-exploration")
    if reason not in REASONS:
        from ossfirst.load.validate import suggestion

        raise _problem(
            "--reason", "record.unknown-reason", suggestion(reason, REASONS), reason=reason
        )
    if reason == "other" and not note:
        raise _problem("--note", "record.note-needed", "record.hint.note-needed")
    document = Document(text, str(path))
    done: list[str] = []
    for reference in references:
        key = repository_key(reference) if "/" in reference else reference.strip().lower()
        matches = [
            i
            for i, h in enumerate(exploration.hits)
            if h.repository == key or h.repository.endswith("/" + key) or h.name.lower() == key
        ]
        if len(matches) != 1:
            raise _problem(
                reference,
                "record.several-recorded" if matches else "record.not-recorded",
                "record.hint.by-repository",
            )
        position = matches[0]
        hit = exploration.hits[position]
        if hit.alternative is not None:
            raise _problem(reference, "record.hit-taken", alternative=hit.alternative)
        document.set_key(
            ["market_exploration", "hits", position], "set_aside", [f"set_aside: {reason}"]
        )
        if note:
            document.set_key(
                ["market_exploration", "hits", position], "note", [f"note: {scalar(note)}"]
            )
        done.append(hit.repository)
    _check_text(document.text, path)
    _write({path: document.text.encode("utf-8")})
    return done
