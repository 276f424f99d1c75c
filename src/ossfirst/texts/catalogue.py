# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of what version 2 of the standard catalogue brings: the values of its new computed
criteria, evidence floors, licence rules, catalogue versions and the upgrade impact."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # the values of the new computed criteria
    "metric.operators.one": ("ein möglicher Betreiber", "one possible operator"),
    "metric.operators.other": ("{count} mögliche Betreiber", "{count} possible operators"),
    "exit-plan.none": ("kein Ausstiegsplan", "no exit plan"),
    "exit-plan.incomplete": ("Ausstiegsplan unvollständig", "exit plan incomplete"),
    "exit-plan.untested": ("Ausstiegsplan nicht getestet", "exit plan not tested"),
    "exit-plan.expired": ("Test oder Überprüfung abgelaufen", "test or review expired"),
    "exit-plan.tested": ("getestet und überprüft", "tested and reviewed"),
    "framework-contract.none": ("kein Vertrag", "no contract"),
    "framework-contract.partial": ("Vertrag deckt nur einen Teil ab", "contract covers part only"),
    "framework-contract.joinable": (
        "Rahmenvertrag einer anderen Stelle (Beitritt nötig)",
        "another body's framework agreement (to be joined)",
    ),
    "framework-contract.expires": (
        "Vertrag endet vor dem Ende des Betrachtungszeitraums",
        "contract ends before the end of the horizon",
    ),
    "framework-contract.covered": (
        "Vertrag deckt den ganzen Betrachtungszeitraum ab",
        "contract covers the whole horizon",
    ),
    # levels evidence files give the new assessed criteria
    "imported.sbom-licence-blocking": (
        "Lizenz von {component} auf Zeit ({term}): Endet sie, endet die Nutzung",
        "licence of {component} for a term ({term}): when it ends, the use ends",
    ),
    "imported.pc-docs-api": (
        "API-Dokumentation angegeben ({api}; Dokumentation: {documentation}); ob sie "
        "vollständig und offen spezifiziert ist (Stufe 4), beurteilt eine Person",
        "API documentation stated ({api}; documentation: {documentation}); whether it is "
        "complete and openly specified (level 4) is for a person to judge",
    ),
    "imported.pc-docs-only": (
        "Dokumentation angegeben ({documentation}), keine API-Dokumentation (apiDocumentation)",
        "documentation stated ({documentation}), no API documentation (apiDocumentation)",
    ),
    # evidence floors
    "sec.floors": ("Mindestanforderungen an Nachweise", "Evidence floors"),
    "fl.intro": (
        "Der Katalog verlangt von Nachweisdateien bestimmte Eigenschaften. Ist eine nicht "
        "erfüllt, ist die Alternative ausgeschlossen oder ein Kriterium zählt höchstens mit "
        "der genannten Stufe. Die Prüfungen der OpenSSF Scorecard stehen mit ihrer eigenen "
        "Begründung da. Eine Anforderung gilt für Alternativen mit einer Datei ihrer Art.",
        "The catalogue requires certain properties of evidence files. Where one is not met, "
        "the alternative is excluded or a criterion counts at most with the level named. "
        "OpenSSF Scorecard's checks are shown with their own reason. A floor applies to "
        "alternatives with a file of its kind.",
    ),
    "fl.unjudged": (
        "Ohne Scorecard-Ergebnis und ohne publiccode.yml, daher nicht geprüft: {names}.",
        "Without a Scorecard result and without a publiccode.yml, so not judged: {names}.",
    ),
    "tab.floors": ("Mindestanforderungen an Nachweise", "Evidence floors"),
    "fl.col.requirement": ("Anforderung", "Requirement"),
    "fl.col.found": ("Nachweisdatei sagt", "The file says"),
    "fl.col.outcome": ("Ergebnis", "Outcome"),
    "fl.req.check": (
        "Scorecard-Prüfung {check} mindestens {at_least} von 10",
        "Scorecard check {check} at least {at_least} of 10",
    ),
    "fl.req.not-archived": (
        "Repository nicht archiviert (Scorecard, Maintained)",
        "repository not archived (Scorecard, Maintained)",
    ),
    "fl.req.maintained": (
        "publiccode.yml: Wartung nicht „none“",
        'publiccode.yml: maintenance not "none"',
    ),
    "fl.req.contract-current": (
        "publiccode.yml: ein Wartungsvertrag läuft über das Antragsdatum hinaus",
        "publiccode.yml: a maintenance contract runs beyond the request date",
    ),
    "fl.req.stable": (
        "publiccode.yml: Entwicklungsstand „stable“",
        'publiccode.yml: development status "stable"',
    ),
    "fl.found.check": ("{score}: „{reason}“", '{score}: "{reason}"'),
    "fl.found.missing": (
        "keine Prüfung {check} in der Datei",
        "no check {check} in the file",
    ),
    "fl.found.contract": ("Vertrag bis {date}", "contract until {date}"),
    "fl.status.met": ("erfüllt", "met"),
    "fl.status.unverified": ("nicht prüfbar", "cannot be checked"),
    "fl.status.not-applicable": ("entfällt", "does not apply"),
    "fl.status.knock-out": ("nicht erfüllt: ausgeschlossen", "not met: excluded"),
    "fl.status.cap": (
        "nicht erfüllt: {criterion} zählt höchstens Stufe {at_most}",
        "not met: {criterion} counts at most level {at_most}",
    ),
    "crit.capped": (
        "(höchstens {at_most} nach {floors}; sonst {score})",
        "(at most {at_most} by {floors}; else {score})",
    ),
    "ko.evidence-floor": (
        "{requirement}: nicht erfüllt ({file}: {found})",
        "{requirement}: not met ({file}: {found})",
    ),
    "cause.evidence-floor": ("Mindestanforderungen an Nachweise", "evidence floors"),
    "check.knockout.evidence-floor": (
        "Mindestanforderung an Nachweise nicht erfüllt",
        "evidence floor not met",
    ),
    "msg.evidence-floor-unverified": (
        "{alternative}: die Mindestanforderung {floor} lässt sich mit {file} nicht prüfen "
        "(die Prüfung fehlt oder hat kein Ergebnis).",
        "{alternative}: the evidence floor {floor} cannot be checked with {file} (the check "
        "is missing or inconclusive).",
    ),
    # licence rules
    "method.licence.osi-and-fsf": (
        "Open Source heißt nach der Lizenzregel dieses Katalogs (osi-and-fsf): Der "
        "SPDX-Lizenzausdruck ist allein mit Lizenzen erfüllbar, die die OSI anerkennt und "
        "die FSF als frei einstuft (bei OR genügt ein Zweig, bei AND müssen alle erfüllt "
        "sein). Datenstand: SPDX License List {spdx}.",
        "Open source means, under this catalogue's licence rule (osi-and-fsf): the SPDX "
        "licence expression can be satisfied with licences that are both OSI-approved and "
        "FSF-free alone (OR needs one branch, AND needs all). Data: SPDX License List {spdx}.",
    ),
    "method.licence.osi-or-fsf": (
        "Open Source heißt nach der Lizenzregel dieses Katalogs (osi-or-fsf): Der "
        "SPDX-Lizenzausdruck ist allein mit Lizenzen erfüllbar, die die OSI anerkennt oder "
        "die FSF als frei einstuft (bei OR genügt ein Zweig, bei AND müssen alle erfüllt "
        "sein). Datenstand: SPDX License List {spdx}.",
        "Open source means, under this catalogue's licence rule (osi-or-fsf): the SPDX "
        "licence expression can be satisfied with licences that are OSI-approved or FSF-free "
        "alone (OR needs one branch, AND needs all). Data: SPDX License List {spdx}.",
    ),
    # check rules
    "check.rule.exit-plan.title": (
        "Kein getesteter Ausstiegsplan",
        "No tested exit plan",
    ),
    "check.rule.exit-plan.help": (
        "Vorgeschlagen ist proprietäre Software oder ein SaaS-Dienst, aber die Anfrage nennt "
        "keinen vollständigen Ausstiegsplan, der innerhalb seiner Frist getestet und "
        "überprüft ist (Art. 28 Abs. 8 DORA, EBA/GL/2019/02). Ergänzen Sie 'exit_plan' mit "
        "Dokument, Rollen, Auslösern, Zielsystem, Datenexport und dem Tag des letzten Tests "
        "('tested_on'); ein Test gilt so lange wie ein Nachweis im Katalog. Gilt nur unter "
        "einem Katalog mit dem Kriterium „Getesteter Ausstiegsplan“.",
        "Proprietary software or a SaaS service is proposed, but the request names no complete "
        "exit plan that was tested and reviewed within its period (Art. 28(8) DORA, "
        "EBA/GL/2019/02). Add 'exit_plan' with its document, roles, triggers, target system, "
        "data export and the day of the last test ('tested_on'); a test is valid as long as "
        "evidence in the catalogue. Applies only under a catalogue with the criterion "
        '"Tested exit plan".',
    ),
    "check.msg.exit-plan": (
        "{alternative} ist proprietär oder SaaS und hat keinen getesteten Ausstiegsplan: {state}.",
        "{alternative} is proprietary or SaaS and has no tested exit plan: {state}.",
    ),
    "check.exit-state.missing": ("keine Angabe 'exit_plan'", "no 'exit_plan' given"),
    "check.exit-state.none": ("es gibt keinen Plan", "there is no plan"),
    "check.exit-state.incomplete": (
        "Rollen, Auslöser, Zielsystem oder Datenexport fehlen",
        "roles, triggers, target system or data export are missing",
    ),
    "check.exit-state.untested": ("der Plan ist nicht getestet", "the plan has not been tested"),
    "check.exit-state.expired": (
        "der letzte Test oder die letzte Überprüfung ist abgelaufen",
        "the last test or review has expired",
    ),
    "check.rule.unpinned-catalogue.title": (
        "Katalogversion nicht festgelegt",
        "Catalogue version not pinned",
    ),
    "check.rule.unpinned-catalogue.help": (
        "Die Anfrage nennt den Katalog ohne Version (oder ein lokaler Katalog erweitert ihn "
        "ohne Version): Sie würde mit jeder neuen Version von ossfirst nach dem neuesten "
        "Katalog bewertet. Legen Sie die Version fest, z. B. 'catalogue: standard@2.0' oder "
        "'extends: standard@2.0'; dann bewertet ossfirst die Anfrage auch in Jahren noch "
        "Byte für Byte gleich. Die Regel ist aus, bis ein Repository sie einschaltet.",
        "The request names its catalogue without a version (or a local catalogue extends it "
        "without one): every new ossfirst release would evaluate it under the newest "
        "catalogue. Pin the version, e.g. 'catalogue: standard@2.0' or 'extends: "
        "standard@2.0'; ossfirst then evaluates the request byte for byte the same years "
        "later. The rule is off until a repository turns it on.",
    ),
    "check.msg.unpinned-catalogue": (
        "Der Katalog '{reference}' ist ohne Version genannt; bewertet wurde mit "
        "'{pinned}': Legen Sie die Version fest.",
        "The catalogue '{reference}' is named without its version; it was evaluated with "
        "'{pinned}': pin that version.",
    ),
    # check --compare-catalogue: the upgrade impact
    "impact.title": ("Auswirkung einer neuen Katalogversion", "Upgrade impact of a catalogue"),
    "impact.head": (
        "Jede Anfrage bewertet nach ihrem eigenen Katalog und nach {reference}; genannt sind die "
        "Anfragen, deren Ergebnis, Empfehlung oder Zulässigkeit sich ändert.",
        "Every request evaluated under its own catalogue and under {reference}; listed are the "
        "requests whose verdict, recommendation or eligibility changes.",
    ),
    "impact.request": ("{title} ({before} -> {after})", "{title} ({before} -> {after})"),
    "impact.invalid": (
        "Unter dem neuen Katalog nicht bewertbar:",
        "Cannot be evaluated under the new catalogue:",
    ),
    "impact.none": ("keine", "none"),
    "impact.recommendation": (
        "Empfehlung: {before} -> {after}",
        "Recommendation: {before} -> {after}",
    ),
    "impact.verdict": ("Ergebnis: {before} -> {after}", "Verdict: {before} -> {after}"),
    "impact.eligible": (
        "{name} wird zulässig (bisher ausgeschlossen durch {knockouts})",
        "{name} becomes eligible (excluded before by {knockouts})",
    ),
    "impact.excluded": (
        "{name} wird ausgeschlossen: {knockouts}",
        "{name} is excluded: {knockouts}",
    ),
    "impact.criteria": (
        "Kriterien, die den Vorsprung zugunsten von {after} verschieben (Punkte):",
        "Criteria that move the lead towards {after} (points):",
    ),
    "impact.new": ("neu", "new"),
    "impact.removed": ("entfällt", "removed"),
    "impact.summary.one": (
        "{count} Anfrage: {changed} ändert sich, {same} bleibt gleich ({untouched} mit "
        "unverändertem Katalog), {failed} nicht bewertbar.",
        "{count} request: {changed} changes, {same} stays the same ({untouched} whose "
        "catalogue it leaves as is), {failed} cannot be evaluated.",
    ),
    "impact.summary.other": (
        "{count} Anfragen: {changed} ändern sich, {same} bleiben gleich ({untouched} mit "
        "unverändertem Katalog), {failed} nicht bewertbar.",
        "{count} requests: {changed} change, {same} stay the same ({untouched} whose "
        "catalogue it leaves as is), {failed} cannot be evaluated.",
    ),
}
