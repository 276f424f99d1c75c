# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The whole run as JSON with a ``schema_version``, written file by file.

    {"schema_version": "1.0", "tool": {...}, "date": ..., "lang": ..., "policy": {...},
     "files": [{"path", "status", "request_id", "title", "verdict", "counts",
                "findings": [{"rule", "level", "file", "line", "column", "message",
                              "yaml_path", "alternative", "criterion", "deviation",
                              "fingerprint"}]}],
     "summary": {...}}

Byte-identical for the same inputs and the same reference date.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any, BinaryIO

from ossfirst.check.formats import RunInfo, Summary, fingerprints
from ossfirst.check.registry import SCHEMA_VERSION

if TYPE_CHECKING:
    from ossfirst.check.run import FileReport


def _dump(value: Any, indent: int) -> str:
    text = json.dumps(value, indent=2, ensure_ascii=False)
    pad = " " * indent
    return "\n".join(pad + line if i else line for i, line in enumerate(text.split("\n")))


def file_object(report: FileReport) -> dict[str, Any]:
    """One file's report as plain data."""
    return {
        "path": report.path,
        "status": report.status,
        "request_id": report.request_id,
        "title": report.title,
        "verdict": report.verdict,
        "counts": report.counts,
        "findings": [
            {
                "rule": f.rule,
                "level": f.level,
                "file": f.file or report.path,
                "line": f.line,
                "column": f.column,
                "message": f.message,
                "yaml_path": list(f.path),
                "alternative": f.alternative,
                "criterion": f.criterion,
                "deviation": asdict(f.deviation) if f.deviation else None,
                "fingerprint": print_,
            }
            for f, print_ in zip(report.findings, fingerprints(report), strict=True)
        ],
    }


_NAME = {"type": "string", "minLength": 1}
_OPTIONAL_TEXT = {"type": ["string", "null"]}
_LEVEL = {"enum": ["error", "warning", "note"]}
_COUNT = {"type": "integer", "minimum": 0}


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the run as :class:`Writer` writes it (without
    ``$schema`` and ``$id``, which ``ossfirst schema check`` adds)."""
    from ossfirst.model.rules import RULES

    rules = [rule.id for rule in RULES]

    def closed(properties: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": properties,
            "required": list(properties),
            "additionalProperties": False,
        }

    deviation = closed(
        {
            "status": {"enum": ["accepted", "expired"]},
            "index": _COUNT,
            "decision": {"type": "string"},
            "approver": {"type": "string"},
            "expires": {"type": "string", "format": "date"},
            "justification": {"type": "string"},
        }
    )
    finding = closed(
        {
            "rule": {"enum": rules},
            "level": _LEVEL,
            "file": _NAME,
            "line": _COUNT,
            "column": _COUNT,
            "message": {"type": "string"},
            "yaml_path": {"type": "array", "items": {"type": ["string", "integer"]}},
            "alternative": _OPTIONAL_TEXT,
            "criterion": _OPTIONAL_TEXT,
            "deviation": {"anyOf": [{"$ref": "#/$defs/deviation"}, {"type": "null"}]},
            "fingerprint": {"type": "string", "pattern": "^[0-9a-f]{32}$"},
        }
    )
    file = closed(
        {
            "path": _NAME,
            "status": {"enum": ["pass", "fail", "invalid", "error"]},
            "request_id": _OPTIONAL_TEXT,
            "title": _OPTIONAL_TEXT,
            "verdict": _OPTIONAL_TEXT,
            "counts": {"type": "object", "additionalProperties": _COUNT},
            "findings": {"type": "array", "items": {"$ref": "#/$defs/finding"}},
        }
    )
    levels = {rule: {"enum": ["error", "warning", "note", "off"]} for rule in rules}
    return {
        "title": "ossfirst check --format json",
        "description": "The whole run of ossfirst check: the policy in force, every file "
        "with its findings, and the summary.",
        **closed(
            {
                "schema_version": {"const": SCHEMA_VERSION},
                "tool": closed({"name": {"const": "ossfirst"}, "version": _NAME}),
                "date": {"type": "string", "format": "date"},
                "lang": {"enum": ["de", "en"]},
                "policy": closed(
                    {
                        "config": _OPTIONAL_TEXT,
                        "fail_on": _LEVEL,
                        "levels": {
                            "type": "object",
                            "properties": levels,
                            "additionalProperties": False,
                        },
                    }
                ),
                "files": {"type": "array", "items": {"$ref": "#/$defs/file"}},
                "summary": closed(
                    {
                        "files": _COUNT,
                        "passed": _COUNT,
                        "failed": _COUNT,
                        "invalid": _COUNT,
                        "internal_errors": _COUNT,
                        "findings": closed({"error": _COUNT, "warning": _COUNT, "note": _COUNT}),
                        "exit_code": {"enum": [0, 1, 2, 3]},
                    }
                ),
            }
        ),
        "$defs": {"file": file, "finding": finding, "deviation": deviation},
    }


class Writer:
    def __init__(self, stream: BinaryIO, info: RunInfo) -> None:
        self.stream = stream
        self.info = info
        self.first = True

    def begin(self) -> None:
        info = self.info
        head = {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "ossfirst", "version": info.tool_version},
            "date": info.date.isoformat(),
            "lang": info.lang,
            "policy": {
                "config": info.config,
                "fail_on": info.fail_on,
                "levels": dict(info.levels),
            },
        }
        text = json.dumps(head, indent=2, ensure_ascii=False)
        self.stream.write((text[: text.rstrip().rfind("}")].rstrip() + ',\n  "files": [').encode())

    def file(self, report: FileReport) -> None:
        sep = "\n    " if self.first else ",\n    "
        self.first = False
        self.stream.write((sep + _dump(file_object(report), 4)).encode("utf-8"))

    def end(self, summary: Summary) -> None:
        close = "\n  ],\n" if not self.first else "],\n"
        tail = {
            "files": summary.files,
            "passed": summary.passed,
            "failed": summary.failed,
            "invalid": summary.invalid,
            "internal_errors": summary.internal,
            "findings": dict(summary.levels),
            "exit_code": summary.exit_code,
        }
        self.stream.write((close + '  "summary": ' + _dump(tail, 2) + "\n}\n").encode("utf-8"))
