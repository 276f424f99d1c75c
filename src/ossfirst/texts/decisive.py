# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of the reports on what the decision hangs on: the must-requirements and knock-outs
that exclude open-source and reuse alternatives, gap closings, who leads in a dimension, and
the charts' marks for excluded alternatives."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "sec.decisive": (
        "Entscheidende Anforderungen und Lückenschließung",
        "Decisive requirements and gap closing",
    ),
    "dec.intro": (
        "Für jede ausgeschlossene Open-Source- und Nachnutzungs-Alternative: was sie ausschließt, "
        "ob sie ohne diese Anforderungen empfohlen würde (der Antrag ist dafür ohne sie neu "
        "bewertet, für alle Alternativen) und der Unterschied im Barwert der Gesamtkosten zu "
        "der Alternative, mit der sie verglichen wird: so viel stünde zur Verfügung, um die "
        "Lücke zu schließen.",
        "For each excluded open-source and reuse alternative: what excludes it, whether it would "
        "be recommended without these requirements (the request is evaluated again without "
        "them, for every alternative), and the difference in the present value of the total "
        "cost to the alternative it is compared with: what would be available to close the gap.",
    ),
    "tab.decisive": (
        "Ausgeschlossene Open-Source- und Nachnutzungs-Alternativen und was sie ausschließt",
        "Excluded open-source and reuse alternatives and what excludes them",
    ),
    "dec.col.excluded_by": ("Ausgeschlossen durch", "Excluded by"),
    "dec.col.without": ("Ohne diese Anforderungen", "Without these requirements"),
    "dec.col.available": ("Barwert im Vergleich", "Present value compared"),
    "dec.single": ("allein entscheidend", "decisive on its own"),
    "dec.together": ("nur zusammen entscheidend", "decisive only together"),
    "dec.recommended": ("würde sie empfohlen", "it would be recommended"),
    "dec.instead": ("würde {name} empfohlen", "{name} would be recommended"),
    "dec.none": ("würde keine Alternative empfohlen", "no alternative would be recommended"),
    "dec.cheaper": (
        "{amount} günstiger als {name}: so viel stünde zur Verfügung, um die Lücke zu schließen",
        "{amount} less than {name}: available to close the gap",
    ),
    "dec.dearer": (
        "{amount} teurer als {name}: für das Schließen der Lücke bleibt nichts",
        "{amount} more than {name}: nothing is left to close the gap",
    ),
    "dec.closed_by": ("Lückenschließung: {name}", "Gap closing: {name}"),
    "dec.no_closing": (
        "Übliche Wege weiter sind eine Markterkundung oder die Beauftragung einer Entwicklung, "
        "die die Lücke schließt. Beschreibt der Antrag sie unter 'gap_closing' der Alternative "
        "(Anforderungen, Kosten einmalig und jährlich, Dauer, Veröffentlichung), bewertet "
        "ossfirst diese Variante als eigene Alternative.",
        "The usual ways on are a market exploration or commissioning development that closes "
        "the gap. When the request describes it under the alternative's 'gap_closing' "
        "(requirements, costs once and yearly, duration, publication), ossfirst evaluates that "
        "variant as an alternative of its own.",
    ),
    # the decision hangs on one requirement (also in the robustness statement)
    "dec.hangs.must-requirement": (
        "Die Entscheidung hängt an {ref} (Muss-Anforderung): ohne sie {outcome}.",
        "The decision hangs on {ref} (must-requirement): without it, {outcome}.",
    ),
    "dec.hangs.knock-out": (
        "Die Entscheidung hängt an einem Ausschlussgrund ({reason}): ohne ihn {outcome}.",
        "The decision hangs on one knock-out ({reason}): without it, {outcome}.",
    ),
    # the check rule gap-closing-unexamined
    "check.rule.gap-closing-unexamined.title": (
        "Lückenschließung nicht geprüft",
        "Gap closing not examined",
    ),
    "check.rule.gap-closing-unexamined.help": (
        "Eine proprietäre Alternative wird gewählt, obwohl eine Open-Source- oder "
        "Nachnutzungs-Alternative empfohlen würde, wären nicht die Muss-Anforderungen oder "
        "Ausschlussgründe, die sie ausschließen. Der Grundsatz „Open Source zuerst“ fragt, ob "
        "sich diese Lücke schließen lässt (etwa durch beauftragte Entwicklung). Beschreiben Sie "
        "unter 'gap_closing:' der Alternative Anforderungen, Kosten, Dauer und Veröffentlichung "
        "(ossfirst bewertet die Variante dann als eigene Alternative), oder halten Sie als "
        "genehmigte Abweichung fest, warum das nicht in Frage kommt.",
        "A proprietary alternative is selected although an open-source or reuse alternative "
        "would be recommended but for the must-requirements or knock-outs that exclude it. The "
        "Open Source first rule asks whether that gap can be closed (for example by "
        "commissioning development). Describe it under the alternative's 'gap_closing:' "
        "(requirements, costs, duration, publication; ossfirst then evaluates the variant as an "
        "alternative of its own), or record an approved deviation saying why that is out of "
        "the question.",
    ),
    "check.msg.gap-closing-unexamined": (
        "{alternative} ist ausgeschlossen durch: {exclusion}. Ohne diese Gründe würde sie statt "
        "{chosen} empfohlen; ob sich die Lücke schließen lässt, prüft der Antrag nicht (kein "
        "'gap_closing:' bei dieser Alternative).",
        "{alternative} is excluded by: {exclusion}. Without these it would be recommended "
        "instead of {chosen}; the request does not examine whether the gap can be closed (no "
        "'gap_closing:' for this alternative).",
    ),
    # gap closing
    "dec.closings": (
        "Beauftragte Entwicklung, die Lücken schließt, als eigene Alternative bewertet (die "
        "Anforderungen gelten als erfüllt, die Kosten sind eingerechnet):",
        "Commissioned development that closes gaps, evaluated as an alternative of its own "
        "(the requirements count as met, the costs are included):",
    ),
    "tab.closings": (
        "Lückenschließung im Vergleich",
        "Gap closing compared",
    ),
    "dec.col.variant": ("Alternative mit geschlossener Lücke", "Alternative with the gap closed"),
    "dec.col.closes": ("Schließt", "Closes"),
    "dec.col.cost": ("Kosten", "Costs"),
    "dec.col.time": ("Dauer, Veröffentlichung", "Duration, publication"),
    "dec.col.outcome": ("Ergebnis", "Outcome"),
    "dec.cost": (
        "{one_time} einmalig, {yearly} jährlich",
        "{one_time} once, {yearly} a year",
    ),
    "dec.months.one": ("{count} Monat", "{count} month"),
    "dec.months.other": ("{count} Monate", "{count} months"),
    "dec.published.upstream": (
        "im Projekt selbst veröffentlicht (upstream)",
        "published in the project itself (upstream)",
    ),
    "dec.published.opencode": ("auf openCoDE veröffentlicht", "published on openCoDE"),
    "dec.published.none": ("nicht veröffentlicht", "not published"),
    "dec.outcome.recommended": ("empfohlen (Rang {rank})", "recommended (rank {rank})"),
    "dec.outcome.ranked": ("Rang {rank}", "rank {rank}"),
    "dec.outcome.excluded": ("ausgeschlossen: {reasons}", "excluded: {reasons}"),
    "dec.outcome.points_ahead": (
        "{points} Punkte vor {name}",
        "{points} points ahead of {name}",
    ),
    "dec.outcome.points_behind": (
        "{points} Punkte hinter {name}",
        "{points} points behind {name}",
    ),
    "dec.outcome.points_level": ("gleich viele Punkte wie {name}", "as many points as {name}"),
    "dec.outcome.cheaper": (
        "im Barwert {amount} günstiger",
        "{amount} less in present value",
    ),
    "dec.outcome.dearer": (
        "im Barwert {amount} teurer",
        "{amount} more in present value",
    ),
    # who leads in a dimension (the table of differences in "why no open source")
    "why.lead": ("{who} {points} Punkte vorn", "{who} ahead by {points} points"),
    "why.level": ("gleichauf", "level"),
    "why.who.open-source": ("Open Source", "Open source"),
    "why.who.reuse": ("Nachnutzung", "Reuse"),
    "why.who.proprietary": ("Proprietäre Lösung", "Proprietary solution"),
    # charts: an excluded alternative is hatched, its reason in the legend
    "fig.excluded": ("ausgeschlossen: {reasons}", "excluded: {reasons}"),
    "fig.alt.excluded": ("{name} (ausgeschlossen)", "{name} (excluded)"),
}
