# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of ``ossfirst portfolio``: the dashboard and the annual report, the columns of the
open data, and the command's messages."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # people's names, withheld
    "portfolio.person": ("Person {n}", "Person {n}"),
    "portfolio.withheld": ("(Name nicht veröffentlicht)", "(name not published)"),
    # why no open-source solution, in one line
    "portfolio.why.market": (
        "keine Open-Source- oder Nachnutzungsalternative geprüft; Markterkundung: {search}",
        "no open-source or reuse alternative examined; market search: {search}",
    ),
    "portfolio.why.none": (
        "keine Open-Source- oder Nachnutzungsalternative geprüft und keine Markterkundung festgehalten",
        "no open-source or reuse alternative examined and no market search recorded",
    ),
    "portfolio.why.justification": (
        "Begründung der Abweichung: {text}",
        "justification of the departure: {text}",
    ),
    "portfolio.why.unjustified": (
        "Abweichung von der Empfehlung ohne Begründung",
        "departure from the recommendation without justification",
    ),
    # the document
    "portfolio.title": ("Transparenzportfolio Open Source", "Open source transparency portfolio"),
    "portfolio.doc.title": ("Softwarebeschaffung {period}", "Software procurement {period}"),
    "portfolio.doc.subtitle": (
        "Entscheidungen nach dem Grundsatz „Open Source zuerst“: Anteile, Ausgaben, Abweichungen und Abhängigkeiten",
        "Decisions under the Open Source first rule: shares, spending, deviations and dependencies",
    ),
    "portfolio.dataset.title": (
        "Transparenzportfolio Open Source: {publisher}, {period}",
        "Open source transparency portfolio: {publisher}, {period}",
    ),
    "portfolio.dataset.description": (
        "Beschaffungsanträge für Software von {publisher}, bewertet mit ossfirst nach dem Grundsatz „Open Source zuerst“: eine Zeile je Antrag (Status, Entscheidung, vorgeschlagene und empfohlene Alternative, Kategorie, Barwert und Nominalsumme der Auswahl, Ausstiegskosten, Lizenz, Abweichungen) und eine Zeile je Alternative (Punkte je Dimension, Gesamtpunkte, Kategorie, Lizenz, Zulässigkeit).",
        "Software procurement requests of {publisher}, evaluated with ossfirst under the Open Source first rule: a row per request (status, decision, proposed and recommended alternative, category, present value and nominal total of the selection, exit cost, licence, deviations) and a row per alternative (points per dimension, total, category, licence, eligibility).",
    ),
    "portfolio.keywords": (
        "Open Source|Softwarebeschaffung|Digitale Souveränität|Transparenz|Vergabe",
        "open source|software procurement|digital sovereignty|transparency|public procurement",
    ),
    "portfolio.meta.publisher": ("Herausgeber", "Publisher"),
    "portfolio.meta.period": ("Zeitraum", "Period"),
    "portfolio.meta.date": ("Stand", "As of"),
    "portfolio.meta.requests": ("Ausgewertete Anträge", "Requests evaluated"),
    "portfolio.meta.licence": ("Lizenz der Daten", "Licence of the data"),
    "portfolio.sec.summary": ("Kennzahlen", "Key figures"),
    "portfolio.sec.years": ("Entscheidungen nach Jahr", "Decisions by year"),
    "portfolio.sec.categories": (
        "Open Source, Nachnutzung und proprietäre Software",
        "Open source, reuse and proprietary software",
    ),
    "portfolio.sec.spending": ("Ausgaben nach Kategorie und Jahr", "Spending by category and year"),
    "portfolio.sec.proprietary": (
        "Proprietäre Beschaffungen und warum keine Open-Source-Lösung",
        "Proprietary purchases and why no open-source solution",
    ),
    "portfolio.sec.deviations": ("Abweichungen", "Deviations"),
    "portfolio.sec.lock-in": ("Herstellerabhängigkeit", "Vendor lock-in"),
    "portfolio.sec.standards": ("Offene Standards", "Open standards"),
    "portfolio.sec.evidence": (
        "Aktualität der Nachweise und Belastbarkeit",
        "Fresh evidence and robustness",
    ),
    "portfolio.sec.requests": ("Alle Anträge", "All requests"),
    "portfolio.sec.not-evaluable": ("Nicht auswertbar", "Not evaluable"),
    "portfolio.sec.data": ("Offene Daten und Methode", "Open data and method"),
    "portfolio.none": ("Keine Anträge.", "No requests."),
    "portfolio.none-counted": (
        "Noch kein genehmigter oder vergebener Antrag.",
        "No approved or awarded request yet.",
    ),
    "portfolio.more.one": (
        "Hier steht nur der Anfang der Liste; 1 weitere Zeile steht in den offenen Daten (decisions.csv).",
        "Only the start of the list is shown here; 1 more row is in the open data (decisions.csv).",
    ),
    "portfolio.more.other": (
        "Hier steht nur der Anfang der Liste; {count} weitere Zeilen stehen in den offenen Daten (decisions.csv).",
        "Only the start of the list is shown here; {count} more rows are in the open data (decisions.csv).",
    ),
    "portfolio.count.one": ("1 Auswahl", "1 selection"),
    "portfolio.count.other": ("{count} Auswahlen", "{count} selections"),
    "portfolio.problems.one": ("1 Problem", "1 problem"),
    "portfolio.problems.other": ("{count} Probleme", "{count} problems"),
    "portfolio.million": ("{value} Mio. EUR", "EUR {value} m"),
    "portfolio.thousand": ("{value} Tsd. EUR", "EUR {value} k"),
    "portfolio.whole": ("ganzer Antrag", "whole request"),
    # request status, short verdicts, grades, check
    "portfolio.status.draft": ("Entwurf", "draft"),
    "portfolio.status.submitted": ("eingereicht", "submitted"),
    "portfolio.status.approved": ("genehmigt", "approved"),
    "portfolio.status.rejected": ("abgelehnt", "rejected"),
    "portfolio.status.awarded": ("vergeben", "awarded"),
    "portfolio.verdict.conforms": ("folgt der Empfehlung", "follows the recommendation"),
    "portfolio.verdict.recommendation-only": ("noch kein Vorschlag", "no proposal yet"),
    "portfolio.verdict.justified-departure": ("begründete Abweichung", "justified departure"),
    "portfolio.verdict.unjustified-departure": (
        "Abweichung ohne Begründung",
        "departure without justification",
    ),
    "portfolio.verdict.proposal-excluded": ("Vorschlag ausgeschlossen", "proposal excluded"),
    "portfolio.verdict.no-eligible-alternative": (
        "keine zulässige Alternative",
        "no eligible alternative",
    ),
    "portfolio.verdict.no-oss-considered": (
        "keine Open-Source-Alternative geprüft",
        "no open-source alternative considered",
    ),
    "portfolio.verdict.justification-missing": ("Begründung fehlt", "justification missing"),
    "portfolio.verdict.justification-unanswered": (
        "Begründung geht auf nichts ein",
        "justification answers nothing",
    ),
    "portfolio.grade.robust": ("belastbar", "robust"),
    "portfolio.grade.moderate": ("mäßig belastbar", "moderately robust"),
    "portfolio.grade.sensitive": (
        "stark abhängig von der Gewichtung",
        "sensitive to the weighting",
    ),
    "portfolio.grade.none": ("nicht geprüft", "not analysed"),
    "portfolio.check.pass": ("Prüfung bestanden", "check passes"),
    "portfolio.check.fail": ("Befunde der Prüfung", "check finds problems"),
    # key figures
    "portfolio.key.caption": ("Kennzahlen", "Key figures"),
    "portfolio.key.requests": ("Anträge", "Requests"),
    "portfolio.key.requests.note": ("ausgewertet, jeder Status", "evaluated, any status"),
    "portfolio.key.counted": ("Entschieden", "Decided"),
    "portfolio.key.counted.note": ("genehmigt oder vergeben", "approved or awarded"),
    "portfolio.key.open-count": ("Open Source und Nachnutzung", "Open source and reuse"),
    "portfolio.key.open-count.note": (
        "{count} von {total} Auswahlen",
        "{count} of {total} selections",
    ),
    "portfolio.key.open-value": ("Anteil am Barwert", "Share of the present value"),
    "portfolio.key.open-value.note": (
        "Open Source und Nachnutzung: {value}",
        "open source and reuse: {value}",
    ),
    "portfolio.key.spend": ("Barwert der Auswahlen", "Present value of the selections"),
    "portfolio.key.spend.note": ("nominal {nominal}", "nominal {nominal}"),
    "portfolio.key.proprietary": ("Proprietäre Auswahlen", "Proprietary selections"),
    "portfolio.key.proprietary.note": ("Barwert {value}", "present value {value}"),
    "portfolio.key.deviations": ("Abweichungen in Kraft", "Deviations in force"),
    "portfolio.key.deviations.note": ("{count} abgelaufen", "{count} expired"),
    "portfolio.key.policy": ("Regel eingehalten", "Rule kept"),
    "portfolio.key.policy.note.one": ("{count} Antrag verletzt sie", "{count} request breaks it"),
    "portfolio.key.policy.note.other": (
        "{count} Anträge verletzen sie",
        "{count} requests break it",
    ),
    "portfolio.key.counting": (
        "In die Anteile und Ausgaben gehen nur genehmigte und vergebene Anträge ein, jeweils mit der Auswahl: der vorgeschlagenen Alternative, sonst der empfohlenen. Beträge sind Barwerte der Gesamtkosten über den Betrachtungszeitraum des Antrags (Euro, Preisstand der Anträge). Entwürfe, eingereichte und abgelehnte Anträge stehen gesondert bei den Anträgen. Das Jahr eines Antrags ist das seiner Entscheidung, sonst das des Antrags.",
        "Only approved and awarded requests count in the shares and spending, each with its selection: the proposed alternative, else the recommended one. Amounts are present values of the total cost over the request's horizon (euros, at the prices of the requests). Drafts, submitted and rejected requests are listed apart under the requests. A request's year is that of its decision, else that of the request.",
    ),
    "portfolio.key.not-evaluable.one": (
        "1 Datei ließ sich nicht auswerten; sie steht unter „Nicht auswertbar“ mit ihrem ersten Fehler.",
        "1 file could not be evaluated; it is listed under “Not evaluable” with its first error.",
    ),
    "portfolio.key.not-evaluable.other": (
        "{count} Dateien ließen sich nicht auswerten; sie stehen unter „Nicht auswertbar“ mit ihrem ersten Fehler.",
        "{count} files could not be evaluated; they are listed under “Not evaluable” with their first error.",
    ),
    # tables and charts
    "portfolio.col.figure": ("Kennzahl", "Figure"),
    "portfolio.col.value": ("Wert", "Value"),
    "portfolio.col.note": ("Erläuterung", "Note"),
    "portfolio.col.year": ("Jahr", "Year"),
    "portfolio.col.total": ("Summe", "Total"),
    "portfolio.col.all": ("Alle", "All"),
    "portfolio.col.category": ("Kategorie", "Category"),
    "portfolio.col.count": ("Anzahl", "Number"),
    "portfolio.col.share-count": ("Anteil (Anzahl)", "Share (number)"),
    "portfolio.col.present-value": ("Barwert", "Present value"),
    "portfolio.col.share-value": ("Anteil (Barwert)", "Share (present value)"),
    "portfolio.col.nominal": ("Nominal", "Nominal"),
    "portfolio.col.request": ("Antrag", "Request"),
    "portfolio.col.selection": ("Auswahl", "Selection"),
    "portfolio.col.supplier": ("Anbieter", "Supplier"),
    "portfolio.col.why": ("Warum keine Open-Source-Lösung", "Why no open-source solution"),
    "portfolio.col.rule": ("Regel", "Rule"),
    "portfolio.col.scope": ("Gilt für", "Applies to"),
    "portfolio.col.decision": ("Entscheidung", "Decision"),
    "portfolio.col.expires": ("Gilt bis", "Expires"),
    "portfolio.col.exit": ("Ausstiegskosten", "Exit cost"),
    "portfolio.col.grade": ("Belastbarkeit der Empfehlung", "Robustness of the recommendation"),
    "portfolio.col.status": ("Status", "Status"),
    "portfolio.col.stale": ("Veraltete Bewertungen", "Stale assessments"),
    "portfolio.col.verdict": ("Ergebnis", "Verdict"),
    "portfolio.col.file": ("Datei", "File"),
    "portfolio.col.error": ("Erster Fehler", "First error"),
    "portfolio.tab.years": ("Anträge nach Jahr und Status", "Requests by year and status"),
    "portfolio.tab.categories": (
        "Genehmigte und vergebene Auswahlen nach Kategorie",
        "Approved and awarded selections by category",
    ),
    "portfolio.tab.spending": (
        "Barwert der genehmigten und vergebenen Auswahlen nach Jahr und Kategorie",
        "Present value of approved and awarded selections by year and category",
    ),
    "portfolio.tab.proprietary": ("Proprietäre Auswahlen", "Proprietary selections"),
    "portfolio.tab.deviations-in-force": (
        "Abweichungen in Kraft, nach Ablaufdatum",
        "Deviations in force, by expiry",
    ),
    "portfolio.tab.deviations-expired": ("Abgelaufene Abweichungen", "Expired deviations"),
    "portfolio.tab.sole": (
        "Auswahlen mit nur einem Anbieter, der liefern und betreuen kann",
        "Selections that only one provider can deliver and support",
    ),
    "portfolio.tab.suppliers": ("Anbieterkonzentration", "Supplier concentration"),
    "portfolio.tab.robustness": (
        "Belastbarkeit der Empfehlungen",
        "Robustness of the recommendations",
    ),
    "portfolio.tab.stale": (
        "Anträge mit veralteten Bewertungen",
        "Requests with stale assessments",
    ),
    "portfolio.tab.counted": ("Genehmigte und vergebene Anträge", "Approved and awarded requests"),
    "portfolio.tab.others": (
        "Entwürfe, eingereichte und abgelehnte Anträge",
        "Drafts, submitted and rejected requests",
    ),
    "portfolio.tab.not-evaluable": (
        "Nicht auswertbare Dateien",
        "Files that could not be evaluated",
    ),
    "portfolio.chart.by-count": ("{category}, nach Anzahl", "{category}, by number"),
    "portfolio.chart.by-value": ("{category}, nach Barwert", "{category}, by present value"),
    "portfolio.fig.categories": (
        "Anteile der Kategorien an den genehmigten und vergebenen Auswahlen",
        "Shares of the categories in the approved and awarded selections",
    ),
    "portfolio.fig.spending": (
        "Barwert der genehmigten und vergebenen Auswahlen nach Jahr und Kategorie",
        "Present value of approved and awarded selections by year and category",
    ),
    "portfolio.categories.intro.one": (
        "1 genehmigter oder vergebener Antrag, nach der Kategorie seiner Auswahl: Nachnutzung von Software, die eine öffentliche Stelle schon besitzt oder betreibt, Open Source oder proprietäre Software.",
        "1 approved or awarded request, by the category of its selection: reuse of software a public body already owns or runs, open source, or proprietary software.",
    ),
    "portfolio.categories.intro.other": (
        "{count} genehmigte und vergebene Anträge, nach der Kategorie ihrer Auswahl: Nachnutzung von Software, die eine öffentliche Stelle schon besitzt oder betreibt, Open Source oder proprietäre Software.",
        "{count} approved and awarded requests, by the category of their selection: reuse of software a public body already owns or runs, open source, or proprietary software.",
    ),
    "portfolio.spending.intro": (
        "Barwerte der Gesamtkosten der Auswahlen über den Betrachtungszeitraum ihres Antrags, im Jahr der Entscheidung.",
        "Present values of the selections' total cost over their request's horizon, in the year of the decision.",
    ),
    "portfolio.proprietary.none": (
        "Keine genehmigte oder vergebene Auswahl ist proprietär.",
        "No approved or awarded selection is proprietary.",
    ),
    "portfolio.proprietary.intro.one": (
        "1 genehmigter oder vergebener Antrag wählt proprietäre Software. Warum keine Open-Source-Lösung die Aufgabe erfüllt, steht je Antrag in einer Zeile: wie weit jede geprüfte Open-Source- oder Nachnutzungsalternative zurückliegt oder woran sie scheitert; der Bericht des Antrags führt es aus.",
        "1 approved or awarded request selects proprietary software. Why no open-source solution does the job is said per request in one line: how far each open-source or reuse alternative examined falls behind, or what excludes it; the request's report explains it in full.",
    ),
    "portfolio.proprietary.intro.other": (
        "{count} genehmigte und vergebene Anträge wählen proprietäre Software. Warum keine Open-Source-Lösung die Aufgabe erfüllt, steht je Antrag in einer Zeile: wie weit jede geprüfte Open-Source- oder Nachnutzungsalternative zurückliegt oder woran sie scheitert; der Bericht des Antrags führt es aus.",
        "{count} approved and awarded requests select proprietary software. Why no open-source solution does the job is said per request in one line: how far each open-source or reuse alternative examined falls behind, or what excludes it; the request's report explains it in full.",
    ),
    "portfolio.deviations.none": (
        "Kein Antrag hält eine Abweichung von einer Prüfregel fest.",
        "No request records a deviation from a check rule.",
    ),
    "portfolio.deviations.intro": (
        "Genehmigte Abweichungen von Prüfregeln, wie die Anträge sie festhalten, am {date}: {valid} in Kraft, {expired} abgelaufen. Eine Abweichung gilt bis einschließlich ihres Ablaufdatums.",
        "Approved deviations from check rules as the requests record them, on {date}: {valid} in force, {expired} expired. A deviation holds through its expiry date.",
    ),
    "portfolio.lock.exit-proprietary": (
        "Ausstiegskosten proprietärer Auswahlen:",
        "Exit costs of proprietary selections:",
    ),
    "portfolio.lock.exit-proprietary.text.one": (
        "{value} für {count} Auswahl (Kosten der Migration weg von der Lösung am Ende des Betrachtungszeitraums, nominal).",
        "{value} for {count} selection (cost of migrating away at the end of the horizon, nominal).",
    ),
    "portfolio.lock.exit-proprietary.text.other": (
        "{value} für {count} Auswahlen (Kosten der Migration weg von der Lösung am Ende des Betrachtungszeitraums, nominal).",
        "{value} for {count} selections (cost of migrating away at the end of the horizon, nominal).",
    ),
    "portfolio.lock.exit-total": (
        "Ausstiegskosten aller Auswahlen:",
        "Exit costs of all selections:",
    ),
    "portfolio.lock.exit-total.text.one": (
        "{value} für {count} Auswahl.",
        "{value} for {count} selection.",
    ),
    "portfolio.lock.exit-total.text.other": (
        "{value} für {count} Auswahlen.",
        "{value} for {count} selections.",
    ),
    "portfolio.lock.sole": ("Nur ein Anbieter:", "Sole provider:"),
    "portfolio.lock.sole.text.one": (
        "{count} Auswahl kann nur ein Anbieter liefern und betreuen, davon {proprietary} proprietär.",
        "{count} selection can be delivered and supported by one provider only, {proprietary} of them proprietary.",
    ),
    "portfolio.lock.sole.text.other": (
        "{count} Auswahlen kann nur ein Anbieter liefern und betreuen, davon {proprietary} proprietär.",
        "{count} selections can be delivered and supported by one provider only, {proprietary} of them proprietary.",
    ),
    "portfolio.lock.suppliers.intro": (
        "Anbieter der genehmigten und vergebenen Auswahlen, soweit die Anträge sie nennen ({count} Auswahlen ohne Angabe), nach Barwert:",
        "Suppliers of the approved and awarded selections where the requests name them ({count} selections name none), by present value:",
    ),
    "portfolio.lock.suppliers.none": (
        "Kein Antrag nennt den Anbieter seiner Auswahl ('supplier:').",
        "No request names the supplier of its selection ('supplier:').",
    ),
    "portfolio.std.declared": ("Angegebene Standards:", "Standards declared:"),
    "portfolio.std.declared.text": (
        "{declared} Formate, Protokolle und Schnittstellen geben die genehmigten und vergebenen Auswahlen an, davon {open} offen ({share}); {unknown} kennt die mitgelieferte Liste nicht.",
        "The approved and awarded selections declare {declared} formats, protocols and interfaces, {open} of them open ({share}); {unknown} are unknown to the shipped list.",
    ),
    "portfolio.std.all-open": ("Nur offene Standards:", "Open standards only:"),
    "portfolio.std.all-open.text": (
        "{count} von {total} Auswahlen geben nur offene Standards an.",
        "{count} of {total} selections declare open standards only.",
    ),
    "portfolio.std.none": ("Ohne Angabe:", "None declared:"),
    "portfolio.std.none.text.one": (
        "{count} Auswahl gibt keinen Standard an.",
        "{count} selection declares no standard.",
    ),
    "portfolio.std.none.text.other": (
        "{count} Auswahlen geben keinen Standard an.",
        "{count} selections declare no standard.",
    ),
    "portfolio.evidence.stale": (
        "{requests} von {total} Anträgen stützen sich auf mindestens eine Bewertung, die bei Antragstellung älter war als die Frist des Katalogs; {assessments} solche Bewertungen insgesamt. Die Belastbarkeit sagt, ob die Empfehlung auch bei etwas anderen Gewichten gilt.",
        "{requests} of {total} requests rely on at least one assessment that was older than the catalogue's expiry when the request was made; {assessments} such assessments in all. Robustness says whether the recommendation holds under somewhat different weights.",
    ),
    "portfolio.requests.no-reports": (
        "Die Berichte der Anträge wurden nicht geschrieben (--no-reports).",
        "The requests' reports were not written (--no-reports).",
    ),
    "portfolio.requests.others": (
        "Gesondert: Anträge, die nicht in die Ausgaben eingehen.",
        "Listed apart: requests that do not count as spending.",
    ),
    "portfolio.not-evaluable.intro.one": (
        "1 Datei ließ sich nicht auswerten; sie fehlt in allen Zahlen. Der erste Fehler steht dabei; 'ossfirst validate' nennt alle.",
        "1 file could not be evaluated; it is missing from every figure. Its first error is shown; 'ossfirst validate' names all of them.",
    ),
    "portfolio.not-evaluable.intro.other": (
        "{count} Dateien ließen sich nicht auswerten; sie fehlen in allen Zahlen. Der erste Fehler steht jeweils dabei; 'ossfirst validate' nennt alle.",
        "{count} files could not be evaluated; they are missing from every figure. The first error of each is shown; 'ossfirst validate' names all of them.",
    ),
    "portfolio.data.intro": (
        "Herausgeber: {publisher}. Die Daten stehen unter der {licence} und sind so beschrieben, dass ein Open-Data-Portal sie übernehmen kann (Frictionless Data Package mit den Angaben von DCAT-AP.de):",
        "Publisher: {publisher}. The data are licensed under the {licence} and described so that an open-data portal can take them in (a Frictionless Data Package with the fields of DCAT-AP.de):",
    ),
    "portfolio.data.method": (
        "Jeder Antrag ist wie mit 'ossfirst evaluate' bewertet: Ausschlusskriterien, Punkte je Kriterium und Dimension, Barwert der Gesamtkosten, die Vorrangregel Nachnutzung vor Open Source vor proprietärer Software und die Belastbarkeit der Empfehlung; sein Bericht führt jede Zahl aus. Dieselben Eingaben ergeben dieselben Dateien.",
        "Each request is evaluated as by 'ossfirst evaluate': knock-outs, points per criterion and dimension, the present value of the total cost, the rule of reuse before open source before proprietary software, and the robustness of the recommendation; its report explains every figure. The same inputs give the same files.",
    ),
    "portfolio.data.no-names": (
        "Namen von Personen (Bewertende, Genehmigende, Ansprechpersonen) sind nicht veröffentlicht; in den Berichten stehen Bewertende als „Person 1“, „Person 2“. Freitexte (Begründungen) sind wie geschrieben.",
        "Names of people (assessors, approvers, contacts) are not published; the reports name assessors as “Person 1”, “Person 2”. Free texts (rationales, justifications) are as written.",
    ),
    "portfolio.data.names": (
        "Namen von Personen sind veröffentlicht, wie die Anträge sie nennen (die Konfiguration sagt publish-names = true).",
        "Names of people are published as the requests give them (the policy says publish-names = true).",
    ),
    "portfolio.data.tool": (
        "Erstellt mit {tool}, Stand {date}.",
        "Made with {tool}, as of {date}.",
    ),
    # the files of the site
    "portfolio.file.decisions.csv": ("Entscheidungen", "Decisions"),
    "portfolio.file.decisions.csv.about": (
        "eine Zeile je Antrag: Status, Entscheidung, Auswahl, Kategorie, Beträge, Lizenz, Abweichungen (CSV)",
        "a row per request: status, decision, selection, category, amounts, licence, deviations (CSV)",
    ),
    "portfolio.file.alternatives.csv": ("Alternativen", "Alternatives"),
    "portfolio.file.alternatives.csv.about": (
        "eine Zeile je Alternative und Antrag: Punkte je Dimension, Gesamtpunkte, Kategorie, Lizenz, Zulässigkeit (CSV)",
        "a row per alternative and request: points per dimension, total, category, licence, eligibility (CSV)",
    ),
    "portfolio.file.datapackage.json": ("Beschreibung der Daten", "Description of the data"),
    "portfolio.file.datapackage.json.about": (
        "Frictionless Data Package: Tabellenschema je Datei, Lizenz, Angaben für DCAT-AP.de (JSON)",
        "Frictionless Data Package: a Table Schema per file, licence, fields for DCAT-AP.de (JSON)",
    ),
    "portfolio.file.portfolio.json": ("Portfolio", "Portfolio"),
    "portfolio.file.portfolio.json.about": (
        "das ganze Portfolio mit allen Kennzahlen ('ossfirst schema portfolio' beschreibt es) (JSON)",
        "the whole portfolio with every figure ('ossfirst schema portfolio' describes it) (JSON)",
    ),
    "portfolio.file.portfolio.pdf": ("Jahresbericht", "Annual report"),
    "portfolio.file.portfolio.pdf.about": (
        "der Bericht für den Rat, PDF/A-3b und PDF/UA-1, mit den Daten als Anhang",
        "the report for the council, PDF/A-3b and PDF/UA-1, with the data attached",
    ),
    "portfolio.file.index.html": ("Übersicht", "Dashboard"),
    "portfolio.file.index.html.about": ("diese Übersicht (HTML)", "this dashboard (HTML)"),
    "portfolio.pdf.attached": (
        "Angehängt sind die offenen Daten: {files}.",
        "The open data are attached: {files}.",
    ),
    # the columns of the open data
    "portfolio.field.source": ("Antragsdatei", "Request file"),
    "portfolio.field.source.about": (
        "Pfad der Antragsdatei im Repository",
        "path of the request file in the repository",
    ),
    "portfolio.field.request_id": ("Antrag", "Request"),
    "portfolio.field.request_id.about": (
        "Kennung oder Aktenzeichen des Antrags",
        "id or file number of the request",
    ),
    "portfolio.field.title": ("Titel", "Title"),
    "portfolio.field.title.about": ("Titel des Antrags", "title of the request"),
    "portfolio.field.organisation": ("Organisation", "Organisation"),
    "portfolio.field.organisation.about": ("antragstellende Stelle", "requesting body"),
    "portfolio.field.department": ("Organisationseinheit", "Department"),
    "portfolio.field.department.about": ("Amt oder Fachbereich", "office or department"),
    "portfolio.field.contact": ("Ansprechperson", "Contact"),
    "portfolio.field.contact.about": ("Ansprechperson des Antrags", "the request's contact"),
    "portfolio.field.date": ("Antragsdatum", "Request date"),
    "portfolio.field.date.about": ("Datum des Antrags", "date of the request"),
    "portfolio.field.year": ("Jahr", "Year"),
    "portfolio.field.year.about": (
        "Jahr der Entscheidung, sonst des Antrags",
        "year of the decision, else of the request",
    ),
    "portfolio.field.status": ("Status", "Status"),
    "portfolio.field.status.about": (
        "draft (Entwurf), submitted (eingereicht), approved (genehmigt), rejected (abgelehnt), awarded (vergeben)",
        "draft, submitted, approved, rejected, awarded",
    ),
    "portfolio.field.decided_on": ("Entschieden am", "Decided on"),
    "portfolio.field.decided_on.about": ("Datum der Entscheidung", "date of the decision"),
    "portfolio.field.decided_by": ("Entschieden von", "Decided by"),
    "portfolio.field.decided_by.about": (
        "entscheidendes Gremium (Amt, Ausschuss, Rat)",
        "the body that decided (department, committee, council)",
    ),
    "portfolio.field.counted": ("Zählt als Ausgabe", "Counts as spending"),
    "portfolio.field.counted.about": ("genehmigt oder vergeben", "approved or awarded"),
    "portfolio.field.proposed_id": ("Vorschlag", "Proposal"),
    "portfolio.field.proposed_id.about": (
        "Kennung der vorgeschlagenen Alternative",
        "id of the proposed alternative",
    ),
    "portfolio.field.proposed_name": ("Vorschlag (Name)", "Proposal (name)"),
    "portfolio.field.proposed_name.about": (
        "Name der vorgeschlagenen Alternative",
        "name of the proposed alternative",
    ),
    "portfolio.field.proposed_category": ("Vorschlag (Kategorie)", "Proposal (category)"),
    "portfolio.field.proposed_category.about": (
        "reuse (Nachnutzung), open-source, proprietary",
        "reuse, open-source, proprietary",
    ),
    "portfolio.field.recommended_id": ("Empfehlung", "Recommendation"),
    "portfolio.field.recommended_id.about": (
        "Kennung der empfohlenen Alternative",
        "id of the recommended alternative",
    ),
    "portfolio.field.recommended_name": ("Empfehlung (Name)", "Recommendation (name)"),
    "portfolio.field.recommended_name.about": (
        "Name der empfohlenen Alternative",
        "name of the recommended alternative",
    ),
    "portfolio.field.recommended_category": ("Empfehlung (Kategorie)", "Recommendation (category)"),
    "portfolio.field.recommended_category.about": (
        "reuse (Nachnutzung), open-source, proprietary",
        "reuse, open-source, proprietary",
    ),
    "portfolio.field.selection_id": ("Auswahl", "Selection"),
    "portfolio.field.selection_id.about": (
        "der Vorschlag, sonst die Empfehlung",
        "the proposal, else the recommendation",
    ),
    "portfolio.field.verdict": ("Ergebnis", "Verdict"),
    "portfolio.field.verdict.about": (
        "Ergebnis nach der Open-Source-zuerst-Regel (wie im JSON-Ergebnis); not-evaluable: die Datei ist nicht auswertbar",
        "verdict under the Open Source first rule (as in the JSON Result); not-evaluable: the file cannot be evaluated",
    ),
    "portfolio.field.policy_holds": ("Regel eingehalten", "Rule kept"),
    "portfolio.field.policy_holds.about": (
        "die Open-Source-zuerst-Regel ist eingehalten",
        "the Open Source first rule is kept",
    ),
    "portfolio.field.check": ("Prüfung", "Check"),
    "portfolio.field.check.about": (
        "pass: kein Befund von 'ossfirst check' ab der Schwelle der Konfiguration; fail: mindestens einer; invalid oder error: die Datei ist nicht auswertbar (siehe Fehler)",
        "pass: no finding of 'ossfirst check' at or above the policy's threshold; fail: at least one; invalid or error: the file cannot be evaluated (see error)",
    ),
    "portfolio.field.error": ("Fehler", "Error"),
    "portfolio.field.error.about": (
        "bei einer nicht auswertbaren Datei (Ergebnis not-evaluable) ihr erster Fehler: Datei:Zeile:Spalte und was falsch ist; die Angaben zum Antrag bleiben dann leer",
        "for a file that cannot be evaluated (verdict not-evaluable) its first error: file:line:col and what is wrong; the request's columns are then empty",
    ),
    "portfolio.field.present_value": ("Barwert", "Present value"),
    "portfolio.field.present_value.about": (
        "Barwert der Gesamtkosten über den Betrachtungszeitraum, in EUR",
        "present value of the total cost over the horizon, in EUR",
    ),
    "portfolio.field.nominal_total": ("Nominalsumme", "Nominal total"),
    "portfolio.field.nominal_total.about": (
        "Summe der Kosten über den Betrachtungszeitraum, nicht abgezinst, in EUR",
        "sum of the costs over the horizon, not discounted, in EUR",
    ),
    "portfolio.field.exit_cost": ("Ausstiegskosten", "Exit cost"),
    "portfolio.field.exit_cost.about": (
        "Kosten der Migration weg von der Lösung am Ende, in EUR",
        "cost of migrating away at the end, in EUR",
    ),
    "portfolio.field.licence": ("Lizenz", "Licence"),
    "portfolio.field.licence.about": ("SPDX-Lizenzausdruck", "SPDX licence expression"),
    "portfolio.field.open_source": ("Open Source", "Open source"),
    "portfolio.field.open_source.about": (
        "die Lizenz ist OSI-anerkannt",
        "the licence is OSI-approved",
    ),
    "portfolio.field.category": ("Kategorie", "Category"),
    "portfolio.field.category.about": (
        "reuse (Nachnutzung), open-source, proprietary",
        "reuse, open-source, proprietary",
    ),
    "portfolio.field.supplier": ("Anbieter", "Supplier"),
    "portfolio.field.supplier.about": (
        "wer die Lösung verkauft oder betreibt, wie der Antrag es nennt",
        "who sells or runs it, as the request names it",
    ),
    "portfolio.field.providers": ("Anbieter am Markt", "Providers"),
    "portfolio.field.providers.about": (
        "unabhängige Firmen, die liefern und betreuen können",
        "independent firms able to deliver and support it",
    ),
    "portfolio.field.standards_declared": ("Standards", "Standards"),
    "portfolio.field.standards_declared.about": (
        "Anzahl angegebener Formate, Protokolle, Schnittstellen",
        "number of formats, protocols, interfaces declared",
    ),
    "portfolio.field.standards_open": ("Offene Standards", "Open standards"),
    "portfolio.field.standards_open.about": (
        "davon offen nach der mitgelieferten Liste",
        "of them open by the shipped list",
    ),
    "portfolio.field.deviations": ("Abweichungen", "Deviations"),
    "portfolio.field.deviations.about": (
        "festgehaltene Abweichungen von Prüfregeln",
        "recorded deviations from check rules",
    ),
    "portfolio.field.deviations_in_force": ("Abweichungen in Kraft", "Deviations in force"),
    "portfolio.field.deviations_in_force.about": (
        "davon am Stichtag in Kraft",
        "of them in force on the reference date",
    ),
    "portfolio.field.stale_assessments": ("Veraltete Bewertungen", "Stale assessments"),
    "portfolio.field.stale_assessments.about": (
        "Bewertungen älter als die Frist des Katalogs, über alle Alternativen",
        "assessments older than the catalogue's expiry, over all alternatives",
    ),
    "portfolio.field.robustness": ("Belastbarkeit", "Robustness"),
    "portfolio.field.robustness.about": (
        "robust, moderate (mäßig), sensitive (stark abhängig von der Gewichtung)",
        "robust, moderate, sensitive (to the weighting)",
    ),
    "portfolio.field.why_no_oss": ("Warum keine Open-Source-Lösung", "Why no open-source solution"),
    "portfolio.field.why_no_oss.about": (
        "bei proprietärer Auswahl: warum keine Open-Source-Lösung die Aufgabe erfüllt, in einer Zeile",
        "for a proprietary selection: why no open-source solution does the job, in one line",
    ),
    "portfolio.field.report": ("Bericht", "Report"),
    "portfolio.field.report.about": (
        "der Bericht des Antrags auf der Website (relativer Pfad)",
        "the request's report on the site (relative path)",
    ),
    "portfolio.field.alternative_id": ("Alternative", "Alternative"),
    "portfolio.field.alternative_id.about": (
        "Kennung der Alternative im Antrag",
        "id of the alternative in the request",
    ),
    "portfolio.field.name": ("Name", "Name"),
    "portfolio.field.name.about": ("Name der Alternative", "name of the alternative"),
    "portfolio.field.deployment": ("Betrieb", "Deployment"),
    "portfolio.field.deployment.about": (
        "on-premises, private-cloud, public-cloud, saas",
        "on-premises, private-cloud, public-cloud, saas",
    ),
    "portfolio.field.eligible": ("Zulässig", "Eligible"),
    "portfolio.field.eligible.about": (
        "besteht alle Ausschlusskriterien",
        "passes every knock-out",
    ),
    "portfolio.field.rank": ("Rang", "Rank"),
    "portfolio.field.rank.about": (
        "Rang unter den zulässigen Alternativen",
        "rank among the eligible alternatives",
    ),
    "portfolio.field.total": ("Gesamtpunkte", "Total points"),
    "portfolio.field.total.about": (
        "gewichtete Gesamtpunkte, 0 bis 100",
        "weighted total, 0 to 100",
    ),
    "portfolio.field.points_economics": ("Punkte Wirtschaftlichkeit", "Points economics"),
    "portfolio.field.points_economics.about": (
        "Punkte der Dimension Wirtschaftlichkeit, 0 bis 100",
        "points of the economics dimension, 0 to 100",
    ),
    "portfolio.field.points_security": ("Punkte Sicherheit", "Points security"),
    "portfolio.field.points_security.about": (
        "Punkte der Dimension Sicherheit, 0 bis 100",
        "points of the security dimension, 0 to 100",
    ),
    "portfolio.field.points_practicality": ("Punkte Praktikabilität", "Points practicality"),
    "portfolio.field.points_practicality.about": (
        "Punkte der Dimension Praktikabilität, 0 bis 100",
        "points of the practicality dimension, 0 to 100",
    ),
    "portfolio.field.points_sovereignty": ("Punkte Souveränität", "Points sovereignty"),
    "portfolio.field.points_sovereignty.about": (
        "Punkte der Dimension digitale Souveränität, 0 bis 100",
        "points of the digital sovereignty dimension, 0 to 100",
    ),
    "portfolio.field.points_lock-in": ("Punkte Herstellerabhängigkeit", "Points lock-in"),
    "portfolio.field.points_lock-in.about": (
        "Punkte der Dimension Herstellerabhängigkeit, 0 bis 100",
        "points of the vendor lock-in dimension, 0 to 100",
    ),
    "portfolio.field.recommended": ("Empfohlen", "Recommended"),
    "portfolio.field.recommended.about": (
        "die empfohlene Alternative",
        "the recommended alternative",
    ),
    "portfolio.field.proposed": ("Vorgeschlagen", "Proposed"),
    "portfolio.field.proposed.about": (
        "die vorgeschlagene Alternative",
        "the proposed alternative",
    ),
    "portfolio.field.selected": ("Auswahl", "Selected"),
    "portfolio.field.selected.about": (
        "die Auswahl des Antrags (Vorschlag, sonst Empfehlung)",
        "the request's selection (proposal, else recommendation)",
    ),
    # the command
    "portfolio.cli.progress": ("ossfirst portfolio", "ossfirst portfolio"),
    "portfolio.cli.typesetting": (
        "Jahresbericht wird gesetzt …",
        "typesetting the annual report …",
    ),
    "portfolio.cli.done": (
        "Portfolio in {folder}: {requests} Anträge, {counted} genehmigt oder vergeben, {invalid} nicht auswertbar; {failed} mit Befunden der Prüfung.",
        "Portfolio in {folder}: {requests} requests, {counted} approved or awarded, {invalid} not evaluable; {failed} with check findings.",
    ),
    "portfolio.cli.reused.one": (
        "{count} von {total} Dateien war unverändert und ist aus dem Zwischenspeicher {folder} übernommen.",
        "{count} of {total} files was unchanged and is taken from the cache {folder}.",
    ),
    "portfolio.cli.reused.other": (
        "{count} von {total} Dateien waren unverändert und sind aus dem Zwischenspeicher {folder} übernommen.",
        "{count} of {total} files were unchanged and are taken from the cache {folder}.",
    ),
    "portfolio.cache-in-site": (
        "Der Zwischenspeicher {cache} liegt im Ordner des Portfolios, der bei jedem Lauf als Ganzes ersetzt wird: Wählen Sie mit --cache einen Ordner außerhalb.",
        "The cache {cache} is inside the portfolio's folder, which every run replaces as a whole: choose a folder outside it with --cache.",
    ),
    "portfolio.cli.other-years.one": (
        "{count} Antrag eines anderen Jahres ist nicht enthalten (--year {year}).",
        "{count} request of another year is left out (--year {year}).",
    ),
    "portfolio.cli.other-years.other": (
        "{count} Anträge anderer Jahre sind nicht enthalten (--year {year}).",
        "{count} requests of other years are left out (--year {year}).",
    ),
}
