# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of evidence files and the open-standards screening: warnings, the reasons behind
imported levels, and the report sections that show what the files say."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # sources and sections
    "source.imported": ("aus Nachweisdatei", "imported"),
    "sec.screening": ("Normenscreening: offene Standards", "Open-standards screening"),
    "sec.evidence": ("Nachweisdateien", "Evidence files"),
    # the criteria table
    "crit.imported_from": ("aus {file}", "from {file}"),
    "crit.dated": ("Stand {date}", "as of {date}"),
    "crit.imported_differs": (
        "Nachweisdatei ergäbe {score}: {reason}",
        "evidence file gives {score}: {reason}",
    ),
    # warnings about evidence files (Message codes); the report puts the alternative's name
    # in front of them
    "msg.pc-unknown-key": (
        "{file}, Zeile {line}: den Schlüssel „{key}“ kennt der "
        "publiccode.yml-Standard nicht; er wird nicht gelesen.{suggestion}",
        '{file}, line {line}: the publiccode.yml standard has no key "{key}"; '
        "it is not read.{suggestion}",
    ),
    "msg.pc-deprecated-key": (
        "{file}, Zeile {line}: der Schlüssel „{key}“ ist im "
        "publiccode.yml-Standard veraltet.{replacement}",
        '{file}, line {line}: the key "{key}" is deprecated in the '
        "publiccode.yml standard.{replacement}",
    ),
    "msg.pc-country-section": (
        "{file}, Zeile {line}: der Länderabschnitt „{key}“ ist seit "
        "publiccode.yml 0.7 veraltet (stattdessen supports und organisation); er wird nicht "
        "gelesen.",
        '{file}, line {line}: the country section "{key}" is deprecated since '
        "publiccode.yml 0.7 (use supports and organisation); it is not read.",
    ),
    "msg.pc-unknown-version": (
        "{file}, Zeile {line}: die publiccode.yml-Version „{version}“ gibt es "
        "nicht; die Datei wird nach den Regeln von 0.7 gelesen.",
        '{file}, line {line}: there is no publiccode.yml version "{version}"; '
        "the file is read by the rules of 0.7.",
    ),
    "msg.pc-contract-ends": (
        "der Wartungsvertrag laut {file} läuft bis {until}, also vor dem Ende "
        "des Betrachtungszeitraums ({horizon_end}).",
        "the maintenance contract stated in {file} runs until {until}, before "
        "the end of the horizon ({horizon_end}).",
    ),
    "msg.sc-unknown-check": (
        "{file}: die Scorecard-Prüfung „{check}“ ist ossfirst nicht bekannt "
        "und zählt im Gesamtwert nicht mit.",
        '{file}: the Scorecard check "{check}" is not known to ossfirst and is '
        "left out of the aggregate.",
    ),
    "msg.sc-inconclusive": (
        "{file}: keine Scorecard-Prüfung hat ein Ergebnis; die Datei ergibt keine Stufe.",
        "{file}: no Scorecard check is conclusive; the file gives no level.",
    ),
    "msg.sbom-licences-unknown": (
        "{file}: Komponenten ohne bestimmbare Lizenz ({count}); die SBOM ergibt "
        "daher keine Stufe für proprietäre Abhängigkeiten.",
        "{file}: components without an identifiable licence ({count}), so the "
        "SBOM gives no level for proprietary dependencies.",
    ),
    "msg.sbom-licence-expires": (
        "laut {file} endet die Lizenz von {component} am {expiration}, vor dem "
        "Ende des Betrachtungszeitraums ({horizon_end}); der Preis der Verlängerung steht nicht "
        "fest.",
        "according to {file} the licence of {component} expires on "
        "{expiration}, before the end of the horizon ({horizon_end}); the renewal price is "
        "not fixed.",
    ),
    "msg.replacement": (" Stattdessen: „{name}“.", ' Use "{name}" instead.'),
    # why an evidence file gives a level (ImportedFrom.reason codes)
    "imported.pc-maturity-status": (
        "Entwicklungsstand: {status}",
        "development status: {status}",
    ),
    "imported.pc-maturity-unmaintained": (
        "stabil, aber nicht gepflegt (maintenance: none)",
        "stable, but not maintained (maintenance: none)",
    ),
    "imported.pc-maturity-contract-ends": (
        "stabil, aber der Wartungsvertrag endet am {until}, vor dem Ende des "
        "Betrachtungszeitraums ({horizon_end})",
        "stable, but the maintenance contract ends on {until}, before the end of the horizon "
        "({horizon_end})",
    ),
    "imported.pc-maturity-stable": (
        "stabil, Wartung {maintenance}; kein Einsatz bei anderen Stellen angegeben (usedBy)",
        "stable, maintenance {maintenance}; no use by other bodies stated (usedBy)",
    ),
    "imported.pc-maturity-used": (
        "stabil, Wartung {maintenance}, im Einsatz bei öffentlichen Stellen (usedBy: "
        "{count}); Stufe 4 bleibt der Bewertung durch eine Person vorbehalten",
        "stable, maintenance {maintenance}, in use at public bodies (usedBy: {count}); level 4 "
        "is left to a person's assessment",
    ),
    "imported.pc-deps-none": (
        "keine proprietären Abhängigkeiten (dependsOn)",
        "no proprietary dependencies (dependsOn)",
    ),
    "imported.pc-deps-optional": (
        "proprietäre Abhängigkeiten, alle optional ({count}): {names}",
        "proprietary dependencies, all optional ({count}): {names}",
    ),
    "imported.pc-deps-one": (
        "eine zwingende proprietäre Abhängigkeit: {names}",
        "one mandatory proprietary dependency: {names}",
    ),
    "imported.pc-deps-several": (
        "mehrere zwingende proprietäre Abhängigkeiten ({count}): {names}",
        "several mandatory proprietary dependencies ({count}): {names}",
    ),
    "imported.pc-reuse-licence": (
        "offene Lizenz ({licence}) erlaubt Nachnutzung; Einsatz bei anderen Stellen nicht "
        "angegeben (usedBy)",
        "the open licence ({licence}) allows reuse; no use by other bodies stated (usedBy)",
    ),
    "imported.pc-reuse-used": (
        "offene Lizenz, im Einsatz bei öffentlichen Stellen (usedBy: {count}); gemeinsame "
        "Finanzierung (Stufe 4) ist der Datei nicht zu entnehmen",
        "open licence, in use at public bodies (usedBy: {count}); joint financing (level 4) "
        "cannot be read from the file",
    ),
    "imported.sc-aggregate": (
        "OpenSSF Scorecard {aggregate} von 10 (risikogewichtet neu berechnet aus {counted} "
        "Prüfungen, {inconclusive} ohne Ergebnis nicht gezählt)",
        "OpenSSF Scorecard {aggregate} of 10 (risk-weighted, recomputed from {counted} checks; "
        "{inconclusive} inconclusive ones not counted)",
    ),
    "imported.sbom-deps-none": (
        "keine Komponente anderer Hersteller ohne Open-Source-Lizenz ({count} geprüft)",
        "no component from another supplier without an open-source licence ({count} checked)",
    ),
    "imported.sbom-deps-optional": (
        "Komponenten ohne Open-Source-Lizenz, alle optional ({count}): {names}",
        "components without an open-source licence, all optional ({count}): {names}",
    ),
    "imported.sbom-deps-one": (
        "eine erforderliche Komponente ohne Open-Source-Lizenz: {names}",
        "one required component without an open-source licence: {names}",
    ),
    "imported.sbom-deps-several": (
        "mehrere erforderliche Komponenten ohne Open-Source-Lizenz ({count}): {names}",
        "several required components without an open-source licence ({count}): {names}",
    ),
    "imported.sbom-licence-term": (
        "Lizenz von {component} auf Zeit ({term}): Preise sind nur für die Laufzeit gebunden",
        "licence of {component} for a term ({term}): prices are bound only for the term",
    ),
    "ev.until": ("bis {date}", "until {date}"),
    "ev.maintenance.internal": ("durch den Herausgeber (internal)", "by the publisher (internal)"),
    "ev.maintenance.contract": ("durch Vertrag (contract)", "by contract (contract)"),
    "ev.maintenance.community": (
        "durch die Gemeinschaft (community)",
        "by the community (community)",
    ),
    "ev.maintenance.none": ("keine (none)", "none (none)"),
    "ev.status.concept": ("Konzept (concept)", "concept"),
    "ev.status.development": ("in Entwicklung (development)", "in development (development)"),
    "ev.status.beta": ("Testphase (beta)", "testing (beta)"),
    "ev.status.stable": ("stabil (stable)", "stable"),
    "ev.status.obsolete": ("abgekündigt (obsolete)", "discontinued (obsolete)"),
    # the open-standards screening
    "scr.intro": (
        "Offen ist ein Standard nur, wenn alle vier Kriterien erfüllt sind: freie "
        "Spezifikation, lizenzgebührenfrei, offene Beteiligung an der Weiterentwicklung, "
        "Pflege durch eine unabhängige Stelle (Standardliste {version}; die Begründung jeder "
        "Einstufung steht in der Liste). Nicht gelistete Standards gelten als nicht offen.",
        "A standard is open only when all four criteria hold: free specification, "
        "royalty-free, open participation in its development, maintenance by an independent "
        "body (standards list {version}; the list gives the reasons for each judgement). "
        "Standards not in the list count as not open.",
    ),
    "scr.declared": ("Angabe im Antrag", "As declared"),
    "scr.standard": ("Standard (Gremium)", "Standard (body)"),
    "scr.free_spec": ("freie Spezifikation", "free specification"),
    "scr.royalty_free": ("lizenzgebührenfrei", "royalty-free"),
    "scr.open_participation": ("offene Beteiligung", "open participation"),
    "scr.independent_body": ("unabhängige Pflege", "independent body"),
    "scr.open": ("offen", "open"),
    "scr.unknown": ("nicht in der Liste", "not in the list"),
    # evidence files
    "ev.intro": (
        "Was ossfirst aus den Nachweisdateien gelesen hat. Eine Stufe aus einer Nachweisdatei "
        "füllt nur ein Kriterium, das niemand bewertet hat; die Bewertung einer Person hat "
        "immer Vorrang. Welche Angabe welches Kriterium speist, beschreibt docs/evidence.md.",
        "What ossfirst read from the evidence files. A level from an evidence file only fills "
        "a criterion nobody assessed; a person's assessment always takes precedence. Which "
        "fact feeds which criterion is described in docs/evidence.md.",
    ),
    "ev.kind.publiccode": ("publiccode.yml", "publiccode.yml"),
    "ev.kind.scorecard": ("OpenSSF Scorecard", "OpenSSF Scorecard"),
    "ev.kind.sbom": ("SBOM", "SBOM"),
    "ev.file": ("Datei", "File"),
    "ev.pc.version": ("publiccode.yml-Version", "publiccode.yml version"),
    "ev.pc.name": ("Name (Version)", "Name (version)"),
    "ev.pc.status": ("Entwicklungsstand", "Development status"),
    "ev.pc.type": ("Art der Software", "Software type"),
    "ev.pc.platforms": ("Plattformen", "Platforms"),
    "ev.pc.licence": ("Lizenz", "Licence"),
    "ev.pc.maintenance": ("Wartung", "Maintenance"),
    "ev.pc.contractor": ("{name} bis {until}", "{name} until {until}"),
    "ev.pc.used_by": ("Im Einsatz bei", "Used by"),
    "ev.pc.languages": ("Sprachen", "Languages"),
    "ev.pc.proprietary": ("Proprietäre Abhängigkeiten", "Proprietary dependencies"),
    "ev.pc.open": ("Offene Abhängigkeiten", "Open dependencies"),
    "ev.pc.hardware": ("Hardware", "Hardware"),
    "ev.pc.supports": ("Unterstützt", "Supports"),
    "ev.pc.optional": ("optional", "optional"),
    "ev.pc.not_stated": ("nicht angegeben", "not stated"),
    "ev.none": ("keine", "none"),
    "ev.sc.summary": (
        "Repository {repository} (Commit {commit}), Scorecard {version} vom {date}. "
        "Gesamtwert laut Datei: {published}; neu berechnet mit den Risikogewichten des "
        "Katalogs: {aggregate}.",
        "Repository {repository} (commit {commit}), Scorecard {version} of {date}. Aggregate "
        "stated in the file: {published}; recomputed with the catalogue's risk weights: "
        "{aggregate}.",
    ),
    "ev.sc.check": ("Prüfung", "Check"),
    "ev.sc.risk": ("Risiko", "Risk"),
    "ev.sc.score": ("Ergebnis", "Score"),
    "ev.sc.reason": ("Befund", "Finding"),
    "ev.sc.criterion": ("betrifft", "Relates to"),
    "ev.sc.inconclusive": ("ohne Ergebnis", "inconclusive"),
    "ev.sc.unknown_risk": ("unbekannt", "unknown"),
    "ev.risk.critical": ("kritisch", "critical"),
    "ev.risk.high": ("hoch", "high"),
    "ev.risk.medium": ("mittel", "medium"),
    "ev.risk.low": ("niedrig", "low"),
    "ev.sbom.summary.one": (
        "{spec} für {subject}, erstellt {date}: {components} Komponente, davon "
        "{open} unter einer Open-Source-Lizenz.",
        "{spec} for {subject}, created {date}: {components} component, {open} of "
        "them under an open-source licence.",
    ),
    "ev.sbom.summary.other": (
        "{spec} für {subject}, erstellt {date}: {components} Komponenten, davon "
        "{open} unter Open-Source-Lizenzen.",
        "{spec} for {subject}, created {date}: {components} components, {open} of "
        "them under open-source licences.",
    ),
    "ev.sbom.not_open": (
        "Komponenten ohne Open-Source-Lizenz",
        "Components without an open-source licence",
    ),
    "ev.sbom.more": (
        "… und {count} weitere Komponenten ohne Open-Source-Lizenz; der JSON-Bericht nennt alle.",
        "… and {count} more components without an open-source licence; the JSON report lists "
        "them all.",
    ),
    "ev.sbom.all_open": (
        "Alle Komponenten stehen unter Open-Source-Lizenzen.",
        "Every component is under an open-source licence.",
    ),
    "ev.sbom.component": ("Komponente", "Component"),
    "ev.sbom.version": ("Version", "Version"),
    "ev.sbom.licence": ("Lizenzangabe", "Licence stated"),
    "ev.sbom.status": ("Einstufung", "Class"),
    "ev.sbom.status.proprietary": ("nicht Open Source", "not open source"),
    "ev.sbom.status.commercial": ("kommerzielle Lizenz", "commercial licence"),
    "ev.sbom.status.unknown": ("keine Lizenz angegeben", "no licence stated"),
    "ev.sbom.status.unidentified": ("keine SPDX-Lizenz", "no SPDX licence"),
    "ev.sbom.own": ("vom Hersteller des Produkts", "from the product's own supplier"),
    "ev.sbom.licensing": ("Kommerzielle Lizenzbedingungen", "Commercial licensing terms"),
    "ev.sbom.types": ("Lizenzart", "Licence type"),
    "ev.sbom.expiration": ("Ablauf", "Expires"),
    "ev.sbom.licensor": ("Lizenzgeber", "Licensor"),
    "ev.unknown": ("unbekannt", "unknown"),
    # ossfirst evidence show
    # labels of the facts in `ossfirst evidence show`
    "field.url": ("Quellcode", "Source code"),
    "field.localisation_ready": ("Mehrsprachig ausgelegt", "Ready for localisation"),
    "field.encoding": ("Darstellung", "Encoding"),
    "field.serial_number": ("Seriennummer", "Serial number"),
    "show.feeds": ("Speist die Kriterien", "Feeds the criteria"),
    "show.feeds_none": ("keine", "none"),
    "show.col.title": ("Titel", "Title"),
    "show.col.reason": ("Begründung", "Reason"),
    "show.not_in_catalogue": (
        "(nicht im Katalog oder nicht bewertet; wird nicht verwendet)",
        "(not in the catalogue, or not an assessed criterion; not used)",
    ),
    "show.dated": (
        "Datum der Datei: {date} (für die Gültigkeitsdauer von Nachweisen).",
        "Date of the file: {date} (for the evidence expiry).",
    ),
    "show.licence_check": (
        "In einer Bewertung muss die Lizenz (legal/license) der Lizenz der Alternative im "
        "Antrag entsprechen; sonst ist der Antrag ungültig.",
        "In an evaluation the licence (legal/license) must match the alternative's licence in "
        "the request; otherwise the request is invalid.",
    ),
    "show.no_horizon": (
        "Wartungsverträge und Lizenzlaufzeiten sind nicht gegen einen Betrachtungszeitraum "
        "geprüft (--horizon-end).",
        "Maintenance contracts and licence terms are not judged against a horizon (--horizon-end).",
    ),
    # method and audit annex
    "method.evidence": (
        "Nachweisdateien: Stufen aus publiccode.yml, OpenSSF Scorecard und SBOMs (CycloneDX, SPDX) "
        "füllen nur Kriterien, die niemand bewertet hat; die Bewertung einer Person hat Vorrang. "
        "Speisen mehrere Dateien ein Kriterium, zählt die niedrigste Stufe. Der "
        "Scorecard-Gesamtwert ist das risikogewichtete Mittel der Prüfungen mit Ergebnis "
        "(kritisch {critical}, hoch {high}, mittel {medium}, niedrig {low}); Prüfungen ohne "
        "Ergebnis (-1) zählen nicht, auch nicht als 0.",
        "Evidence files: levels from publiccode.yml, OpenSSF Scorecard and SBOMs (CycloneDX, SPDX) "
        "only fill criteria nobody assessed; a person's assessment takes precedence. Where "
        "several files feed a criterion, the lowest level counts. The Scorecard aggregate is "
        "the risk-weighted mean of the conclusive checks (critical {critical}, high {high}, "
        "medium {medium}, low {low}); inconclusive checks (-1) are left out, not counted as 0.",
    ),
    "audit.evidence": (
        "Nachweisdatei {kind}, {alternative}",
        "Evidence file {kind}, {alternative}",
    ),
    "gap.stale.file.one": (
        "Nachweisdatei {file} vom {assessed_on} ist älter als {months} Monat",
        "evidence file {file} of {assessed_on} is older than {months} month",
    ),
    "gap.stale.file.other": (
        "Nachweisdatei {file} vom {assessed_on} ist älter als {months} Monate",
        "evidence file {file} of {assessed_on} is older than {months} months",
    ),
    "gap.future-date.file": (
        "Nachweisdatei {file} vom {assessed_on} ist jünger als der Antrag",
        "evidence file {file} of {assessed_on} is dated after the request",
    ),
    # evidence a request cannot take in
    "ev.total-too-large": (
        "Die Nachweisdateien dieses Antrags sind zusammen größer als {total}.",
        "The evidence files of this request are larger than {total} together.",
    ),
    "ev.hint.smaller-extracts": (
        "nennen Sie kleinere Auszüge, z. B. die SBOM ohne Build-Werkzeuge",
        "name smaller extracts, e.g. the SBOM without build tools",
    ),
    "ev.licence-disagrees": (
        "Die Lizenz '{licence}' widerspricht der publiccode.yml, die '{stated}' angibt ({there}).",
        "The licence '{licence}' disagrees with the publiccode.yml, which states '{stated}' "
        "({there}).",
    ),
    "ev.hint.licence-disagrees": (
        "berichtigen Sie die Lizenz im Antrag, oder geben Sie die publiccode.yml der gemeinten "
        "Software an",
        "correct the licence in the request, or name the publiccode.yml of the software you mean",
    ),
}
