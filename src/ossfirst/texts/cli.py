# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of the command line that belong to no report or check format: the labels of its
messages, what it says when a command is called wrongly or breaks off (``cli.<name>``),
what ``ossfirst init`` writes and says (``init.<name>``), what ``ossfirst criteria``
shows (``criteria.<name>``), what ``ossfirst weights ahp`` shows and writes
(``weights.<name>``), and why a report file (``output.<name>``) or the portfolio's folder
(``site.<name>``) is not written."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "cli.short-format": (
        "--short gibt es für {short}, nicht für {names}; {names} ohne --short schreiben.",
        "--short is for {short}, not for {names}; write {names} without --short.",
    ),
    "init.which-file": (
        "Welche Datei? Geben Sie den Namen des neuen Antrags an, z. B. "
        "'ossfirst init antrag.yaml' (oder --example NAME, --list-examples).",
        "Which file? Give the name of the new request, e.g. "
        "'ossfirst init request.yaml' (or --example NAME, --list-examples).",
    ),
    "init.exists": (
        "{shown} gibt es schon (--force überschreibt).",
        "{shown} already exists (--force overwrites).",
    ),
    "init.no-example": (
        "Ein Beispiel '{name}' gibt es nicht ({hint}--list-examples zeigt alle).",
        "There is no example '{name}' ({hint}--list-examples shows them all).",
    ),
    "init.example-stdout": (
        "--example schreibt den Antrag mit seinen Nachweisdateien; geben Sie einen Dateinamen "
        "an, nicht '-'.",
        "--example writes the request with its evidence files; give a file name, not '-'.",
    ),
    "init.created": ("angelegt", "created"),
    "init.write-example": (
        "Schreiben mit: ossfirst init --example NAME [DATEI]",
        "Write one with: ossfirst init --example NAME [FILE]",
    ),
    # comment lines under a criterion of a new request
    "init.passed": (
        "passed: true = bestanden; false = nicht bestanden, die Alternative ist ausgeschlossen",
        "passed: true = passed; false = not passed, the alternative is excluded",
    ),
    "init.floor": (
        "Mindestwert {floor}: darunter ist die Alternative ausgeschlossen",
        "Floor {floor}: below it the alternative is excluded",
    ),
    # ossfirst init: the two alternatives of a new request
    "init.open-source.name": (
        "Open-Source-Lösung, selbst betrieben",
        "Open-source solution, self-hosted",
    ),
    "init.open-source.supplier": ("Beispiel IT-Dienstleister GmbH", "Example IT services Ltd"),
    "init.commercial.name": ("Kommerzielle Lösung als Dienst", "Commercial software as a service"),
    "init.commercial.supplier": ("Beispiel Software AG", "Example Software Inc."),
    # ossfirst criteria
    "criteria.criterion": ("Kriterium", "Criterion"),
    "criteria.kind": ("Art", "Kind"),
    "criteria.weight": ("Gewicht", "Weight"),
    "criteria.floor": ("Mindestwert", "Floor"),
    "criteria.title": ("Titel", "Title"),
    "criteria.question": ("Frage", "Question"),
    "criteria.guidance": ("Hinweise", "Guidance"),
    "criteria.computation": ("Berechnung", "Computation"),
    "criteria.levels": ("Stufen", "Levels"),
    "criteria.kind.assessed": ("bewertet", "assessed"),
    "criteria.kind.computed": ("berechnet", "computed"),
    "criteria.kind.knock-out": ("K.-o.", "knock-out"),
    "criteria.which": (
        "Welches Kriterium? Geben Sie eine Kennung an oder --resolved.",
        "Which criterion? Give an id, or --resolved.",
    ),
    "criteria.unknown": (
        "Das Kriterium '{criterion}' gibt es nicht ({hint}).",
        "There is no criterion '{criterion}' ({hint}).",
    ),
    # evaluate, convert, weights ahp, market index, portfolio
    "cli.output-one-format": (
        "--output schreibt genau ein Format; für mehrere --output-dir verwenden.",
        "--output writes exactly one format; use --output-dir for several.",
    ),
    "cli.no-config": (
        "Die Konfiguration '{path}' gibt es nicht.",
        "The configuration '{path}' does not exist.",
    ),
    "cli.form-suffix": (
        "{target}: ein Formular wird als .xlsx geschrieben, nicht als {suffix}.",
        "{target}: a form is written as .xlsx, not as {suffix}.",
    ),
    "cli.written": ("{output}: geschrieben", "{output}: written"),
    "cli.written-to": ("Geschrieben: {output}", "Written: {output}"),
    "cli.no-source": (
        "Die Quelle '{source}' gibt es nicht.",
        "The source '{source}' does not exist.",
    ),
    "cli.invalid-year": (
        "Ungültiges Jahr '{value}' (JJJJ, 1900 bis 2199).",
        "Invalid year '{value}' (YYYY, 1900 to 2199).",
    ),
    "cli.portfolio-unwritable": (
        "Das Portfolio lässt sich nicht schreiben: {reason}.",
        "The portfolio cannot be written: {reason}.",
    ),
    # check: its --format and --output
    "cli.check.output-first": (
        "--output {value}: davor fehlt das --format, das in diese Datei schreibt.",
        "--output {value}: it must follow the --format it writes.",
    ),
    "cli.check.stdout-only": (
        "Das Format '{name}' schreibt auf die Standardausgabe, nicht in eine Datei.",
        "The format '{name}' writes to standard output, not to a file.",
    ),
    "cli.check.one-stdout": (
        "Nur ein Format kann auf die Standardausgabe schreiben ({names}); geben Sie den "
        "übrigen --output DATEI.",
        "Only one format can write to standard output ({names}); give the others --output FILE.",
    ),
    "cli.check.same-file": (
        "Zwei Formate schreiben in dieselbe Datei '{output}'.",
        "Two formats write to the same file '{output}'.",
    ),
    "cli.check.unwritable": (
        "Die Berichte lassen sich nicht schreiben: {reason}.",
        "The reports cannot be written: {reason}.",
    ),
    "cli.check.compare-format": (
        "--compare-catalogue schreibt {formats}, nicht '{name}'.",
        "--compare-catalogue writes {formats}, not '{name}'.",
    ),
    "cli.no-request": (
        "Kein Antrag passt zu diesem Pfad oder Muster.",
        "No request file matches this path or pattern.",
    ),
    # an input error with more problems than are listed
    "cli.more-problems": (
        "… und {count} weitere Probleme, die nicht aufgeführt sind.",
        "… and {count} more problems, not listed.",
    ),
    # a report file
    "output.unwritable": (
        "{name}: kann nicht geschrieben werden: {reason}.",
        "{name}: cannot be written: {reason}.",
    ),
    "output.empty-name": (
        "Ein leerer Dateiname ist kein Ziel für den Bericht.",
        "An empty file name is no target for a report.",
    ),
    "output.folder": (
        "{name}: kann nicht geschrieben werden: das ist ein Verzeichnis (geben Sie einen "
        "Dateinamen an, für ein Verzeichnis --output-dir).",
        "{name}: cannot be written: this is a folder (give a file name, or --output-dir for "
        "a folder).",
    ),
    "output.is-input": (
        "{name}: wird nicht geschrieben: das ist eine Eingabe dieses Aufrufs, die der Bericht "
        "überschriebe (geben Sie eine andere Ausgabedatei an).",
        "{name}: not written: this is an input of this run, which the report would overwrite "
        "(give another output file).",
    ),
    # the portfolio's folder
    "site.empty-name": (
        "Ein leerer Name ist kein Ordner für das Portfolio.",
        "An empty name is no folder for the portfolio.",
    ),
    "site.is-file": (
        "{name}: das ist eine Datei, kein Ordner (geben Sie einen Ordner für die Website an).",
        "{name}: this is a file, not a folder (give a folder for the site).",
    ),
    "site.holds-cwd": (
        "{name}: der aktuelle Ordner liegt darin; das Portfolio ersetzt den ganzen Ordner "
        "(geben Sie einen eigenen Ordner an, z. B. site/).",
        "{name}: the current folder lies inside it; the portfolio replaces the whole folder "
        "(give a folder of its own, e.g. site/).",
    ),
    "site.holds-input": (
        "{name}: enthält eine Eingabe dieses Aufrufs ({source}); das Portfolio ersetzt den "
        "ganzen Ordner (geben Sie einen eigenen Ordner an).",
        "{name}: holds an input of this run ({source}); the portfolio replaces the whole "
        "folder (give a folder of its own).",
    ),
    "site.not-empty": (
        "{name}: der Ordner ist nicht leer und enthält kein Portfolio; das Portfolio ersetzt "
        "den ganzen Ordner (geben Sie einen leeren oder eigenen Ordner an).",
        "{name}: the folder is not empty and holds no portfolio; the portfolio replaces the "
        "whole folder (give an empty folder or one of its own).",
    ),
    # every command
    "cli.error": ("Fehler", "error"),
    "cli.warning": ("Warnung", "warning"),
    "cli.interrupted": ("abgebrochen", "interrupted"),
    "cli.internal-error": ("interner Fehler", "internal error"),
    "cli.hint.debug": ("mit --debug erneut ausführen", "run again with --debug"),
    "cli.no-file": (
        "Keine Datei passt zu diesem Pfad oder Muster.",
        "No file matches this path or pattern.",
    ),
    "cli.hint.path": ("Pfad prüfen", "check the path"),
    # ossfirst weights ahp
    "weights.title": (
        "Gewichte aus paarweisen Vergleichen (AHP)",
        "Weights from pairwise comparisons (AHP)",
    ),
    "weights.item": ("Eintrag", "Item"),
    "weights.weight": ("Gewicht", "Weight"),
    "weights.accepted": ("angenommen, CR <= {limit}", "accepted, CR <= {limit}"),
    "weights.refused": ("abgelehnt, CR > {limit}", "refused, CR > {limit}"),
    "weights.inconsistent": (
        "Uneinheitlich (CR = {cr} > 0,10): {said}; {other}.",
        "Inconsistent (CR = {cr} > 0.10): {said}; {other}.",
    ),
    "weights.said": (
        "Urteil: '{more}' {given}-mal so wichtig wie '{than}'",
        "judged '{more}' {given} times as important as '{than}'",
    ),
    "weights.implied": (
        "die Gewichte aus allen Urteilen ergeben etwa {times}-mal",
        "the weights from all judgements imply about {times} times",
    ),
    "weights.implied-reverse": (
        "die Gewichte aus allen Urteilen ergeben umgekehrt '{than}' etwa {times}-mal so wichtig "
        "wie '{more}'",
        "the weights from all judgements imply the reverse, '{than}' about {times} times as "
        "important as '{more}'",
    ),
    "weights.hint.inconsistent": (
        "überprüfen Sie dieses Urteil; Gewichte werden erst bei CR <= 0,10 geschrieben",
        "review this judgement; weights are written only when CR <= 0.10",
    ),
    "weights.profile-title": (
        "Gewichtung „{title}“ aus paarweisen Vergleichen (AHP)",
        'Weighting "{title}" from pairwise comparisons (AHP)',
    ),
    "weights.rationale": (
        "{rationale} Gewichte aus paarweisen Vergleichen (AHP), Konsistenzquotient CR = {cr}.",
        "{rationale} Weights from pairwise comparisons (AHP), consistency ratio CR = {cr}.",
    ),
    "weights.overrides-title": (
        "Kriteriengewichte der Dimension „{title}“ aus paarweisen Vergleichen (AHP)",
        'Criterion weights of the dimension "{title}" from pairwise comparisons (AHP)',
    ),
    # options of every command
    "cli.unknown-language": (
        "Unbekannte Sprache '{lang}' (de oder en).",
        "Unknown language '{lang}' (de or en).",
    ),
    "cli.unknown-format": (
        "Unbekanntes Format '{name}' ({hint}).",
        "Unknown format '{name}' ({hint}).",
    ),
    "cli.invalid-date": (
        "Ungültiges Datum '{value}' (JJJJ-MM-TT).",
        "Invalid date '{value}' (YYYY-MM-DD).",
    ),
    "cli.invalid-epoch": (
        "SOURCE_DATE_EPOCH: '{epoch}' ist keine Anzahl Sekunden seit 1970.",
        "SOURCE_DATE_EPOCH: '{epoch}' is not a number of seconds since 1970.",
    ),
    "cli.unknown-category": (
        "Unbekannte Kategorie '{name}' ({hint}).",
        "Unknown category '{name}' ({hint}).",
    ),
    "cli.invalid-value": (
        "Ungültige Angabe '{item}' für {option}.",
        "Invalid value '{item}' for {option}.",
    ),
}
