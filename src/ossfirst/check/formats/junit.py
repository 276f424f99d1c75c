# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""JUnit XML, valid against the Jenkins xUnit plugin's schema (``junit-10.xsd``), and the
same with the ``file`` of each test case for GitLab (format ``junit-gitlab``).

Consumers disagree on one attribute: GitLab's parser reads ``testcase/@file`` (and shows it
beside each case), while ``file`` is no attribute of ``testcase`` in the Jenkins schema (nor
in Ant's), so Jenkins-side validators reject a file that has it. ``junit`` therefore names the
file on the ``testsuite`` (where the Jenkins schema has ``file``) and ``junit-gitlab`` adds it
to every test case; GitLab's CI template asks for ``junit-gitlab``.

One ``testsuite`` per request file and one ``testcase`` per rule in force, with the file
as ``classname`` (GitLab shows it as "Suite"; classname and name together are unique, since
GitLab keeps only the first of duplicates) and the rule id as ``name``. GitLab's parser
(lib/gitlab/ci/parsers/test/junit.rb) shows the body of ``failure``, ``error`` and
``skipped``, and ``system-out`` only for failed cases; so:
- findings at or above the fail threshold: one ``failure`` (Jenkins keeps one per case)
  listing every such finding of the rule;
- an invalid or unreadable file: one ``error`` case (the other rules were not evaluated);
- a rule whose findings are all covered by accepted deviations: ``skipped`` with the
  deviations, so that they stay visible;
- findings below the threshold: the case passes, with them in ``system-out``.
A report never sets the job status: the exit code does. ``time`` is 0, so that the file is
the same in every run.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, BinaryIO
from xml.sax.saxutils import escape, quoteattr

from ossfirst.check.formats import RunInfo, Summary, failing, finding_line, one_line
from ossfirst.texts import text

if TYPE_CHECKING:
    from ossfirst.check.findings import Finding
    from ossfirst.check.run import FileReport

# Characters XML 1.0 does not allow at all.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _attr(value: str) -> str:
    return quoteattr(_INVALID_XML.sub(" ", value))


def _body(value: str) -> str:
    return escape(_INVALID_XML.sub(" ", value))


class Writer:
    #: Whether each test case names its file (GitLab), outside the Jenkins schema.
    case_file = False

    def __init__(self, stream: BinaryIO, info: RunInfo) -> None:
        self.stream = stream
        self.info = info

    def begin(self) -> None:
        self.stream.write(
            b'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ossfirst check">\n'
        )

    def _summary(self, findings: list[Finding]) -> str:
        first = one_line(findings[0].message)
        if len(findings) == 1:
            return first
        return text("check.junit.failures", self.info.lang, count=len(findings)) + ": " + first

    def _cases(self, report: FileReport) -> list[tuple[str, str, str, str]]:
        """(rule, kind, message, body) per test case; kind: pass, failure, error, skipped."""
        lang = self.info.lang
        by_rule: dict[str, list[Finding]] = {}
        for finding in report.findings:
            by_rule.setdefault(finding.rule, []).append(finding)

        def lines(findings: list[Finding]) -> str:
            return "\n".join(finding_line(report, f) for f in findings)

        if report.status in ("invalid", "error"):
            rule = "internal-error" if report.status == "error" else "invalid-input"
            found = by_rule.get(rule, [])
            return [(rule, "error", self._summary(found), lines(found))]
        cases = []
        for rule in self.info.rules():
            if rule in ("invalid-input", "internal-error"):
                continue
            found = by_rule.get(rule, [])
            failed = [f for f in found if failing(f, self.info)]
            accepted = [f for f in found if f.deviation and f.deviation.status == "accepted"]
            if failed:
                cases.append((rule, "failure", self._summary(failed), lines(failed)))
            elif found and len(accepted) == len(found):
                message = text("check.junit.accepted", lang) + " " + self._summary(accepted)
                cases.append((rule, "skipped", message, lines(accepted)))
            elif found:
                body = text("check.junit.passed_with", lang) + "\n" + lines(found)
                cases.append((rule, "pass", "", body))
            else:
                cases.append((rule, "pass", "", ""))
        return cases

    def file(self, report: FileReport) -> None:
        cases = self._cases(report)
        count = {
            kind: sum(1 for case in cases if case[1] == kind)
            for kind in ("failure", "error", "skipped")
        }
        path = _attr(report.path)
        out = [
            f'  <testsuite name={path} tests="{len(cases)}" failures="{count["failure"]}" '
            f'errors="{count["error"]}" skipped="{count["skipped"]}" time="0" file={path}>\n'
        ]
        file = f" file={path}" if self.case_file else ""
        for rule, kind, message, body in cases:
            out.append(f'    <testcase classname={path} name="{rule}"{file} time="0"')
            if kind == "pass" and not body:
                out.append("/>\n")
                continue
            out.append(">\n")
            if kind == "pass":
                out.append(f"      <system-out>{_body(body)}</system-out>\n")
            else:
                out.append(f"      <{kind} message={_attr(message)}>{_body(body)}</{kind}>\n")
            out.append("    </testcase>\n")
        out.append("  </testsuite>\n")
        self.stream.write("".join(out).encode("utf-8"))

    def end(self, summary: Summary) -> None:
        self.stream.write(b"</testsuites>\n")
