# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of the command line that belong to no report or check format: the labels of its
messages and what it says when a command breaks off (``cli.<name>``), what ``ossfirst
init`` writes and says (``init.<name>``), and what ``ossfirst weights ahp`` shows and
writes (``weights.<name>``)."""

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
