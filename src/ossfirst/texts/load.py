# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of the messages for input that fits its schema but not its context: a request
whose references, decision, market exploration or award method do not add up
(``req.<problem>``, :mod:`ossfirst.load.request`), with the hints that go with them
(``req.hint.<name>``); and a euro amount or a rate written as YAML does not read it
(``num.<problem>``, :mod:`ossfirst.load.numbers`); pairwise comparisons that do not fit
their catalogue (``ahp.<problem>``, :mod:`ossfirst.load.pairwise`); a catalogue that
cannot be found or does not hold together (``cat.<problem>``, :mod:`ossfirst.load.catalogue`);
a path that leads out of its repository (``path.<problem>``, :mod:`ossfirst.load.confine`);
a request that would cost more than the limits allow (``limit.<problem>``,
:mod:`ossfirst.load.cost`)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # references between the request and its catalogue
    "req.duplicate": ("{kind} '{id}' ist doppelt.", "{kind} '{id}' appears twice."),
    "req.kind.requirement": ("Die Anforderung", "The requirement"),
    "req.kind.alternative": ("Die Alternative", "The alternative"),
    "req.no-profile": (
        "Das Gewichtungsprofil '{profile}' gibt es im Katalog '{catalogue}' nicht.",
        "The catalogue '{catalogue}' has no weight profile '{profile}'.",
    ),
    "req.gap.unknown": (
        "Die Lückenschließung von '{alternative}' nennt die Anforderung '{requirement}', "
        "die es nicht gibt.",
        "The gap closing of '{alternative}' names the requirement '{requirement}', which "
        "does not exist.",
    ),
    "req.gap.hint.unknown": (
        "Kennungen aus 'requirements:' des Antrags angeben",
        "give ids from the request's 'requirements:'",
    ),
    "req.gap.twice": (
        "Die Anforderung '{requirement}' steht zweimal in der Lückenschließung von "
        "'{alternative}'.",
        "The requirement '{requirement}' is listed twice in the gap closing of '{alternative}'.",
    ),
    "req.gap.hint.twice": ("jede Anforderung nur einmal nennen", "name each once"),
    "req.gap.met": (
        "'{alternative}' erfüllt die Anforderung '{requirement}' schon; eine "
        "Lückenschließung nennt nur Lücken.",
        "'{alternative}' already meets the requirement '{requirement}'; a gap closing names "
        "only gaps.",
    ),
    "req.gap.not-open-source": (
        "Eine Lückenschließung gibt es nur für Open-Source-Alternativen; die Lizenz von "
        "'{alternative}' ({licence}) ist keine Open-Source-Lizenz.",
        "A gap closing is for open-source alternatives only; the licence of '{alternative}' "
        "({licence}) is not open source.",
    ),
    "req.gap.hint.not-open-source": (
        "entfernen Sie 'gap_closing' bei dieser Alternative",
        "remove 'gap_closing' from this alternative",
    ),
    "req.gap.hint.met": (
        "nur Anforderungen mit partial oder unmet nennen",
        "name only requirements that are partial or unmet",
    ),
    "req.no-proposed": (
        "Die vorgeschlagene Alternative '{id}' gibt es nicht.",
        "The proposed alternative '{id}' does not exist.",
    ),
    "req.no-requirement": (
        "Die Anforderung '{id}' gibt es nicht.",
        "There is no requirement '{id}'.",
    ),
    "req.coverage-missing": (
        "Für '{alternative}' fehlt die Angabe zu: {missing}.",
        "'{alternative}' does not state its coverage of: {missing}.",
    ),
    "req.no-criterion": (
        "Das Kriterium '{criterion}' gibt es im Katalog '{catalogue}' nicht.",
        "The catalogue '{catalogue}' has no criterion '{criterion}'.",
    ),
    "req.computed": (
        "'{criterion}' wird aus den Angaben des Antrags berechnet und nicht bewertet.",
        "'{criterion}' is computed from the request data, not assessed.",
    ),
    "req.knock-out-scores": (
        "'{criterion}' ist ein K.-o.-Kriterium: es wird mit 'passed' bewertet, nicht mit "
        "Punkten mehrerer Bewertender.",
        "'{criterion}' is a knock-out criterion: assess it with 'passed', not with several "
        "assessors' scores.",
    ),
    "req.score-and-scores": (
        "'score' und 'scores' schließen sich aus.",
        "'score' and 'scores' exclude each other.",
    ),
    "req.knock-out-score": (
        "'{criterion}' ist ein K.-o.-Kriterium: es wird mit 'passed: true' oder "
        "'passed: false' bewertet, nicht mit Punkten.",
        "'{criterion}' is a knock-out criterion: assess it with 'passed: true' or "
        "'passed: false', not a score.",
    ),
    "req.assessed-passed": (
        "'{criterion}' wird mit Punkten (score: 0 bis 4) bewertet, nicht mit 'passed'.",
        "'{criterion}' takes a score (0 to 4), not 'passed'.",
    ),
    "req.assessor-twice": (
        "'{assessor}' bewertet dieses Kriterium zweimal.",
        "'{assessor}' assesses this criterion twice.",
    ),
    # what a council paper states
    "req.threshold": (
        "Die {rules} gilt {side} des EU-Schwellenwerts, hier steht '{given}'.",
        "The {rules} applies {side} the EU threshold, but this says '{given}'.",
    ),
    "req.side.below-eu": ("unterhalb", "below"),
    "req.side.above-eu": ("oberhalb", "above"),
    "req.involvement-date": (
        "Eine Beteiligung, die nicht erforderlich ist, hat kein Datum.",
        "An involvement that is not required has no date.",
    ),
    "req.involvement-reason": (
        "Nicht erforderlich: der Grund fehlt.",
        "Not required: the reason is missing.",
    ),
    # the decision
    "req.proposed-missing": (
        "Ein Antrag mit dem Status '{status}' nennt die Alternative, die genehmigt oder "
        "beauftragt wurde; 'proposed' fehlt.",
        "A request with the status '{status}' names the alternative that was approved or "
        "awarded; 'proposed' is missing.",
    ),
    "req.undecided": (
        "'{key}' gehört zu einem entschiedenen Antrag, der Status ist aber '{status}'.",
        "'{key}' belongs to a decided request, but the status is '{status}'.",
    ),
    "req.decided-early": (
        "Die Entscheidung ({decided}) liegt vor dem Datum des Antrags ({date}).",
        "The decision ({decided}) comes before the date of the request ({date}).",
    ),
    # the market exploration
    "req.hit-twice": (
        "Der Treffer '{repository}' steht zweimal in der Markterkundung.",
        "The hit '{repository}' is listed twice in the market exploration.",
    ),
    "req.hit-both": (
        "Ein Treffer ist entweder als Alternative übernommen oder zurückgestellt, nicht beides.",
        "A hit is either taken in as an alternative or set aside, not both.",
    ),
    "req.hit-no-alternative": (
        "Die Alternative '{id}' gibt es nicht.",
        "There is no alternative '{id}'.",
    ),
    "req.hit-reason": (
        "Zurückgestellt aus anderem Grund ('other'): der Grund fehlt.",
        "Set aside for another reason ('other'): the reason is missing.",
    ),
    # deviations
    "req.no-rule": ("Eine Prüfregel '{rule}' gibt es nicht.", "There is no check rule '{rule}'."),
    "req.rule-not-deviable": (
        "Von der Prüfregel '{rule}' kann nicht abgewichen werden.",
        "The check rule '{rule}' does not allow deviations.",
    ),
    "req.deviation-no-alternative": (
        "Die Alternative '{id}' gibt es nicht.",
        "The alternative '{id}' does not exist.",
    ),
    "req.deviation-expires": (
        "Die Abweichung läuft ab, bevor sie beschlossen wurde.",
        "The deviation expires before it was decided.",
    ),
    # award methods, strict selection, minimum SEAL levels
    "req.tie-breaker": (
        "Die erweiterte Richtwertmethode braucht ein vorab angekündigtes "
        "Entscheidungskriterium für Angebote in der Schwankungsbreite.",
        "The extended Richtwertmethode needs a tie-breaker announced in advance for offers "
        "within the corridor.",
    ),
    "req.corridor": (
        "Die erweiterte Richtwertmethode braucht eine Schwankungsbreite.",
        "The extended Richtwertmethode needs a corridor.",
    ),
    "req.price-weight": (
        "Die Methode 'price-points' braucht das Gewicht des Preises.",
        "The method 'price-points' needs the weight of the price.",
    ),
    "req.price-zero": (
        "Für den Preisvergleich nach UfAB braucht '{alternative}' einen Preis über 0.",
        "A UfAB price comparison needs a price above 0 for '{alternative}'.",
    ),
    "req.strict-knock-out": (
        "'{criterion}' ist ein K.-o.-Kriterium und schließt ohnehin aus.",
        "'{criterion}' is a knock-out criterion and excludes anyway.",
    ),
    "req.no-framework": (
        "Der Katalog '{catalogue}' hat keinen Souveränitätsrahmen mit SEAL-Stufen.",
        "The catalogue '{catalogue}' has no sovereignty framework with SEAL levels.",
    ),
    "req.no-objective": (
        "Das Ziel '{objective}' gibt es im Rahmen '{framework}' nicht.",
        "The framework '{framework}' has no objective '{objective}'.",
    ),
    # the hints
    "req.hint.once": ("jede Kennung nur einmal vergeben", "give every id only once"),
    "req.hint.coverage": (
        "je Anforderung met, partial oder unmet angeben",
        "give met, partial or unmet for every requirement",
    ),
    "req.hint.remove-assessment": ("entfernen Sie diese Bewertung", "remove this assessment"),
    "req.hint.scores-only": (
        "bei mehreren Bewertenden nur 'scores' angeben",
        "with several assessors give 'scores' only",
    ),
    "req.hint.assessor-once": ("je bewertende Person ein Eintrag", "one entry per assessor"),
    "req.hint.threshold": (
        "schreiben Sie 'threshold: {expected}' oder wählen Sie die Vergabeordnung, die zum "
        "geschätzten Auftragswert passt",
        "write 'threshold: {expected}' or choose the rules that fit the estimated value",
    ),
    "req.hint.involvement-date": (
        "entfernen Sie 'date' oder 'required: false'",
        "remove 'date' or 'required: false'",
    ),
    "req.hint.note": ("nennen Sie ihn unter 'note'", "give it under 'note'"),
    "req.hint.proposed": (
        "'proposed:' mit der Kennung der Alternative angeben",
        "give 'proposed:' with the id of the alternative",
    ),
    "req.hint.undecided": (
        "'status:' auf approved, rejected oder awarded setzen, oder '{key}' entfernen",
        "set 'status:' to approved, rejected or awarded, or remove '{key}'",
    ),
    "req.hint.both-dates": ("beide Daten prüfen", "check both dates"),
    "req.hint.hit-once": ("führen Sie jeden Treffer einmal auf", "list every hit once"),
    "req.hint.hit-both": (
        "entfernen Sie 'alternative' oder 'set_aside'",
        "remove 'alternative' or 'set_aside'",
    ),
    "req.hint.fix-cause": (
        "beheben Sie die Ursache statt einer Abweichung",
        "fix the cause instead of recording a deviation",
    ),
    "req.hint.dates": ("Daten prüfen", "check the dates"),
    "req.hint.tie-breaker": (
        "ergänzen Sie 'tie_breaker: highest-performance' oder 'tie_breaker: lowest-price' "
        "unter 'award:'",
        "add 'tie_breaker: highest-performance' or 'tie_breaker: lowest-price' under 'award:'",
    ),
    "req.hint.corridor": (
        "ergänzen Sie z. B. 'corridor: 0.05' (höchstens 0.10) unter 'award:'",
        "add e.g. 'corridor: 0.05' (at most 0.10) under 'award:'",
    ),
    "req.hint.price-weight": (
        "ergänzen Sie z. B. 'price_weight: 0.3' unter 'award:'",
        "add e.g. 'price_weight: 0.3' under 'award:'",
    ),
    "req.hint.conversion": (
        "verwenden Sie 'conversion: ratio' (100 × Pmin / P) oder 'conversion: one-sided'",
        "use 'conversion: ratio' (100 × Pmin / P) or 'conversion: one-sided'",
    ),
    "req.hint.costs": ("geben Sie die Kosten an", "state the costs"),
    "req.hint.framework": (
        "verwenden Sie z. B. 'catalogue: eu-csf'",
        "use e.g. 'catalogue: eu-csf'",
    ),
    # numbers written as YAML does not read them
    "num.write": ("schreiben Sie {written}", "write {written}"),
    "num.write-grouped": (
        "schreiben Sie {written} (oder {grouped})",
        "write {written} (or {grouped})",
    ),
    "num.dot-read": (
        "{text} wird als {read} gelesen (in YAML ist der Punkt das Dezimalzeichen).",
        "{text} is read as {read} (in YAML a dot is the decimal point).",
    ),
    "num.cents": (
        "{text}: Euro-Beträge haben höchstens zwei Nachkommastellen (Cent).",
        "{text}: euro amounts have at most two decimals (cents).",
    ),
    "num.not-a-number-for": (
        "'{text}' ist in YAML keine Zahl ({what}).",
        "'{text}' is not a number in YAML ({what}).",
    ),
    "num.what.decimal-comma": ("ein Dezimalkomma", "a decimal comma"),
    "num.what.separators": ("Tausendertrennzeichen", "thousands separators"),
    "num.what.currency": ("{what} und eine Währung", "{what} and a currency"),
    "num.how.decimal-comma": ("mit Dezimalpunkt", "with a decimal point"),
    "num.how.separators": ("ohne Trennzeichen", "without separators"),
    "num.how.currency": ("{how}, ohne Währung", "{how}, without the currency"),
    "num.currency": (
        "'{text}' ist in YAML keine Zahl (eine Währungsangabe).",
        "'{text}' is not a number in YAML (a currency).",
    ),
    "num.rate-read": (
        "{value} wird als Zinssatz von {read} gelesen; erlaubt sind {low} bis {high}.",
        "{value} is read as a rate of {read}; rates from {low} to {high} are allowed.",
    ),
    "num.not-a-number": ("'{text}' ist in YAML keine Zahl.", "'{text}' is not a number in YAML."),
    "num.hint.dot-read": (
        "für {intended} {write}; Euro-Beträge haben höchstens zwei Nachkommastellen",
        "for {intended} {write}; euro amounts have at most two decimals",
    ),
    "num.hint.cents": ("runden Sie auf Cent, z. B. {rounded}", "round to cents, e.g. {rounded}"),
    "num.hint.meant": ("für {intended} {write}, {how}", "for {intended} {write}, {how}"),
    "num.hint.currency": (
        "schreiben Sie {stripped}; Beträge sind immer in EUR",
        "write {stripped}; amounts are always in EUR",
    ),
    "num.hint.rate": (
        "ein Zinssatz ist ein Anteil: für {meant} schreiben Sie {written}",
        "a rate is a fraction: for {meant} write {written}",
    ),
    "num.hint.rate-point": (
        "ein Zinssatz ist ein Anteil mit Dezimalpunkt: für {meant} schreiben Sie {written}",
        "a rate is a fraction with a decimal point: for {meant} write {written}",
    ),
    # pairwise comparisons
    "ahp.profile-missing": (
        "Beim Vergleich der Dimensionen fehlt 'profile:' (Name, Titel und Begründung des "
        "Gewichtungsprofils, das geschrieben wird).",
        "Comparing the dimensions needs 'profile:' (name, title and rationale of the weight "
        "profile to write).",
    ),
    "ahp.no-dimension": (
        "Die Dimension '{dimension}' gibt es im Katalog '{catalogue}' nicht.",
        "The catalogue '{catalogue}' has no dimension '{dimension}'.",
    ),
    "ahp.profile-not-here": (
        "'profile:' gehört nur zum Vergleich der Dimensionen; Kriteriengewichte werden als "
        "'overrides:' geschrieben.",
        "'profile:' belongs to comparing the dimensions only; criterion weights are written "
        "as 'overrides:'.",
    ),
    "ahp.item-count": (
        "Zu vergleichen sind {items} Einträge; möglich sind 2 bis {most}.",
        "There are {items} items to compare; 2 to {most} are possible.",
    ),
    "ahp.not-compared": ("'{name}' wird hier nicht verglichen.", "'{name}' is not compared here."),
    "ahp.itself": (
        "'{name}' wird mit sich selbst verglichen.",
        "'{name}' is compared with itself.",
    ),
    "ahp.compared-twice": (
        "'{more}' und '{than}' sind schon verglichen (Eintrag {entry}).",
        "'{more}' and '{than}' are already compared (entry {entry}).",
    ),
    "ahp.missing": ("Es fehlen Vergleiche: {missing}.", "Comparisons are missing: {missing}."),
    "ahp.hint.example": (
        "ein Beispiel steht in der README unter „Weights from pairwise comparisons (AHP)“",
        "see the example in the README, section 'Weights from pairwise comparisons (AHP)'",
    ),
    "ahp.hint.remove-profile": ("entfernen Sie 'profile:'", "remove 'profile:'"),
    "ahp.hint.once": ("jedes Paar nur einmal", "each pair only once"),
    "ahp.hint.missing": (
        "jedes Paar braucht ein Urteil (bei gleicher Wichtigkeit by: 1)",
        "every pair needs a judgement (by: 1 for equal importance)",
    ),
    # catalogues
    "cat.unknown": (
        "Einen Katalog '{name}' liefert ossfirst nicht mit.",
        "ossfirst ships no catalogue '{name}'.",
    ),
    "cat.unknown-version": (
        "Eine Version {prefix} des Katalogs '{name}' liefert ossfirst nicht mit (mitgeliefert: {shown}).",
        "ossfirst ships no version {prefix} of the catalogue '{name}' (shipped: {shown}).",
    ),
    "cat.missing-file": (
        "Die Katalogdatei '{display}' gibt es nicht.",
        "The catalogue file '{display}' does not exist.",
    ),
    "cat.cycle": (
        "Die Kataloge erweitern sich im Kreis: {shown}",
        "The catalogues extend each other in a cycle: {shown}",
    ),
    "cat.too-deep": (
        "Mehr als {limit} Ebenen 'extends:'.",
        "More than {limit} levels of 'extends:'.",
    ),
    "cat.overrides-alone": (
        "'overrides' gibt es nur in einem Katalog mit 'extends:'.",
        "'overrides' needs 'extends:'.",
    ),
    "cat.criterion-twice": (
        "Das Kriterium '{id}' ist doppelt definiert.",
        "The criterion '{id}' is defined twice.",
    ),
    "cat.dimensions-in-extension": (
        "Ein erweiternder Katalog kann keine Dimensionen festlegen.",
        "A catalogue that extends another cannot define dimensions.",
    ),
    "cat.inherited": (
        "Das Kriterium '{id}' erbt der Katalog bereits.",
        "The criterion '{id}' is already inherited.",
    ),
    "cat.no-base-criterion": (
        "Das Kriterium '{id}' gibt es im Basiskatalog nicht.",
        "The base catalogue has no criterion '{id}'.",
    ),
    "cat.knock-out-floor": (
        "Ein K.-o.-Kriterium hat keine Mindestpunktzahl.",
        "A knock-out criterion has no floor.",
    ),
    "cat.floor-lowered": (
        "Die Mindestpunktzahl darf nur steigen (geerbt: {floor}).",
        "A floor may only be tightened (inherited: {floor}).",
    ),
    "cat.metric-changed": (
        "Nur die Schwellen einer berechneten Kennzahl lassen sich ändern, nicht die Kennzahl.",
        "Only the thresholds of a computed criterion can change, not its metric.",
    ),
    "cat.dimension-twice": ("Eine Dimension ist doppelt.", "A dimension is defined twice."),
    "cat.too-many-criteria": (
        "Der Katalog hat mehr als {limit} Kriterien (geerbte mitgezählt).",
        "The catalogue has more than {limit} criteria (inherited ones included).",
    ),
    "cat.no-dimension": ("Die Dimension '{id}' gibt es nicht.", "There is no dimension '{id}'."),
    "cat.dimension-unweighted": (
        "Die Dimension '{id}' hat kein gewichtetes Kriterium.",
        "The dimension '{id}' has no weighted criterion.",
    ),
    "cat.profile-missing": (
        "Das Profil '{name}' gewichtet {missing} nicht.",
        "The profile '{name}' gives no weight to {missing}.",
    ),
    "cat.profile-sum": (
        "Die Gewichte des Profils '{name}' ergeben {total} statt 100.",
        "The weights of profile '{name}' sum to {total}, not 100.",
    ),
    "cat.two-sided": (
        "Die zweiseitige Interpolation zwischen niedrigstem und höchstem Preis ist "
        "unzulässig: Die Punkte jedes Angebots hingen dann vom teuersten Angebot ab, ein "
        "einzelnes Ausreißerangebot könnte die Rangfolge der übrigen umkehren, und "
        "Vergabekammern haben die Methode deshalb beanstandet.",
        "Two-sided interpolation between the lowest and the highest price is not "
        "admissible: every offer's points would depend on the dearest offer, a single outlier "
        "could reverse the order of the others, and review bodies have objected to the method "
        "for that reason.",
    ),
    "cat.no-profile": (
        "Der Katalog hat kein Gewichtungsprofil.",
        "The catalogue has no weight profile.",
    ),
    "cat.no-default-profile": (
        "Das Standardprofil '{name}' gibt es nicht.",
        "The default profile '{name}' does not exist.",
    ),
    "cat.levels": (
        "Jede Stufe 0 bis {max} braucht eine Beschreibung.",
        "Every level 0 to {max} needs a description.",
    ),
    "cat.objective-twice": ("Das Ziel '{id}' ist doppelt.", "The objective '{id}' appears twice."),
    "cat.objective-criterion": (
        "Das Ziel '{id}' braucht ein bewertetes oder berechnetes Kriterium des Katalogs, nicht '{criterion}'.",
        "The objective '{id}' needs an assessed or computed criterion of the catalogue, not '{criterion}'.",
    ),
    "cat.criterion-taken": (
        "Das Kriterium '{id}' gehört schon zu einem anderen Ziel.",
        "The criterion '{id}' already belongs to another objective.",
    ),
    "cat.objectives-unweighted": (
        "Die Kriterien der Ziele haben zusammen kein Gewicht.",
        "The objectives' criteria have no weight together.",
    ),
    "cat.floor-twice": (
        "Die Mindestanforderung '{id}' ist doppelt.",
        "The evidence floor '{id}' is defined twice.",
    ),
    "cat.floor-one-test": (
        "Eine Mindestanforderung prüft genau eines: 'scorecard' oder 'publiccode'.",
        "An evidence floor tests exactly one thing: 'scorecard' or 'publiccode'.",
    ),
    "cat.no-scorecard-check": (
        "Eine Scorecard-Prüfung '{check}' gibt es nicht.",
        "There is no Scorecard check '{check}'.",
    ),
    "cat.at-least-archived": (
        "'at_least' gehört zu einer Scorecard-Prüfung, nicht zu 'not-archived'.",
        "'at_least' belongs to a Scorecard check, not to 'not-archived'.",
    ),
    "cat.at-least": (
        "'at_least' gehört zu einer Scorecard-Prüfung.",
        "'at_least' belongs to a Scorecard check.",
    ),
    "cat.cap-criterion": (
        "'{id}' ist kein bewertetes oder berechnetes Kriterium des Katalogs.",
        "'{id}' is no assessed or computed criterion of the catalogue.",
    ),
    "cat.no-question": (
        "Die Frage '{ref}' steht in keiner Quelle unter 'sources'.",
        "No source under 'sources' has the question '{ref}'.",
    ),
    "cat.knock-out-levels": (
        "Ein K.-o.-Kriterium hat keine Stufen (nur bestanden/nicht bestanden).",
        "A knock-out criterion has no levels (only passed / not passed).",
    ),
    "cat.knock-out-weight": (
        "Ein K.-o.-Kriterium hat kein Gewicht.",
        "A knock-out criterion has no weight.",
    ),
    "cat.knock-out-computation": (
        "Ein K.-o.-Kriterium hat weder Mindestpunktzahl noch Berechnung.",
        "A knock-out criterion has neither a floor nor a computation.",
    ),
    "cat.knock-out-selection": (
        "Ein K.-o.-Kriterium schließt ohnehin aus; es braucht keine Auswahlmarke.",
        "A knock-out criterion excludes anyway; it takes no selection mark.",
    ),
    "cat.assessed-computation": (
        "Ein bewertetes Kriterium hat keine Berechnung.",
        "An assessed criterion has no computation.",
    ),
    "cat.computation-missing": (
        "Ein berechnetes Kriterium braucht 'computation'.",
        "A computed criterion needs 'computation'.",
    ),
    "cat.thresholds-missing": (
        "Die Kennzahl '{metric}' braucht vier 'thresholds'.",
        "The metric '{metric}' needs four 'thresholds'.",
    ),
    "cat.thresholds-rise": (
        "Die Schwellen müssen von Stufe 4 zu Stufe 1 steigen.",
        "The thresholds must rise from level 4 to level 1.",
    ),
    "cat.thresholds-fall": (
        "Die Schwellen müssen von Stufe 4 zu Stufe 1 fallen.",
        "The thresholds must fall from level 4 to level 1.",
    ),
    "cat.category-levels": (
        "Die Kennzahl '{metric}' braucht eine Stufe für genau: {wanted}.",
        "The metric '{metric}' needs a level for exactly: {wanted}.",
    ),
    "cat.fixed-levels": (
        "Die Kennzahl '{metric}' hat feste Stufen.",
        "The metric '{metric}' has fixed levels.",
    ),
    "cat.hint.version": (
        "nennen Sie eine mitgelieferte Version, z. B. '{example}'",
        "name a shipped version, e.g. '{example}'",
    ),
    "cat.hint.did-you-mean": (
        "meinten Sie '{guess}'? Oder geben Sie den Pfad eines eigenen Katalogs an",
        "did you mean '{guess}'? Or give the path of a local catalogue",
    ),
    "cat.hint.shipped": (
        "mitgeliefert: {shown}; oder geben Sie den Pfad eines eigenen Katalogs an",
        "shipped: {shown}; or give the path of a local catalogue",
    ),
    "cat.hint.cycle": ("entfernen Sie eines der 'extends:'", "remove one of the 'extends:'"),
    "cat.hint.complete": (
        "ein Katalog ohne 'extends:' muss vollständig sein",
        "a catalogue without 'extends:' must be complete",
    ),
    "cat.hint.dimensions": ("entfernen Sie 'dimensions:'", "remove 'dimensions:'"),
    "cat.hint.overrides": ("ändern Sie es unter 'overrides:'", "change it under 'overrides:'"),
    "cat.hint.floor": ("setzen Sie {floor} oder mehr", "use {floor} or more"),
    "cat.hint.merge": ("fassen Sie Kriterien zusammen", "merge criteria"),
    "cat.hint.conversion": ("verwenden Sie 'ratio' oder 'one-sided'", "use 'ratio' or 'one-sided'"),
    # paths confined to a repository
    "path.absolute": ("Der Pfad '{shown}' ist absolut.", "The path '{shown}' is absolute."),
    "path.unfollowable": (
        "Dem Pfad '{shown}' lässt sich nicht folgen: {reason}.",
        "The path '{shown}' cannot be followed: {reason}.",
    ),
    "path.reason.nul": ("er enthält ein Nullbyte", "it contains a NUL byte"),
    "path.reason.loop": ("die Links bilden eine Schleife", "its links form a loop"),
    "path.outside": (
        "'{shown}': {how} aus dem Repository ({root}) hinaus.",
        "'{shown}': {how} outside the repository ({root}).",
    ),
    "path.how.symlink": ("ein symbolischer Link führt", "a symbolic link leads"),
    "path.how.path": ("der Pfad führt", "the path leads"),
    "path.hint.relative": (
        "geben Sie den Pfad relativ zur Antragsdatei an",
        "give the path relative to the request file",
    ),
    "path.hint.into-repository": (
        "legen Sie die Datei in das Repository des Antrags",
        "put the file into the request's repository",
    ),
    "path.hint.evidence-into-repository": (
        "legen Sie die Nachweisdatei in das Repository des Antrags",
        "put the evidence file into the request's repository",
    ),
    "path.hint.catalogue-into-repository": (
        "legen Sie den Katalog in das Repository, oder nennen Sie ihn in ossfirst.toml oder mit "
        "--catalogue",
        "put the catalogue into the repository, or name it in ossfirst.toml or with --catalogue",
    ),
    # what a request may cost
    "limit.coverage": (
        "Bei {alternatives} Alternativen sind höchstens {allowed} Anforderungen möglich: jede "
        "Alternative gibt ihre Erfüllung jeder Anforderung an, höchstens {cells} Angaben im "
        "Ganzen.",
        "With {alternatives} alternatives at most {allowed} requirements are possible: each "
        "alternative states its coverage of each, at most {cells} statements in all.",
    ),
    "limit.draws": (
        "{draws} Monte-Carlo-Ziehungen{whose} für {alternatives} Alternativen sind zu viel: "
        "höchstens {work} Ziehungen × Alternativen.",
        "{draws} Monte-Carlo draws{whose} for {alternatives} alternatives are too many: at "
        "most {work} draws × alternatives.",
    ),
    "limit.draws-of-catalogue": (
        " (aus dem Katalog '{catalogue}')",
        " (from the catalogue '{catalogue}')",
    ),
    "limit.hint.coverage": (
        "fassen Sie Anforderungen zusammen oder teilen Sie den Antrag",
        "merge requirements or split the request",
    ),
    "limit.hint.draws": (
        "setzen Sie 'sensitivity: {{draws: {allowed}}}' oder weniger (oder --draws beim Aufruf)",
        "set 'sensitivity: {{draws: {allowed}}}' or fewer (or --draws on the command line)",
    ),
}
