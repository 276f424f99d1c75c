# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""SARIF 2.1.0 (OASIS), for GitHub code scanning and other SARIF viewers.

One run; every rule in ``tool.driver.rules`` with its title, help, ``helpUri`` (the README's
rule table) and the level in force; one result per finding with exactly one physical location
(a relative URI and a region, as GitHub code scanning requires). Details checked against the
specification (sarif-v2.1.0-errata01-os) and GitHub's documented use of it:
- levels are ``note``, ``warning`` and ``error`` only: GitHub reads neither ``none`` nor
  ``kind``, and shows any result as an alert. So requests that pass are left out, unless
  ``--sarif-passes`` asks for a result of ``kind: pass`` for each (for tools that read
  ``kind``; §3.27.10: such a result has no level of its own, it defaults to "none");
- GitHub tells alerts apart by ``partialFingerprints.primaryLocationLineHash`` and computes
  one from the text of the line when it is absent, which merges several findings on one
  line. Each finding has its own, from the file, the rule, the key path and what the finding
  is about (counted when equal), so that it stays the same when lines move;
- the region spans the key and its value (``endLine``, ``endColumn``) where it is known;
- §3.14.17: columns count Unicode code points, as the YAML parser does, so ``columnKind``
  says so;
- GitHub accepts at most 25,000 results per run and rejects larger uploads, so results
  beyond that are left out and counted in ``run.properties``; pass results yield first.
Tests validate the output against the official schema (tests/schemas/) and GitHub's rules.
"""

from __future__ import annotations

import hashlib
import json
import urllib.parse
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any, BinaryIO

from ossfirst import PROJECT_URL
from ossfirst.check.formats import RunInfo, Summary, fingerprints
from ossfirst.model.rules import RULES
from ossfirst.texts import text

if TYPE_CHECKING:
    from ossfirst.check.findings import Finding
    from ossfirst.check.run import FileReport

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
MAX_RESULTS = 25_000
#: Pass results stop here, so that findings keep room below MAX_RESULTS.
MAX_PASS_RESULTS = 20_000
PASS_RULE = "policy-holds"  # noqa: S105 - a rule id, not a password


def _pascal(rule_id: str) -> str:
    return "".join(part.capitalize() for part in rule_id.split("-"))


def uri(path: str) -> str:
    """A relative URI for a ``/``-separated relative path; a file URI for an absolute one."""
    if path.startswith("/"):
        return PurePosixPath(path).as_uri()
    return urllib.parse.quote(path, safe="/")


def help_uri(version: str) -> str:
    """The README's rule table, as released with ``version``."""
    return f"{PROJECT_URL}/-/blob/v{version}/README.md#rules"


def _location(
    path: str, line: int, column: int, end_line: int = 0, end_column: int = 0
) -> dict[str, Any]:
    region: dict[str, int] = {"startLine": max(line, 1)}
    if line > 0 and column > 0:
        region["startColumn"] = column
        if end_line > line or (end_line == line and end_column > column):
            region["endLine"] = end_line
            if end_column > 0:
                region["endColumn"] = end_column
    return {"physicalLocation": {"artifactLocation": {"uri": uri(path)}, "region": region}}


def line_hashes(report: FileReport) -> list[str]:
    """``primaryLocationLineHash`` per finding, in GitHub's form ``<16 hex digits>:<n>``: the
    hash of the file, the rule, the key path and what the finding is about; ``n`` counts
    equal ones, so that every finding is an alert of its own."""
    seen: dict[str, int] = {}
    hashes = []
    for finding in report.findings:
        key = "|".join(
            (finding.file or report.path, "/".join(map(str, finding.path)), finding.identity())
        )
        seen[key] = seen.get(key, 0) + 1
        hashes.append(f"{hashlib.sha256(key.encode()).hexdigest()[:16]}:{seen[key]}")
    return hashes


def _region(report: FileReport, finding: Finding) -> dict[str, Any]:
    return _location(
        finding.file or report.path,
        finding.line,
        finding.column,
        finding.end_line,
        finding.end_column,
    )


