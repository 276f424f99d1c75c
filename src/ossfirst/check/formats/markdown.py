# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""A Markdown summary of the run: the verdict, a table of counts, the findings, the accepted
deviations. Used as GitHub's job summary and for merge-request notes.

It holds at most :data:`MAX_ROWS` findings and :data:`MAX_BYTES` of text, whatever the size of
the run, and says how many more there are: GitHub takes at most 1 MiB per step summary
(docs.github.com, "Adding a job summary"). Text from a request is escaped, so it cannot add
links, images, HTML or table cells.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, BinaryIO

from ossfirst.check.formats import RunInfo, Summary, failing, location, one_line
from ossfirst.texts import date, text

if TYPE_CHECKING:
    from ossfirst.check.run import FileReport

MAX_ROWS = 200
MAX_DEVIATIONS = 100
#: Well below GitHub's 1 MiB, leaving room for other steps' summaries in the same job.
MAX_BYTES = 512 * 1024

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~#!$&])")


def cell(value: str) -> str:
    """Text safe for one Markdown table cell."""
    return _SPECIAL.sub(r"\\\1", one_line(value))


def code(value: str) -> str:
    """A code span for one table cell: no backtick can end it early, and a pipe is escaped
    (GitHub reads ``\\|`` as a pipe even inside a code span in a table)."""
    return "`" + one_line(value).replace("`", "'").replace("|", "\\|") + "`"


class Collector:
    """Keeps what the summary shows, within fixed bounds."""

    def __init__(self, info: RunInfo) -> None:
        self.info = info
        self.rows: list[str] = []
        self.deviations: list[str] = []
        self.size = 0
        self.more = 0

    def add(self, report: FileReport) -> None:
        for finding in report.findings:
            deviation = finding.deviation
            accepted = deviation is not None and deviation.status == "accepted"
            if deviation is not None and accepted and len(self.deviations) < MAX_DEVIATIONS:
                self.deviations.append(
                    f"| {code(location(report, finding))} | {cell(finding.rule)} | "
                    f"{cell(deviation.decision)} | {cell(deviation.approver)} | "
                    f"{cell(date(deviation.expires, self.info.lang))} |"
                )
            level = text(f"check.level.{finding.level}", self.info.lang)
            mark = "**" if failing(finding, self.info) else ""
            row = (
                f"| {code(location(report, finding))} | {mark}{level}{mark} | "
                f"{cell(finding.rule)} | {cell(finding.message)} |"
            )
            if len(self.rows) >= MAX_ROWS or self.size + len(row) > MAX_BYTES:
                self.more += 1
                continue
            self.rows.append(row)
            self.size += len(row) + 1

    def render(self, summary: Summary) -> str:
        lang = self.info.lang

        def t(key: str, **params: object) -> str:
            return text(key, lang, **params)

        lines = [f"## {t('check.sum.title')}", ""]
        if summary.files == 0:
            lines += [t("check.sum.none"), ""]
        if summary.internal:
            lines += [f"**{t('check.sum.internal')}**", ""]
        if summary.invalid:
            lines += [f"**{t('check.sum.invalid')}**", ""]
        if summary.failed:
            threshold = t(f"check.level.{self.info.fail_on}")
            lines += [f"**{t('check.sum.violated', threshold=threshold)}**", ""]
        if summary.exit_code == 0 and summary.files:
            lines += [t("check.sum.holds"), ""]
        lines += [
            f"| {t('check.sum.requests')} | {t('check.status.pass')} | {t('check.status.fail')} "
            f"| {t('check.status.invalid')} | {t('check.col.errors')} | {t('check.col.warnings')} "
            f"| {t('check.col.notes')} |",
            "|--:|--:|--:|--:|--:|--:|--:|",
            f"| {summary.files} | {summary.passed} | {summary.failed} | "
            f"{summary.invalid + summary.internal} | {summary.levels['error']} | "
            f"{summary.levels['warning']} | {summary.levels['note']} |",
            "",
        ]
        if self.rows:
            lines += [
                f"### {t('check.sum.findings')}",
                "",
                f"| {t('check.col.where')} | {t('check.col.level')} | {t('check.col.rule')} "
                f"| {t('check.col.message')} |",
                "|---|---|---|---|",
                *self.rows,
                "",
            ]
        if self.more:
            lines += [t("check.sum.more", count=self.more), ""]
        if self.deviations:
            lines += [
                f"### {t('check.sum.deviations')}",
                "",
                f"| {t('check.col.where')} | {t('check.col.rule')} | {t('check.col.decision')} "
                f"| {t('check.col.approver')} | {t('check.col.expires')} |",
                "|---|---|---|---|---|",
                *self.deviations,
                "",
            ]
        return "\n".join(lines).rstrip("\n") + "\n"


class Writer:
    def __init__(self, stream: BinaryIO, info: RunInfo) -> None:
        self.stream = stream
        self.collector = Collector(info)

    def begin(self) -> None:
        pass

    def file(self, report: FileReport) -> None:
        self.collector.add(report)

    def end(self, summary: Summary) -> None:
        self.stream.write(self.collector.render(summary).encode("utf-8"))
