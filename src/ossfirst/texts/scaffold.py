# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of the request ``ossfirst init`` writes (``scaffold/request.yaml.j2``): its opening
comments, the example values of a new request (``scaffold.example.<key>``) and the comment
beside each key (``scaffold.note.<key>``), in the language of the request."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "scaffold.catalogue": ("Katalog", "catalogue"),
    "scaffold.replace": (
        "Ersetzen Sie die Beispielwerte; prüfen und bewerten Sie dann mit:",
        "Replace the example values, then check and evaluate with:",
    ),
    "scaffold.quotes": (
        "Texte mit Doppelpunkt oder #: in Anführungszeichen setzen.",
        "Put texts containing a colon or # in quotes.",
    ),
    "scaffold.note.id": (
        "Kennung/Aktenzeichen: Buchstaben, Ziffern, . _ -",
        "id or file number: letters, digits, . _ -",
    ),
    "scaffold.example.title": ("Neue Softwarelösung", "New software solution"),
    "scaffold.example.organisation": ("Stadt Musterstadt", "City of Exampletown"),
    "scaffold.example.department": ("Amt 10 – Digitalisierung", "Office 10 – Digital services"),
    "scaffold.note.contact": (
        "Ansprechperson für Rückfragen (Name, Telefon, E-Mail)",
        "contact person for questions (name, phone, e-mail)",
    ),
    "scaffold.note.date": ("Datum des Antrags (JJJJ-MM-TT)", "date of the request (YYYY-MM-DD)"),
    "scaffold.note.language": ("Sprache des Berichts: de oder en", "report language: de or en"),
    "scaffold.note.profile": ("Gewichtungsprofil:", "weight profile:"),
    "scaffold.note.horizon_years": ("Betrachtungszeitraum in Jahren", "horizon in years"),
    "scaffold.council": (
        "Für die Beschlussvorlage (leer lassen, was noch nicht feststeht):",
        "For the council paper (leave empty what is not settled yet):",
    ),
    "scaffold.note.budget": (
        "Haushaltsmittel in EUR, ohne Tausendertrennzeichen",
        "budget in EUR, without thousands separators",
    ),
    "scaffold.note.budget_line": (
        "Haushaltsstelle, Produkt oder Sachkonto",
        "budget line, product or account",
    ),
    "scaffold.note.first_budget_year": (
        "erstes belastetes Haushaltsjahr, z. B.",
        "first budget year burdened, e.g.",
    ),
    "scaffold.note.procurement": ("Vergabe", "award procedure"),
    "scaffold.note.rules": (
        "uvgo (unterhalb des EU-Schwellenwerts) | vgv (oberhalb) | other",
        "uvgo (below the EU threshold) | vgv (above) | other",
    ),
    "scaffold.note.competition": (
        "true: mit Teilnahmewettbewerb",
        "true: with a call for competition",
    ),
    "scaffold.note.prepared_by": ("verfasst von", "prepared by"),
    "scaffold.note.date-format": ("JJJJ-MM-TT", "YYYY-MM-DD"),
    "scaffold.note.approved_by": ("freigegeben von", "approved by"),
    "scaffold.note.involvement": (
        "Beteiligungen: Datum; oder required: false und unter note der Grund",
        "involvement: the date; or required: false and the reason under note",
    ),
    "scaffold.note.data_protection_officer": (
        "Datenschutzbeauftragte oder Datenschutzbeauftragter",
        "data protection officer",
    ),
    "scaffold.note.staff_council": ("Personalrat", "staff council (Personalrat)"),
    "scaffold.note.disability_representative": (
        "Schwerbehindertenvertretung",
        "representative of severely disabled employees (Schwerbehindertenvertretung)",
    ),
    "scaffold.example.need": (
        "Beschreiben Sie hier den Bedarf: was gebraucht wird, wofür, für wie viele Beschäftigte.",
        "Describe the need here: what is needed, what for, for how many staff.",
    ),
    "scaffold.note.requirements": ("must: true = Ausschlusskriterium", "must: true = knock-out"),
    "scaffold.example.must": (
        "Eine Anforderung, die jede Lösung erfüllen muss",
        "A requirement every solution must meet",
    ),
    "scaffold.example.wish": ("Eine wünschenswerte Anforderung", "A desirable requirement"),
    "scaffold.note.licence": (
        "SPDX-Ausdruck, z. B. EUPL-1.2, Apache-2.0 OR MIT; proprietär: LicenseRef-Proprietary",
        "SPDX expression, e.g. EUPL-1.2, Apache-2.0 OR MIT; proprietary: LicenseRef-Proprietary",
    ),
    "scaffold.note.reuse": (
        "true: Software, die eine öffentliche Stelle schon besitzt oder betreibt",
        "true: software a public body already owns or runs",
    ),
    "scaffold.note.operator_jurisdiction": (
        "Sitzland des Betreibers (ISO 3166, zwei Buchstaben)",
        "operator's country (ISO 3166, two letters)",
    ),
    "scaffold.note.parent_jurisdiction": (
        "Sitz der Muttergesellschaft, falls vorhanden",
        "parent company's country, if any",
    ),
    "scaffold.note.providers": (
        "unabhängige Firmen, die liefern, betreiben und weiterentwickeln können",
        "independent firms able to deliver, operate and develop it",
    ),
    "scaffold.note.supplier": (
        "wer sie verkauft oder betreibt (optional, für die Anbieterkonzentration im Portfolio)",
        "who sells or runs it (optional, for supplier concentration in the portfolio)",
    ),
    "scaffold.note.operators": (
        "unabhängige Stellen, die diese Software mit Ihren Daten betreiben können, Sie selbst eingeschlossen",
        "independent parties able to run this software with your data, yourselves included",
    ),
    "scaffold.note.framework_contract": (
        "Rahmen- oder Supportvertrag (holder: body | service-provider | other-body; scope: full | partial), oder: none",
        "framework or support contract (holder: body | service-provider | other-body; scope: full | partial), or: none",
    ),
    "scaffold.note.exit_plan": ("Ausstiegsplan, oder: none", "exit plan, or: none"),
    "scaffold.note.standards": (
        "unterstützte Formate, Protokolle, Schnittstellen",
        "supported formats, protocols, interfaces",
    ),
    "scaffold.note.evidence": (
        "Nachweisdateien, relativ zu diesem Antrag (optional)",
        "evidence files, relative to this request (optional)",
    ),
    "scaffold.note.costs": (
        "in EUR, ohne Tausendertrennzeichen",
        "in EUR, without thousands separators",
    ),
    "scaffold.note.exit": (
        "Ausstiegskosten (Migration weg von der Lösung)",
        "exit cost (migrating away)",
    ),
    "scaffold.note.gap_closing": (
        "beauftragte Entwicklung, die Lücken schließt (nur Open Source; published: upstream | opencode | none): wird als eigene Alternative <id>+gap-closing bewertet",
        "commissioned development that closes gaps (open source only; published: upstream | opencode | none): evaluated as an alternative of its own, <id>+gap-closing",
    ),
    "scaffold.note.assessments": (
        "score 0–4 (leer = noch nicht bewertet; die Stufen stehen unter jedem Kriterium), Begründung, Nachweis, Datum",
        "score 0–4 (empty = not yet assessed; the levels are listed under each criterion), rationale, evidence, date",
    ),
    "scaffold.note.proposed": (
        "Kennung der vorgeschlagenen Alternative",
        "id of the proposed alternative",
    ),
    "scaffold.note.justification": (
        "Pflicht, wenn der Vorschlag von der Empfehlung abweicht",
        "required when the proposal departs from the recommendation",
    ),
    "scaffold.note.status": (
        "draft | submitted | approved | rejected | awarded; nur approved und awarded zählen als Ausgaben im Portfolio",
        "draft | submitted | approved | rejected | awarded; only approved and awarded count as spending in the portfolio",
    ),
    "scaffold.note.decided_on": (
        "Datum der Entscheidung, sobald entschieden",
        "date of the decision, once decided",
    ),
    "scaffold.example.decided_by": ("Ausschuss für Digitalisierung", "Digital committee"),
    "scaffold.note.decided_by": (
        "das entscheidende Gremium (Amt, Ausschuss, Rat)",
        "the body that decided (department, committee, council)",
    ),
}
