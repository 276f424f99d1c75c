# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of the council paper: the financial effects, the sign-off, the short version and
its appendix, and the Word and LibreOffice documents."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # financial effects (Finanzielle Auswirkungen)
    "sec.finance": ("Finanzielle Auswirkungen", "Financial effects"),
    "fin.budget": ("Budget", "Budget"),
    "fin.budget_line": ("Haushaltsstelle / Produkt", "Budget line / product"),
    "fin.first_year": ("Erstes Haushaltsjahr", "First budget year"),
    "fin.not_given": ("nicht angegeben", "not stated"),
    "fin.first_year.assumed": (
        "nicht angegeben; gerechnet ab {year}, dem Jahr des Antrags",
        "not stated; counted from {year}, the year of the request",
    ),
    "fin.subject.proposed": ("Vorgeschlagene Alternative", "Proposed alternative"),
    "fin.subject.recommended": (
        "Empfohlene Alternative (kein Vorschlag)",
        "Recommended alternative (none proposed)",
    ),
    "fin.one_time": ("Einmalige Kosten", "One-time costs"),
    "fin.yearly": ("Jährliche Folgekosten", "Yearly running costs"),
    "fin.exit": ("Kosten des Ausstiegs (im letzten Jahr)", "Cost of exit (in the last year)"),
    "fin.nominal_total.one": (
        "Gesamtkosten über {count} Jahr (nominal)",
        "Total cost over {count} year (nominal)",
    ),
    "fin.nominal_total.other": (
        "Gesamtkosten über {count} Jahre (nominal)",
        "Total cost over {count} years (nominal)",
    ),
    "fin.present_value": ("Barwert der Gesamtkosten", "Present value of the total cost"),
    "fin.against_budget": ("Abgleich mit dem Budget", "Against the budget"),
    "fin.within": (
        "im Budget; es bleiben {amount}",
        "within the budget, with {amount} to spare",
    ),
    "fin.exact": ("schöpft das Budget genau aus", "uses the budget exactly"),
    "fin.above": ("über dem Budget um {amount}", "above the budget by {amount}"),
    "fin.no_budget": (
        "kein Budget angegeben: die Gesamtkosten sind nicht abgeglichen",
        "no budget stated: the total cost is not checked against one",
    ),
    "tab.finance": ("Haushalt und Kosten: {name}", "Budget and cost: {name}"),
    "tab.finance_years": (
        "Belastung je Haushaltsjahr (nominal, EUR)",
        "Burden by budget year (nominal, EUR)",
    ),
    "fin.col.subject": ("Angabe", "Item"),
    "fin.col.value": ("Wert", "Value"),
    "fin.col.year": ("Haushaltsjahr", "Budget year"),
    "fin.col.difference": ("Vorschlag mehr (+) / weniger (−)", "Proposal more (+) / less (−)"),
    "fin.total": ("Summe", "Total"),
    "fin.years.intro.one": (
        "Die einmaligen Kosten fallen im ersten Haushaltsjahr an, die jährlichen Kosten und "
        "die Kosten des Ausstiegs im folgenden Jahr.",
        "One-time costs fall in the first budget year, yearly costs and the cost of exit in the "
        "year that follows.",
    ),
    "fin.years.intro.other": (
        "Die einmaligen Kosten fallen im ersten Haushaltsjahr an, die jährlichen Kosten in "
        "jedem der {count} folgenden Jahre, die Kosten des Ausstiegs im letzten.",
        "One-time costs fall in the first budget year, yearly costs in each of the {count} "
        "years that follow, the cost of exit in the last.",
    ),
    "fin.same": (
        "Die vorgeschlagene Alternative ist die empfohlene.",
        "The proposed alternative is the recommended one.",
    ),
    "fin.none": (
        "Keine Alternative ist vorgeschlagen oder empfohlen; es gibt keine Kosten, die der "
        "Haushalt tragen müsste.",
        "No alternative is proposed or recommended; there is no cost for the budget to bear.",
    ),
    "fin.no_recommendation": (
        "Keine Alternative ist empfohlen; ein Vergleich der Kosten mit einer Empfehlung entfällt.",
        "No alternative is recommended; there is no recommendation to compare the cost with.",
    ),
    "fin.more": (
        "{proposed} kostet nominal {nominal} mehr als die empfohlene Alternative "
        "{recommended}, im Barwert {present}.",
        "{proposed} costs {nominal} more than the recommended alternative {recommended} in "
        "nominal terms, {present} in present value.",
    ),
    "fin.less": (
        "{proposed} kostet nominal {nominal} weniger als die empfohlene Alternative "
        "{recommended}, im Barwert {present}.",
        "{proposed} costs {nominal} less than the recommended alternative {recommended} in "
        "nominal terms, {present} in present value.",
    ),
    "fin.mixed": (
        "{proposed} kostet nominal {nominal} {nominal_way} als die empfohlene Alternative "
        "{recommended}, im Barwert aber {present} {present_way}.",
        "{proposed} costs {nominal} {nominal_way} than the recommended alternative "
        "{recommended} in nominal terms, but {present} {present_way} in present value.",
    ),
    "fin.way.more": ("mehr", "more"),
    "fin.way.less": ("weniger", "less"),
    "fin.equal": (
        "{proposed} kostet so viel wie die empfohlene Alternative {recommended}.",
        "{proposed} costs as much as the recommended alternative {recommended}.",
    ),
    # the award procedure (Vergabe), a line of the report's header
    "meta.procurement": ("Vergabe", "Award procedure"),
    "proc.rules.uvgo.name": ("UVgO", "UVgO"),
    "proc.rules.vgv.name": ("VgV", "VgV"),
    "proc.rules.other.name": ("andere Vergabeordnung", "other award rules"),
    "proc.threshold.below-eu.name": ("unterhalb des EU-Schwellenwerts", "below the EU threshold"),
    "proc.threshold.above-eu.name": ("oberhalb des EU-Schwellenwerts", "above the EU threshold"),
    # the procedure in the terms of the rules: UVgO's names below the EU threshold, the
    # VgV's (and the GWB's) above it
    "proc.procedure.open.uvgo": ("Öffentliche Ausschreibung", "public call for tenders (open)"),
    "proc.procedure.open.name": ("offenes Verfahren", "open procedure"),
    "proc.procedure.restricted.uvgo": (
        "Beschränkte Ausschreibung",
        "restricted call for tenders",
    ),
    "proc.procedure.restricted.name": ("nicht offenes Verfahren", "restricted procedure"),
    "proc.procedure.negotiated.uvgo": ("Verhandlungsvergabe", "negotiated award"),
    "proc.procedure.negotiated.name": ("Verhandlungsverfahren", "negotiated procedure"),
    "proc.procedure.competitive-dialogue.name": ("wettbewerblicher Dialog", "competitive dialogue"),
    "proc.procedure.innovation-partnership.name": (
        "Innovationspartnerschaft",
        "innovation partnership",
    ),
    "proc.procedure.direct-award.name": ("Direktauftrag", "direct award"),
    "proc.procedure.framework-call-off.name": (
        "Abruf aus einer Rahmenvereinbarung",
        "call-off under a framework agreement",
    ),
    "proc.procedure.in-house.name": ("Inhouse-Vergabe", "in-house award"),
    "proc.procedure.other.name": ("anderes Verfahren", "other procedure"),
    "proc.competition.yes": ("mit Teilnahmewettbewerb", "with a call for competition"),
    "proc.competition.no": ("ohne Teilnahmewettbewerb", "without a call for competition"),
    # sign-off (Zeichnung) and involvement (Beteiligung)
    "sec.signoff": ("Zeichnung und Beteiligung", "Sign-off and involvement"),
    "tab.signoff": ("Zeichnung", "Sign-off"),
    "tab.involvement": ("Beteiligung", "Involvement"),
    "sign.col.step": ("Schritt", "Step"),
    "sign.col.name": ("Name", "Name"),
    "sign.col.role": ("Funktion", "Role"),
    "sign.col.date": ("Datum", "Date"),
    "sign.col.body": ("Stelle", "Body"),
    "sign.col.standing": ("Stand", "Standing"),
    "sign.prepared": ("Erstellt", "Prepared by"),
    "sign.approved": ("Freigegeben", "Approved by"),
    "sign.missing": ("fehlt noch", "still missing"),
    "sign.dpo": ("Behördliche Datenschutzbeauftragte", "Data protection officer"),
    "sign.staff_council": ("Personalrat", "Staff council"),
    "sign.disability": ("Schwerbehindertenvertretung", "Representative of disabled employees"),
    "sign.involved": ("beteiligt am {date}", "involved on {date}"),
    "sign.not_required": ("nicht erforderlich", "not required"),
    "sign.pending": ("Beteiligung steht aus", "involvement pending"),
    "sign.not_stated": (
        "Der Antrag nennt die Beteiligung der oder des Datenschutzbeauftragten, des "
        "Personalrats und der Schwerbehindertenvertretung nicht.",
        "The request does not state the involvement of the data protection officer, the staff "
        "council and the representative of disabled employees.",
    ),
    # the short version and its appendix
    "short.title": (
        "Kurzfassung der Begründung der Beschaffungsentscheidung",
        "Summary of the justification of the procurement decision",
    ),
    "short.subtitle": (
        "Für die Beschlussvorlage; der vollständige Bericht folgt als Anlage",
        "For the council paper; the full report follows as its appendix",
    ),
    "short.appendix": (
        "Anlage: Vollständiger Bericht",
        "Appendix: the full report",
    ),
    "short.appendix.intro": (
        "Die Kurzfassung stützt sich auf den folgenden Bericht. Er zeigt die Bewertung im "
        "Einzelnen, die Nachweise, die Methode und den Prüfpfad.",
        "The summary rests on the report below. It shows the assessment in detail, the "
        "evidence, the method and the audit trail.",
    ),
    "short.see_appendix": (
        "Die Begründung im Einzelnen steht in der Anlage (Abschnitt {number}).",
        "The justification in detail is in the appendix (section {number}).",
    ),
    # Word and LibreOffice documents
    "office.keywords": (
        "Open Source first; Beschaffung; Begründung",
        "Open Source first; procurement; justification",
    ),
    # the name of the Word style of the text in tables, as Word lists it among the styles
    "office.table_text_style": ("Tabellentext", "Table Text"),
}
