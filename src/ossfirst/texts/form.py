# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of the request form in Excel (``ossfirst init form.xlsx``): sheet names, field and
column labels, notes, drop-down words, and the messages about a form that cannot be read.

The form is read in either language: a sheet, a label or a drop-down word is recognised in
German and in English, whatever language the form was written in. Sheet names have at most
31 characters (Excel's limit).
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # sheets
    "form.sheet.guide": ("Anleitung", "Guide"),
    "form.sheet.request": ("Antrag", "Request"),
    "form.sheet.requirements": ("Anforderungen", "Requirements"),
    "form.sheet.alternatives": ("Alternativen", "Alternatives"),
    "form.sheet.costs": ("Kosten", "Costs"),
    "form.sheet.assessments": ("Bewertungen", "Assessments"),
    "form.sheet.assessors": ("Bewertende", "Assessors"),
    "form.sheet.deviations": ("Abweichungen", "Deviations"),
    "form.sheet.catalogues": ("Kataloge", "Catalogues"),
    "form.sheet.searches": ("Suchen", "Searches"),
    "form.sheet.hits": ("Treffer", "Hits"),
    "form.sheet.levels": ("Stufen", "Levels"),
    # the guide
    "form.guide.title": ("Beschaffungsantrag für ossfirst", "Procurement request for ossfirst"),
    "form.guide.written-from": (
        "Geschrieben aus {source} (ossfirst convert)",
        "Written from {source} (ossfirst convert)",
    ),
    "form.guide.catalogue": ("Katalog: {catalogue}", "Catalogue: {catalogue}"),
    "form.guide.lines": (
        "Füllen Sie die gelb hinterlegten Zellen aus; Zellen mit Auswahlliste bieten die "
        "erlaubten Werte an.\n"
        "Antrag: Angaben zum Antrag, je Zeile ein Feld (Spalte B).\n"
        "Anforderungen: je Zeile eine Anforderung; rechts je Alternative, wie sie die "
        "Anforderung erfüllt.\n"
        "Alternativen: je Zeile eine Alternative. Eine neue Alternative braucht auch eine Spalte "
        "auf dem Blatt Anforderungen (Überschrift: ihre Kennung) und ihre Zeilen auf den "
        "Blättern Kosten und Bewertungen.\n"
        "Kosten: je Zeile eine Kostenposition in EUR (einmalig, jährlich oder Ausstieg).\n"
        "Bewertungen: je Alternative und Kriterium eine Zeile; Stufe 0 bis 4 aus der Liste "
        "(die Bedeutung jeder Stufe steht darin und auf dem Blatt Stufen), bei K.-o.-Kriterien "
        "ja oder nein. Leer lassen, solange nicht bewertet.\n"
        "Bewertende: nur wenn mehrere Personen ein Kriterium bewerten, je Person eine Zeile "
        "(die Stufe auf dem Blatt Bewertungen bleibt dann leer).\n"
        "Abweichungen: genehmigte Abweichungen von Prüfregeln (optional).\n"
        "Zeilen dürfen eingefügt und gelöscht werden; Blätter und Spaltenüberschriften bleiben, "
        "wie sie sind. Keine verbundenen Zellen, keine Makros.",
        "Fill in the cells shaded yellow; cells with a drop-down list offer the values "
        "allowed.\n"
        "Request: the request's details, one field per row (column B).\n"
        "Requirements: one requirement per row; to the right, per alternative, how it meets the "
        "requirement.\n"
        "Alternatives: one alternative per row. A new alternative also needs a column on the "
        "sheet Requirements (heading: its id) and its rows on the sheets Costs and Assessments.\n"
        "Costs: one cost item per row, in EUR (one-time, yearly or exit).\n"
        "Assessments: one row per alternative and criterion; a level from 0 to 4 from the list "
        "(each level's meaning is in it and on the sheet Levels), yes or no for knock-out "
        "criteria. Leave it empty while not assessed.\n"
        "Assessors: only where several people assess a criterion, one row per person (the "
        "level on the sheet Assessments then stays empty).\n"
        "Deviations: approved deviations from check rules (optional).\n"
        "Rows may be inserted and deleted; keep the sheets and the column headings as they are. "
        "No merged cells, no macros.",
    ),
    "form.guide.check": (
        "Prüfen und bewerten: ossfirst validate {file} · ossfirst evaluate {file} --format "
        "pdf,xlsx · als YAML: ossfirst convert {file} -o antrag.yaml",
        "Check and evaluate: ossfirst validate {file} · ossfirst evaluate {file} --format "
        "pdf,xlsx · as YAML: ossfirst convert {file} -o request.yaml",
    ),
    # the request sheet
    "form.col.field": ("Feld", "Field"),
    "form.col.value": ("Wert", "Value"),
    "form.col.note": ("Hinweis", "Note"),
    "form.field.ossfirst": ("Formularversion", "Form version"),
    "form.field.id": ("Kennung (Aktenzeichen)", "Id (file number)"),
    "form.field.title": ("Titel", "Title"),
    "form.field.organisation": ("Organisation", "Organisation"),
    "form.field.department": ("Organisationseinheit", "Department"),
    "form.field.contact": ("Ansprechperson", "Contact"),
    "form.field.country": ("Land der Verwaltung", "Country of the administration"),
    "form.field.date": ("Datum des Antrags", "Date of the request"),
    "form.field.language": ("Sprache des Berichts", "Report language"),
    "form.field.catalogue": ("Kriterienkatalog", "Criteria catalogue"),
    "form.field.profile": ("Gewichtungsprofil", "Weight profile"),
    "form.field.horizon_years": ("Betrachtungszeitraum (Jahre)", "Horizon (years)"),
    "form.field.discount_rate": ("Kalkulationszinssatz", "Discount rate"),
    "form.field.budget": ("Budget (EUR, nominal)", "Budget (EUR, nominal)"),
    "form.field.need": ("Bedarf", "Need"),
    "form.field.proposed": ("Vorgeschlagene Alternative", "Proposed alternative"),
    "form.field.justification": ("Begründung", "Justification"),
    "form.field.market_search": ("Markterkundung (Text)", "Market search (text)"),
    "form.field.status": (
        "Status (draft, submitted, approved, rejected, awarded)",
        "Status (draft, submitted, approved, rejected, awarded)",
    ),
    "form.field.decided_on": ("Entschieden am", "Decided on"),
    "form.field.decided_by": ("Entschieden durch (Gremium, Stelle)", "Decided by (body)"),
    "form.field.budget_line": ("Haushaltsstelle / Produkt", "Budget line / product"),
    "form.field.first_budget_year": ("Erstes Haushaltsjahr", "First budget year"),
    "form.field.procurement.rules": (
        "Vergabeordnung (uvgo, vgv, other)",
        "Award rules (uvgo, vgv, other)",
    ),
    "form.field.procurement.threshold": (
        "EU-Schwellenwert (below-eu, above-eu)",
        "EU threshold (below-eu, above-eu)",
    ),
    "form.field.procurement.procedure": ("Vergabeverfahren", "Award procedure"),
    "form.field.procurement.competition": ("Wettbewerb", "Competition"),
    "form.field.procurement.note": ("Vergabe: Anmerkung", "Procurement: note"),
    "form.field.prepared_by.name": ("Erstellt von: Name", "Prepared by: name"),
    "form.field.prepared_by.role": ("Erstellt von: Funktion", "Prepared by: role"),
    "form.field.prepared_by.date": ("Erstellt am", "Prepared on"),
    "form.field.approved_by.name": ("Freigegeben von: Name", "Approved by: name"),
    "form.field.approved_by.role": ("Freigegeben von: Funktion", "Approved by: role"),
    "form.field.approved_by.date": ("Freigegeben am", "Approved on"),
    "form.field.involvement.data_protection_officer.required": (
        "Datenschutzbeauftragte: Beteiligung erforderlich",
        "Data protection officer: involvement required",
    ),
    "form.field.involvement.data_protection_officer.date": (
        "Datenschutzbeauftragte: beteiligt am",
        "Data protection officer: involved on",
    ),
    "form.field.involvement.data_protection_officer.note": (
        "Datenschutzbeauftragte: Anmerkung",
        "Data protection officer: note",
    ),
    "form.field.involvement.staff_council.required": (
        "Personalrat: Beteiligung erforderlich",
        "Staff council: involvement required",
    ),
    "form.field.involvement.staff_council.date": (
        "Personalrat: beteiligt am",
        "Staff council: involved on",
    ),
    "form.field.involvement.staff_council.note": ("Personalrat: Anmerkung", "Staff council: note"),
    "form.field.involvement.disability_representative.required": (
        "Schwerbehindertenvertretung: Beteiligung erforderlich",
        "Disability representative: involvement required",
    ),
    "form.field.involvement.disability_representative.date": (
        "Schwerbehindertenvertretung: beteiligt am",
        "Disability representative: involved on",
    ),
    "form.field.involvement.disability_representative.note": (
        "Schwerbehindertenvertretung: Anmerkung",
        "Disability representative: note",
    ),
    "form.field.award.method": ("Vergabemethode", "Award method"),
    "form.field.award.corridor": ("Schwankungsbreite", "Corridor"),
    "form.field.award.tie_breaker": ("Entscheidungskriterium", "Tie-breaker"),
    "form.field.award.price_basis": ("Preisbasis", "Price basis"),
    "form.field.award.conversion": ("Umrechnung des Preises", "Price conversion"),
    "form.field.award.price_weight": ("Gewicht des Preises", "Price weight"),
    "form.field.sensitivity.draws": ("Monte-Carlo-Ziehungen", "Monte-Carlo draws"),
    "form.field.sensitivity.concentration": (
        "Monte-Carlo-Konzentration",
        "Monte-Carlo concentration",
    ),
    "form.field.strict_selection.critical": (
        "Strenge Auswahl: kritisch",
        "Strict selection: critical",
    ),
    "form.field.strict_selection.relevant": (
        "Strenge Auswahl: relevant",
        "Strict selection: relevant",
    ),
    "form.field.minimum_seal": ("Mindest-SEAL-Stufen", "Minimum SEAL levels"),
    "form.note.ossfirst": ("nicht ändern", "do not change"),
    "form.note.id": ("Buchstaben, Ziffern, . _ -", "letters, digits, . _ -"),
    "form.note.country": ("ISO 3166, zwei Buchstaben", "ISO 3166, two letters"),
    "form.note.date": (
        "Bezugsdatum für das Alter der Nachweise",
        "reference date for the age of the evidence",
    ),
    "form.note.language": ("de oder en", "de or en"),
    "form.note.catalogue": (
        "standard, eu-csf oder Pfad eines eigenen Katalogs, relativ zu dieser Datei",
        "standard, eu-csf or the path of a local catalogue, relative to this file",
    ),
    "form.note.profile": ("Profile: {profiles}", "profiles: {profiles}"),
    "form.note.horizon_years": ("leer: aus dem Katalog", "empty: the catalogue's"),
    "form.note.discount_rate": (
        "leer: aus dem Katalog ({rate})",
        "empty: the catalogue's ({rate})",
    ),
    "form.note.budget": (
        "optional: Obergrenze der Gesamtkosten",
        "optional: limit of the total cost",
    ),
    "form.note.need": ("was gebraucht wird und warum", "what is needed and why"),
    "form.note.proposed": ("Kennung einer Alternative", "id of an alternative"),
    "form.note.justification": (
        "Pflicht, wenn der Vorschlag von der Empfehlung abweicht und bei proprietärem Vorschlag",
        "required when the proposal departs from the recommendation, and for a proprietary proposal",
    ),
    "form.note.market_search": (
        "Pflicht, wenn alle Alternativen proprietär sind",
        "required when every alternative is proprietary",
    ),
    "form.note.award.method": (
        "weighted, ufab-simple, ufab-extended oder price-points; leer: aus dem Katalog",
        "weighted, ufab-simple, ufab-extended or price-points; empty: the catalogue's",
    ),
    "form.note.award.corridor": ("ufab-extended: höchstens 10 %", "ufab-extended: at most 10 %"),
    "form.note.award.tie_breaker": (
        "highest-performance oder lowest-price",
        "highest-performance or lowest-price",
    ),
    "form.note.award.price_basis": ("present-value oder nominal", "present-value or nominal"),
    "form.note.award.conversion": ("ratio oder one-sided", "ratio or one-sided"),
    "form.note.award.price_weight": ("price-points: z. B. 30 %", "price-points: e.g. 30 %"),
    "form.note.sensitivity.draws": (
        "leer: aus dem Katalog; 0: keine",
        "empty: the catalogue's; 0: none",
    ),
    "form.note.strict_selection.critical": (
        "Kriterien-Kennungen, durch Semikolon getrennt",
        "criterion ids, separated by semicolons",
    ),
    "form.note.strict_selection.relevant": (
        "Kriterien-Kennungen, durch Semikolon getrennt",
        "criterion ids, separated by semicolons",
    ),
    "form.note.minimum_seal": (
        "eine Stufe für alle Ziele, oder je Ziel: SOV-2: 2; SOV-3: 2",
        "one level for every objective, or per objective: SOV-2: 2; SOV-3: 2",
    ),
    # table columns
    "form.col.id": ("Kennung", "Id"),
    "form.col.text": ("Anforderung", "Requirement"),
    "form.col.must": ("Muss", "Must"),
    "form.col.name": ("Name", "Name"),
    "form.col.description": ("Beschreibung", "Description"),
    "form.col.licence": ("Lizenz (SPDX)", "Licence (SPDX)"),
    "form.col.reuse": ("Nachnutzung", "Reuse"),
    "form.col.deployment": ("Betrieb", "Deployment"),
    "form.col.operator_jurisdiction": ("Sitzland des Betreibers", "Operator's country"),
    "form.col.parent_jurisdiction": ("Sitzland der Muttergesellschaft", "Parent company's country"),
    "form.col.supplier": ("Lieferant", "Supplier"),
    "form.col.providers": ("Anbieter", "Providers"),
    "form.col.standards": ("Standards", "Standards"),
    "form.col.operators": ("Betreiber", "Operators"),
    "form.col.exit_plan.document": (
        "Exit-Plan (Dokument oder none)",
        "Exit plan (document or none)",
    ),
    "form.col.exit_plan.roles": ("Exit-Plan: Rollen", "Exit plan: roles"),
    "form.col.exit_plan.triggers": ("Exit-Plan: Auslöser", "Exit plan: triggers"),
    "form.col.exit_plan.target": ("Exit-Plan: Zielsystem", "Exit plan: target system"),
    "form.col.exit_plan.data_export": ("Exit-Plan: Datenexport", "Exit plan: data export"),
    "form.col.exit_plan.tested_on": ("Exit-Plan getestet am", "Exit plan tested on"),
    "form.col.exit_plan.reviewed_on": ("Exit-Plan geprüft am", "Exit plan reviewed on"),
    "form.col.exit_plan.review_months": (
        "Exit-Plan: Prüfung alle (Monate)",
        "Exit plan: review every (months)",
    ),
    "form.col.framework_contract.name": (
        "Rahmenvertrag (Name oder none)",
        "Framework contract (name or none)",
    ),
    "form.col.framework_contract.holder": ("Rahmenvertrag: Inhaber", "Framework contract: holder"),
    "form.col.framework_contract.scope": ("Rahmenvertrag: Umfang", "Framework contract: scope"),
    "form.col.framework_contract.until": ("Rahmenvertrag bis", "Framework contract until"),
    "form.col.gap_closing.requirements": (
        "Lückenschließung: Anforderungen",
        "Gap closing: requirements",
    ),
    "form.col.gap_closing.name": ("Lückenschließung: Name", "Gap closing: name"),
    "form.col.gap_closing.one_time": (
        "Lückenschließung: einmalig (EUR)",
        "Gap closing: one-time (EUR)",
    ),
    "form.col.gap_closing.yearly": (
        "Lückenschließung: jährlich (EUR)",
        "Gap closing: yearly (EUR)",
    ),
    "form.col.gap_closing.months": ("Lückenschließung: Monate", "Gap closing: months"),
    "form.col.gap_closing.published": (
        "Lückenschließung: veröffentlicht",
        "Gap closing: published",
    ),
    "form.col.gap_closing.description": (
        "Lückenschließung: Beschreibung",
        "Gap closing: description",
    ),
    "form.col.evidence.publiccode": ("Nachweis publiccode.yml", "Evidence publiccode.yml"),
    "form.col.evidence.scorecard": ("Nachweis Scorecard", "Evidence Scorecard"),
    "form.col.evidence.sbom": ("Nachweis SBOM", "Evidence SBOM"),
    "form.col.alternative": ("Alternative", "Alternative"),
    "form.col.kind": ("Art", "Kind"),
    "form.col.item": ("Position", "Item"),
    "form.col.amount": ("Betrag (EUR)", "Amount (EUR)"),
    "form.col.criterion": ("Kriterium", "Criterion"),
    "form.col.criterion_title": ("Titel", "Title"),
    "form.col.question": ("Frage", "Question"),
    "form.col.score": ("Bewertung", "Assessment"),
    "form.col.rationale": ("Begründung", "Rationale"),
    "form.col.evidence": ("Nachweis", "Evidence"),
    "form.col.assessed_on": ("Datum", "Date"),
    "form.col.assessor": ("Bewertet von", "Assessed by"),
    "form.col.rule": ("Prüfregel", "Check rule"),
    "form.col.justification": ("Begründung", "Justification"),
    "form.col.approver": ("Genehmigt von", "Approver"),
    "form.col.decision": ("Entscheidung", "Decision"),
    "form.col.decided_on": ("Entschieden am", "Decided on"),
    "form.col.expires": ("Gültig bis", "Expires"),
    "form.col.snapshot": ("Stand", "Snapshot"),
    "form.col.entries": ("Einträge", "Entries"),
    "form.col.query": ("Suche", "Query"),
    "form.col.date": ("Datum", "Date"),
    "form.col.raw": ("FTS5-Abfrage", "FTS5 query"),
    "form.col.category": ("Kategorien", "Categories"),
    "form.col.country": ("Land", "Country"),
    "form.col.lang": ("Sprachen", "Languages"),
    "form.col.maintained": ("Gepflegt", "Maintained"),
    "form.col.status": ("Entwicklungsstand", "Status"),
    "form.col.found": ("Gefunden", "Found"),
    "form.col.repository": ("Repository", "Repository"),
    "form.col.catalogue": ("Katalog", "Catalogue"),
    "form.col.set_aside": ("Zurückgestellt", "Set aside"),
    "form.col.note_text": ("Anmerkung", "Note"),
    "form.col.levels": ("Stufen und ihre Bedeutung", "Levels and their meaning"),
    # drop-down words
    "form.kind.one_time": ("einmalig", "one-time"),
    "form.kind.yearly": ("jährlich", "yearly"),
    "form.kind.exit": ("Ausstieg", "exit"),
    "form.prompt.level": ("Stufe 0 bis 4", "Level 0 to 4"),
    "form.prompt.passed": ("K.-o.-Kriterium: ja oder nein", "Knock-out: yes or no"),
    "form.prompt.list": ("Aus der Liste wählen", "Choose from the list"),
    "form.prompt.date": ("Datum", "Date"),
    "form.prompt.date.text": ("JJJJ-MM-TT oder TT.MM.JJJJ", "YYYY-MM-DD or DD.MM.YYYY"),
    "form.prompt.amount": ("Betrag in EUR", "Amount in EUR"),
    "form.prompt.amount.text": (
        "Eine Zahl ab 0, höchstens zwei Nachkommastellen",
        "A number from 0, at most two decimals",
    ),
    "form.prompt.whole": ("Ganze Zahl", "Whole number"),
    "form.prompt.invalid": ("Ungültiger Wert", "Invalid value"),
    # messages about a form that cannot be read
    "form.err.not-workbook": (
        "Die Datei ist keine Excel-Arbeitsmappe (.xlsx).",
        "The file is not an Excel workbook (.xlsx).",
    ),
    "form.hint.not-workbook": (
        "speichern Sie das Formular in Excel oder LibreOffice als Excel-Arbeitsmappe (.xlsx)",
        "save the form in Excel or LibreOffice as an Excel workbook (.xlsx)",
    ),
    "form.err.legacy": (
        "Die Datei ist eine Arbeitsmappe im alten Excel-Format (.xls).",
        "The file is a workbook in the old Excel format (.xls).",
    ),
    "form.hint.legacy": (
        "speichern Sie sie als Excel-Arbeitsmappe (.xlsx)",
        "save it as an Excel workbook (.xlsx)",
    ),
    "form.err.encrypted": (
        "Die Arbeitsmappe ist verschlüsselt (mit einem Kennwort geschützt); ossfirst kann sie "
        "nicht lesen.",
        "The workbook is encrypted (protected by a password); ossfirst cannot read it.",
    ),
    "form.hint.encrypted": (
        "speichern Sie sie ohne Kennwort",
        "save it without a password",
    ),
    "form.err.macros": (
        "Die Arbeitsmappe enthält Makros; ossfirst liest keine Arbeitsmappen mit Makros und "
        "führt keine aus.",
        "The workbook contains macros; ossfirst reads no workbook with macros and runs none.",
    ),
    "form.hint.macros": (
        "speichern Sie sie als Excel-Arbeitsmappe ohne Makros (.xlsx)",
        "save it as an Excel workbook without macros (.xlsx)",
    ),
    "form.err.binary": (
        "Die Arbeitsmappe ist im binären Excel-Format (.xlsb) gespeichert.",
        "The workbook is saved in the binary Excel format (.xlsb).",
    ),
    "form.err.damaged": (
        "Die Arbeitsmappe ist beschädigt ({detail}).",
        "The workbook is damaged ({detail}).",
    ),
    "form.hint.damaged": (
        "öffnen und speichern Sie sie erneut in Excel oder LibreOffice",
        "open and save it again in Excel or LibreOffice",
    ),
    "form.err.bomb": (
        "Die Arbeitsmappe entpackt sich zu {size} (höchstens {limit}): das ist kein "
        "Antragsformular, eher eine Zip-Bombe.",
        "The workbook unpacks to {size} (at most {limit}): that is no request form but rather "
        "a zip bomb.",
    ),
    "form.hint.bomb": (
        "verwenden Sie das Formular von 'ossfirst init'",
        "use the form 'ossfirst init' writes",
    ),
    "form.err.parts": (
        "Die Arbeitsmappe besteht aus {count} Teilen (höchstens {limit}).",
        "The workbook consists of {count} parts (at most {limit}).",
    ),
    "form.err.rows": (
        "Das Blatt hat Einträge in mehr als {limit} Zeilen.",
        "The sheet has entries in more than {limit} rows.",
    ),
    "form.err.columns": (
        "Das Blatt hat Einträge in mehr als {limit} Spalten.",
        "The sheet has entries in more than {limit} columns.",
    ),
    "form.hint.size": (
        "entfernen Sie Einträge, die nicht zum Antrag gehören",
        "remove entries that do not belong to the request",
    ),
    "form.err.values": (
        "Das Formular hat mehr als {limit} Werte.",
        "The form has more than {limit} values.",
    ),
    "form.err.characters": (
        "Die Texte des Formulars sind zusammen länger als {limit} Zeichen.",
        "The texts of the form are longer than {limit} characters together.",
    ),
    "form.hint.characters": (
        "kürzen Sie die Texte oder verweisen Sie auf Dokumente",
        "shorten the texts or refer to documents",
    ),
    "form.err.no-form": (
        "Das ist kein Antragsformular von ossfirst: das Blatt '{sheet}' fehlt (Blätter: {found}).",
        "This is no ossfirst request form: the sheet '{sheet}' is missing (sheets: {found}).",
    ),
    "form.hint.no-form": (
        "beginnen Sie mit 'ossfirst init formular.xlsx'",
        "start from 'ossfirst init form.xlsx'",
    ),
    "form.err.sheet-missing": (
        "Das Blatt '{sheet}' fehlt.",
        "The sheet '{sheet}' is missing.",
    ),
    "form.hint.sheet-renamed": (
        "meinten Sie das Blatt '{found}'? Benennen Sie es wieder in '{sheet}' um",
        "did you mean the sheet '{found}'? Rename it back to '{sheet}'",
    ),
    "form.hint.sheet-missing": (
        "stellen Sie es wieder her (ossfirst init schreibt ein vollständiges Formular)",
        "restore it (ossfirst init writes a complete form)",
    ),
    "form.err.column-unknown": (
        "Unbekannte Spaltenüberschrift '{header}'.",
        "Unknown column heading '{header}'.",
    ),
    "form.err.column-missing": (
        "Die Spalte '{header}' fehlt.",
        "The column '{header}' is missing.",
    ),
    "form.err.column-twice": (
        "Die Spalte '{header}' steht zweimal auf dem Blatt.",
        "The column '{header}' appears twice on the sheet.",
    ),
    "form.hint.columns": (
        "Spaltenüberschriften: {headers}",
        "column headings: {headers}",
    ),
    "form.err.field-unknown": (
        "Unbekanntes Feld '{label}'.",
        "Unknown field '{label}'.",
    ),
    "form.err.field-twice": (
        "Das Feld '{label}' steht zweimal auf dem Blatt.",
        "The field '{label}' appears twice on the sheet.",
    ),
    "form.err.merged": (
        "Die Zellen {cells} sind verbunden; ossfirst liest jede Zelle für sich.",
        "The cells {cells} are merged; ossfirst reads every cell on its own.",
    ),
    "form.hint.merged": (
        "heben Sie die Verbindung auf (Zellen verbinden ausschalten)",
        "unmerge them",
    ),
    "form.err.formula": (
        "Die Zelle enthält eine Formel ohne berechneten Wert.",
        "The cell holds a formula without a computed value.",
    ),
    "form.hint.formula": (
        "geben Sie den Wert selbst ein, oder öffnen und speichern Sie die Datei in Excel oder "
        "LibreOffice, damit die Formel berechnet wird",
        "enter the value itself, or open and save the file in Excel or LibreOffice so that the "
        "formula is computed",
    ),
    "form.err.cell-error": (
        "Die Zelle zeigt den Fehler {error}.",
        "The cell shows the error {error}.",
    ),
    "form.hint.cell-error": ("geben Sie einen Wert ein", "enter a value"),
    "form.err.level": (
        "Die Stufe muss 0 bis 4 sein, nicht '{value}'.",
        "The level must be 0 to 4, not '{value}'.",
    ),
    "form.hint.level": ("wählen Sie eine aus der Liste", "choose one from the list"),
    "form.err.passed": (
        "Ein K.-o.-Kriterium ist bestanden (ja) oder nicht (nein), nicht '{value}'.",
        "A knock-out criterion is passed (yes) or not (no), not '{value}'.",
    ),
    "form.err.flag": (
        "Hier wird ja oder nein erwartet, nicht '{value}'.",
        "Yes or no is expected here, not '{value}'.",
    ),
    "form.err.choice": (
        "Der Wert '{value}' ist hier nicht erlaubt.",
        "The value '{value}' is not allowed here.",
    ),
    "form.hint.choice": ("erlaubt: {allowed}", "allowed: {allowed}"),
    "form.err.whole": (
        "Hier wird eine ganze Zahl erwartet, nicht '{value}'.",
        "A whole number is expected here, not '{value}'.",
    ),
    "form.err.number": (
        "Hier wird eine Zahl erwartet, nicht '{value}'.",
        "A number is expected here, not '{value}'.",
    ),
    "form.err.number-text": (
        "'{value}' ist als Text eingetragen, nicht als Zahl.",
        "'{value}' is entered as text, not as a number.",
    ),
    "form.hint.number-text": (
        "geben Sie die Zahl ohne Einheit ein, z. B. {meant}",
        "enter the number without a unit, e.g. {meant}",
    ),
    "form.hint.number": (
        "geben Sie eine Zahl ein",
        "enter a number",
    ),
    "form.err.cents": (
        "{value}: Euro-Beträge haben höchstens zwei Nachkommastellen (Cent).",
        "{value}: euro amounts have at most two decimals (cents).",
    ),
    "form.hint.cents": ("runden Sie auf Cent, z. B. {meant}", "round to cents, e.g. {meant}"),
    "form.err.date": (
        "Hier wird ein Datum erwartet, nicht '{value}'.",
        "A date is expected here, not '{value}'.",
    ),
    "form.hint.date": (
        "geben Sie ein Datum ein, z. B. 2026-11-27 oder 27.11.2026",
        "enter a date, e.g. 2026-11-27 or 27.11.2026",
    ),
    "form.err.became-date": (
        "Excel hat den Eintrag in ein Datum ({value}) verwandelt.",
        "Excel has turned the entry into a date ({value}).",
    ),
    "form.hint.became-date": (
        "formatieren Sie die Zelle als Text und geben Sie den Eintrag erneut ein",
        "format the cell as text and enter the entry again",
    ),
    "form.err.missing": (
        "Hier fehlt ein Wert: {label}.",
        "A value is missing here: {label}.",
    ),
    "form.hint.missing": ("füllen Sie die Zelle aus", "fill in the cell"),
    "form.err.alternative-unknown": (
        "Die Alternative '{value}' gibt es auf dem Blatt '{sheet}' nicht.",
        "There is no alternative '{value}' on the sheet '{sheet}'.",
    ),
    "form.err.row-twice": (
        "Für '{alternative}' und '{criterion}' gibt es schon eine Zeile (Zeile {row}).",
        "There is a row for '{alternative}' and '{criterion}' already (row {row}).",
    ),
    "form.hint.row-twice": (
        "fassen Sie die Zeilen zusammen; mehrere Bewertende gehören auf das Blatt '{sheet}'",
        "merge the rows; several assessors belong on the sheet '{sheet}'",
    ),
    "form.err.exit-twice": (
        "Für '{alternative}' gibt es schon Ausstiegskosten (Zeile {row}).",
        "'{alternative}' has exit costs already (row {row}).",
    ),
    "form.err.item-twice": (
        "Die Position '{item}' steht für '{alternative}' schon in Zeile {row}.",
        "The item '{item}' for '{alternative}' is in row {row} already.",
    ),
    "form.hint.twice": ("fassen Sie die Zeilen zusammen", "merge the rows"),
    "form.err.item-missing": (
        "Die Position braucht einen Namen.",
        "The item needs a name.",
    ),
    "form.err.seal": (
        "'{value}' ist keine SEAL-Angabe.",
        "'{value}' is no SEAL level.",
    ),
    "form.hint.seal": (
        "eine Stufe 0 bis 4, oder je Ziel 'SOV-2: 2; SOV-3: 2'",
        "a level 0 to 4, or per objective 'SOV-2: 2; SOV-3: 2'",
    ),
    "form.err.unrepresentable": (
        "Der Antrag lässt sich nicht verlustfrei als Formular schreiben: {field}.",
        "The request cannot be written as a form without loss: {field}.",
    ),
    "form.err.yaml": (
        "Der Antrag lässt sich nicht als YAML schreiben, das ihn unverändert wiedergibt.",
        "The request cannot be written as YAML that reads back unchanged.",
    ),
    "form.hint.unrepresentable": (
        "bearbeiten Sie ihn als YAML",
        "edit it as YAML",
    ),
}
