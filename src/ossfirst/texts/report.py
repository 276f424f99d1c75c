# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of the HTML and PDF reports: title block, page furniture, captions, charts."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # title block and page furniture
    "meta.request_date": ("Antragsdatum", "Request date"),
    "meta.issued": ("Berichtsdatum", "Report date"),
    "doc.contents": ("Inhalt", "Contents"),
    "doc.skip": ("Zum Inhalt springen", "Skip to the content"),
    "page.header": ("Antrag {id}", "Request {id}"),
    "page.footer": ("Seite {page} von {pages}", "Page {page} of {pages}"),
    "table.label": ("Tabelle {n}", "Table {n}"),
    "figure.label": ("Abbildung {n}", "Figure {n}"),
    # table captions
    "tab.why": (
        "Nicht gewählte Open-Source- und Nachnutzungs-Alternativen",
        "Open-source and reuse alternatives not chosen",
    ),
    "tab.requirements": ("Anforderungen", "Requirements"),
    "tab.alternatives": ("Alternativen nach Rang", "Alternatives by rank"),
    "tab.coverage": ("Erfüllung der Anforderungen", "Requirements met"),
    "tab.knockouts": ("Ausschlussgründe je Alternative", "Knock-outs per alternative"),
    "tab.dimensions": ("Punkte je Dimension (0 bis 100)", "Points per dimension (0 to 100)"),
    "tab.criteria": ("Kriterien: {name}", "Criteria: {name}"),
    "tab.costs": ("Kosten im Überblick", "Costs at a glance"),
    "tab.cost_items": ("Kostenpositionen: {name}", "Cost items: {name}"),
    "tab.cash_flows": (
        "Zahlungsreihe und Barwerte: {name}",
        "Cash flows and present values: {name}",
    ),
    "tab.gaps": ("Lücken der Bewertung", "Gaps in the assessment"),
    # charts
    "fig.bars": (
        "Punkte je Dimension und Alternative (0 bis 100)",
        "Points per dimension and alternative (0 to 100)",
    ),
    "fig.radar": (
        "Profil der Alternativen über die Dimensionen (Mitte 0, Rand 100)",
        "Profile of the alternatives across the dimensions (centre 0, rim 100)",
    ),
    "fig.bars.alt": (
        "Säulendiagramm der Punkte je Dimension von 0 bis 100, je Alternative eine Säule. {data}.",
        "Bar chart of the points per dimension from 0 to 100, one bar per alternative. {data}.",
    ),
    "fig.radar.alt": (
        "Netzdiagramm mit den Achsen {axes}, von 0 in der Mitte bis 100 am Rand, je Alternative eine Linie. {data}.",
        "Radar chart with the axes {axes}, from 0 in the centre to 100 at the rim, one line per alternative. {data}.",
    ),
    "fig.alt.series": ("{name}: {values}", "{name}: {values}"),
    # the PDF's attachment
    "pdf.attachment": (
        "Diese PDF-Datei enthält die vollständigen Bewertungsdaten als Dateianhang {name} "
        "(JSON, Schema-Version {schema}); jedes PDF-Programm kann ihn speichern, und "
        "„ossfirst schema result“ beschreibt seinen Aufbau.",
        "This PDF file carries the complete evaluation data as the attached file {name} "
        "(JSON, schema version {schema}); any PDF reader can save it, and "
        '"ossfirst schema result" describes its structure.',
    ),
    "pdf.unshown.note": (
        "Zeichen, die keine Schrift dieses Berichts darstellen kann (die angehängte "
        "JSON-Datei enthält die Texte unverändert):",
        "Characters no font of this report can show (the attached JSON file holds the texts "
        "unchanged):",
    ),
    "pdf.unshown.coded": (
        "{script} in {field} ({codes}): als Code gezeigt, keine Schrift dafür gefunden",
        "{script} in {field} ({codes}): shown as codes, no font found for it",
    ),
    "pdf.unshown.left_out": (
        "{script} in {field} ({codes}): ausgelassen, der Bericht hat keine Emoji-Schrift",
        "{script} in {field} ({codes}): left out, the report has no emoji font",
    ),
    "pdf.unshown.fix": (
        "Installieren Sie Noto Sans CJK (z. B. apt-get install fonts-noto-cjk) oder nennen "
        "Sie seinen Ordner in {variable}.",
        "Install Noto Sans CJK (for example apt-get install fonts-noto-cjk) or name its "
        "folder in {variable}.",
    ),
    "pdf.unshown.more.one": ("… und {count} weiteres Feld", "… and {count} more field"),
    "pdf.unshown.more.other": ("… und {count} weitere Felder", "… and {count} more fields"),
    "pdf.attachment.description": (
        "Bewertungsdaten (ossfirst Result, JSON)",
        "Evaluation data (ossfirst Result, JSON)",
    ),
}
