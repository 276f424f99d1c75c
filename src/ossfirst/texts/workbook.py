# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of the evaluation workbook (``--format xlsx``): sheet names, headers and notes.

Sheet names have at most 31 characters (Excel's limit). Words that formulas compare
(``xlsx.kind.knock-out``, ``yes``) are written into the cells and into the formulas alike.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "xlsx.sheet.summary": ("Übersicht", "Summary"),
    "xlsx.sheet.scores": ("Bewertung", "Scores"),
    "xlsx.sheet.costs": ("Kosten", "Costs"),
    "xlsx.sheet.requirements": ("Anforderungen", "Requirements"),
    "xlsx.sheet.award": ("Preis-Leistung", "Price-performance"),
    "xlsx.sheet.robustness": ("Robustheit", "Robustness"),
    "xlsx.sheet.market": ("Markterkundung", "Market exploration"),
    "xlsx.title": ("Bewertung: {title}", "Evaluation: {title}"),
    "xlsx.note": (
        "Gelb hinterlegt sind die Werte, aus denen die Formeln rechnen (Stufen, Gewichte, "
        "Kosten, Zinssatz). Ändern Sie einen, rechnen Punkte, Gewichte, Beiträge, Summen und "
        "Barwerte neu, wie ossfirst sie rechnet. Empfehlung, Ergebnis der Prüfung und "
        "Robustheit sind die von ossfirst für die gelieferten Werte.",
        "Cells shaded yellow hold the values the formulas compute from (levels, weights, costs, "
        "rate). Change one, and the points, weights, contributions, totals and present values "
        "are computed anew, as ossfirst computes them. The recommendation, the verdict and the "
        "robustness are ossfirst's for the values as delivered.",
    ),
    "xlsx.note.short": (
        "Gelb: die Werte, aus denen die Formeln rechnen; alle anderen Zahlen sind Formeln "
        "(siehe Übersicht).",
        "Yellow: the values the formulas compute from; every other figure is a formula (see "
        "the summary).",
    ),
    "xlsx.summary.request": ("Antrag", "Request"),
    "xlsx.summary.title": ("Titel", "Title"),
    "xlsx.summary.award": ("Vergabemethode", "Award method"),
    "xlsx.summary.recommended": ("Empfohlen", "Recommended"),
    "xlsx.summary.verdict": ("Ergebnis der Prüfung", "Verdict"),
    "xlsx.summary.status": ("Status", "Status"),
    "xlsx.summary.policy": ("Open-Source-Vorrang eingehalten", "Open Source first policy holds"),
    "xlsx.summary.reasons": ("Gründe", "Reasons"),
    "xlsx.summary.robustness": ("Robustheit", "Robustness"),
    "xlsx.summary.ranking": ("Rangfolge", "Ranking"),
    "xlsx.summary.warnings": ("Hinweise", "Warnings"),
    "xlsx.summary.gaps": ("Lücken", "Gaps"),
    "xlsx.summary.audit": ("Prüfpfad", "Audit trail"),
    "xlsx.summary.evidence": ("Nachweisdatei", "Evidence file"),
    "xlsx.summary.sha": ("SHA-256", "SHA-256"),
    "xlsx.kind.assessed": ("bewertet", "assessed"),
    "xlsx.kind.computed": ("berechnet", "computed"),
    "xlsx.kind.knock-out": ("K.-o.", "knock-out"),
    "xlsx.col.dimension": ("Dimension", "Dimension"),
    "xlsx.col.id": ("Kennung", "Id"),
    "xlsx.col.title": ("Kriterium", "Criterion"),
    "xlsx.col.kind": ("Art", "Kind"),
    "xlsx.col.criterion_weight": ("Gewicht im Katalog", "Catalogue weight"),
    "xlsx.col.dimension_weight": (
        "Gewicht der Dimension im Profil (%)",
        "Profile weight of the dimension (%)",
    ),
    "xlsx.col.price": ("Preiskriterium (UfAB)", "Price criterion (UfAB)"),
    "xlsx.col.level": ("Stufe", "Level"),
    "xlsx.col.source": ("Quelle", "Source"),
    "xlsx.col.share": ("Gewicht (%)", "Weight (%)"),
    "xlsx.col.contribution": ("Beitrag (Punkte)", "Contribution (points)"),
    "xlsx.col.points": ("Punkte", "Points"),
    "xlsx.col.counted": ("Gezählte Gewichte", "Weights counted"),
    "xlsx.col.effective": ("Gewicht (%)", "Weight (%)"),
    "xlsx.missing_data": ("Regel für fehlende Bewertungen", "Rule for missing scores"),
    "xlsx.missing_data.zero": (
        "zero: nicht bewertete Kriterien zählen mit Stufe 0",
        "zero: criteria not assessed count as level 0",
    ),
    "xlsx.missing_data.renormalise": (
        "renormalise: nicht bewertete Kriterien bleiben außen vor, ihr Gewicht geht anteilig "
        "an die übrigen",
        "renormalise: criteria not assessed are left out, their weight passes to the others in "
        "proportion",
    ),
    "xlsx.max_score": ("Höchste Stufe", "Highest level"),
    "xlsx.dimensions": ("Dimensionen", "Dimensions"),
    "xlsx.total": ("Gesamtpunktzahl (0–100)", "Total (0–100)"),
    "xlsx.rank": ("Rang", "Rank"),
    "xlsx.eligible": ("Zugelassen", "Eligible"),
    "xlsx.knockouts": ("Ausschlussgründe", "Knock-outs"),
    "xlsx.category": ("Kategorie", "Category"),
    "xlsx.performance": (
        "Leistungspunkte L ohne Preiskriterien (UfAB)",
        "Performance points L without the price criteria (UfAB)",
    ),
    "xlsx.performance_total": ("Leistungspunkte L", "Performance points L"),
    "xlsx.costs.rate": ("Kalkulationszinssatz", "Discount rate"),
    "xlsx.costs.horizon": ("Betrachtungszeitraum (Jahre)", "Horizon (years)"),
    "xlsx.costs.items": ("Kostenpositionen (EUR)", "Cost items (EUR)"),
    "xlsx.costs.one_time_total": ("Summe einmalig", "One-time total"),
    "xlsx.costs.yearly_total": ("Summe je Jahr", "Yearly total"),
    "xlsx.costs.exit": ("Ausstiegskosten (im letzten Jahr)", "Exit cost (in the last year)"),
    "xlsx.costs.flows": ("Zahlungsströme (EUR)", "Cash flows (EUR)"),
    "xlsx.costs.factor": ("Abzinsungsfaktor 1/(1+r)^t", "Discount factor 1/(1+r)^t"),
    "xlsx.costs.nominal": ("nominal", "nominal"),
    "xlsx.costs.present_value": ("Barwert", "present value"),
    "xlsx.costs.sum": ("Summe über den Zeitraum", "Total over the horizon"),
    "xlsx.costs.exit_value": ("Barwert der Ausstiegskosten", "Present value of the exit cost"),
    "xlsx.costs.note": (
        "Einmalkosten fallen zu Beginn an (t = 0), laufende Kosten am Ende jedes Jahres, die "
        "Ausstiegskosten im letzten Jahr; Barwert = Summe der Zahlungen × Abzinsungsfaktor.",
        "One-time costs fall at the start (t = 0), yearly costs at the end of each year, the exit "
        "cost in the last year; present value = sum of the payments × discount factor.",
    ),
    "xlsx.req.weight": ("Gewicht (Muss doppelt)", "Weight (must counts twice)"),
    "xlsx.req.coverage": ("Erfüllungsgrad", "Coverage"),
    "xlsx.req.musts": ("Alle Muss-Anforderungen erfüllt", "All must-requirements met"),
    "xlsx.award.method": ("Methode", "Method"),
    "xlsx.award.price_basis": ("Preis P", "Price P"),
    "xlsx.award.price_basis.present-value": (
        "Barwert der Gesamtkosten",
        "present value of the TCO",
    ),
    "xlsx.award.price_basis.nominal": ("nominale Gesamtkosten", "nominal TCO"),
    "xlsx.award.corridor": ("Schwankungsbreite", "Corridor"),
    "xlsx.award.tie_breaker": ("Entscheidungskriterium", "Tie-breaker"),
    "xlsx.award.conversion": ("Umrechnung des Preises", "Price conversion"),
    "xlsx.award.price_weight": ("Gewicht des Preises", "Price weight"),
    "xlsx.award.margin": ("Vorsprung für Open Source first (%)", "Open Source first margin (%)"),
    "xlsx.award.l": ("Leistung L", "Performance L"),
    "xlsx.award.p": ("Preis P (EUR)", "Price P (EUR)"),
    "xlsx.award.z": ("Z = L / P (Punkte je Mio. EUR)", "Z = L / P (points per million EUR)"),
    "xlsx.award.z_eligible": ("Z der zugelassenen", "Z of the eligible"),
    "xlsx.award.p_eligible": ("P der zugelassenen", "P of the eligible"),
    "xlsx.award.best": ("Bestes Z", "Best Z"),
    "xlsx.award.bound": ("Untergrenze der Schwankungsbreite", "Lower bound of the corridor"),
    "xlsx.award.lowest": ("Niedrigster Preis", "Lowest price"),
    "xlsx.award.in_corridor": ("In der Schwankungsbreite", "Within the corridor"),
    "xlsx.award.points": ("Preispunkte", "Price points"),
    "xlsx.award.value": ("Wertungspunkte", "Award points"),
    "xlsx.robust.one_at_a_time": ("Ein Gewicht nach dem anderen", "One weight at a time"),
    "xlsx.robust.profile": ("Gewicht im Profil (%)", "Profile weight (%)"),
    "xlsx.robust.lower": ("Wechsel unterhalb von (%)", "Changes below (%)"),
    "xlsx.robust.upper": ("Wechsel oberhalb von (%)", "Changes above (%)"),
    "xlsx.robust.to": ("dann empfohlen", "then recommended"),
    "xlsx.robust.none": ("kein Wechsel", "no change"),
    "xlsx.robust.monte_carlo": ("Monte-Carlo", "Monte-Carlo"),
    "xlsx.robust.draws": ("Ziehungen", "Draws"),
    "xlsx.robust.method": ("Verfahren", "Method"),
    "xlsx.robust.sets": ("Sätze", "Sets"),
    "xlsx.robust.concentration": ("Konzentration", "Concentration"),
    "xlsx.robust.seed": ("Startwert", "Seed"),
    "xlsx.robust.share": (
        "Anteil der Ziehungen, in denen empfohlen (%)",
        "Share of draws in which recommended (%)",
    ),
    "xlsx.robust.precision": ("± (Prozentpunkte, 95 %)", "± (percentage points, 95 %)"),
    "xlsx.robust.none_run": ("Keine Monte-Carlo-Ziehungen.", "No Monte-Carlo draws."),
}
