# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Output formats of ``ossfirst check``: a registry of writers, one module each.

The command line reads the registry when it starts (``--format``'s help), so this module
imports the rule table and hashlib only where they are used.

A writer receives the file reports one by one, in order, and writes as it goes, so that a
run over ten thousand requests never holds them all. It lays out findings; it never decides
them. Modules are imported only when their format is used.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol

if TYPE_CHECKING:
    from ossfirst.check.findings import Finding
    from ossfirst.check.run import FileReport
    from ossfirst.model.rules import Level, Setting

#: Version of the JSON format of ``ossfirst check``.
SCHEMA_VERSION = "1.0"


@dataclass(frozen=True)
class RunInfo:
    """What every writer needs besides the reports."""

    lang: str
    tool_version: str
    fail_on: Level
    levels: dict[str, Setting]
    date: dt.date
    #: The policy file, as displayed; None when the defaults apply.
    config: str | None = None
    #: GitHub's job summary file ($GITHUB_STEP_SUMMARY), for the github format.
    step_summary: Path | None = None
    #: Whether SARIF has a result of kind "pass" for each request that passes.
    sarif_passes: bool = False

    def rules(self) -> list[str]:
        """The rules in force, in their fixed order."""
        from ossfirst.model.rules import RULES

        return [rule.id for rule in RULES if self.levels.get(rule.id, rule.level) != "off"]


def _levels() -> tuple[str, ...]:
    from ossfirst.model.rules import LEVELS

    return LEVELS


@dataclass
class Summary:
    """Counts over the whole run, and its exit code."""

    files: int = 0
    passed: int = 0
    failed: int = 0
    invalid: int = 0
    internal: int = 0
    levels: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_levels(), 0))
    exit_code: int = 0
    #: Files checked per kind (request, catalogue, pairwise).
    kinds: dict[str, int] = field(default_factory=dict)

    def add(self, report: FileReport) -> None:
        self.files += 1
        self.kinds[report.kind] = self.kinds.get(report.kind, 0) + 1
        if report.status == "pass":
            self.passed += 1
        elif report.status == "fail":
            self.failed += 1
        elif report.status == "invalid":
            self.invalid += 1
        else:
            self.internal += 1
        for finding in report.findings:
            self.levels[finding.level] += 1

    def finish(self) -> int:
        """Set and return the exit code: 3 internal error, 2 invalid input, 1 a finding at or
        above the threshold, else 0."""
        if self.internal:
            self.exit_code = 3
        elif self.invalid:
            self.exit_code = 2
        elif self.failed:
            self.exit_code = 1
        else:
            self.exit_code = 0
        return self.exit_code


class Writer(Protocol):
    def begin(self) -> None: ...
    def file(self, report: FileReport) -> None: ...
    def end(self, summary: Summary) -> None: ...


class WriterFactory(Protocol):
    def __call__(self, stream: BinaryIO, info: RunInfo) -> Writer: ...


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


def writer(name: str, stream: BinaryIO, info: RunInfo) -> Writer:
    """A writer of the format ``name`` (one of :data:`FORMATS`) on ``stream``."""
    module = importlib.import_module(FORMATS[name].module)
    factory: WriterFactory = module.Writer
    return factory(stream, info)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]+")


def one_line(value: str) -> str:
    """Text on one line without control characters: a request cannot start a new line in a
    log (where a line beginning with '::' would be a GitHub workflow command)."""
    return " ".join(_CONTROL.sub(" ", value).split())


def location(report: FileReport, finding: Finding) -> str:
    """``file:line:col``, or the file alone when the position is unknown."""
    file = one_line(finding.file or report.path)
    if file.startswith(":"):
        # A log line starting with '::' is a GitHub workflow command; a file name must not be.
        file = "./" + file
    if finding.line <= 0:
        return file
    return f"{file}:{finding.line}:{finding.column}"


def finding_line(report: FileReport, finding: Finding) -> str:
    """``file:line:col: level: message``, the line of the text format (without its rule)."""
    return f"{location(report, finding)}: {finding.level}: {one_line(finding.message)}"


def fingerprints(report: FileReport) -> list[str]:
    """A fingerprint per finding, unique within the run and stable when lines move: the file,
    the rule and what the finding is about, counted when the same thing occurs twice."""
    import hashlib

    seen: dict[str, int] = {}
    result = []
    for finding in report.findings:
        key = f"{finding.file or report.path}|{finding.identity()}"
        seen[key] = seen.get(key, 0) + 1
        digest = hashlib.sha256(f"{key}|{seen[key]}".encode()).hexdigest()
        result.append(digest[:32])
    return result


def failing(finding: Finding, info: RunInfo) -> bool:
    """Whether ``finding`` is at or above the fail threshold."""
    from ossfirst.model.rules import RANK

    return RANK[finding.level] >= RANK[info.fail_on]
