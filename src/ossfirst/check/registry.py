# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The registry of ``ossfirst check``'s output formats: each format's name and the module
that writes it (:mod:`ossfirst.check.formats`). The command line reads it when it starts,
for ``--format``'s choices and help, so it imports nothing of the writers."""

from __future__ import annotations

from dataclasses import dataclass

#: Version of the JSON format of ``ossfirst check``.
SCHEMA_VERSION = "1.0"


@dataclass(frozen=True)
class CheckFormat:
    name: str
    #: The module that defines the format's ``Writer`` (a :class:`WriterFactory`).
    module: str
    summary: str
    #: Whether the format writes workflow commands that only mean something on stdout.
    stdout_only: bool = False
    #: What ``--format``'s help says after the name, in parentheses (empty: nothing).
    note: str = ""


#: The format written when none is given.
DEFAULT = "text"

FORMATS: dict[str, CheckFormat] = {
    f.name: f
    for f in (
        CheckFormat("text", "ossfirst.check.formats.text", "file:line:col: level: message [rule]"),
        CheckFormat(
            "json", "ossfirst.check.formats.json", f"JSON (schema_version {SCHEMA_VERSION})"
        ),
        CheckFormat("sarif", "ossfirst.check.formats.sarif", "SARIF 2.1.0"),
        CheckFormat(
            "junit",
            "ossfirst.check.formats.junit",
            "JUnit XML (Jenkins schema)",
            note="Jenkins schema",
        ),
        CheckFormat(
            "junit-gitlab",
            "ossfirst.check.formats.junit_gitlab",
            "JUnit XML with each test case's file, as GitLab reads it",
            note="with each test case's file",
        ),
        CheckFormat("gitlab", "ossfirst.check.formats.gitlab", "GitLab Code Quality"),
        CheckFormat(
            "github",
            "ossfirst.check.formats.github",
            "GitHub annotations and job summary",
            stdout_only=True,
        ),
        CheckFormat("markdown", "ossfirst.check.formats.markdown", "Markdown summary"),
    )
}
#: ``auto`` is no format of its own: it stands for github, gitlab or text (see the CLI).
CHOICES = (*FORMATS, "auto")


def help_text() -> str:
    """What ``ossfirst check --format`` says in its help: the formats of :data:`FORMATS`."""
    notes = {f.name: "default" if f.name == DEFAULT else f.note for f in FORMATS.values()}
    names = ", ".join(f"{name} ({note})" if note else name for name, note in notes.items())
    return (
        f"Output format, repeatable: {names}, or auto (github on GitHub Actions, gitlab plus "
        "text on GitLab CI, else text). Each --output after a --format is that format's file."
    )
