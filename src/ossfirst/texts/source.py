# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of the messages for a file that cannot be read as text (``file.<problem>``,
:func:`ossfirst.load.yamlsource.read_bytes` and ``decode``), for YAML that is no valid
YAML or not what ossfirst reads (``yaml.<problem>``; ``yaml.syntax.<problem>`` for what the
parser's messages mean, :mod:`ossfirst.load.yamlsource`) and for JSON that is not
(``json.<problem>``, :mod:`ossfirst.load.jsonsource`)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # reading a file
    "file.too-large": (
        "Die Datei ist zu groß ({size}; höchstens {limit}).",
        "The file is too large ({size}; at most {limit}).",
    ),
    "file.hint.too-large": (
        "Teilen Sie die Datei auf oder entfernen Sie eingebettete Daten",
        "split the file or remove embedded data",
    ),
    "file.bytes": ("{count} Bytes", "{count} bytes"),
    "file.directory": ("Das ist ein Verzeichnis, keine Datei.", "This is a directory, not a file."),
    "file.missing": ("Die Datei gibt es nicht.", "The file does not exist."),
    "file.hint.missing": ("Pfad prüfen", "check the path"),
    "file.unreadable": (
        "Die Datei lässt sich nicht lesen: {reason}.",
        "The file cannot be read: {reason}.",
    ),
    "file.nul": ("Der Dateiname enthält ein Nullbyte.", "The file name contains a NUL byte."),
    "file.not-regular": (
        "Das ist keine gewöhnliche Datei (ein Gerät oder eine FIFO); sie wird nicht gelesen.",
        "This is not a regular file (a device or a FIFO); it is not read.",
    ),
    "file.hint.not-regular": ("geben Sie eine gewöhnliche Datei an", "name a regular file"),
    "file.utf-16": ("Die Datei ist UTF-16-kodiert.", "The file is encoded as UTF-16."),
    "file.hint.utf-16": ("Speichern Sie sie als UTF-8", "save it as UTF-8"),
    "file.not-utf-8": (
        "Die Datei ist nicht UTF-8-kodiert (Byte 0x{byte}).",
        "The file is not valid UTF-8 (byte 0x{byte}).",
    ),
    "file.hint.not-utf-8": (
        "Speichern Sie sie als UTF-8 (z. B. im Editor: Kodierung UTF-8)",
        "save it as UTF-8 (in your editor: encoding UTF-8)",
    ),
    "file.duplicate-key": (
        "Der Schlüssel '{key}' kommt doppelt vor (zuerst in Zeile {line}).",
        "Duplicate key '{key}' (first in line {line}).",
    ),
    "file.hint.duplicate-key": (
        "Löschen oder vereinen Sie einen der beiden Einträge",
        "remove or merge one of the two entries",
    ),
    # YAML syntax: the parser's message in the officer's words, after "YAML syntax error:"
    "yaml.syntax": ("YAML-Syntaxfehler: {what}", "YAML syntax error: {what}"),
    "yaml.syntax.since": (" aus Zeile {line}", " from line {line}"),
    "yaml.syntax.tab": (
        "Ein Tabulator steht, wo YAML Leerzeichen zum Einrücken erwartet.",
        "a tab stands where YAML expects spaces for indentation.",
    ),
    "yaml.syntax.hint.tab": (
        "rücken Sie mit Leerzeichen ein, nicht mit Tabulatoren",
        "indent with spaces, not tabs",
    ),
    "yaml.syntax.colon-in-value": (
        "Ein Doppelpunkt mit Leerzeichen danach steht mitten in einem Wert, oder die "
        "Einrückung stimmt nicht.",
        "a colon followed by a space stands inside a value, or the indentation is off.",
    ),
    "yaml.syntax.hint.colon-in-value": (
        "setzen Sie einen Text mit Doppelpunkt in Anführungszeichen, z. B. "
        'title: "Antrag: Teil 1"; sonst prüfen Sie die Einrückung',
        'put a text that contains a colon in quotes, e.g. title: "Request: part 1"; '
        "otherwise check the indentation",
    ),
    "yaml.syntax.no-colon": (
        "Dem Schlüssel{started} fehlt der Doppelpunkt.",
        "the key{started} lacks its colon.",
    ),
    "yaml.syntax.hint.no-colon": (
        "schreiben Sie 'schlüssel: wert'; eine Fortsetzungszeile eines Textes wird eingerückt",
        "write 'key: value'; indent a continuation line of a text",
    ),
    "yaml.syntax.misfit": (
        "Diese Zeile passt nicht zu den Schlüsseln darüber: die Einrückung stimmt nicht, oder "
        "hinter einem Text in Anführungszeichen steht weiterer Text.",
        "this line does not fit the keys above it: the indentation is off, or more text "
        "follows a text in quotes.",
    ),
    "yaml.syntax.hint.misfit": (
        "prüfen Sie die Einrückung dieser und der vorigen Zeile",
        "check the indentation of this line and the one before",
    ),
    "yaml.syntax.quote-open": (
        "Das Anführungszeichen{started} wird nicht geschlossen.",
        "the quote{started} is not closed.",
    ),
    "yaml.syntax.hint.quote-open": ("schließen Sie das Anführungszeichen", "close the quote"),
    "yaml.syntax.list-open": (
        "Die Liste in eckigen Klammern{started} wird nicht geschlossen.",
        "the list in square brackets{started} is not closed.",
    ),
    "yaml.syntax.hint.list-open": ("schließen Sie die Klammer ']'", "close the bracket ']'"),
    "yaml.syntax.mapping-open": (
        "Die Zuordnung in geschweiften Klammern{started} wird nicht geschlossen.",
        "the mapping in curly braces{started} is not closed.",
    ),
    # the brace is a parameter: a text of the catalogue cannot hold a single "}"
    "yaml.syntax.hint.mapping-open": (
        "schließen Sie die Klammer '{brace}'; ein Text mit Komma oder Doppelpunkt gehört in "
        "Anführungszeichen",
        "close the brace '{brace}'; a text with a comma or a colon goes in quotes",
    ),
    "yaml.syntax.documents": (
        "Die Datei enthält mehr als ein YAML-Dokument.",
        "the file holds more than one YAML document.",
    ),
    "yaml.syntax.hint.documents": (
        "eine Datei enthält genau ein Dokument; entfernen Sie das weitere '---'",
        "a file holds exactly one document; remove the extra '---'",
    ),
    "yaml.syntax.alias": (
        "Ein Verweis (*name) nennt einen Anker, den es nicht gibt.",
        "a reference (*name) names an anchor that does not exist.",
    ),
    "yaml.syntax.hint.alias": (
        "definieren Sie den Anker (&name) vor seiner Verwendung (*name)",
        "define the anchor (&name) before using it (*name)",
    ),
    "yaml.syntax.escape": (
        "Ein Text in doppelten Anführungszeichen enthält einen ungültigen Rückstrich (\\).",
        "a text in double quotes holds an invalid backslash (\\).",
    ),
    "yaml.syntax.hint.escape": (
        "setzen Sie den Text in einfache Anführungszeichen oder verdoppeln Sie den Rückstrich",
        "put the text in single quotes or double the backslash",
    ),
    "yaml.syntax.dash": (
        "In einer Liste (Einträge mit '- ') steht eine Zeile ohne '- ' auf derselben Einrückung.",
        "a line without '- ' stands in a list (entries starting with '- ') at the same "
        "indentation.",
    ),
    "yaml.syntax.hint.dash": (
        "beginnen Sie jeden Listeneintrag mit '- ' oder prüfen Sie die Einrückung",
        "start every list entry with '- ' or check the indentation",
    ),
    "yaml.syntax.no-value": (
        "Hier fehlt ein Wert, oder eine Klammer steht ohne Gegenstück.",
        "a value is missing here, or a bracket has no partner.",
    ),
    "yaml.syntax.hint.no-value": (
        "setzen Sie einen Text mit Klammern in Anführungszeichen",
        "put a text with brackets in quotes",
    ),
    "yaml.syntax.anchor": (
        "Nach '&' oder '*' fehlt der Name eines Ankers.",
        "the name of an anchor is missing after '&' or '*'.",
    ),
    "yaml.syntax.hint.anchor": (
        "setzen Sie einen Text, der mit & oder * beginnt, in Anführungszeichen",
        "put a text that starts with & or * in quotes",
    ),
    "yaml.syntax.directive": (
        "Eine Zeile beginnt mit '%'; YAML liest sie als Anweisung.",
        "a line starts with '%'; YAML reads it as a directive.",
    ),
    "yaml.syntax.indicator": (
        "Nach '|' oder '>' steht eine ungültige Einrückungsangabe.",
        "an invalid indentation indicator follows '|' or '>'.",
    ),
    "yaml.syntax.hint.indicator": (
        "schreiben Sie nur '|' oder '>' und rücken Sie den Text darunter ein",
        "write only '|' or '>' and indent the text below",
    ),
    "yaml.syntax.start": (
        "Ein Wert kann nicht mit dem Zeichen '{character}' beginnen.",
        "a value cannot start with the character '{character}'.",
    ),
    "yaml.hint.quote": (
        "setzen Sie den Text in Anführungszeichen",
        "put the text in quotes",
    ),
    # the parser's own, technical English is shown in English; in German this sentence
    "yaml.syntax.not-yaml": (
        "Die Datei ist an dieser Stelle kein gültiges YAML.",
        "the file is not valid YAML here.",
    ),
    "yaml.syntax.hint.not-yaml": (
        "prüfen Sie Einrückung, Doppelpunkte und Anführungszeichen in dieser und der vorigen Zeile",
        "check indentation, colons and quotes in this line and the one before",
    ),
    "yaml.control": (
        "Das Zeichen U+{code} ist in YAML nicht erlaubt (Steuerzeichen).",
        "The character U+{code} is not allowed in YAML (a control character).",
    ),
    "yaml.hint.control": (
        "Entfernen Sie es; oft stammt es aus kopiertem Text",
        "remove it; it often comes from pasted text",
    ),
    # YAML that ossfirst does not read
    "yaml.tag": ("Der YAML-Tag '{tag}' ist nicht erlaubt.", "The YAML tag '{tag}' is not allowed."),
    "yaml.hint.tag": (
        "Entfernen Sie den Tag; ossfirst liest nur einfache Werte, Listen und Zuordnungen",
        "remove the tag; ossfirst reads plain values, lists and mappings only",
    ),
    "yaml.key-not-plain": (
        "Ein Schlüssel muss ein einfacher Wert sein.",
        "A key must be a plain value.",
    ),
    "yaml.merge": ("'<<' braucht eine Zuordnung (&anker).", "'<<' needs a mapping (&anchor)."),
    "yaml.number": (
        "Die Zahl '{text}' ist zu groß oder ungültig.",
        "The number '{text}' is too large or invalid.",
    ),
    "yaml.scalar": (
        "'{text}' kann nicht als {tag} gelesen werden.",
        "'{text}' cannot be read as {tag}.",
    ),
    "yaml.too-deep": (
        "Die Datei ist tiefer als {depth} Ebenen verschachtelt.",
        "The file is nested deeper than {depth} levels.",
    ),
    "yaml.too-deep-or-alias": (
        "Die Datei ist tiefer als {depth} Ebenen verschachtelt (oder ein Alias verweist auf "
        "sich selbst).",
        "The file is nested deeper than {depth} levels (or an alias refers to itself).",
    ),
    "yaml.empty": ("Die Datei ist leer.", "The file is empty."),
    "yaml.hint.empty": (
        "Beginnen Sie mit 'ossfirst init', das eine ausgefüllte Vorlage schreibt",
        "start from 'ossfirst init', which writes a filled-in template",
    ),
    "yaml.too-many-values": (
        "Die Datei ergibt mehr als {count} Werte (Anker und Aliase vervielfachen sie).",
        "The file expands to more than {count} values (anchors and aliases multiply them).",
    ),
    "yaml.hint.too-many-values": (
        "Teilen Sie die Datei auf oder verwenden Sie weniger Aliase",
        "split the file or use fewer aliases",
    ),
    "yaml.too-long": (
        "Die Texte der Datei sind zusammen länger als {count} Zeichen (Aliase mitgezählt).",
        "The texts of the file are longer than {count} characters together (aliases counted).",
    ),
    "yaml.hint.too-long": (
        "kürzen Sie die Texte oder verweisen Sie auf Dokumente",
        "shorten the texts or refer to documents",
    ),
    # JSON
    "json.syntax": ("JSON-Syntaxfehler: {detail}.", "JSON syntax error: {detail}."),
    "json.value": ("Ungültiger JSON-Wert ({detail}).", "Invalid JSON value ({detail})."),
    "json.too-deep": (
        "Die JSON-Datei ist zu tief verschachtelt.",
        "The JSON file is nested too deeply.",
    ),
    "json.duplicate-key": ("Doppelter Schlüssel.", "Duplicate key."),
}
