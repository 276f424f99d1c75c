# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""One line per finding, for people and grep: ``file:line:col: level: message [rule]``.

The level words stay English in both languages, as compilers print them, so that editors
and CI problem matchers recognise them; the message is in the report language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from ossfirst.check.formats import RunInfo, Summary, finding_line

if TYPE_CHECKING:
    from ossfirst.check.run import FileReport


class Writer:
    def __init__(self, stream: BinaryIO, info: RunInfo) -> None:
        self.stream = stream
        self.info = info

    def begin(self) -> None:
        pass

    def file(self, report: FileReport) -> None:
        lines = [f"{finding_line(report, f)} [{f.rule}]\n" for f in report.findings]
        if lines:
            self.stream.write("".join(lines).encode("utf-8"))

    def end(self, summary: Summary) -> None:
        pass
