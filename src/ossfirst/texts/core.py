# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of the core report: summary, verdict, scores, costs, gaps, method."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # document
    "doc.title": ("Begründung der Softwareauswahl", "Justification of the software selection"),
    "doc.subtitle": (
        "Bewertung nach dem Grundsatz „Open Source zuerst“",
        'Assessment under the "Open Source first" rule',
    ),
    "meta.request": ("Antrag", "Request"),
    "meta.organisation": ("Organisation", "Organisation"),
    "meta.department": ("Organisationseinheit", "Department"),
    "meta.contact": ("Ansprechperson", "Contact"),
    "meta.date": ("Datum", "Date"),
    "meta.catalogue": ("Kriterienkatalog", "Criteria catalogue"),
    "meta.profile": ("Gewichtungsprofil", "Weight profile"),
    "meta.proposed": ("Vorgeschlagen", "Proposed"),
    "meta.none": ("keine Angabe", "not stated"),
    # sections
    "sec.summary": ("Zusammenfassung", "Summary"),
    "sec.why_no_oss": ("Warum keine Open-Source-Lösung", "Why no open-source solution"),
    "sec.need": ("Bedarf und Anforderungen", "Need and requirements"),
    "sec.alternatives": ("Alternativen im Überblick", "Alternatives at a glance"),
    "sec.knockouts": ("Anforderungen und Ausschlusskriterien", "Requirements and knock-outs"),
    "sec.dimensions": ("Bewertung nach Dimensionen", "Scores by dimension"),
    "sec.criteria": ("Bewertung im Einzelnen", "Criteria in detail"),
    "sec.costs": ("Kosten und Wirtschaftlichkeit", "Costs and economics"),
    "sec.gaps": ("Lücken und Hinweise", "Gaps and warnings"),
    "sec.method": ("Methode und Prüfpfad", "Method and audit trail"),
    # summary
    "sum.recommendation": ("Empfehlung", "Recommendation"),
    "sum.verdict": ("Ergebnis", "Verdict"),
    "sum.no_recommendation": (
        "keine: keine Alternative ist zulässig",
        "none: no alternative is eligible",
    ),
    "sum.points": ("{total} von 100 Punkten", "{total} of 100 points"),
    "sum.reasons": ("Begründung", "Reasons"),
    "sum.gaps.one": ("{count} Lücke, siehe Bericht", "{count} gap, see the report"),
    "sum.gaps.other": ("{count} Lücken, siehe Bericht", "{count} gaps, see the report"),
    "sum.justification": (
        "Schriftliche Begründung des Vorschlags",
        "Written justification of the proposal",
    ),
    "sum.justification_missing": (
        "Eine schriftliche Begründung ist erforderlich, fehlt aber.",
        "A written justification is required but missing.",
    ),
    "sum.policy_holds": (
        "Die Open-Source-zuerst-Regel ist eingehalten.",
        "The Open Source first rule is kept.",
    ),
    "sum.policy_violated": (
        "Die Open-Source-zuerst-Regel ist verletzt.",
        "The Open Source first rule is violated.",
    ),
    # verdict status
    "status.conforms": (
        "Der Vorschlag entspricht der Empfehlung.",
        "The proposal follows the recommendation.",
    ),
    "status.recommendation-only": (
        "Es liegt noch kein Vorschlag vor; die Empfehlung steht.",
        "No proposal has been made yet; the recommendation stands.",
    ),
    "status.justified-departure": (
        "Der Vorschlag weicht von der Empfehlung ab; die Abweichung ist schriftlich begründet.",
        "The proposal departs from the recommendation; the departure is justified in writing.",
    ),
    "status.unjustified-departure": (
        "Der Vorschlag weicht von der Empfehlung ab, ohne schriftliche Begründung.",
        "The proposal departs from the recommendation without a written justification.",
    ),
    "status.proposal-excluded": (
        "Die vorgeschlagene Alternative ist durch ein Ausschlusskriterium ausgeschlossen.",
        "The proposed alternative is excluded by a knock-out criterion.",
    ),
    "status.no-eligible-alternative": (
        "Keine Alternative ist zulässig; jede scheitert an {causes}.",
        "No alternative is eligible; each one fails on {causes}.",
    ),
    "status.no-oss-considered": (
        "Es wurde keine Open-Source- oder Nachnutzungsalternative geprüft; damit ist nicht "
        "belegt, dass keine die Aufgabe erfüllen kann. Prüfen Sie mindestens eine, oder halten "
        "Sie die Markterkundung fest, die keine ergab: die Suche in den Katalogen mit dem "
        "Verbleib jedes Treffers ('market_exploration:', ossfirst market search --record) "
        "oder in Worten ('market_search:').",
        "No open-source or reuse alternative was examined, so it is not shown that none can do "
        "the job. Examine at least one, or record the market exploration that found none: the "
        "catalogue search with the outcome of every hit ('market_exploration:', ossfirst "
        "market search --record) or in words ('market_search:').",
    ),
    "status.justification-unanswered": (
        "Die schriftliche Begründung geht auf keinen der Punkte ein, an denen die verglichenen "
        "Alternativen zurückliegen; die Abweichung ist damit nicht begründet.",
        "The written justification answers none of the points on which the compared "
        "alternatives fall short, so the departure is not justified.",
    ),
    "cause.must-requirement": ("Muss-Anforderungen", "must-requirements"),
    "cause.knock-out-criterion": ("K.-o.-Kriterien", "knock-out criteria"),
    "cause.floor": ("Mindestwerten", "floors"),
    "cause.budget": ("dem Budget", "the budget"),
    "cause.seal-minimum": ("Mindest-Sicherungsstufen", "minimum assurance levels"),
    "cause.strict-selection": ("der strengen Auswahl", "strict selection"),
    "cause.or": (" oder ", " or "),
    "status.justification-missing": (
        "Vorgeschlagen ist eine proprietäre Lösung; die erforderliche schriftliche Begründung fehlt.",
        "A proprietary solution is proposed; the required written justification is missing.",
    ),
    # reasons and warnings (Message codes)
    "msg.recommended": (
        "Empfohlen wird {alternative} ({category}, {total} Punkte).",
        "{alternative} is recommended ({category}, {total} points).",
    ),
    "msg.margin-exceeded": (
        "{alternative} liegt {lead} Punkte vor {over} und damit über der "
        "Schwelle von {margin} Punkten, ab der eine nachrangige Kategorie "
        "vorgezogen wird.",
        "{alternative} leads {over} by {lead} points, more than the margin "
        "of {margin} points by which a less preferred category must lead.",
    ),
    "msg.margin-not-exceeded": (
        "{alternative} liegt zwar {lead} Punkte vor {over}, aber nicht "
        "über der Schwelle von {margin} Punkten; der Vorrang gilt.",
        "{alternative} leads {over} by {lead} points, but not by more "
        "than the margin of {margin} points; the preference stands.",
    ),
    "msg.tie-decided-by-rule": (
        "{alternative} liegt mit {over} exakt gleichauf; bei Gleichstand entscheidet die "
        "Open-Source-zuerst-Regel für {over}.",
        "{alternative} ties exactly with {over}; on a tie the Open Source first rule decides "
        "for {over}.",
    ),
    "msg.no-eligible-alternative": (
        "Keine Alternative ist zulässig; jede scheitert an {causes}.",
        "No alternative is eligible; each one fails on {causes}.",
    ),
    "msg.relaxing-admits": (
        "Ohne die Muss-Anforderung {requirement} („{text}“) wäre {alternative} zulässig; "
        "sie scheitert an nichts anderem. Prüfen Sie, ob die Anforderung unverzichtbar ist "
        "oder als Soll-Anforderung genügt (must: false).",
        'Without the must-requirement {requirement} ("{text}"), {alternative} would be '
        "eligible; it fails on nothing else. Check whether the requirement is indispensable "
        "or whether it can be a should-requirement (must: false).",
    ),
    "msg.relaxing-admits-none": (
        "Keine einzelne Muss-Anforderung entscheidet: Jede Alternative scheitert an mehr als "
        "einer Anforderung oder an einem Ausschlusskriterium, eine Anforderung zu lockern "
        "macht keine zulässig.",
        "No single must-requirement decides: every alternative fails on more than one "
        "requirement or on a knock-out criterion, so relaxing one requirement makes none "
        "eligible.",
    ),
    "msg.ways-on": (
        "Die üblichen Wege weiter: eine Markterkundung nach weiteren Open-Source- und "
        "Nachnutzungslösungen (ossfirst market search; unter 'market_search:' festhalten) oder "
        "die Beauftragung einer Entwicklung, die die Lücke einer Open-Source-Alternative "
        "schließt und als Open Source veröffentlicht wird; danach erneut bewerten.",
        "The usual ways on: a market exploration for further open-source and reuse solutions "
        "(ossfirst market search; record it under 'market_search:'), or commissioning "
        "development that closes the gap of an open-source alternative and is published as "
        "open source; then evaluate again.",
    ),
    "msg.ways-on-no-oss": (
        "Die üblichen Wege weiter: eine Markterkundung nach Open-Source- und "
        "Nachnutzungslösungen (ossfirst market search; unter 'market_search:' festhalten); "
        "eine dort gefundene Alternative in den Antrag aufnehmen und, wo sie nicht genügt, "
        "die Lücke durch eine beauftragte Entwicklung schließen lassen; danach erneut bewerten.",
        "The usual ways on: a market exploration for open-source and reuse solutions "
        "(ossfirst market search; record it under 'market_search:'); add an alternative found "
        "there to the request and, where it falls short, commission development that closes "
        "the gap; then evaluate again.",
    ),
    "msg.alternative-excluded": (
        "Ausgeschlossen: {alternative} ({knockouts}).",
        "Excluded: {alternative} ({knockouts}).",
    ),
    "msg.proposal-conforms": (
        "Vorgeschlagen ist {proposed}, die empfohlene Alternative.",
        "The proposal is {proposed}, the recommended alternative.",
    ),
    "msg.proposal-departs": (
        "Vorgeschlagen ist {proposed}, empfohlen aber {recommended}.",
        "The proposal is {proposed}, but {recommended} is recommended.",
    ),
    "msg.proposal-excluded": (
        "Der Vorschlag {proposed} ist selbst ausgeschlossen ({knockouts}).",
        "The proposal {proposed} is itself excluded ({knockouts}).",
    ),
    "msg.no-proposal": (
        "Der Antrag nennt noch keine vorgeschlagene Alternative.",
        "The request names no proposed alternative yet.",
    ),
    "msg.justification-given": (
        "Eine schriftliche Begründung liegt vor.",
        "A written justification is given.",
    ),
    "msg.justification-missing": (
        "Eine schriftliche Begründung ist erforderlich, fehlt aber ('justification:').",
        "A written justification is required but missing ('justification:').",
    ),
    "msg.no-oss-considered": (
        "Es wurde keine Open-Source- oder Nachnutzungsalternative geprüft, und der Antrag hält "
        "keine abgeschlossene Markterkundung fest ('market_exploration:' mit dem Verbleib "
        "jedes Treffers, oder 'market_search:').",
        "No open-source or reuse alternative was examined, and the request records no finished "
        "market exploration ('market_exploration:' with the outcome of every hit, or "
        "'market_search:').",
    ),
    "msg.market-search": (
        "Unter den Alternativen ist keine Open-Source- oder Nachnutzungslösung; die "
        "Markterkundung hält fest, warum es keine gibt.",
        "None of the alternatives is open source or reuse; the market search records why "
        "there is none.",
    ),
    "msg.justification-unanswered-violation": (
        "Die Begründung nennt keinen der Punkte, an denen die verglichenen Alternativen "
        "zurückliegen; nach dem Katalog ist das ein Verstoß.",
        "The justification names none of the points on which the compared alternatives fall "
        "short; the catalogue counts that as a violation.",
    ),
    "msg.justification-unanswered-warning": (
        "Die Begründung nennt keinen der Punkte, an denen die verglichenen Alternativen "
        "zurückliegen; der Katalog wertet das als Warnung, nicht als Verstoß.",
        "The justification names none of the points on which the compared alternatives fall "
        "short; the catalogue counts that as a warning, not as a violation.",
    ),
    "msg.justification-cites-unsupported.one": (
        "Die Begründung nennt {refs}, was den Vorschlag nicht stützt (siehe die Prüfung der "
        "Begründung).",
        "The justification names {refs}, which does not support the proposal (see the review "
        "of the justification).",
    ),
    "msg.justification-cites-unsupported.other": (
        "Die Begründung nennt {refs}, was den Vorschlag nicht stützt (siehe die Prüfung der "
        "Begründung).",
        "The justification names {refs}, which do not support the proposal (see the review "
        "of the justification).",
    ),
    "msg.no-oss-alternative": (
        "Unter den Alternativen ist keine Open-Source-Lösung. Nach dem "
        "Grundsatz „Open Source zuerst“ ist mindestens eine zu prüfen.",
        "None of the alternatives is open source. Under the Open Source "
        "first rule at least one must be considered.",
    ),
    "msg.oss-excluded": (
        "Ausgeschlossen: {alternative} ({knockouts}).",
        "Excluded: {alternative} ({knockouts}).",
    ),
    "msg.reuse-not-open": (
        "{alternative}: als Nachnutzung gekennzeichnet, aber nicht quelloffen lizenziert; der Vorrang der Nachnutzung gilt nur für offene Software.",
        "{alternative}: marked as reuse but not under an open-source licence; the reuse preference applies to open software only.",
    ),
    "msg.single-alternative": (
        "Es wurde nur eine Alternative betrachtet; ein Vergleich findet nicht statt.",
        "Only one alternative was considered; there is no comparison.",
    ),
    "msg.tie": (
        "{first} und {second} erreichen gleich viele Punkte ({total}); die Reihenfolge "
        "folgt dem Vorrang der Kategorie, dann der Kennung.",
        "{first} and {second} reach the same total ({total}); the order follows the "
        "category preference, then the id.",
    ),
    "msg.unknown-standard": (
        "{alternative}: der Standard „{standard}“ ist nicht in der "
        "Standardliste und zählt als nicht offen.{suggestion}",
        '{alternative}: the standard "{standard}" is not in the '
        "standards list and counts as not open.{suggestion}",
    ),
    "msg.deprecated-licence-id": (
        "{alternative}: die Lizenzkennung {id} ist veraltet.",
        "{alternative}: the licence id {id} is deprecated.",
    ),
    "msg.knock-out-unverified": (
        "{alternative}: das K.-o.-Kriterium {criterion} ist nicht "
        "bewertet und daher nicht geprüft.",
        "{alternative}: the knock-out criterion {criterion} is not assessed and so not checked.",
    ),
    "msg.floor-unverified": (
        "{alternative}: die Mindestpunktzahl {floor} von {criterion} ist "
        "nicht geprüft, weil die Bewertung fehlt.",
        "{alternative}: the floor {floor} of {criterion} is not checked "
        "because the assessment is missing.",
    ),
    "msg.tco-all-free": (
        "Alle Barwerte betragen 0 EUR; das Kostenkriterium unterscheidet die Alternativen nicht.",
        "Every present value is 0 EUR; the cost criterion does not separate the alternatives.",
    ),
    "msg.tco-free": (
        "Barwert 0 EUR, der niedrigste",
        "present value 0 EUR, the lowest",
    ),
    "msg.tco-against-free": (
        "Barwert {present_value} gegenüber einem niedrigsten Barwert von 0 EUR: kein "
        "Verhältnis, die ungünstigste Stufe",
        "present value {present_value} against a lowest present value of 0 EUR: no ratio, "
        "the lowest level",
    ),
    "msg.exit-against-free": (
        "Ausstiegskosten {exit_value} (Barwert) gegenüber einem niedrigsten Barwert von 0 EUR: "
        "kein Verhältnis, die ungünstigste Stufe",
        "exit cost {exit_value} (present value) against a lowest present value of 0 EUR: no "
        "ratio, the lowest level",
    ),
    "licence.fsf_libre": ("FSF: frei", "FSF: free"),
    "licence.fsf_not": ("FSF: nicht frei", "FSF: not free"),
    "msg.suggestion": (" Meinten Sie „{name}“?", ' Did you mean "{name}"?'),
    # knock-outs
    "ko.must-requirement": (
        "Muss-Anforderung {ref} {coverage}",
        "must-requirement {ref} {coverage}",
    ),
    "ko.floor": (
        "{ref}: {score} Punkte, Mindestwert {floor}",
        "{ref}: score {score}, floor {floor}",
    ),
    "ko.floor-unassessed": (
        "{ref}: nicht bewertet (zählt als 0), Mindestwert {floor}",
        "{ref}: not assessed (counts as 0), floor {floor}",
    ),
    "ko.knock-out-criterion": ("{ref}: nicht erfüllt", "{ref}: not passed"),
    "ko.knock-out-criterion-unassessed": (
        "{ref}: nicht bewertet (gilt als nicht erfüllt)",
        "{ref}: not assessed (counts as not passed)",
    ),
    "ko.budget": (
        "Gesamtkosten {nominal_total} über dem Budget von {budget}",
        "total cost {nominal_total} above the budget of {budget}",
    ),
    "ko.none": ("keine", "none"),
    # gaps
    "gap.unassessed": ("nicht bewertet", "not assessed"),
    "gap.stale.one": (
        "Bewertung vom {assessed_on} ist älter als {months} Monat",
        "assessment of {assessed_on} is older than {months} month",
    ),
    "gap.stale.other": (
        "Bewertung vom {assessed_on} ist älter als {months} Monate",
        "assessment of {assessed_on} is older than {months} months",
    ),
    "gap.future-date": (
        "Bewertungsdatum {assessed_on} liegt nach dem Antragsdatum",
        "assessment date {assessed_on} is after the request date",
    ),
    "gap.undocumented": ("ohne {missing}", "without {missing}"),
    "gap.no-data": (
        "keine Angaben, aus denen sich der Wert berechnen ließe",
        "no data to compute the value from",
    ),
    "gap.none": (
        "Keine Lücken: jedes Kriterium ist bewertet, belegt und aktuell.",
        "No gaps: every criterion is assessed, documented and current.",
    ),
    "gap.rule.zero": (
        "Fehlende Bewertungen zählen mit 0 Punkten (Regel des Katalogs).",
        "Missing assessments count as 0 points (the catalogue's rule).",
    ),
    "gap.rule.renormalise": (
        "Fehlende Bewertungen bleiben außer Ansatz; die übrigen Gewichte "
        "werden anteilig erhöht (Regel des Katalogs).",
        "Missing assessments are left out; the remaining weights are "
        "scaled up in proportion (the catalogue's rule).",
    ),
    "gap.warnings": ("Hinweise", "Warnings"),
    # categories and values
    "category.reuse": ("Nachnutzung", "reuse"),
    "category.open-source": ("Open Source", "open source"),
    "category.proprietary": ("proprietär", "proprietary"),
    "coverage.met": ("erfüllt", "met"),
    "coverage.partial": ("teilweise erfüllt", "partly met"),
    "coverage.unmet": ("nicht erfüllt", "not met"),
    "deployment.on-premises": ("eigener Betrieb", "on premises"),
    "deployment.private-cloud": ("Private Cloud", "private cloud"),
    "deployment.public-cloud": ("Public Cloud", "public cloud"),
    "deployment.saas": ("Software as a Service", "software as a service"),
    "jurisdiction.domestic": ("inländisch", "domestic"),
    "jurisdiction.eu": ("EU/EWR", "EU/EEA"),
    "jurisdiction.eu-foreign-parent": ("EU/EWR, Mutter außerhalb", "EU/EEA, parent outside"),
    "jurisdiction.adequacy": (
        "Drittland mit Angemessenheitsbeschluss",
        "third country with adequacy decision",
    ),
    "jurisdiction.third-country": ("Drittland", "third country"),
    "source.assessed": ("bewertet", "assessed"),
    "source.computed": ("berechnet", "computed"),
    "source.missing": ("fehlt", "missing"),
    "yes": ("ja", "yes"),
    "no": ("nein", "no"),
    "passed": ("erfüllt", "passed"),
    "failed": ("nicht erfüllt", "not passed"),
    # table headings
    "col.rank": ("Rang", "Rank"),
    "col.alternative": ("Alternative", "Alternative"),
    "col.category": ("Kategorie", "Category"),
    "col.licence": ("Lizenz", "Licence"),
    "col.operation": ("Betrieb", "Operation"),
    "col.jurisdiction": ("Rechtsraum", "Jurisdiction"),
    "col.providers": ("Anbieter", "Providers"),
    "col.total": ("Punkte", "Points"),
    "col.status": ("Status", "Status"),
    "col.eligible": ("zulässig", "eligible"),
    "col.excluded": ("ausgeschlossen", "excluded"),
    "col.requirement": ("Anforderung", "Requirement"),
    "col.must": ("Muss", "Must"),
    "col.dimension": ("Dimension", "Dimension"),
    "col.weight": ("Gewicht", "Weight"),
    "col.criterion": ("Kriterium", "Criterion"),
    "col.score": ("Stufe", "Level"),
    "col.value": ("Wert", "Value"),
    "col.contribution": ("Beitrag", "Contribution"),
    "col.source": ("Herkunft", "Source"),
    "col.rationale": ("Begründung und Nachweis", "Rationale and evidence"),
    "col.knockouts": ("Ausschlussgründe", "Knock-outs"),
    "col.total_lead": ("Vorsprung von {name}", "Lead of {name}"),
    "col.year": ("Jahr", "Year"),
    "col.nominal": ("nominal", "nominal"),
    "col.discount_factor": ("Abzinsungsfaktor", "Discount factor"),
    "col.present_value": ("Barwert", "Present value"),
    "col.item": ("Position", "Item"),
    "col.gap": ("Lücke", "Gap"),
    "col.stale": ("veraltet", "stale"),
    # costs
    "cost.one_time": ("Einmalkosten", "One-time costs"),
    "cost.yearly": ("Laufende Kosten je Jahr", "Yearly costs"),
    "cost.exit": ("Ausstiegskosten (am Ende)", "Exit cost (at the end)"),
    "cost.nominal_total.one": (
        "Summe nominal über {years} Jahr",
        "Nominal total over {years} year",
    ),
    "cost.nominal_total.other": (
        "Summe nominal über {years} Jahre",
        "Nominal total over {years} years",
    ),
    "cost.present_value": ("Barwert der Gesamtkosten", "Present value of the TCO"),
    "cost.intro.one": (
        "Einmalkosten fallen zu Beginn an (Jahr 0), laufende Kosten und die "
        "Ausstiegskosten am Ende des Betrachtungszeitraums von {years} Jahr. Abgezinst mit "
        "{rate} ({origin}).",
        "One-time costs fall at the start (year 0), yearly costs and the exit cost at the "
        "end of the {years}-year horizon. Discounted at {rate} ({origin}).",
    ),
    "cost.intro.other": (
        "Einmalkosten fallen zu Beginn an (Jahr 0), laufende Kosten am Ende jedes "
        "Jahres, die Ausstiegskosten am Ende des Betrachtungszeitraums von {years} "
        "Jahren. Abgezinst mit {rate} ({origin}).",
        "One-time costs fall at the start (year 0), yearly costs at the end of each "
        "year, the exit cost at the end of the {years}-year horizon. Discounted at "
        "{rate} ({origin}).",
    ),
    "cost.rate_negative": (
        "Der Zinssatz ist negativ: Ein Euro in einem späteren Jahr zählt mehr als heute "
        "(Abzinsungsfaktor über 1), spätere Jahre wiegen also schwerer als frühere.",
        "The rate is negative: a euro in a later year counts for more than one today "
        "(discount factor above 1), so later years weigh more than earlier ones.",
    ),
    "cost.rate_zero": (
        "Bei einem Zinssatz von 0 % ist der Barwert gleich der nominalen Summe.",
        "At a rate of 0 % the present value equals the nominal total.",
    ),
    "cost.origin.request": ("Zinssatz aus dem Antrag", "rate from the request"),
    "cost.origin.catalogue": (
        "Zinssatz des Katalogs: {source}, Stand {date}",
        "catalogue rate: {source}, as of {date}",
    ),
    "cost.item.implementation": ("Einführung", "implementation"),
    "cost.item.migration_in": ("Migration (Einstieg)", "migration in"),
    "cost.item.migration": ("Migration", "migration"),
    "cost.item.training": ("Schulung", "training"),
    "cost.item.hardware": ("Hardware", "hardware"),
    "cost.item.consulting": ("Beratung", "consulting"),
    "cost.item.licences": ("Lizenzen", "licences"),
    "cost.item.subscription": ("Abonnement", "subscription"),
    "cost.item.support": ("Support und Pflege", "support and maintenance"),
    "cost.item.operations": ("Betrieb", "operations"),
    "cost.item.hosting": ("Hosting", "hosting"),
    "cost.item.staff": ("Personal", "staff"),
    "cost.flows": ("Zahlungsreihe {name}", "Cash flows of {name}"),
    # why no OSS
    "why.intro": (
        "Vorgeschlagen oder empfohlen ist die proprietäre Lösung {name}. Für jede Open-Source- und Nachnutzungs-Alternative ist festgehalten, ob sie ausgeschlossen ist und wie sie im Vergleich mit {name} abschneidet.",
        "The proprietary solution {name} is proposed or recommended. For each open-source and reuse alternative the table records whether it is excluded and how it compares with {name}.",
    ),
    "why.excluded": ("ausgeschlossen: {reasons}", "excluded: {reasons}"),
    "why.behind": (
        "{lead} Punkte hinter {name} (Schwelle {margin})",
        "{lead} points behind {name} (margin {margin})",
    ),
    "why.ahead": ("{lead} Punkte vor {name}", "{lead} points ahead of {name}"),
    "why.gaps": (
        "Wer je Dimension vorn liegt: die Alternative oder {name}",
        "Who leads in each dimension: the alternative or {name}",
    ),
    "why.none": (
        "Es wurde keine Open-Source- oder Nachnutzungsalternative geprüft.",
        "No open-source or reuse alternative was examined.",
    ),
    # review of the justification
    "rev.title": ("Prüfung der Begründung", "Review of the justification"),
    "rev.intro": (
        "Verglichen mit {compared}: welche Punkte die Begründung nennt (Heuristik: Kennung "
        "oder Titel kommt als eigenes Wort vor).",
        "Compared with {compared}: which points the justification names (heuristic: the id "
        "or title appears as a word of its own).",
    ),
    "rev.answered": (
        "Die Begründung nennt mindestens einen der Punkte, die für den Vorschlag sprechen.",
        "The justification names at least one of the points in favour of the proposal.",
    ),
    "rev.unanswered": (
        "Die Begründung nennt keinen der Punkte, die für den Vorschlag sprechen.",
        "The justification names none of the points in favour of the proposal.",
    ),
    "rev.col.point": ("Punkt", "Point"),
    "rev.col.standing": ("Stand", "Standing"),
    "rev.col.named": ("in der Begründung", "in the justification"),
    "rev.named": ("genannt", "named"),
    "rev.not_named": ("nicht genannt", "not named"),
    "rev.kind.requirement": ("Muss-Anforderung {ref}", "Must-requirement {ref}"),
    "rev.kind.criterion": ("Kriterium {ref}", "Criterion {ref}"),
    "rev.kind.dimension": ("Dimension {ref}", "Dimension {ref}"),
    "rev.kind.budget": ("Budget", "Budget"),
    "rev.kind.cost": ("Kosten (Barwert)", "Cost (present value)"),
    "rev.excludes": ("schließt aus: {alternative}", "excludes: {alternative}"),
    "rev.proposal_leads": (
        "der Vorschlag liegt hier {lead} Punkte vor {alternative}",
        "the proposal leads {alternative} here by {lead} points",
    ),
    "rev.other_leads": (
        "{alternative} liegt hier {lead} Punkte vorn",
        "{alternative} leads here by {lead} points",
    ),
    "rev.other_cheaper": (
        "{alternative} ist um {amount} günstiger",
        "{alternative} costs {amount} less",
    ),
    "rev.cited": ("Genannt, aber ohne Stütze", "Named, but without support"),
    "rev.reason.not-a-must": (
        "{ref}: keine Muss-Anforderung, schließt keine Alternative aus",
        "{ref}: not a must-requirement, excludes no alternative",
    ),
    "rev.reason.met-by-other": (
        "{ref}: von den verglichenen Alternativen ebenso erfüllt",
        "{ref}: met by the compared alternatives as well",
    ),
    "rev.reason.proposal-does-not-lead": (
        "{ref}: der Vorschlag liegt hier nicht vorn",
        "{ref}: the proposal does not lead here",
    ),
    # criteria
    "crit.floor": ("Mindestwert {floor}", "floor {floor}"),
    "crit.below_floor": ("unter Mindestwert", "below floor"),
    "crit.knock_out": ("K.-o.", "knock-out"),
    "crit.evidence": ("Nachweis", "Evidence"),
    "crit.assessed_on": ("bewertet am {date}", "assessed on {date}"),
    "crit.assessor": ("von {name}", "by {name}"),
    "crit.weight_note": (
        "Gewicht: Anteil am Gesamtergebnis. Beitrag: Gewicht × Stufe ÷ {max}.",
        "Weight: share of the total. Contribution: weight × level ÷ {max}.",
    ),
    # metrics (computed values)
    "metric.tco-ratio": ("{value} × günstigster Barwert", "{value} × lowest present value"),
    "metric.exit-cost-share": (
        "{value} des günstigsten Barwerts",
        "{value} of the lowest present value",
    ),
    "metric.open-standards-share": ("{value} offene Standards", "{value} open standards"),
    "metric.requirements-coverage": ("{value} der Anforderungen", "{value} of requirements"),
    "metric.providers": ("{value} unabhängige Anbieter", "{value} independent providers"),
    "metric.providers-one": ("ein unabhängiger Anbieter", "one independent provider"),
    "metric.licence-freedom": ("Lizenzstufe {value}", "licence level {value}"),
    # method annex
    "method.aggregation": (
        "Gewichtete Summe: Jedes Kriterium erhält eine Stufe von 0 bis {max}. Innerhalb einer "
        "Dimension werden die Kriteriengewichte auf 1 normiert; die Dimensionen gehen mit den "
        "Gewichten des Profils „{profile}“ ein. Das Ergebnis liegt zwischen 0 und 100 Punkten; "
        "der Beitrag jedes Kriteriums ist oben ausgewiesen.",
        "Weighted sum: every criterion gets a level from 0 to {max}. Within a dimension the "
        "criterion weights are normalised to 1; the dimensions enter with the weights of the "
        'profile "{profile}". The result lies between 0 and 100 points; every criterion\'s '
        "contribution is shown above.",
    ),
    "method.preference": (
        "Vorrang: Nachnutzung vorhandener Software der öffentlichen Hand vor Open Source vor "
        "proprietärer Software. Eine nachrangige Alternative wird nur empfohlen, wenn sie jede "
        "vorrangige zulässige Alternative um mehr als {margin} Punkte übertrifft.",
        "Preference: reuse of software the public sector already has before open source before "
        "proprietary software. A less preferred alternative is recommended only when it leads "
        "every more preferred eligible alternative by more than {margin} points.",
    ),
    "method.knockouts": (
        "Ausschluss: Eine Alternative ist unzulässig, wenn sie eine Muss-Anforderung nicht voll "
        "erfüllt, ein K.-o.-Kriterium nicht besteht, bei einem Kriterium unter dessen "
        "Mindestwert bleibt oder die nominalen Gesamtkosten das Budget übersteigen.",
        "Exclusion: an alternative is not eligible when it does not fully meet a "
        "must-requirement, fails a knock-out criterion, stays below a criterion's floor, or "
        "its nominal total cost exceeds the budget.",
    ),
    "method.licence": (
        "Open Source heißt: Der SPDX-Lizenzausdruck ist allein mit OSI-anerkannten Lizenzen "
        "erfüllbar (bei OR genügt ein Zweig, bei AND müssen alle erfüllt sein). Die "
        "FSF-Einstufung wird daneben angegeben. Datenstand: SPDX License List {spdx}.",
        "Open source means: the SPDX licence expression can be satisfied with OSI-approved "
        "licences alone (OR needs one branch, AND needs all). The FSF status is shown beside "
        "it. Data: SPDX License List {spdx}.",
    ),
    "method.tco.one": (
        "Barwert: PV = Σ C_t / (1 + r)^t mit Einmalkosten bei t = 0, laufenden Kosten am Ende "
        "von Jahr {years} und Ausstiegskosten bei t = {years}; r = {rate}. Das "
        "Kostenkriterium setzt den Barwert ins Verhältnis zum günstigsten Barwert unter den "
        "Alternativen, die alle Muss-Anforderungen erfüllen.",
        "Present value: PV = Σ C_t / (1 + r)^t with one-time costs at t = 0, yearly costs at "
        "the end of year {years} and the exit cost at t = {years}; r = {rate}. The cost "
        "criterion relates the present value to the lowest present value among the "
        "alternatives that meet every must-requirement.",
    ),
    "method.tco.other": (
        "Barwert: PV = Σ C_t / (1 + r)^t mit Einmalkosten bei t = 0, laufenden Kosten am Ende "
        "der Jahre 1 bis {years} und Ausstiegskosten bei t = {years}; r = {rate}. Das "
        "Kostenkriterium setzt den Barwert ins Verhältnis zum günstigsten Barwert unter den "
        "Alternativen, die alle Muss-Anforderungen erfüllen.",
        "Present value: PV = Σ C_t / (1 + r)^t with one-time costs at t = 0, yearly costs at "
        "the end of years 1 to {years} and the exit cost at t = {years}; r = {rate}. The cost "
        "criterion relates the present value to the lowest present value among the "
        "alternatives that meet every must-requirement.",
    ),
    "method.stale.one": (
        "Nachweise gelten {months} Monat; ältere Bewertungen sind als veraltet "
        "gekennzeichnet (Stichtag: Antragsdatum).",
        "Evidence is valid for {months} month; older assessments are marked "
        "stale (reference date: the request date).",
    ),
    "method.stale.other": (
        "Nachweise gelten {months} Monate; ältere Bewertungen sind als veraltet "
        "gekennzeichnet (Stichtag: Antragsdatum).",
        "Evidence is valid for {months} months; older assessments are marked "
        "stale (reference date: the request date).",
    ),
    "method.profile": ("Profil „{profile}“: {rationale}", 'Profile "{profile}": {rationale}'),
    "audit.title": ("Prüfpfad", "Audit trail"),
    "audit.request": ("Antragsdatei", "Request file"),
    "audit.request_sha": ("SHA-256 des Antrags", "SHA-256 of the request"),
    "audit.catalogue": ("Katalog", "Catalogue"),
    "audit.catalogue_sha": (
        "SHA-256 des aufgelösten Katalogs",
        "SHA-256 of the resolved catalogue",
    ),
    "audit.lineage": ("Katalogkette", "Catalogue lineage"),
    "audit.spdx": ("SPDX License List", "SPDX License List"),
    "audit.standards": ("Standardliste", "Standards list"),
    "audit.tool": ("Erstellt mit", "Produced with"),
    "audit.schema": ("Schema-Version der Daten", "Data schema version"),
    "audit.reproduce": ("Nachvollziehen: {command}", "To reproduce: {command}"),
}
