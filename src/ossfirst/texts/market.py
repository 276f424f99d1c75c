# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of the report section "Markterkundung / Market exploration": what was searched,
when, what was found and what became of each hit; and the reference to it in "Why no
open-source solution"; and why the search index of ``ossfirst market`` cannot be written
(``mkt.lock*``)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
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
    "mkt.hint.lock-unwritable": (
        "wählen Sie mit --db einen beschreibbaren Ort",
        "choose a writable place with --db",
    ),
    "mkt.hint.locked": (
        "warten Sie, bis er fertig ist, oder geben Sie mit --wait mehr Zeit",
        "wait until it is done, or allow more time with --wait",
    ),
}
