# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of the messages for input that does not fit its schema: one sentence per kind of
error (``val.<code>``, the codes of :mod:`ossfirst.load.validate`), the hints that go with
them (``val.hint.<name>``), and the words they are made of: what a key left empty should
hold (``val.expected.<kind>``), what a pattern asks for (``val.pattern.<name>``), what the
entries of a list are at its limit (``val.entries.<key>``)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # the sentences, by code
    "val.missing": ("Der Schlüssel '{key}' fehlt.", "The key '{key}' is missing."),
    "val.unknown-key": ("Unbekannter Schlüssel '{key}'.", "Unknown key '{key}'."),
    "val.value-missing": (
        "Hier fehlt ein Wert: erwartet wird {expected}.",
        "A value is missing here: {expected} is expected.",
    ),
    "val.score": (
        "Hier wird eine Stufe von 0 bis {max} erwartet, nicht {value}.",
        "A level from 0 to {max} is expected here, not {value}.",
    ),
    "val.text": ("Hier wird ein Text erwartet.", "A text is expected here."),
    "val.integer": (
        "Hier wird eine ganze Zahl erwartet, nicht {value}.",
        "A whole number is expected here, not {value}.",
    ),
    "val.number": (
        "Hier wird eine Zahl erwartet, nicht {value}.",
        "A number is expected here, not {value}.",
    ),
    "val.finite": (
        "Unendlich und NaN sind hier nicht erlaubt.",
        "Infinity and NaN are not allowed here.",
    ),
    "val.bool": (
        "Hier wird true oder false erwartet, nicht {value}.",
        "true or false is expected here, not {value}.",
    ),
    "val.list": (
        "Hier wird eine Liste erwartet (Einträge mit '- ').",
        "A list is expected here (entries starting with '- ').",
    ),
    "val.mapping": (
        "Hier wird eine Zuordnung 'schlüssel: wert' erwartet.",
        "A mapping 'key: value' is expected here.",
    ),
    "val.literal": (
        "Der Wert {value} ist hier nicht erlaubt.",
        "The value {value} is not allowed here.",
    ),
    "val.at-least": (
        "Der Wert {value} ist zu klein; er muss mindestens {limit} sein.",
        "The value {value} is out of range; it must be at least {limit}.",
    ),
    "val.greater-than": (
        "Der Wert {value} ist zu klein; er muss größer als {limit} sein.",
        "The value {value} is out of range; it must be greater than {limit}.",
    ),
    "val.at-most": (
        "Der Wert {value} ist zu groß; er muss höchstens {limit} sein.",
        "The value {value} is out of range; it must be at most {limit}.",
    ),
    "val.less-than": (
        "Der Wert {value} ist zu groß; er muss kleiner als {limit} sein.",
        "The value {value} is out of range; it must be less than {limit}.",
    ),
    "val.empty": ("Der Text darf nicht leer sein.", "The text must not be empty."),
    "val.text-too-long": (
        "Der Text ist zu lang (höchstens {limit} Zeichen).",
        "The text is too long (at most {limit} characters).",
    ),
    "val.too-few": (
        "Hier wird mindestens {limit} Eintrag erwartet.",
        "At least {limit} entry is expected here.",
    ),
    "val.too-many": (
        "Hier sind höchstens {limit} {entries} erlaubt (eine Grenze von ossfirst, damit jede "
        "Prüfung in Sekunden fertig ist).",
        "At most {limit} {entries} are allowed here (a limit of ossfirst, so that every "
        "evaluation finishes in seconds).",
    ),
    "val.identifier": (
        "{value} ist als Kennung ungültig: erlaubt sind die Buchstaben a-z und A-Z ohne "
        "Umlaute, Ziffern, '.', '_' und '-' (ohne Leerzeichen, höchstens 64 Zeichen).",
        "{value} is not a valid id: allowed are the letters a-z and A-Z without accents, "
        "digits, '.', '_' and '-' (no spaces, at most 64 characters).",
    ),
    "val.pattern": (
        "{value} ist ungültig: erwartet wird {expected}.",
        "{value} is invalid: expected {expected}.",
    ),
    "val.date": ("Ungültiges Datum {value}.", "Invalid date {value}."),
    "val.windows-device": (
        "{value} ist unter Windows ein Gerätename; Berichte dieses Namens ließen sich dort "
        "nicht öffnen.",
        "{value} is a device name on Windows; reports of that name could not be opened there.",
    ),
    "val.date-range": (
        "Das Datum {value} liegt außerhalb von 1900 bis 2199.",
        "The date {value} lies outside 1900 to 2199.",
    ),
    # the hints
    "val.hint.format-key": (
        "ergänzen Sie '{key}: 1' als erste Zeile",
        "add '{key}: 1' as the first line",
    ),
    "val.hint.missing": ("ergänzen Sie '{key}: …'", "add '{key}: …'"),
    "val.hint.value-missing": ("ergänzen Sie ihn nach '{key}:'", "give it after '{key}:'"),
    "val.hint.decimal-comma": (
        "schreiben Sie Zahlen mit Punkt und ohne Tausendertrennzeichen, z. B. 1234.56",
        "write numbers with a decimal point and no thousands separator, e.g. 1234.56",
    ),
    "val.hint.allowed": ("erlaubt: {allowed}", "allowed: {allowed}"),
    "val.hint.did-you-mean": ("meinten Sie '{guess}'?", "did you mean '{guess}'?"),
    "val.hint.date": (
        "schreiben Sie JJJJ-MM-TT, z. B. 2026-11-27",
        "write YYYY-MM-DD, e.g. 2026-11-27",
    ),
    "val.hint.windows-device": ("z. B. ein Aktenzeichen davor setzen", "e.g. prefix a file number"),
    "val.hint.date-range": ("Datum prüfen", "check the date"),
    "val.hint.levels": (
        "was jede Stufe bedeutet, zeigt 'ossfirst criteria show {criterion}'",
        "'ossfirst criteria show {criterion}' shows what each level means",
    ),
    "val.hint.transliteration": (
        "ä → ae, ö → oe, ü → ue, ß → ss, Leerzeichen → '-'",
        "ä → ae, ö → oe, ü → ue, ß → ss, spaces → '-'",
    ),
    "val.hint.transliterated": (
        "ä → ae, ö → oe, ü → ue, ß → ss, Leerzeichen → '-': schreiben Sie '{suggested}'",
        "ä → ae, ö → oe, ü → ue, ß → ss, spaces → '-': write '{suggested}'",
    ),
    # what a key left empty should hold
    "val.expected.text": ("ein Text", "a text"),
    "val.expected.integer": ("eine ganze Zahl", "a whole number"),
    "val.expected.number": ("eine Zahl", "a number"),
    "val.expected.bool": ("true oder false", "true or false"),
    "val.expected.list": ("eine Liste (Einträge mit '- ')", "a list (entries starting with '- ')"),
    "val.expected.mapping": ("eine Zuordnung 'schlüssel: wert'", "a mapping 'key: value'"),
    "val.expected.date": ("ein Datum JJJJ-MM-TT", "a date YYYY-MM-DD"),
    # what a pattern asks for
    "val.pattern.criterion": (
        "eine Kriterien-Kennung 'dimension.name' in Kleinbuchstaben, z. B. 'security.patching'",
        "a criterion id 'dimension.name' in lower case, e.g. 'security.patching'",
    ),
    "val.pattern.name": (
        "eine Kennung in Kleinbuchstaben, z. B. 'lock-in'",
        "a lower-case id, e.g. 'lock-in'",
    ),
    "val.pattern.country": (
        "ein Ländercode nach ISO 3166-1 aus zwei Großbuchstaben, z. B. 'DE'",
        "a two-letter ISO 3166-1 country code in capitals, e.g. 'DE'",
    ),
    "val.pattern.any": (
        "ein Text nach dem Muster {pattern}",
        "a text matching {pattern}",
    ),
    # what the entries of a list or mapping are, by its key
    "val.entries": ("Einträge", "entries"),
    "val.entries.alternatives": ("Alternativen", "alternatives"),
    "val.entries.requirements": ("Anforderungen", "requirements"),
    "val.entries.scores": ("Bewertende", "assessors"),
    "val.entries.deviations": ("Abweichungen", "deviations"),
    "val.entries.standards": ("Standards", "standards"),
    "val.entries.one_time": ("Kostenpositionen", "cost items"),
    "val.entries.yearly": ("Kostenpositionen", "cost items"),
    "val.entries.evidence": ("Nachweise", "evidence references"),
    "val.entries.assessments": ("Bewertungen", "assessments"),
    "val.entries.critical": ("Kriterien", "criteria"),
    "val.entries.relevant": ("Kriterien", "criteria"),
    "val.entries.criteria": ("Kriterien", "criteria"),
    "val.entries.overrides": ("Kriterien", "criteria"),
    "val.entries.dimensions": ("Dimensionen", "dimensions"),
    "val.entries.profiles": ("Gewichtungsprofile", "weight profiles"),
    "val.entries.weights": ("Gewichte", "weights"),
    "val.entries.judgements": ("Vergleiche", "judgements"),
    "val.entries.checks": ("Prüfungen", "checks"),
    "val.entries.components": ("Komponenten", "components"),
    "val.entries.catalogues": ("Kataloge", "catalogues"),
    "val.entries.searches": ("Suchen", "searches"),
    "val.entries.hits": ("Treffer", "hits"),
    # an unknown key in {...}: a comma ended a text and made the rest a key
    "val.cut-text": (
        "Unbekannter Schlüssel '{key}': in geschweiften Klammern beendet ein Komma den Text "
        "davor, der Rest wird als weiterer Schlüssel gelesen.",
        "Unknown key '{key}': inside curly braces a comma ends the text before it, and the "
        "rest is read as another key.",
    ),
    "val.hint.quote-as": (
        'setzen Sie den Text in Anführungszeichen: {key}: "{quoted}"',
        'put the text in quotes: {key}: "{quoted}"',
    ),
}
