# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of ``ossfirst market`` on the terminal (``market.*``: a search, the index, a hit
taken in or set aside; a search reads them with :func:`ossfirst.texts.text_in`, without the
rest of the catalogue), of the report section "Markterkundung / Market exploration" (what
was searched, when, what was found and what became of each hit; and the reference to it in
"Why no open-source solution"), and why the search index of ``ossfirst market`` cannot be
written (``mkt.lock*``), read or searched, or a source of it read (``mkt.*`` with a hint
``mkt.hint.*``: :mod:`ossfirst.market.index`, :mod:`ossfirst.market.sources`,
:mod:`ossfirst.market.search`, which look them up in this area alone)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # ossfirst market on the terminal: a search, the index, what is taken in or set aside
    "market.title": ("Markterkundung", "Market exploration"),
    # what was searched for, or the words that matched, in the quotation marks of the language
    "market.quoted": ("„{text}“", '"{text}"'),
    "market.found": ("{found} Treffer, die ersten {shown}", "{found} hits, the first {shown}"),
    "market.found.all": ("{found} Treffer", "{found} hits"),
    "market.found.none": ("keine Treffer", "no hits"),
    "market.index": ("Index", "index"),
    "market.catalogue": (
        "Katalog {name}: Stand {snapshot}, {entries} Einträge",
        "catalogue {name}: snapshot {snapshot}, {entries} entries",
    ),
    "market.snapshot.unknown": ("unbekannt", "unknown"),
    "market.filters": ("Filter", "filters"),
    "market.product": (
        "Statt {product}: gesucht nach {categories}",
        "Instead of {product}: searching for {categories}",
    ),
    "market.categories": (
        "Kategorien erkannt: {categories}",
        "categories recognised: {categories}",
    ),
    "market.licence": ("Lizenz", "licence"),
    "market.licence.none": ("keine angegeben", "none given"),
    "market.osi": ("OSI-anerkannt", "OSI-approved"),
    "market.osi.no": ("nicht OSI-anerkannt", "not OSI-approved"),
    "market.fsf": ("FSF-frei", "FSF free"),
    "market.fsf.no": ("nicht FSF-frei", "not FSF free"),
    "market.licence.unknown": ("kein gültiger SPDX-Ausdruck", "no valid SPDX expression"),
    "market.maintenance": ("Wartung", "maintenance"),
    "market.maintenance.internal": ("intern", "internal"),
    "market.maintenance.community": ("Community", "community"),
    "market.maintenance.contract": ("Vertrag", "contract"),
    "market.maintenance.contract-until": ("Vertrag bis {until}", "contract until {until}"),
    "market.maintenance.contract-ended": (
        "Vertrag bis {until} (abgelaufen)",
        "contract until {until} (ended)",
    ),
    "market.maintenance.none": ("keine", "none"),
    "market.maintenance.unknown": ("nicht angegeben", "not given"),
    "market.status": ("Entwicklungsstand", "status"),
    "market.released": ("Release", "released"),
    "market.used-by.other": ("genutzt von {count} Stellen", "used by {count} bodies"),
    "market.used-by.one": ("genutzt von {count} Stelle", "used by {count} body"),
    "market.languages": ("Sprachen", "languages"),
    "market.publisher": ("Herausgeber", "publisher"),
    "market.why": ("Warum", "why"),
    "market.why.name": ("Name", "name"),
    "market.why.description": ("Beschreibung ({lang})", "description ({lang})"),
    "market.why.category": ("Kategorie {category}", "category {category}"),
    "market.why.product": (
        "Kategorie {category}, wie {product}",
        "category {category}, like {product}",
    ),
    "market.why.via.name": ("laut Name", "by its name"),
    "market.why.via.description": ("laut Beschreibung", "by its description"),
    "market.why.publisher": ("Herausgeber/Wartung", "publisher/maintainers"),
    "market.why.users": ("genutzt von", "used by"),
    "market.problems": (
        "publiccode.yml verletzt den Standard ({count}): {first}",
        "publiccode.yml breaks the standard ({count}): {first}",
    ),
    "market.catalogue.of": ("aus {catalogue}", "from {catalogue}"),
    "market.next": (
        "Übernehmen: ossfirst market add ANTRAG {ref}   Aufzeichnen: --record ANTRAG",
        "Take in: ossfirst market add REQUEST {ref}   Record: --record REQUEST",
    ),
    "market.recorded": (
        "{request}: Suche aufgezeichnet ({added} neue Treffer, {listed} schon aufgeführt).",
        "{request}: search recorded ({added} new hits, {listed} already listed).",
    ),
    "market.added": (
        "{request}: Alternative '{id}' aus {key} ergänzt",
        "{request}: alternative '{id}' added from {key}",
    ),
    "market.added.evidence": ("Nachweis {path}", "evidence {path}"),
    "market.added.not-cited": (
        "publiccode.yml nicht als Nachweis zitiert: {reason}",
        "publiccode.yml not cited as evidence: {reason}",
    ),
    "market.added.todo": (
        "Bitte prüfen und ergänzen: deployment, operator_jurisdiction, providers, costs, "
        "requirements (stehen auf unmet), Bewertungen.",
        "Please check and complete: deployment, operator_jurisdiction, providers, costs, "
        "requirements (set to unmet), assessments.",
    ),
    "market.added.unrecorded": (
        "Der Antrag hat keine Markterkundung; zeichnen Sie die Suche mit "
        "'ossfirst market search ... --record {request}' auf.",
        "The request has no market exploration; record the search with "
        "'ossfirst market search ... --record {request}'.",
    ),
    "market.set-aside": (
        "{request}: {key} zurückgestellt ({reason})",
        "{request}: {key} set aside ({reason})",
    ),
    "market.indexed": (
        "{path}: {entries} Einträge aus {sources} Quellen",
        "{path}: {entries} entries from {sources} sources",
    ),
    "market.indexed.source": (
        "  {name} ({kind} {location}, Stand {snapshot}): {entries} Einträge, davon {problems} "
        "mit Fehlern in der publiccode.yml; {unreadable} unlesbar; {reused} unverändert "
        "übernommen",
        "  {name} ({kind} {location}, snapshot {snapshot}): {entries} entries, {problems} of "
        "them with errors in their publiccode.yml; {unreadable} unreadable; {reused} taken "
        "unchanged from the previous index",
    ),
    "market.indexed.kept": (
        "  {name} ({kind} {location}, Stand {snapshot}): {entries} Einträge, aus dem "
        "bisherigen Index behalten",
        "  {name} ({kind} {location}, snapshot {snapshot}): {entries} entries, kept from the "
        "previous index",
    ),
    "market.indexed.loops": (
        "  {name}: {count} Verzeichnisse übersprungen (symbolischer Link auf ein schon "
        "gelesenes Verzeichnis): {paths}",
        "  {name}: {count} directories skipped (a symbolic link to a directory already "
        "read): {paths}",
    ),
    "market.kind.directory": ("Verzeichnis", "directory"),
    "market.kind.export": ("Export", "export"),
    "market.kind.file": ("Datei", "file"),
    "market.warning": ("Warnung", "warning"),
    "market.unreadable": ("nicht lesbar, nicht im Index", "unreadable, not indexed"),
    "market.info.schema": (
        "Schema {version}, SQLite {sqlite}",
        "schema {version}, SQLite {sqlite}",
    ),
    "market.info.none": ("keine Quellen", "no sources"),
    # the report section
    "sec.market": ("Markterkundung", "Market exploration"),
    "mkt.intro.one": (
        "Vor der Beschaffung wurde ein Katalog öffentlicher Software (publiccode.yml) nach "
        "Open-Source- und Nachnutzungslösungen durchsucht, zuletzt am {date}: {searches}, "
        "{hits} ({outcomes}).",
        "Before the purchase, a catalogue of public software (publiccode.yml) was searched "
        "for open-source and reuse solutions, last on {date}: {searches}, {hits} "
        "({outcomes}).",
    ),
    "mkt.intro.other": (
        "Vor der Beschaffung wurden {count} Kataloge öffentlicher Software (publiccode.yml) "
        "nach Open-Source- und Nachnutzungslösungen durchsucht, zuletzt am {date}: "
        "{searches}, {hits} ({outcomes}).",
        "Before the purchase, {count} catalogues of public software (publiccode.yml) were "
        "searched for open-source and reuse solutions, last on {date}: {searches}, {hits} "
        "({outcomes}).",
    ),
    "mkt.searches.one": ("{count} Suche", "{count} search"),
    "mkt.searches.other": ("{count} Suchen", "{count} searches"),
    "mkt.hits.one": ("{count} Treffer", "{count} hit"),
    "mkt.hits.other": ("{count} Treffer", "{count} hits"),
    "mkt.taken.one": ("{count} als Alternative übernommen", "{count} taken in as an alternative"),
    "mkt.taken.other": (
        "{count} als Alternativen übernommen",
        "{count} taken in as alternatives",
    ),
    # the same for one and for more
    "mkt.aside": ("{count} zurückgestellt", "{count} set aside"),
    "mkt.open": ("{count} ohne Verbleib", "{count} without an outcome"),
    "mkt.stale": (
        "Die jüngste Suche vom {date} ist älter als die Gültigkeitsdauer von Nachweisen im "
        "Katalog ({months} Monate vor dem Antragsdatum); seither kann neue Software "
        "hinzugekommen sein.",
        "The newest search, of {date}, is older than the catalogue's evidence expiry "
        "({months} months before the request date); new software may have appeared since.",
    ),
    "mkt.unfinished": (
        "Die Markterkundung ist nicht abgeschlossen: nicht jeder Treffer ist übernommen oder "
        "zurückgestellt.",
        "The market exploration is not finished: not every hit is taken in or set aside.",
    ),
    "mkt.tab.catalogues": ("Durchsuchte Kataloge", "Catalogues searched"),
    "mkt.tab.searches": ("Suchen", "Searches"),
    "mkt.tab.hits": ("Treffer und ihr Verbleib", "Hits and what became of them"),
    "mkt.col.catalogue": ("Katalog", "Catalogue"),
    "mkt.col.snapshot": ("Stand", "Snapshot"),
    "mkt.col.entries": ("Einträge", "Entries"),
    "mkt.col.query": ("Suche", "Query"),
    "mkt.col.filters": ("Filter", "Filters"),
    "mkt.col.date": ("Gesucht am", "Searched on"),
    "mkt.col.found": ("Treffer", "Hits"),
    "mkt.col.hit": ("Treffer", "Hit"),
    "mkt.col.repository": ("Repository", "Repository"),
    "mkt.col.outcome": ("Verbleib", "Outcome"),
    "mkt.filter.raw": ("FTS5-Abfrage", "FTS5 query"),
    "mkt.filter.category": ("Kategorie {value}", "category {value}"),
    "mkt.filter.country": ("Land {value}", "country {value}"),
    "mkt.filter.lang": ("Sprache {value}", "language {value}"),
    "mkt.filter.maintained": ("gewartet", "maintained"),
    "mkt.filter.status": ("Stand {value}", "status {value}"),
    "mkt.outcome.taken-in": ("übernommen als {alternative}", "taken in as {alternative}"),
    "mkt.outcome.set-aside": ("zurückgestellt: {reason}", "set aside: {reason}"),
    "mkt.outcome.open": ("offen", "open"),
    "mkt.reason-function-missing": ("Funktion fehlt", "function missing"),
    "mkt.reason-not-relevant": ("passt nicht zum Bedarf", "not relevant to the need"),
    "mkt.reason-country-specific": ("an ein anderes Land gebunden", "specific to another country"),
    "mkt.reason-not-maintained": ("nicht gewartet", "not maintained"),
    "mkt.reason-not-mature": ("nicht ausgereift", "not mature"),
    "mkt.reason-wrong-platform": ("falsche Plattform", "wrong platform"),
    "mkt.reason-licence-not-open": ("Lizenz nicht offen", "licence not open"),
    "mkt.reason-language-missing": ("Sprache fehlt", "language missing"),
    "mkt.reason-duplicate": ("doppelt", "duplicate"),
    "mkt.reason-other": ("anderer Grund", "other reason"),
    "mkt.none": (
        "Der Antrag hält keine Suche in Katalogen öffentlicher Software fest.",
        "The request records no search of catalogues of public software.",
    ),
    "mkt.words": ("Markterkundung in Worten", "Market exploration in words"),
    # the reference in "Why no open-source solution"
    "why.market": (
        "Die Markterkundung (Abschnitt „Markterkundung“) hat {searches} in {catalogues} "
        "festgehalten, zuletzt am {date}: {hits} ({outcomes}).",
        'The market exploration (section "Market exploration") records {searches} in '
        "{catalogues}, last on {date}: {hits} ({outcomes}).",
    ),
    "why.market_words": (
        "Wie der Markt erkundet wurde, steht im Abschnitt „Markterkundung“.",
        'How the market was explored is set out in the section "Market exploration".',
    ),
    "mkt.catalogues.one": ("{count} Katalog", "{count} catalogue"),
    "mkt.catalogues.other": ("{count} Katalogen", "{count} catalogues"),
    # the lock of the search index
    "mkt.lock-unwritable": (
        "Die Sperrdatei {path} lässt sich nicht anlegen: {reason}.",
        "The lock file {path} cannot be created: {reason}.",
    ),
    "mkt.locked": (
        "Ein anderer Vorgang schreibt gerade diesen Index (nach {wait} s Warten noch gesperrt).",
        "Another process is writing this index (still locked after waiting {wait} s).",
    ),
    "mkt.hint.writable": (
        "wählen Sie mit --db einen beschreibbaren Ort",
        "choose a writable place with --db",
    ),
    "mkt.hint.locked": (
        "warten Sie, bis er fertig ist, oder geben Sie mit --wait mehr Zeit",
        "wait until it is done, or allow more time with --wait",
    ),
    # the index: opened, checked, written
    "mkt.db-locked": (
        "Die Datenbank ist von einem anderen Programm gesperrt ({reason}).",
        "The database is locked by another program ({reason}).",
    ),
    "mkt.hint.db-locked": (
        "versuchen Sie es erneut, wenn es fertig ist",
        "try again when it is done",
    ),
    "mkt.db-damaged": (
        "Die Datei ist beschädigt oder keine SQLite-Datenbank ({reason}).",
        "The file is damaged or not an SQLite database ({reason}).",
    ),
    "mkt.hint.rebuild": (
        "legen Sie den Index neu an: ossfirst market index QUELLEN... --fresh",
        "build the index again: ossfirst market index SOURCES... --fresh",
    ),
    "mkt.no-fts5": (
        "Das SQLite dieses Python ({version}) hat kein FTS5.",
        "This Python's SQLite ({version}) has no FTS5.",
    ),
    "mkt.hint.no-fts5": (
        "installieren Sie Python mit einem SQLite mit FTS5 (die üblichen Builds haben es)",
        "use a Python whose SQLite has FTS5 (the usual builds do)",
    ),
    "mkt.foreign": (
        "Die Datei ist eine SQLite-Datenbank, aber kein Marktindex von ossfirst.",
        "The file is an SQLite database but not an ossfirst market index.",
    ),
    "mkt.hint.foreign": (
        "geben Sie mit --db den Index an, oder legen Sie einen an: ossfirst market index "
        "QUELLEN... --db NEUE-DATEI",
        "name the index with --db, or create one: ossfirst market index SOURCES... --db NEW-FILE",
    ),
    "mkt.newer": (
        "Der Index hat das Schema {version} einer neueren ossfirst-Version; diese Version "
        "liest Schema {supported}.",
        "The index has schema version {version}, from a newer ossfirst; this version reads "
        "schema {supported}.",
    ),
    "mkt.hint.newer": (
        "aktualisieren Sie ossfirst, oder legen Sie mit --db einen eigenen Index an",
        "update ossfirst, or create an index of your own with --db",
    ),
    "mkt.older": (
        "Der Index hat das ältere Schema {version}.",
        "The index has the older schema version {version}.",
    ),
    "mkt.hint.older": (
        "legen Sie ihn neu an: ossfirst market index QUELLEN... --fresh",
        "build it again: ossfirst market index SOURCES... --fresh",
    ),
    "mkt.no-index": ("Hier gibt es keinen Marktindex.", "There is no market index here."),
    "mkt.hint.no-index": (
        "legen Sie einen an: ossfirst market index QUELLEN...",
        "create one: ossfirst market index SOURCES...",
    ),
    "mkt.directory": (
        "Das ist ein Verzeichnis, kein Marktindex.",
        "This is a directory, not a market index.",
    ),
    "mkt.hint.index-file": (
        "geben Sie mit --db die Indexdatei an",
        "name the index file with --db",
    ),
    "mkt.hint.a-file": ("geben Sie mit --db eine Datei an", "name a file with --db"),
    "mkt.unwritable": (
        "Der Index lässt sich nicht schreiben: {reason}.",
        "The index cannot be written: {reason}.",
    ),
    "mkt.same-name": (
        "Zwei Quellen heißen gleich: {names}.",
        "Two sources have the same name: {names}.",
    ),
    "mkt.hint.same-name": ("benennen Sie sie mit NAME=PFAD", "name them with NAME=PATH"),
    "mkt.write-failed": (
        "Beim Schreiben des Index ist ein Fehler aufgetreten: {reason}.",
        "Writing the index failed: {reason}.",
    ),
    "mkt.hint.write-failed": (
        "prüfen Sie den freien Platz, oder legen Sie den Index neu an (--fresh)",
        "check the free space, or build the index again (--fresh)",
    ),
    # a source of the index and what it holds
    "mkt.source-unreadable": (
        "Die Quelle lässt sich nicht lesen: {reason}.",
        "The source cannot be read: {reason}.",
    ),
    "mkt.not-a-file": ("Keine Datei.", "Not a regular file."),
    "mkt.file-unreadable": (
        "Die Datei lässt sich nicht lesen: {reason}.",
        "The file cannot be read: {reason}.",
    ),
    # sizes in MB with a point, in both languages
    "mkt.too-large": (
        "Zu groß für eine publiccode.yml ({size:.1f} MB; höchstens {limit:.1f} MB).",
        "Too large for a publiccode.yml ({size:.1f} MB; at most {limit:.1f} MB).",
    ),
    "mkt.export-shape": (
        "Kein Katalogeintrag: erwartet wird ein Objekt mit 'publiccodeYml' (Text) und 'url'.",
        "Not a catalogue item: an object with 'publiccodeYml' (text) and 'url' is expected.",
    ),
    "mkt.export-json": ("Kein gültiges JSON: {reason}.", "Not valid JSON: {reason}."),
    # a search
    "mkt.query-no-words": (
        "Die Suche enthält kein Wort, nach dem gesucht werden kann.",
        "The query has no word to search for.",
    ),
    "mkt.hint.query-no-words": (
        "geben Sie Wörter an, z. B. Terminvergabe",
        "give some words, e.g. appointment booking",
    ),
    "mkt.query-empty": ("Die Suche ist leer.", "The query is empty."),
    "mkt.query-invalid": (
        "Die FTS5-Abfrage ist ungültig: {reason}.",
        "The FTS5 query is not valid: {reason}.",
    ),
    "mkt.hint.query-invalid": (
        "prüfen Sie die Syntax, oder suchen Sie ohne --raw nach Wörtern",
        "check its syntax, or search for words without --raw",
    ),
}
