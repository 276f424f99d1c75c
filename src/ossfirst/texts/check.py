# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of ``ossfirst check``: per rule a title, a help text and the finding's message;
the words of the summaries for people, GitLab and GitHub."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # rule titles (SARIF shortDescription, JUnit test names, GitLab check names in words)
    "check.rule.invalid-input.title": ("Ungültige Eingabe", "Invalid input"),
    "check.rule.unjustified-departure.title": (
        "Abweichung von der Empfehlung ohne Begründung",
        "Departure from the recommendation without justification",
    ),
    "check.rule.justification-missing.title": (
        "Proprietärer Vorschlag ohne Begründung",
        "Proprietary proposal without justification",
    ),
    "check.rule.proposal-unmet-must.title": (
        "Vorschlag erfüllt eine Muss-Anforderung nicht",
        "Proposal does not meet a must-requirement",
    ),
    "check.rule.proposal-excluded.title": (
        "Vorschlag durch ein Ausschlusskriterium ausgeschlossen",
        "Proposal excluded by a knock-out",
    ),
    "check.rule.no-eligible-alternative.title": (
        "Keine zulässige Alternative",
        "No eligible alternative",
    ),
    "check.rule.no-oss-considered.title": (
        "Keine Open-Source-Alternative geprüft",
        "No open-source alternative considered",
    ),
    "check.rule.justification-misses-points.title": (
        "Begründung geht auf die Mängel nicht ein",
        "Justification does not address the shortfalls",
    ),
    "check.rule.undocumented-assessment.title": (
        "Bewertung ohne Begründung oder Nachweis",
        "Assessment without rationale or evidence",
    ),
    "check.rule.stale-evidence.title": ("Veralteter Nachweis", "Stale evidence"),
    "check.rule.assessors-disagree.title": (
        "Bewertende sind sich uneinig",
        "Assessors disagree",
    ),
    "check.rule.assessment-after-request.title": (
        "Bewertungsdatum nach dem Antragsdatum",
        "Assessment dated after the request",
    ),
    "check.rule.unassessed-criterion.title": ("Kriterium nicht bewertet", "Criterion not assessed"),
    "check.rule.uncomputable-criterion.title": (
        "Kriterium nicht berechenbar",
        "Criterion cannot be computed",
    ),
    "check.rule.no-proposal.title": ("Kein Vorschlag", "No proposal"),
    "check.rule.deviation-expired.title": ("Abweichung abgelaufen", "Deviation expired"),
    "check.rule.deviation-unused.title": ("Abweichung ohne Anlass", "Deviation not needed"),
    "check.rule.internal-error.title": ("Interner Fehler", "Internal error"),
    "check.rule.policy-holds.title": (
        "Antrag hält die Open-Source-zuerst-Regel ein",
        "Request keeps the Open Source first rule",
    ),
    # rule help texts (SARIF fullDescription and help; ossfirst check --rules)
    "check.rule.invalid-input.help": (
        "Der Antrag lässt sich nicht lesen oder verstößt gegen das Schema (YAML-Syntax, "
        "unbekannte oder fehlende Schlüssel, falsche Werte, Verweise auf den Katalog). "
        "Korrigieren Sie die genannte Stelle; 'ossfirst validate' prüft einzelne Dateien.",
        "The request cannot be read or breaks the schema (YAML syntax, unknown or missing "
        "keys, wrong values, references to the catalogue). Fix the place named; "
        "'ossfirst validate' checks single files.",
    ),
    "check.rule.unjustified-departure.help": (
        "Der Vorschlag weicht von der Empfehlung nach dem Grundsatz „Open Source zuerst“ ab, "
        "und 'justification:' ist leer. Begründen Sie schriftlich, warum die empfohlene "
        "Alternative nicht in Frage kommt, oder schlagen Sie die empfohlene vor.",
        "The proposal departs from the recommendation under the Open Source first rule, and "
        "'justification:' is empty. Explain in writing why the recommended alternative is "
        "not an option, or propose the recommended one.",
    ),
    "check.rule.justification-missing.help": (
        "Jede proprietäre Beschaffung ist schriftlich zu begründen, auch wenn sie der "
        "Empfehlung entspricht (Beweislastumkehr). Füllen Sie 'justification:' aus und gehen "
        "Sie auf die Mängel der Open-Source-Alternativen ein.",
        "Every proprietary procurement must be justified in writing, even when it follows the "
        "recommendation (the burden of proof is reversed). Fill in 'justification:' and "
        "address the shortfalls of the open-source alternatives.",
    ),
    "check.rule.proposal-unmet-must.help": (
        "Die vorgeschlagene Alternative erfüllt eine Muss-Anforderung nicht voll und ist "
        "damit ausgeschlossen. Schlagen Sie eine zulässige Alternative vor oder korrigieren "
        "Sie die Angabe, falls sie nicht zutrifft.",
        "The proposed alternative does not fully meet a must-requirement and is therefore "
        "excluded. Propose an eligible alternative, or correct the entry if it is wrong.",
    ),
    "check.rule.proposal-excluded.help": (
        "Die vorgeschlagene Alternative besteht ein K.-o.-Kriterium nicht, bleibt unter einem "
        "Mindestwert oder überschreitet das Budget. Schlagen Sie eine zulässige Alternative vor.",
        "The proposed alternative fails a knock-out criterion, stays below a floor or exceeds "
        "the budget. Propose an eligible alternative.",
    ),
    "check.rule.no-eligible-alternative.help": (
        "Keine Alternative besteht alle Ausschlusskriterien; es gibt keine Empfehlung. Prüfen "
        "Sie die Muss-Anforderungen und das Budget oder ergänzen Sie Alternativen.",
        "No alternative passes all knock-outs, so there is no recommendation. Review the "
        "must-requirements and the budget, or add alternatives.",
    ),
    "check.rule.no-oss-considered.help": (
        "Unter den Alternativen ist keine Open-Source- oder Nachnutzungslösung. Nach dem "
        "Grundsatz „Open Source zuerst“ ist mindestens eine zu prüfen; wo es keine gibt, "
        "halten Sie die Markterkundung fest: die Suche in den Katalogen öffentlicher Software "
        "mit dem Verbleib jedes Treffers ('ossfirst market search ... --record', Block "
        "'market_exploration:'), oder in Worten unter 'market_search:', wie der Markt erkundet "
        "wurde und warum keine in Frage kommt.",
        "None of the alternatives is open source or reuse. Under the Open Source first rule at "
        "least one must be examined; where there is none, record the market exploration: the "
        "search of the catalogues of public software with the outcome of every hit ('ossfirst "
        "market search ... --record', block 'market_exploration:'), or in words under "
        "'market_search:' how the market was searched and why none qualifies.",
    ),
    "check.rule.justification-misses-points.help": (
        "Die Begründung nennt keinen der Punkte, an denen die verglichenen Alternativen "
        "gescheitert sind (Heuristik: keine Kennung und kein Titel der nicht erfüllten "
        "Anforderungen, der K.-o.-Kriterien oder der Dimensionen und Kriterien, in denen der "
        "Vorschlag vorn liegt, kommt vor). Gehen Sie Punkt für Punkt darauf ein. Ein Fehler, "
        "wenn der Katalog eine solche Begründung als Verstoß wertet (der Standardkatalog tut "
        "es), sonst eine Warnung.",
        "The justification names none of the points on which the compared alternatives fell "
        "short (heuristic: no id or title of the unmet requirements, the knock-out criteria, "
        "or the dimensions and criteria in which the proposal leads appears in it). Address "
        "them point by point. An error when the catalogue counts such a justification as a "
        "violation (the standard catalogue does), else a warning.",
    ),
    "check.rule.undocumented-assessment.help": (
        "Eine bewertete Stufe braucht Begründung ('rationale'), Nachweis ('evidence') und "
        "Datum ('assessed_on'), damit sie später nachvollziehbar ist.",
        "An assessed level needs a rationale, evidence and a date ('assessed_on') so that it "
        "can be followed later.",
    ),
    "check.rule.assessors-disagree.help": (
        "Mehrere Bewertende haben ein Kriterium um mindestens die Schwelle des Katalogs "
        "unterschiedlich bewertet. Besprechen Sie die Bewertung und halten Sie das Ergebnis "
        "fest; der Bericht zeigt jede Einzelbewertung mit ihrer Begründung.",
        "Several assessors scored a criterion at least the catalogue's threshold apart. "
        "Discuss the assessment and record the outcome; the report shows every assessor's "
        "level with their rationale.",
    ),
    "check.rule.stale-evidence.help": (
        "Die Bewertung ist älter als die Gültigkeitsdauer von Nachweisen im Katalog (Stichtag: "
        "Antragsdatum). Bewerten Sie neu und aktualisieren Sie 'assessed_on'.",
        "The assessment is older than the catalogue's evidence expiry (reference date: the "
        "request date). Assess again and update 'assessed_on'.",
    ),
    "check.rule.assessment-after-request.help": (
        "Das Bewertungsdatum liegt nach dem Antragsdatum. Prüfen Sie beide Daten.",
        "The assessment is dated after the request. Check both dates.",
    ),
    "check.rule.unassessed-criterion.help": (
        "Ein Kriterium des Katalogs ist für diese Alternative nicht bewertet; es zählt nach "
        "der Regel des Katalogs mit 0 Punkten oder bleibt außer Ansatz. Bewerten Sie es.",
        "A criterion of the catalogue is not assessed for this alternative; by the "
        "catalogue's rule it counts as 0 or is left out. Assess it.",
    ),
    "check.rule.uncomputable-criterion.help": (
        "Für ein berechnetes Kriterium fehlen die Angaben (etwa 'standards:'). Ergänzen Sie sie.",
        "A computed criterion lacks its data (such as 'standards:'). Add it.",
    ),
    "check.rule.no-proposal.help": (
        "Der Antrag nennt noch keine vorgeschlagene Alternative ('proposed:'); die Empfehlung "
        "steht, die Regel ist noch nicht anwendbar.",
        "The request names no proposed alternative yet ('proposed:'); the recommendation "
        "stands, and the rule cannot be applied yet.",
    ),
    "check.rule.deviation-expired.help": (
        "Eine festgehaltene Abweichung ist abgelaufen ('expires:'); die Befunde, die sie "
        "abdeckte, zählen wieder. Verlängern Sie sie mit neuem Beschluss oder beheben Sie die "
        "Ursache.",
        "A recorded deviation has expired ('expires:'); the findings it covered count again. "
        "Renew it with a new decision, or fix the cause.",
    ),
    "check.rule.deviation-unused.help": (
        "Eine festgehaltene Abweichung deckt keinen Befund ab. Entfernen Sie sie, oder prüfen "
        "Sie Regel, Alternative und Kriterium.",
        "A recorded deviation covers no finding. Remove it, or check its rule, alternative "
        "and criterion.",
    ),
    "check.rule.internal-error.help": (
        "ossfirst ist bei dieser Datei auf einen Fehler gestoßen. Bitte melden Sie ihn mit "
        "der Datei; die übrigen Dateien sind geprüft.",
        "ossfirst failed on this file. Please report it with the file; the other files "
        "are checked.",
    ),
    "check.rule.policy-holds.help": (
        "Der Antrag ist gültig, hält die Regel ein und hat keinen Befund.",
        "The request is valid, keeps the rule and has no finding.",
    ),
    # finding messages
    "check.msg.unjustified-departure": (
        "Vorgeschlagen ist {proposed}, empfohlen aber {recommended}; eine schriftliche "
        "Begründung fehlt.",
        "{proposed} is proposed, but {recommended} is recommended; a written justification "
        "is missing.",
    ),
    "check.msg.justification-missing": (
        "Vorgeschlagen ist die proprietäre Lösung {proposed}; die erforderliche schriftliche "
        "Begründung fehlt.",
        "The proprietary solution {proposed} is proposed; the required written justification "
        "is missing.",
    ),
    "check.msg.proposal-unmet-must": (
        "Der Vorschlag {proposed} erfüllt die Muss-Anforderung {requirement} nicht ({coverage}).",
        "The proposal {proposed} does not meet the must-requirement {requirement} ({coverage}).",
    ),
    "check.msg.proposal-excluded": (
        "Der Vorschlag {proposed} ist ausgeschlossen: {code} ({ref}).",
        "The proposal {proposed} is excluded: {code} ({ref}).",
    ),
    "check.msg.no-eligible-alternative": (
        "Keine Alternative besteht alle Ausschlusskriterien.",
        "No alternative passes all knock-outs.",
    ),
    "check.msg.no-oss-considered": (
        "Unter den Alternativen ist keine Open-Source- oder Nachnutzungslösung, und der Antrag "
        "hält keine abgeschlossene Markterkundung fest ('market_exploration:' mit dem Verbleib "
        "jedes Treffers, oder 'market_search:').",
        "None of the alternatives is open source or reuse, and the request records no finished "
        "market exploration ('market_exploration:' with the outcome of every hit, or "
        "'market_search:').",
    ),
    "check.msg.justification-misses-points": (
        "Die Begründung nennt keinen der Punkte, an denen die verglichenen Alternativen "
        "zurückliegen: {points}.{unsupported}",
        "The justification names none of the points on which the compared alternatives "
        "fall short: {points}.{unsupported}",
    ),
    "check.unsupported": (
        " Ohne Stütze für den Vorschlag nennt sie: {refs}.",
        " It also names, without support for the proposal: {refs}.",
    ),
    "check.msg.undocumented-assessment": (
        "{alternative}, {criterion}: Bewertung ohne {missing}.",
        "{alternative}, {criterion}: assessment without {missing}.",
    ),
    "check.msg.assessors-disagree": (
        "{alternative}, {criterion}: die Bewertungen liegen {spread} Stufen auseinander "
        "({levels}).",
        "{alternative}, {criterion}: the assessments are {spread} levels apart ({levels}).",
    ),
    "check.msg.stale-evidence.one": (
        "{alternative}, {criterion}: Bewertung vom {assessed_on} ist älter als {months} Monat.",
        "{alternative}, {criterion}: assessment of {assessed_on} is older than {months} month.",
    ),
    "check.msg.stale-evidence.other": (
        "{alternative}, {criterion}: Bewertung vom {assessed_on} ist älter als {months} Monate.",
        "{alternative}, {criterion}: assessment of {assessed_on} is older than {months} months.",
    ),
    "check.msg.assessment-after-request": (
        "{alternative}, {criterion}: Bewertungsdatum {assessed_on} liegt nach dem "
        "Antragsdatum {request_date}.",
        "{alternative}, {criterion}: assessment date {assessed_on} is after the request date "
        "{request_date}.",
    ),
    "check.msg.unassessed-criterion": (
        "{alternative}: {criterion} ist nicht bewertet.",
        "{alternative}: {criterion} is not assessed.",
    ),
    "check.msg.uncomputable-criterion": (
        "{alternative}: für {criterion} fehlen die Angaben ({metric}).",
        "{alternative}: {criterion} lacks the data to compute it ({metric}).",
    ),
    "check.msg.no-proposal": (
        "Noch kein Vorschlag; empfohlen ist {recommended}.",
        "No proposal yet; {recommended} is recommended.",
    ),
    "check.msg.deviation-expired": (
        "Die Abweichung von '{rule}' ({decision}) ist am {expires} abgelaufen.",
        "The deviation from '{rule}' ({decision}) expired on {expires}.",
    ),
    "check.msg.deviation-unused": (
        "Die Abweichung von '{rule}' ({decision}) deckt keinen Befund ab.",
        "The deviation from '{rule}' ({decision}) covers no finding.",
    ),
    "check.msg.internal-error": (
        "Interner Fehler bei dieser Datei: {error}",
        "Internal error on this file: {error}",
    ),
    "check.deviation.accepted": (
        " Abweichung genehmigt bis {expires}: {decision}, {approver}.",
        " Deviation accepted until {expires}: {decision}, {approver}.",
    ),
    "check.deviation.expired": (
        " Die Abweichung {decision} ist am {expires} abgelaufen.",
        " The deviation {decision} expired on {expires}.",
    ),
    "check.knockout.knock-out-criterion": ("K.-o.-Kriterium nicht erfüllt", "knock-out failed"),
    "check.knockout.floor": ("unter dem Mindestwert", "below the floor"),
    "check.knockout.budget": ("über dem Budget", "above the budget"),
    "check.knockout.seal-minimum": (
        "unter der Mindest-Sicherungsstufe (SEAL)",
        "below the minimum assurance level (SEAL)",
    ),
    "check.knockout.strict-selection": (
        "durch die strenge Auswahl ausgeschlossen",
        "eliminated by strict selection",
    ),
    # the market exploration (Markterkundung) behind a proprietary selection
    "check.rule.market-exploration-missing.title": (
        "Proprietäre Auswahl ohne Markterkundung",
        "Proprietary selection without a market exploration",
    ),
    "check.rule.market-exploration-missing.help": (
        "Vorgeschlagen (oder, ohne Vorschlag, empfohlen) ist proprietäre Software, aber der "
        "Antrag hält keine Markterkundung fest. Wer Open Source ausschließt, muss gesucht "
        "haben (§ 28 VgV; Art. 68 CAD): Durchsuchen Sie die Kataloge öffentlicher Software "
        "und halten Sie die Suche fest ('ossfirst market search ... --record ANTRAG', Block "
        "'market_exploration:'), oder beschreiben Sie unter 'market_search:', wie der Markt "
        "anders erkundet wurde.",
        "Proprietary software is proposed (or, without a proposal, recommended), but the "
        "request records no market exploration. Whoever rules out open source must have "
        "looked (§ 28 VgV; CAD art. 68): search the catalogues of public software and record "
        "the search ('ossfirst market search ... --record REQUEST', block "
        "'market_exploration:'), or describe under 'market_search:' how the market was "
        "explored otherwise.",
    ),
    "check.msg.market-exploration-missing": (
        "{alternative} ist proprietär, und der Antrag hält keine Markterkundung fest "
        "('market_exploration:' oder 'market_search:').",
        "{alternative} is proprietary, and the request records no market exploration "
        "('market_exploration:' or 'market_search:').",
    ),
    "check.rule.market-hit-undecided.title": (
        "Treffer der Markterkundung ohne Verbleib",
        "Market exploration hit without an outcome",
    ),
    "check.rule.market-hit-undecided.help": (
        "Ein Treffer der festgehaltenen Markterkundung ist weder als Alternative übernommen "
        "noch mit einem Grund zurückgestellt. Übernehmen Sie ihn ('ossfirst market add') oder "
        "stellen Sie ihn zurück ('ossfirst market set-aside ... --reason GRUND').",
        "A hit of the recorded market exploration is neither taken in as an alternative nor "
        "set aside with a reason. Take it in ('ossfirst market add') or set it aside "
        "('ossfirst market set-aside ... --reason REASON').",
    ),
    "check.msg.market-hit-undecided": (
        "Der Treffer {name} ({repository}) ist weder übernommen noch zurückgestellt.",
        "The hit {name} ({repository}) is neither taken in nor set aside.",
    ),
    "check.rule.market-exploration-stale.title": (
        "Veraltete Markterkundung",
        "Stale market exploration",
    ),
    "check.rule.market-exploration-stale.help": (
        "Die jüngste Suche der Markterkundung ist älter als die Gültigkeitsdauer von "
        "Nachweisen im Katalog (Stichtag: Antragsdatum); seither kann neue Software "
        "hinzugekommen sein. Suchen Sie erneut und halten Sie die Suche fest "
        "('ossfirst market search ... --record ANTRAG').",
        "The newest search of the market exploration is older than the catalogue's evidence "
        "expiry (reference date: the request date); new software may have appeared since. "
        "Search again and record it ('ossfirst market search ... --record REQUEST').",
    ),
    "check.msg.market-exploration-stale.one": (
        "Die jüngste Suche der Markterkundung vom {searched_on} ist älter als {months} Monat.",
        "The newest search of the market exploration, of {searched_on}, is older than "
        "{months} month.",
    ),
    "check.msg.market-exploration-stale.other": (
        "Die jüngste Suche der Markterkundung vom {searched_on} ist älter als {months} Monate.",
        "The newest search of the market exploration, of {searched_on}, is older than "
        "{months} months.",
    ),
    # recorded deviations in the evaluation report
    "dev.title": ("Festgehaltene Abweichungen", "Recorded deviations"),
    "dev.note": (
        "Der Antrag hält genehmigte Abweichungen von Prüfregeln fest; ob eine noch gilt, "
        "prüft 'ossfirst check' am Tag der Prüfung.",
        "The request records approved deviations from check rules; whether one is still in "
        "force is judged by 'ossfirst check' on the day of the check.",
    ),
    "dev.justification": ("Begründung", "Justification"),
    # summaries
    "check.sum.title": ("ossfirst check", "ossfirst check"),
    "check.sum.line": (
        "{files} geprüft: {passed} eingehalten, {failed} mit Befunden ab der "
        "Schwelle, {invalid} ungültig; {errors}, {warnings}, {notes}.",
        "{files} checked: {passed} pass, {failed} fail, {invalid} invalid; "
        "{errors}, {warnings}, {notes}.",
    ),
    "check.count.files.one": ("{count} Antrag", "{count} request"),
    "check.count.files.other": ("{count} Anträge", "{count} requests"),
    "check.count.errors.one": ("{count} Fehler", "{count} error"),
    "check.count.errors.other": ("{count} Fehler", "{count} errors"),
    "check.count.warnings.one": ("{count} Warnung", "{count} warning"),
    "check.count.warnings.other": ("{count} Warnungen", "{count} warnings"),
    "check.count.notes.one": ("{count} Hinweis", "{count} note"),
    "check.count.notes.other": ("{count} Hinweise", "{count} notes"),
    "check.count.all.one": ("{count} Datei", "{count} file"),
    "check.count.all.other": ("{count} Dateien", "{count} files"),
    "check.count.catalogues.one": ("{count} Katalog", "{count} catalogue"),
    "check.count.catalogues.other": ("{count} Kataloge", "{count} catalogues"),
    "check.count.pairwise.one": ("{count} Paarvergleich", "{count} pairwise file"),
    "check.count.pairwise.other": ("{count} Paarvergleiche", "{count} pairwise files"),
    "check.sum.line-files": (
        "{all} geprüft ({files}, {catalogues}, {pairwise}): {passed} in Ordnung, {failed} mit "
        "Befunden ab der Schwelle, {invalid} ungültig; {errors}, {warnings}, {notes}.",
        "{all} checked ({files}, {catalogues}, {pairwise}): {passed} pass, {failed} fail, "
        "{invalid} invalid; {errors}, {warnings}, {notes}.",
    ),
    "check.sum.none": ("Keine Antragsdateien gefunden.", "No request files found."),
    "check.skipped.file": (
        "{file}: übersprungen: kein Antrag (kein Schlüssel 'ossfirst:')",
        "{file}: skipped: not a request (no 'ossfirst:' key)",
    ),
    "check.skipped.count.one": (
        "{count} YAML-Datei übersprungen: kein Antrag.",
        "{count} YAML file skipped: not a request.",
    ),
    "check.skipped.count.other": (
        "{count} YAML-Dateien übersprungen: keine Anträge.",
        "{count} YAML files skipped: not requests.",
    ),
    "check.skipped.count-hint.one": (
        "{count} YAML-Datei übersprungen: kein Antrag (--verbose nennt sie).",
        "{count} YAML file skipped: not a request (--verbose lists it).",
    ),
    "check.skipped.count-hint.other": (
        "{count} YAML-Dateien übersprungen: keine Anträge (--verbose nennt sie).",
        "{count} YAML files skipped: not requests (--verbose lists them).",
    ),
    "check.sum.holds": (
        "Die Open-Source-zuerst-Regel ist in allen Anträgen eingehalten.",
        "The Open Source first rule holds in every request.",
    ),
    "check.sum.violated": (
        "Befunde ab der Schwelle „{threshold}“: die Änderung verletzt die Regel.",
        'Findings at or above "{threshold}": the change breaks the policy.',
    ),
    "check.sum.invalid": (
        "Ungültige Eingaben: die betroffenen Anträge sind nicht bewertet.",
        "Invalid input: the requests concerned are not evaluated.",
    ),
    "check.sum.internal": (
        "Interner Fehler bei mindestens einer Datei.",
        "Internal error on at least one file.",
    ),
    "check.sum.more.one": (
        "… und {count} weiterer Befund (vollständig im JSON-, SARIF- oder Textbericht).",
        "… and {count} more finding (all findings are in the JSON, SARIF or text report).",
    ),
    "check.sum.more.other": (
        "… und {count} weitere Befunde (vollständig im JSON-, SARIF- oder Textbericht).",
        "… and {count} more findings (all of them are in the JSON, SARIF or text report).",
    ),
    "check.sum.more_annotations.one": (
        "{count} weiterer Befund ohne Annotation (GitHub zeigt höchstens 10 je Stufe und "
        "Schritt); alle stehen in der Zusammenfassung und im Protokoll.",
        "{count} more finding without an annotation (GitHub shows at most 10 per level and "
        "step); all findings are in the summary and the log.",
    ),
    "check.sum.more_annotations.other": (
        "{count} weitere Befunde ohne Annotation (GitHub zeigt höchstens 10 je Stufe und "
        "Schritt); alle stehen in der Zusammenfassung und im Protokoll.",
        "{count} more findings without an annotation (GitHub shows at most 10 per level and "
        "step); all of them are in the summary and the log.",
    ),
    "check.sum.deviations": ("Genehmigte Abweichungen", "Accepted deviations"),
    "check.sum.findings": ("Befunde", "Findings"),
    "check.sum.requests": ("Anträge", "Requests"),
    "check.col.file": ("Datei", "File"),
    "check.col.request": ("Antrag", "Request"),
    "check.col.verdict": ("Ergebnis", "Verdict"),
    "check.col.status": ("Status", "Status"),
    "check.col.where": ("Stelle", "Where"),
    "check.col.level": ("Stufe", "Level"),
    "check.col.rule": ("Regel", "Rule"),
    "check.col.message": ("Befund", "Finding"),
    "check.col.errors": ("Fehler", "Errors"),
    "check.col.warnings": ("Warnungen", "Warnings"),
    "check.col.notes": ("Hinweise", "Notes"),
    "check.col.decision": ("Beschluss", "Decision"),
    "check.col.approver": ("Genehmigt von", "Approved by"),
    "check.col.expires": ("Gültig bis", "Valid until"),
    "check.status.pass": ("eingehalten", "pass"),
    "check.status.fail": ("Befunde", "fail"),
    "check.status.invalid": ("ungültig", "invalid"),
    "check.status.error": ("interner Fehler", "internal error"),
    "check.level.error": ("Fehler", "error"),
    "check.level.warning": ("Warnung", "warning"),
    "check.level.note": ("Hinweis", "note"),
    "check.pass.message": (
        "Der Antrag {request} hält die Open-Source-zuerst-Regel ein.",
        "The request {request} keeps the Open Source first rule.",
    ),
    "check.junit.passed_with": (
        "Befunde unter der Schwelle:",
        "Findings below the threshold:",
    ),
    "check.junit.accepted": (
        "Abweichung genehmigt:",
        "Deviation accepted:",
    ),
    "check.junit.failures.one": ("{count} Befund", "{count} finding"),
    "check.junit.failures.other": ("{count} Befunde", "{count} findings"),
    # the policy file (ossfirst.toml, [tool.ossfirst] in pyproject.toml)
    # a file check does not read (its code is the finding's)
    "check.refused.file-outside": (
        "Die Datei ist ein symbolischer Link aus dem Repository hinaus; sie wird nicht gelesen.",
        "The file is a symbolic link out of the repository; it is not read.",
    ),
    "check.refused.file-outside.hint": (
        "legen Sie die Datei selbst in das Repository",
        "put the file itself into the repository",
    ),
    "check.refused.file-not-regular": (
        "Das ist keine gewöhnliche Datei (ein Gerät, eine FIFO oder ein Verzeichnis); sie "
        "wird nicht gelesen.",
        "This is not a regular file (a device, a FIFO or a folder); it is not read.",
    ),
    "check.refused.file-not-regular.hint": (
        "entfernen Sie sie oder schließen Sie sie in der Konfiguration aus ('exclude')",
        "remove it or exclude it in the policy ('exclude')",
    ),
    "check.config.too-deep": (
        "Die Konfiguration ist zu tief verschachtelt.",
        "The configuration is nested too deeply.",
    ),
    "check.config.syntax": ("TOML-Syntaxfehler: {reason}.", "TOML syntax error: {reason}."),
    "check.config.text": ("'{key}' muss ein Text sein.", "'{key}' must be a text."),
    "check.config.patterns": (
        "'{key}' muss eine Liste von Mustern sein, z. B. [\"requests/**/*.yaml\"].",
        "'{key}' must be a list of patterns, e.g. [\"requests/**/*.yaml\"].",
    ),
    "check.config.threshold": ("Unbekannte Schwelle '{value}'.", "Unknown threshold '{value}'."),
    "check.config.lang": ("Unbekannte Sprache '{value}'.", "Unknown language '{value}'."),
    "check.config.table": (
        "'{key}' muss eine Tabelle sein ([{key}]).",
        "'{key}' must be a table ([{key}]).",
    ),
    "check.config.level": (
        "Unbekannte Stufe '{value}' für '{rule}'.",
        "Unknown level '{value}' for '{rule}'.",
    ),
    "check.config.fixed": (
        "Die Stufe der Regel '{rule}' ist festgelegt ({level}).",
        "The level of the rule '{rule}' is fixed ({level}).",
    ),
    "check.config.portfolio-key": (
        "Unbekannter Schlüssel '{key}' in [portfolio].",
        "Unknown key '{key}' in [portfolio].",
    ),
    "check.config.publish-names": (
        "'publish-names' ist true oder false.",
        "'publish-names' is true or false.",
    ),
    "check.config.data-licence": (
        "Unbekannte Lizenz '{licence}' für die offenen Daten.",
        "Unknown licence '{licence}' for the open data.",
    ),
    "check.config.url": (
        "'url' ist keine http(s)-Adresse: '{url}'.",
        "'url' is no http(s) address: '{url}'.",
    ),
    "check.config.hint.deviation": (
        "im Einzelfall eine Abweichung im Antrag festhalten ('deviations:')",
        "record a deviation in the request instead ('deviations:')",
    ),
}
