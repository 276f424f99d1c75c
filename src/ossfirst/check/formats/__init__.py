# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Output formats of ``ossfirst check``: one module each, registered in
:mod:`ossfirst.check.registry` (which the command line reads when it starts).

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

from ossfirst.check.registry import FORMATS

if TYPE_CHECKING:
    from ossfirst.check.findings import Finding
    from ossfirst.check.run import FileReport
    from ossfirst.model.rules import Level, Setting


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
    if finding.cell:
        return f"{file}:{one_line(finding.cell)}"
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
