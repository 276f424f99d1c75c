# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of the decision methods: sensitivity, UfAB award, sovereignty framework, several
assessors, strict selection."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # sections
    "sec.sensitivity": ("Belastbarkeit der Empfehlung", "Robustness of the recommendation"),
    "sec.award": ("Preis-Leistungs-Verhältnis (UfAB)", "Price-performance (UfAB)"),
    "sec.framework": ("Souveränitätsrahmen", "Sovereignty framework"),
    # summary: robustness statement
    "sum.robustness": ("Belastbarkeit", "Robustness"),
    "robust.robust": ("Die Empfehlung ist belastbar", "The recommendation is robust"),
    "robust.moderate": (
        "Die Empfehlung ist mäßig belastbar",
        "The recommendation is moderately robust",
    ),
    "robust.sensitive": (
        "Die Empfehlung hängt stark von der Gewichtung ab",
        "The recommendation depends strongly on the weighting",
    ),
    "robust.holds.one": (
        "sie gilt in {share} von {draws} um das Profil gestreuten Gewichtung",
        "it holds in {share} of {draws} weighting spread around the profile",
    ),
    "robust.holds.other": (
        "sie gilt in {share} von {draws} um das Profil gestreuten Gewichtungen",
        "it holds in {share} of {draws} weightings spread around the profile",
    ),
    "robust.precision": (
        "auf ± {points} Prozentpunkte genau",
        "to within ± {points} percentage points",
    ),
    "robust.precision_fine": (
        "auf weniger als ± 0,1 Prozentpunkte genau",
        "to within less than ± 0.1 percentage points",
    ),
    "robust.lower": (
        "sie wechselt zu {alternative}, wenn das Gewicht der Dimension „{dimension}“ unter {threshold} sinkt (Profil: {weight})",
        'it changes to {alternative} if the weight of "{dimension}" falls below {threshold} (profile: {weight})',
    ),
    "robust.upper": (
        "sie wechselt zu {alternative}, wenn das Gewicht der Dimension „{dimension}“ über {threshold} steigt (Profil: {weight})",
        'it changes to {alternative} if the weight of "{dimension}" rises above {threshold} (profile: {weight})',
    ),
    "robust.no_threshold": (
        "kein einzelnes Dimensionsgewicht zwischen 0 und 100 % ändert sie",
        "no single dimension weight between 0 and 100 % changes it",
    ),
    # sensitivity section
    "sens.intro": (
        "Ob die Empfehlung von der Gewichtung der Dimensionen abhängt, wird auf zwei Wegen "
        "geprüft. Einzeln: Jedes Dimensionsgewicht wird von 0 bis 100 % verändert, die übrigen "
        "behalten ihr Verhältnis zueinander. Quasizufällig: {draws} Gewichtungen werden um das "
        "Profil gestreut (Dirichlet-Verteilung mit Konzentration {concentration}; ein Gewicht "
        "von 20 % schwankt dabei um etwa {spread} Prozentpunkte), und für jede wird die "
        "Empfehlung nach denselben Regeln neu bestimmt.",
        "Whether the recommendation depends on the weights of the dimensions is tested in two "
        "ways. One at a time: each dimension weight is varied from 0 to 100 %, the others keep "
        "their proportions. Quasi-random: {draws} weightings are spread around the profile "
        "(Dirichlet distribution with concentration {concentration}; a weight of 20 % varies "
        "by about {spread} percentage points), and the recommendation is found for each by "
        "the same rules.",
    ),
    "sens.intro_no_mc": (
        "Ob die Empfehlung von der Gewichtung der Dimensionen abhängt, wird geprüft, indem "
        "jedes Dimensionsgewicht von 0 bis 100 % verändert wird; die übrigen behalten ihr "
        "Verhältnis zueinander. Eine zufällige Streuung der Gewichte wurde nicht berechnet.",
        "Whether the recommendation depends on the weights of the dimensions is tested by "
        "varying each dimension weight from 0 to 100 %; the others keep their proportions. "
        "No random weightings were drawn.",
    ),
    "sens.quasi": (
        "Die Gewichtungen folgen einer quasizufälligen Sobol-Folge, die den Raum gleichmäßiger "
        "abdeckt als Zufallszahlen, in {sets} zufällig verschobenen Sätzen; die Streuung "
        "zwischen den Sätzen zeigt, wie genau die Anteile sind (95-%-Konfidenzintervall).",
        "The weightings follow a quasi-random Sobol' sequence, which covers the space more "
        "evenly than random numbers, in {sets} randomly shifted sets; the spread between the "
        "sets shows how precise the shares are (95 % confidence interval).",
    ),
    "sens.quasi_single": (
        "Die Gewichtungen folgen einer quasizufälligen Sobol-Folge.",
        "The weightings follow a quasi-random Sobol' sequence.",
    ),
    "sens.one_at_a_time": ("Einzelne Gewichte", "One weight at a time"),
    "sens.monte_carlo": ("Gestreute Gewichtungen", "Weightings around the profile"),
    "sens.col.profile": ("Gewicht im Profil", "Weight in the profile"),
    "sens.col.below": ("Wechsel unterhalb von", "Changes below"),
    "sens.col.above": ("Wechsel oberhalb von", "Changes above"),
    "sens.col.to": ("zu", "to"),
    "sens.col.share": (
        "Anteil der Gewichtungen, in denen empfohlen",
        "Share of weightings in which recommended",
    ),
    "sens.col.precision": ("± Prozentpunkte (95 %)", "± percentage points (95 %)"),
    "sens.none": ("kein Wechsel", "no change"),
    "sens.grades": (
        "Einstufung: belastbar, wenn die Empfehlung in mindestens 95 % der gestreuten "
        "Gewichtungen gilt und kein Wechsel näher als 5 Prozentpunkte am Profilgewicht liegt; "
        "stark abhängig, wenn sie in weniger als 75 % gilt oder ein Wechsel näher als 2 "
        "Prozentpunkte liegt; sonst mäßig belastbar.",
        "Grades: robust when the recommendation holds in at least 95 % of the weightings "
        "around the profile and no change lies within 5 percentage points of a profile weight; "
        "depends strongly on the weighting when it holds in less than 75 % or a change lies "
        "within 2 points; moderately robust otherwise.",
    ),
    "method.sensitivity": (
        "Belastbarkeit: Die Gesamtpunkte sind linear in den Dimensionsgewichten; für jede "
        "Gewichtung werden sie aus den Dimensionspunkten neu berechnet und Vorrangregel und "
        "Vergabemethode erneut angewandt. Einzelgewichte auf einem Raster von 0,5 "
        "Prozentpunkten, verfeinert auf 0,01 Punkte; {draws} Gewichtungen aus "
        "Dirichlet(Konzentration {concentration} × Profil), quasizufällig nach Verfahren "
        "{method}, Version {version}: {sets} Sätze einer Sobol-Folge (Richtungszahlen nach Joe "
        "und Kuo) mit je einer zufälligen digitalen Verschiebung, Startwert {seed}; jeder "
        "Gamma-Wert ist der Mittelwert einer der gleich wahrscheinlichen Schichten seiner "
        "Verteilung. Die Gewichte der Kriterien innerhalb einer Dimension werden nicht "
        "verändert.",
        "Robustness: the totals are linear in the dimension weights; for each weighting they "
        "are recomputed from the dimension scores and the preference rule and award method "
        "applied again. Single weights on a grid of 0.5 percentage points, refined to 0.01 "
        "points; {draws} weightings from Dirichlet(concentration {concentration} × profile), "
        "quasi-random by method {method}, version {version}: {sets} sets of a Sobol' sequence "
        "(direction numbers of Joe and Kuo), each with its own random digital shift, seed "
        "{seed}; each Gamma value is the mean of one of the equally likely strata of its "
        "distribution. The weights of the criteria within a dimension are not varied.",
    ),
    "method.sensitivity_no_mc": (
        "Belastbarkeit: Die Gesamtpunkte sind linear in den Dimensionsgewichten; für jede "
        "Gewichtung werden sie aus den Dimensionspunkten neu berechnet und Vorrangregel und "
        "Vergabemethode erneut angewandt. Einzelgewichte auf einem Raster von 0,5 "
        "Prozentpunkten, verfeinert auf 0,01 Punkte; keine Zufallsgewichtungen. Die Gewichte "
        "der Kriterien innerhalb einer Dimension werden nicht verändert.",
        "Robustness: the totals are linear in the dimension weights; for each weighting they "
        "are recomputed from the dimension scores and the preference rule and award method "
        "applied again. Single weights on a grid of 0.5 percentage points, refined to 0.01 "
        "points; no random weightings. The weights of the criteria within a dimension are not "
        "varied.",
    ),
    # award (UfAB)
    "award.method.ufab-simple": (
        "Einfache Richtwertmethode nach UfAB: Kennzahl Z = L / P, die höchste Kennzahl gewinnt.",
        "Simple Richtwertmethode after the UfAB: ratio Z = L / P, the highest ratio wins.",
    ),
    "award.method.ufab-extended": (
        "Erweiterte Richtwertmethode nach UfAB: Kennzahl Z = L / P. Alle Alternativen, deren "
        "Kennzahl höchstens {corridor} unter der besten liegt (Schwankungsbreite), gelten als "
        "gleichwertig; unter ihnen entscheidet das im Antrag angekündigte Kriterium: {tie}. "
        "Alternativen außerhalb folgen nach Z.",
        "Extended Richtwertmethode after the UfAB: ratio Z = L / P. Every alternative whose "
        "ratio lies at most {corridor} below the best (the corridor) counts as equal; among "
        "them the criterion announced in the request decides: {tie}. Alternatives outside "
        "follow by Z.",
    ),
    "award.method.price-points": (
        "Preis in Punkten: {conversion}; Wertung = {performance_share} × L + {price_share} × "
        "Preispunkte.",
        "Price as points: {conversion}; award points = {performance_share} × L + "
        "{price_share} × price points.",
    ),
    "award.tie.highest-performance": (
        "die höchste Leistungspunktzahl L",
        "the highest performance L",
    ),
    "award.tie.lowest-price": ("der niedrigste Preis P", "the lowest price P"),
    "award.conversion.ratio": (
        "100 × niedrigster Preis ÷ Preis (100 × Pmin / P)",
        "100 × lowest price ÷ price (100 × Pmin / P)",
    ),
    "award.conversion.one-sided": (
        "einseitige Interpolation 100 × (2 − P / Pmin), mindestens 0 (zulässig, verzerrt aber "
        "zugunsten günstiger Angebote)",
        "one-sided interpolation 100 × (2 − P / Pmin), at least 0 (admissible, but it "
        "distorts in favour of low prices)",
    ),
    "award.basis.present-value": (
        "P ist der Barwert der Gesamtkosten (Abschnitt Kosten).",
        "P is the present value of the total cost of ownership (see Costs).",
    ),
    "award.basis.nominal": (
        "P ist die nominale Summe der Gesamtkosten über den Betrachtungszeitraum.",
        "P is the nominal total cost over the horizon.",
    ),
    "award.performance": (
        "L sind die Gesamtpunkte ohne die aus dem Preis abgeleiteten Kriterien ({criteria}); "
        "deren Gewicht geht anteilig auf die übrigen Kriterien ihrer Dimension über, damit der "
        "Preis nicht doppelt zählt. Z ist in Punkten je Million EUR angegeben.",
        "L is the total without the criteria derived from the price ({criteria}); their "
        "weight passes in proportion to the other criteria of their dimension, so that the "
        "price does not count twice. Z is given in points per million EUR.",
    ),
    "award.margin": (
        "Vorrangregel: Eine nachrangige Alternative wird nur empfohlen, wenn sie in der "
        "Rangfolge vor jeder vorrangigen zulässigen Alternative liegt und deren beste "
        "Kennzahl Z um mehr als {margin} übertrifft.",
        "Preference rule: a less preferred alternative is recommended only when it ranks "
        "ahead of every more preferred eligible alternative and its ratio Z exceeds their "
        "best by more than {margin}.",
    ),
    "award.margin_points": (
        "Vorrangregel: Eine nachrangige Alternative wird nur empfohlen, wenn ihre Wertung "
        "jede vorrangige zulässige Alternative um mehr als {margin} Punkte übertrifft.",
        "Preference rule: a less preferred alternative is recommended only when its award "
        "points exceed every more preferred eligible alternative by more than {margin} points.",
    ),
    "method.preference_ratio": (
        "Vorrang: Nachnutzung vorhandener Software der öffentlichen Hand vor Open Source vor "
        "proprietärer Software. Eine nachrangige Alternative wird nur empfohlen, wenn sie in "
        "der Rangfolge der Vergabemethode vor jeder vorrangigen zulässigen Alternative liegt "
        "und deren beste Kennzahl Z um mehr als {margin} übertrifft.",
        "Preference: reuse of software the public sector already has before open source "
        "before proprietary software. A less preferred alternative is recommended only when "
        "it ranks ahead of every more preferred eligible alternative under the award method "
        "and its ratio Z exceeds their best by more than {margin}.",
    ),
    "award.corridor": (
        "Beste Kennzahl: {best}; untere Grenze der Schwankungsbreite: {bound}.",
        "Best ratio: {best}; lower bound of the corridor: {bound}.",
    ),
    "award.col.performance": ("Leistung L", "Performance L"),
    "award.col.price": ("Preis P", "Price P"),
    "award.col.ratio": ("Kennzahl Z", "Ratio Z"),
    "award.col.corridor": ("in der Schwankungsbreite", "in the corridor"),
    "award.col.price_points": ("Preispunkte", "Price points"),
    "award.col.value": ("Wertung", "Award points"),
    "method.award": (
        "Vergabemethode: {method}",
        "Award method: {method}",
    ),
    "award.name.ufab-simple": (
        "einfache Richtwertmethode (UfAB)",
        "simple Richtwertmethode (UfAB)",
    ),
    "award.name.ufab-extended": (
        "erweiterte Richtwertmethode (UfAB)",
        "extended Richtwertmethode (UfAB)",
    ),
    "award.name.price-points": ("Preis in Punkten (UfAB)", "price as points (UfAB)"),
    "why.behind_ratio": (
        "Kennzahl Z von {name} um {lead} % höher (Schwelle {margin} %)",
        "ratio Z of {name} {lead} % higher (margin {margin} %)",
    ),
    "why.ahead_ratio": (
        "Kennzahl Z um {lead} % höher als die von {name}",
        "ratio Z {lead} % higher than that of {name}",
    ),
    # sovereignty framework
    "fw.intro": (
        "{title}, Version {version} ({published}). Jedes Ziel erhält eine Sicherungsstufe "
        "SEAL-0 bis SEAL-4 (die Stufe des zugehörigen Kriteriums). Gesamtstufe: die niedrigste "
        "Stufe aller Ziele. Punktzahl: Σ Stufe ÷ 4 × Gewicht. Ein Ziel unter seiner "
        "Mindeststufe schließt die Alternative aus. Quelle: {source}",
        "{title}, version {version} ({published}). Each objective gets an assurance level "
        "SEAL-0 to SEAL-4 (the level of its criterion). Overall level: the lowest level of all "
        "objectives. Score: Σ level ÷ 4 × weight. An objective below its minimum level "
        "excludes the alternative. Source: {source}",
    ),
    "fw.col.objective": ("Ziel", "Objective"),
    "fw.col.minimum": ("Mindeststufe", "Minimum"),
    "fw.overall": ("Gesamtstufe (schwächstes Ziel)", "Overall level (weakest objective)"),
    "fw.score": ("Souveränitätspunkte", "Sovereignty score"),
    "fw.below": ("unter Mindeststufe", "below minimum"),
    "fw.levels": ("Bedeutung der Stufen", "Meaning of the levels"),
    # several assessors
    "panel.summary.one": (
        "{aggregate} von {count} Bewertung: {entries}",
        "{aggregate} of {count} assessment: {entries}",
    ),
    "panel.summary.other": (
        "{aggregate} von {count} Bewertungen: {entries}",
        "{aggregate} of {count} assessments: {entries}",
    ),
    "panel.median": ("Median", "median"),
    "panel.mean": ("Mittelwert", "mean"),
    "panel.disagreement": (
        "Spannweite {spread}: zur Klärung vorgesehen",
        "spread {spread}: to be discussed",
    ),
    "gap.disagreement": (
        "Bewertungen gehen um {spread} Stufen auseinander ({levels}); ab {threshold} Stufen "
        "zur Klärung vorgesehen",
        "assessments differ by {spread} levels ({levels}); from {threshold} levels on they "
        "are to be discussed",
    ),
    "method.assessors": (
        "Mehrere Bewertende: Die Stufen werden mit dem {aggregate} zusammengefasst (Regel des "
        "Katalogs); gehen sie um {threshold} oder mehr Stufen auseinander, ist das Kriterium "
        "zur Klärung vorgesehen.",
        "Several assessors: the levels are combined by their {aggregate} (the catalogue's "
        "rule); when they differ by {threshold} or more levels, the criterion is flagged for "
        "discussion.",
    ),
    # strict selection
    "method.strict": (
        "Strenge Auswahl (nach QSOS): Ausgeschlossen ist, wer bei einem kritischen Kriterium "
        "nicht die höchste Stufe oder bei einem relevanten Kriterium die niedrigste Stufe "
        "erreicht. Kritisch: {critical}. Relevant: {relevant}.",
        "Strict selection (after QSOS): an alternative is excluded when a critical criterion "
        "is below the top level or a relevant criterion is at the bottom. Critical: "
        "{critical}. Relevant: {relevant}.",
    ),
    # knock-outs
    "ko.seal-minimum": (
        "{ref}: SEAL-{seal}, verlangt mindestens SEAL-{minimum}",
        "{ref}: SEAL-{seal}, at least SEAL-{minimum} required",
    ),
    "ko.seal-minimum-unassessed": (
        "{ref}: nicht bewertet (zählt als SEAL-0), verlangt mindestens SEAL-{minimum}",
        "{ref}: not assessed (counts as SEAL-0), at least SEAL-{minimum} required",
    ),
    "ko.strict-selection": (
        "strenge Auswahl: {ref} ist {mark} und hat Stufe {score}",
        "strict selection: {ref} is {mark} and has level {score}",
    ),
    "ko.strict-selection-unassessed": (
        "strenge Auswahl: {ref} ist {mark} und nicht bewertet (zählt als 0)",
        "strict selection: {ref} is {mark} and not assessed (counts as 0)",
    ),
    "mark.critical": ("kritisch", "critical"),
    "mark.relevant": ("relevant", "relevant"),
    # messages
    "msg.ratio-margin-exceeded": (
        "{alternative} liegt in der Rangfolge vor {over}, und seine Kennzahl Z ist um {lead} % "
        "höher, mehr als die Schwelle von {margin} %, ab der eine nachrangige Kategorie "
        "vorgezogen wird.",
        "{alternative} ranks ahead of {over} and its ratio Z is {lead} % higher, more than the "
        "margin of {margin} % by which a less preferred category must lead.",
    ),
    "msg.ratio-margin-not-exceeded": (
        "{alternative} hat zwar eine um {lead} % höhere Kennzahl Z als {over}, aber nicht "
        "mehr als die Schwelle von {margin} %; der Vorrang gilt.",
        "{alternative} has a ratio Z {lead} % higher than {over}, but not more than the "
        "margin of {margin} %; the preference stands.",
    ),
    "msg.ratio-not-ahead": (
        "{alternative} hat zwar eine um {lead} % höhere Kennzahl Z als {over}, liegt nach "
        "Schwankungsbreite und Entscheidungskriterium aber nicht vorn; der Vorrang gilt.",
        "{alternative} has a ratio Z {lead} % higher than {over}, but does not rank ahead "
        "under the corridor and the tie-breaker; the preference stands.",
    ),
    "msg.ratio-tie": (
        "{first} und {second} erreichen dieselbe Kennzahl Z ({ratio}); die Reihenfolge folgt "
        "dem Vorrang der Kategorie, dann der Kennung.",
        "{first} and {second} reach the same ratio Z ({ratio}); the order follows the "
        "category preference, then the id.",
    ),
    "msg.strict-selection-unverified": (
        "{alternative}: die strenge Auswahl für {criterion} ist nicht geprüft, weil die "
        "Bewertung fehlt.",
        "{alternative}: strict selection on {criterion} is not checked because the "
        "assessment is missing.",
    ),
}
