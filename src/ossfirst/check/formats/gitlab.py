# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""GitLab Code Quality: the JSON array GitLab shows in the merge-request widget.

Fields as GitLab documents them (doc/ci/testing/code_quality.md, "Code Quality report
format"): ``description``, ``check_name``, ``fingerprint``, ``severity`` (info, minor,
major, critical, blocker), ``location.path`` relative to the repository and
``location.lines.begin``; and as the CodeClimate specification (SPEC.md, "Issues"), which
GitLab's format extends and other viewers read, requires: ``type: "issue"`` and at least one
of its ``categories``. The description is one line (the specification's and GitLab's
widget's): a request's text with a line break in it must not break it. GitLab collapses
findings with the same fingerprint and compares base and head by fingerprint, so each one is
unique in the run and left unchanged when lines move (see
:func:`~ossfirst.check.formats.fingerprints`). UTF-8 without a byte-order mark.
Accepted deviations stay in the report, as ``info``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, BinaryIO

from ossfirst.check.formats import RunInfo, Summary, fingerprints, one_line

if TYPE_CHECKING:
    from ossfirst.check.findings import Finding
    from ossfirst.check.run import FileReport

SEVERITY = {"error": "critical", "warning": "minor", "note": "info"}
#: The CodeClimate category of each rule: "Bug Risk" where the decision or its input is wrong
#: or cannot be trusted, "Clarity" where its documentation is incomplete.
CATEGORIES = {
    "invalid-input": "Bug Risk",
    "unjustified-departure": "Bug Risk",
    "justification-missing": "Bug Risk",
    "proposal-unmet-must": "Bug Risk",
    "proposal-excluded": "Bug Risk",
    "no-eligible-alternative": "Bug Risk",
    "no-oss-considered": "Bug Risk",
    "justification-misses-points": "Clarity",
    "undocumented-assessment": "Clarity",
    "stale-evidence": "Bug Risk",
    "assessment-after-request": "Bug Risk",
    "unassessed-criterion": "Clarity",
    "assessors-disagree": "Clarity",
    "uncomputable-criterion": "Clarity",
    "no-proposal": "Clarity",
    "deviation-expired": "Bug Risk",
    "deviation-unused": "Clarity",
    "internal-error": "Bug Risk",
    "exit-plan": "Bug Risk",
    "unpinned-catalogue": "Clarity",
    "market-exploration-missing": "Bug Risk",
    "market-hit-undecided": "Clarity",
    "market-exploration-stale": "Bug Risk",
    "gap-closing-unexamined": "Bug Risk",
}


def severity(finding: Finding) -> str:
    """GitLab's severity: input that cannot be evaluated blocks everything else."""
    if finding.rule in ("invalid-input", "internal-error"):
        return "blocker"
    return SEVERITY[finding.level]


class Writer:
    def __init__(self, stream: BinaryIO, info: RunInfo) -> None:
        self.stream = stream
        self.info = info
        self.count = 0

    def begin(self) -> None:
        self.stream.write(b"[")

    def file(self, report: FileReport) -> None:
        parts = []
        for finding, fingerprint in zip(report.findings, fingerprints(report), strict=True):
            issue = {
                "type": "issue",
                "description": one_line(finding.message),
                "check_name": finding.rule,
                "categories": [CATEGORIES.get(finding.rule, "Bug Risk")],
                "fingerprint": fingerprint,
                "severity": severity(finding),
                "location": {
                    "path": finding.file or report.path,
                    "lines": {"begin": max(finding.line, 1)},
                },
            }
            body = json.dumps(issue, indent=2, ensure_ascii=False).replace("\n", "\n  ")
            parts.append(("\n  " if self.count == 0 else ",\n  ") + body)
            self.count += 1
        if parts:
            self.stream.write("".join(parts).encode("utf-8"))

    def end(self, summary: Summary) -> None:
        self.stream.write(b"\n]\n" if self.count else b"]\n")
