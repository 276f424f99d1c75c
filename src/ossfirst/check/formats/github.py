# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""GitHub Actions: annotations through workflow commands, and a Markdown job summary.

    ::error file={path},line={line},col={col},title={title}::{message}

Escaping as in actions/toolkit (packages/core/src/command.ts): in the message ``%``, CR and
LF become ``%25``, ``%0D``, ``%0A``; in properties also ``:`` and ``,`` become ``%3A`` and
``%2C``. GitHub shows at most 10 annotations of each level per step (and 50 per job), so
the first 10 errors, 10 warnings and 10 notices become annotations and the summary counts
the rest; every finding is also listed in the log, in a collapsed group, one line each. The
summary (see :mod:`.markdown`) is appended to the file named by ``$GITHUB_STEP_SUMMARY``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from ossfirst.check.formats import RunInfo, Summary, finding_line
from ossfirst.check.formats.markdown import Collector
from ossfirst.model.rules import LEVELS
from ossfirst.texts import text

if TYPE_CHECKING:
    from ossfirst.check.run import FileReport

#: Annotations GitHub shows per level and step.
MAX_PER_LEVEL = 10
COMMAND = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(value: str) -> str:
    """A workflow command's message (toolkit: escapeData)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A workflow command's property value (toolkit: escapeProperty)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


class Writer:
    def __init__(self, stream: BinaryIO, info: RunInfo) -> None:
        self.stream = stream
        self.info = info
        self.shown = dict.fromkeys(LEVELS, 0)
        self.hidden = 0
        self.collector = Collector(info)

    def begin(self) -> None:
        # Every finding goes into the log as one plain line, in a collapsed group; the
        # annotation commands between them are processed all the same.
        title = escape_data(text("check.sum.findings", self.info.lang))
        self.stream.write(f"::group::ossfirst check: {title}\n".encode())

    def file(self, report: FileReport) -> None:
        self.collector.add(report)
        out = []
        for finding in report.findings:
            out.append(f"{finding_line(report, finding)} [{finding.rule}]\n")
            if self.shown[finding.level] >= MAX_PER_LEVEL:
                self.hidden += 1
                continue
            self.shown[finding.level] += 1
            title = text(f"check.rule.{finding.rule}.title", self.info.lang)
            props = [f"file={escape_property(finding.file or report.path)}"]
            if finding.line > 0:
                props += [f"line={finding.line}", f"col={finding.column}"]
            props.append(f"title={escape_property(f'{title} [{finding.rule}]')}")
            message = escape_data(finding.message)
            out.append(f"::{COMMAND[finding.level]} {','.join(props)}::{message}\n")
        if out:
            self.stream.write("".join(out).encode("utf-8"))

    def end(self, summary: Summary) -> None:
        out = ["::endgroup::\n"]
        if self.hidden:
            more = text("check.sum.more_annotations", self.info.lang, count=self.hidden)
            out.append(f"::notice::{escape_data(more)}\n")
        self.stream.write("".join(out).encode("utf-8"))
        if self.info.step_summary is not None:
            with self.info.step_summary.open("a", encoding="utf-8") as handle:
                handle.write(self.collector.render(summary))
