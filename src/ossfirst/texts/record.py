# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of the market exploration written into a request (:mod:`ossfirst.market.record`):
the comments beside an alternative taken in from a hit and beside the recorded search
(``record.<name>``, in the request's language), the messages of ``market add``,
``market set-aside`` and ``market search --record`` (``record.<problem>``) and of an edit
the request's layout does not allow (``record.edit.<problem>``,
:mod:`ossfirst.market.yamledit`)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # comments beside an alternative taken in from a hit
    "record.from-exploration": ("aus der Markterkundung", "from the market exploration"),
    "record.used-by.one": (
        "usedBy nennt {count} öffentliche Stelle(n)",
        "usedBy names {count} public body",
    ),
    "record.used-by.other": (
        "usedBy nennt {count} öffentliche Stelle(n)",
        "usedBy names {count} public bodies",
    ),
    "record.owned": (
        "im Eigentum einer öffentlichen Stelle (it/riuso/codiceIPA)",
        "owned by a public body (it/riuso/codiceIPA)",
    ),
    "record.no-user": (
        "keine öffentliche Stelle als Nutzerin genannt",
        "no public body named as a user",
    ),
    "record.check.deployment": (
        "zu prüfen: on-premises | private-cloud | public-cloud | saas",
        "to check: on-premises | private-cloud | public-cloud | saas",
    ),
    "record.check.jurisdiction": (
        "zu prüfen: Sitzland des Betreibers",
        "to check: the operator's country",
    ),
    "record.more-providers": ("weitere Firmen ergänzen", "add other firms able to support it"),
    "record.check.providers": (
        "zu prüfen: Firmen, die liefern und betreuen können (die publiccode.yml nennt keine)",
        "to check: firms able to deliver and support it (the publiccode.yml names none)",
    ),
    "record.check.standards": (
        "zu prüfen: unterstützte offene Standards",
        "to check: open standards it supports",
    ),
    "record.copy": ("Kopie aus dem Katalog", "copy from the catalogue"),
    "record.check.costs": ("zu prüfen: EUR", "to check: EUR"),
    "record.check.coverage": (
        "zu prüfen: met | partial | unmet (bis zur Prüfung unmet)",
        "to check: met | partial | unmet (unmet until checked)",
    ),
    "record.not-cited": (
        "publiccode.yml nicht als Nachweis zitiert, sie verletzt den Standard: {problem}",
        "publiccode.yml not cited as evidence, it breaks the standard: {problem}",
    ),
    # comments of the recorded exploration
    "record.exploration": ("Markterkundung", "market exploration"),
    "record.per-hit": (
        "je Treffer: alternative: ID (übernommen) oder set_aside: GRUND, note: TEXT",
        "per hit: alternative: ID (taken in) or set_aside: REASON, note: TEXT",
    ),
    # market add
    "record.ids-count": (
        "Geben Sie je Treffer eine Kennung an (--id so oft wie Treffer).",
        "Give one id per hit (--id as often as hits).",
    ),
    "record.hit-twice": ("Ein Treffer ist doppelt genannt.", "A hit is named twice."),
    "record.taken": (
        "'{hit}' ist schon als Alternative '{alternative}' übernommen.",
        "'{hit}' is already taken in as the alternative '{alternative}'.",
    ),
    "record.alternative-exists": (
        "Die Alternative '{id}' gibt es schon.",
        "There is already an alternative '{id}'.",
    ),
    "record.not-in-index": ("Die publiccode.yml fehlt im Index.", "Not in the index."),
    "record.no-licence": (
        "Die publiccode.yml nennt keine Lizenz; die Alternative bitte von Hand anlegen.",
        "The publiccode.yml names no licence; please add the alternative by hand.",
    ),
    "record.evidence-outside": (
        "Der Nachweisordner liegt außerhalb des Repository des Antrags.",
        "The evidence folder lies outside the request's repository.",
    ),
    "record.hint.evidence-outside": (
        "wählen Sie mit --evidence-dir einen Ordner neben dem Antrag",
        "choose a folder beside the request with --evidence-dir",
    ),
    "record.file-exists": (
        "Hier liegt schon eine andere Datei; sie wird nicht überschrieben.",
        "A different file is already here; it is not overwritten.",
    ),
    "record.hint.file-exists": (
        "wählen Sie eine andere Kennung mit --id",
        "choose another id with --id",
    ),
    "record.no-hit": (
        "Diesen Treffer gibt es im Index nicht.",
        "There is no such hit in the index.",
    ),
    "record.hint.no-hit": (
        "nennen Sie ihn mit seiner Repository-URL, wie die Suche sie zeigt",
        "name it by its repository URL, as the search shows it",
    ),
    "record.several": (
        "Das passt auf mehrere Einträge: {names}.",
        "This matches several entries: {names}.",
    ),
    "record.hint.several": (
        "nennen Sie den Treffer mit seiner Repository-URL",
        "name the hit by its repository URL",
    ),
    # market set-aside
    "record.no-exploration": (
        "Der Antrag hat keine Markterkundung mit Treffern.",
        "The request has no market exploration with hits.",
    ),
    "record.hint.no-exploration": (
        "zeichnen Sie zuerst eine Suche auf: ossfirst market search ... --record ANTRAG",
        "record a search first: ossfirst market search ... --record REQUEST",
    ),
    "record.unknown-reason": ("Unbekannter Grund '{reason}'.", "Unknown reason '{reason}'."),
    "record.note-needed": (
        "Für den Grund 'other' ist eine Notiz nötig.",
        "The reason 'other' needs a note.",
    ),
    "record.hint.note-needed": ("sagen Sie mit --note, warum", "say why with --note"),
    "record.not-recorded": (
        "Diesen Treffer gibt es in der Markterkundung nicht.",
        "There is no such hit in the market exploration.",
    ),
    "record.several-recorded": (
        "Das passt auf mehrere Treffer der Markterkundung.",
        "This matches several hits of the market exploration.",
    ),
    "record.hint.by-repository": (
        "nennen Sie ihn mit seinem Repository (repository:)",
        "name it by its repository (repository:)",
    ),
    "record.hit-taken": (
        "Der Treffer ist als Alternative '{alternative}' übernommen.",
        "The hit is taken in as the alternative '{alternative}'.",
    ),
    # an edit the request's layout does not allow
    "record.edit.exists": (
        "'{key}' steht schon da; bitte von Hand ändern.",
        "'{key}' is already there; please change it by hand.",
    ),
    "record.edit.flow": (
        "'{where}' lässt sich nicht ergänzen: es steht nicht in Blockform (eine Zeile je Eintrag).",
        "'{where}' cannot be added to: it is not written in block style (one line per entry).",
    ),
    "record.edit.hint.flow": (
        "schreiben Sie es in Blockform, mit '- ' vor jedem Eintrag",
        "write it in block style, with '- ' before each entry",
    ),
    "record.edit.yaml": ("YAML: {detail}", "YAML: {detail}"),
    "record.edit.not-a-mapping": ("Kein YAML-Mapping.", "Not a YAML mapping."),
}
