# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Words of ``ossfirst market`` on the terminal, as ``key: (German, English)``.

Kept apart from the report texts (:mod:`ossfirst.texts`) so that a search imports
nothing of the report layer; the report's own section on the market exploration will take
its words from the report texts.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Markterkundung", "Market exploration"),
    "found": ("{found} Treffer, die ersten {shown}", "{found} hits, the first {shown}"),
    "found.all": ("{found} Treffer", "{found} hits"),
    "found.none": ("keine Treffer", "no hits"),
    "index": ("Index", "index"),
    "catalogue": (
        "Katalog {name}: Stand {snapshot}, {entries} Einträge",
        "catalogue {name}: snapshot {snapshot}, {entries} entries",
    ),
    "snapshot.unknown": ("unbekannt", "unknown"),
    "filters": ("Filter", "filters"),
    "product": (
        "Statt {product}: gesucht nach {categories}",
        "Instead of {product}: searching for {categories}",
    ),
    "categories": ("Kategorien erkannt: {categories}", "categories recognised: {categories}"),
    "licence": ("Lizenz", "licence"),
    "licence.none": ("keine angegeben", "none given"),
    "osi": ("OSI-anerkannt", "OSI-approved"),
    "osi.no": ("nicht OSI-anerkannt", "not OSI-approved"),
    "fsf": ("FSF-frei", "FSF free"),
    "fsf.no": ("nicht FSF-frei", "not FSF free"),
    "licence.unknown": ("kein gültiger SPDX-Ausdruck", "no valid SPDX expression"),
    "maintenance": ("Wartung", "maintenance"),
    "maintenance.internal": ("intern", "internal"),
    "maintenance.community": ("Community", "community"),
    "maintenance.contract": ("Vertrag", "contract"),
    "maintenance.contract_until": ("Vertrag bis {until}", "contract until {until}"),
    "maintenance.contract_ended": (
        "Vertrag bis {until} (abgelaufen)",
        "contract until {until} (ended)",
    ),
    "maintenance.none": ("keine", "none"),
    "maintenance.unknown": ("nicht angegeben", "not given"),
    "status": ("Entwicklungsstand", "status"),
    "released": ("Release", "released"),
    "used_by": ("genutzt von {count} Stellen", "used by {count} bodies"),
    "used_by.one": ("genutzt von 1 Stelle", "used by 1 body"),
    "languages": ("Sprachen", "languages"),
    "publisher": ("Herausgeber", "publisher"),
    "why": ("Warum", "why"),
    "why.name": ("Name", "name"),
    "why.description": ("Beschreibung ({lang})", "description ({lang})"),
    "why.category": ("Kategorie {category}", "category {category}"),
    "why.product": (
        "Kategorie {category}, wie {product}",
        "category {category}, like {product}",
    ),
    "why.via.name": ("laut Name", "by its name"),
    "why.via.description": ("laut Beschreibung", "by its description"),
    "why.publisher": ("Herausgeber/Wartung", "publisher/maintainers"),
    "why.users": ("genutzt von", "used by"),
    "problems": (
        "publiccode.yml verletzt den Standard ({count}): {first}",
        "publiccode.yml breaks the standard ({count}): {first}",
    ),
    "catalogue.of": ("aus {catalogue}", "from {catalogue}"),
    "next": (
        "Übernehmen: ossfirst market add ANTRAG {ref}   Aufzeichnen: --record ANTRAG",
        "Take in: ossfirst market add REQUEST {ref}   Record: --record REQUEST",
    ),
    "recorded": (
        "{request}: Suche aufgezeichnet ({added} neue Treffer, {listed} schon aufgeführt).",
        "{request}: search recorded ({added} new hits, {listed} already listed).",
    ),
    "added": (
        "{request}: Alternative '{id}' aus {key} ergänzt",
        "{request}: alternative '{id}' added from {key}",
    ),
    "added.evidence": ("Nachweis {path}", "evidence {path}"),
    "added.not_cited": (
        "publiccode.yml nicht als Nachweis zitiert: {reason}",
        "publiccode.yml not cited as evidence: {reason}",
    ),
    "added.todo": (
        "Bitte prüfen und ergänzen: deployment, operator_jurisdiction, providers, costs, "
        "requirements (stehen auf unmet), Bewertungen.",
        "Please check and complete: deployment, operator_jurisdiction, providers, costs, "
        "requirements (set to unmet), assessments.",
    ),
    "added.unrecorded": (
        "Der Antrag hat keine Markterkundung; zeichnen Sie die Suche mit "
        "'ossfirst market search ... --record {request}' auf.",
        "The request has no market exploration; record the search with "
        "'ossfirst market search ... --record {request}'.",
    ),
    "set_aside": (
        "{request}: {key} zurückgestellt ({reason})",
        "{request}: {key} set aside ({reason})",
    ),
    "indexed": (
        "{path}: {entries} Einträge aus {sources} Quellen",
        "{path}: {entries} entries from {sources} sources",
    ),
    "indexed.source": (
        "  {name} ({kind} {location}, Stand {snapshot}): {entries} Einträge, davon {problems} "
        "mit Fehlern in der publiccode.yml; {unreadable} unlesbar; {reused} unverändert "
        "übernommen",
        "  {name} ({kind} {location}, snapshot {snapshot}): {entries} entries, {problems} of "
        "them with errors in their publiccode.yml; {unreadable} unreadable; {reused} taken "
        "unchanged from the previous index",
    ),
    "indexed.kept": (
        "  {name} ({kind} {location}, Stand {snapshot}): {entries} Einträge, aus dem "
        "bisherigen Index behalten",
        "  {name} ({kind} {location}, snapshot {snapshot}): {entries} entries, kept from the "
        "previous index",
    ),
    "indexed.loops": (
        "  {name}: {count} Verzeichnisse übersprungen (symbolischer Link auf ein schon "
        "gelesenes Verzeichnis): {paths}",
        "  {name}: {count} directories skipped (a symbolic link to a directory already "
        "read): {paths}",
    ),
    "kind.directory": ("Verzeichnis", "directory"),
    "kind.export": ("Export", "export"),
    "kind.file": ("Datei", "file"),
    "warning": ("Warnung", "warning"),
    "unreadable": ("nicht lesbar, nicht im Index", "unreadable, not indexed"),
    "info.schema": ("Schema {version}, SQLite {sqlite}", "schema {version}, SQLite {sqlite}"),
    "info.none": ("keine Quellen", "no sources"),
}


def text(language: str, key: str, /, **params: object) -> str:
    """The text ``key`` in ``language`` (de or en), with ``params`` filled in."""
    de, en = TEXTS[key]
    return (de if language == "de" else en).format(**params)