class Writer:
    def __init__(self, stream: BinaryIO, info: RunInfo) -> None:
        self.stream = stream
        self.info = info
        self.count = 0
        self.omitted = {"pass": 0, "fail": 0}
        ids = [rule.id for rule in RULES]
        self.index = {rule_id: i for i, rule_id in enumerate([*ids, PASS_RULE])}

    def _rules(self) -> list[dict[str, Any]]:
        lang = self.info.lang
        uri_ = help_uri(self.info.tool_version)
        rules = []
        for rule in RULES:
            setting = self.info.levels.get(rule.id, rule.level)
            configuration: dict[str, Any] = (
                {"enabled": False, "level": rule.level} if setting == "off" else {"level": setting}
            )
            title = text(f"check.rule.{rule.id}.title", lang)
            help_text = text(f"check.rule.{rule.id}.help", lang)
            rules.append(
                {
                    "id": rule.id,
                    "name": _pascal(rule.id),
                    "shortDescription": {"text": title},
                    "fullDescription": {"text": help_text},
                    "help": {"text": help_text},
                    "helpUri": uri_,
                    "defaultConfiguration": configuration,
                    "properties": {
                        "tags": ["ossfirst", "procurement"],
                        "configurable": rule.configurable,
                        "deviable": rule.deviable,
                    },
                }
            )
        if self.info.sarif_passes:
            rules.append(
                {
                    "id": PASS_RULE,
                    "name": _pascal(PASS_RULE),
                    "shortDescription": {"text": text("check.rule.policy-holds.title", lang)},
                    "fullDescription": {"text": text("check.rule.policy-holds.help", lang)},
                    "help": {"text": text("check.rule.policy-holds.help", lang)},
                    "helpUri": uri_,
                    "defaultConfiguration": {"level": "note"},
                    "properties": {"tags": ["ossfirst", "procurement"]},
                }
            )
        return rules

    def begin(self) -> None:
        info = self.info
        head = {
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "ossfirst",
                            "version": info.tool_version,
                            "semanticVersion": info.tool_version,
                            "informationUri": PROJECT_URL,
                            "language": info.lang,
                            "rules": self._rules(),
                        }
                    },
                    "language": info.lang,
                    "columnKind": "unicodeCodePoints",
                    "results": [],
                }
            ],
        }
        text_ = json.dumps(head, indent=2, ensure_ascii=False)
        # Leave the results array open; results are written as the files come in.
        cut = text_.rindex('"results": []') + len('"results": [')
        self.stream.write(text_[:cut].encode("utf-8"))

    def _emit(self, result: dict[str, Any]) -> None:
        body = json.dumps(result, indent=2, ensure_ascii=False).replace("\n", "\n        ")
        sep = "\n        " if self.count == 0 else ",\n        "
        self.stream.write((sep + body).encode("utf-8"))
        self.count += 1

    def file(self, report: FileReport) -> None:
        lang = self.info.lang
        if report.status == "pass" and self.info.sarif_passes:
            if self.count >= MAX_PASS_RESULTS:
                self.omitted["pass"] += 1
            else:
                message = text("check.pass.message", lang, request=report.request_id or report.path)
                self._emit(
                    {
                        "ruleId": PASS_RULE,
                        "ruleIndex": self.index[PASS_RULE],
                        "kind": "pass",
                        "message": {"text": message},
                        "locations": [_location(report.path, 1, 1)],
                    }
                )
        prints = zip(report.findings, fingerprints(report), line_hashes(report), strict=True)
        for finding, fingerprint, line_hash in prints:
            if self.count >= MAX_RESULTS:
                self.omitted["fail"] += 1
                continue
            properties: dict[str, Any] = {}
            if finding.alternative:
                properties["alternative"] = finding.alternative
            if finding.criterion:
                properties["criterion"] = finding.criterion
            if finding.deviation is not None:
                deviation = finding.deviation
                properties["deviation"] = {
                    "status": deviation.status,
                    "decision": deviation.decision,
                    "approver": deviation.approver,
                    "expires": deviation.expires,
                    "justification": deviation.justification,
                }
            result: dict[str, Any] = {
                "ruleId": finding.rule,
                "ruleIndex": self.index[finding.rule],
                "kind": "fail",
                "level": finding.level,
                "message": {"text": finding.message},
                "locations": [_region(report, finding)],
                "partialFingerprints": {
                    "primaryLocationLineHash": line_hash,
                    "ossfirst/v1": fingerprint,
                },
            }
            if properties:
                result["properties"] = properties
            self._emit(result)

    def end(self, summary: Summary) -> None:
        notifications = []
        if any(self.omitted.values()):
            notifications.append(
                {
                    "level": "warning",
                    "message": {
                        "text": f"{self.omitted['fail']} findings and {self.omitted['pass']} pass "
                        f"results left out: GitHub accepts at most {MAX_RESULTS} results per run."
                    },
                }
            )
        invocation: dict[str, Any] = {
            "executionSuccessful": summary.internal == 0,
            "exitCode": summary.exit_code,
        }
        if notifications:
            invocation["toolExecutionNotifications"] = notifications
        properties = {
            "ossfirst": {
                "date": self.info.date.isoformat(),
                "failOn": self.info.fail_on,
                "config": self.info.config,
                "files": summary.files,
                "passed": summary.passed,
                "failed": summary.failed,
                "invalid": summary.invalid,
                "omittedResults": self.omitted,
            }
        }
        tail = (
            ("\n      ]," if self.count else "],")
            + '\n      "invocations": '
            + json.dumps([invocation], indent=2).replace("\n", "\n      ")
            + ',\n      "properties": '
            + json.dumps(properties, indent=2, ensure_ascii=False).replace("\n", "\n      ")
            + "\n    }\n  ]\n}\n"
        )
        self.stream.write(tail.encode("utf-8"))
