# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""SPDX 2.2 and 2.3 documents in JSON (``spdxVersion``, ``packages``, ``relationships``), read
with the standard library's JSON parser; :mod:`ossfirst.evidence.sbom_spdx2` says what they
become. Positions for the error messages are worked out only when there is one."""

from __future__ import annotations

import re
from typing import Any

from ossfirst.errors import InputError, Location
from ossfirst.evidence.files import EvidenceFile
from ossfirst.evidence.sbom import Document, problem
from ossfirst.evidence.sbom_spdx2 import Package, Spdx2, convert
from ossfirst.load import jsonsource
from ossfirst.load.yamlsource import SourceMap

_KEY = re.compile(rb'"spdxVersion"\s*:\s*"SPDX-2')


def detect(head: bytes) -> bool:
    """A JSON object with ``"spdxVersion": "SPDX-2..."``."""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") and bool(_KEY.search(head))


def read(file: EvidenceFile) -> Document:
    """Read an SPDX 2 document in JSON."""
    text = file.text()
    data = jsonsource.parse(text, file.display)
    source: SourceMap | None = None

    def at(*path: str | int) -> tuple[int, int]:
        nonlocal source
        if source is None:
            source = jsonsource.source_map(text, file.display)
        where = source.locate(path)
        return where.line, where.column

    if not isinstance(data, dict) or not isinstance(data.get("spdxVersion"), str):
        raise problem(
            Location(file.display, *at()),
            "sbom.spdx-json",
        )
    packages = data.get("packages", [])
    if not isinstance(packages, list) or not all(isinstance(p, dict) for p in packages):
        raise problem(
            Location(file.display, *at("packages")),
            "sbom.spdx-packages",
        )
    document = Spdx2(
        display=file.display,
        encoding="JSON",
        version=data["spdxVersion"],
        version_at=(0, 0),
        created=_text((data.get("creationInfo") or {}).get("created"))
        if isinstance(data.get("creationInfo"), dict)
        else None,
        namespace=_text(data.get("documentNamespace")),
        describes=[d for d in data.get("documentDescribes") or [] if isinstance(d, str)],
    )
    for relationship in data.get("relationships") or []:
        if isinstance(relationship, dict):
            document.relationships.append(
                (
                    str(relationship.get("spdxElementId", "")),
                    str(relationship.get("relationshipType", "")),
                    str(relationship.get("relatedSpdxElement", "")),
                )
            )
    for fields in packages:
        document.packages.append(Package(0, 0, fields))
    try:
        return convert(document)
    except InputError:
        # Place the problem: positions are worked out now that they are needed.
        document.version_at = at("spdxVersion")
        for index, package in enumerate(document.packages):
            package.line, package.column = at("packages", index)
            package.positions = {
                key: at("packages", index, key) for key in package.fields if isinstance(key, str)
            }
        return convert(document)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None
