# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""SPDX 2.2 and 2.3 documents in tag-value form (``SPDXVersion: SPDX-2.3``).

Each line is ``Tag: value``; a value may run over several lines between ``<text>`` and
``</text>``; lines starting with ``#`` are comments. ``PackageName`` opens a package, whose
fields follow until the next package or file (``FileName``) or snippet (``SnippetSPDXID``);
``Relationship: A TYPE B`` relates two elements. :mod:`ossfirst.evidence.sbom_spdx2` says
what the document becomes. A line that is none of these is an error at its position.
"""

from __future__ import annotations

import re

from ossfirst.errors import Location
from ossfirst.evidence.files import EvidenceFile
from ossfirst.evidence.sbom import Document, problem
from ossfirst.evidence.sbom_spdx2 import Package, Spdx2, convert

_VERSION = re.compile(rb"(?m)^[ \t]*SPDXVersion:[ \t]*SPDX-")
_TAG = re.compile(r"^([A-Za-z][A-Za-z0-9]*):[ \t]*(.*)$")
#: The tags of a package that ossfirst reads, by their names in SPDX's JSON.
_PACKAGE = {
    "SPDXID": "SPDXID",
    "PackageVersion": "versionInfo",
    "PackageSupplier": "supplier",
    "PackageOriginator": "originator",
    "PackageLicenseConcluded": "licenseConcluded",
    "PackageLicenseDeclared": "licenseDeclared",
}
#: Tags that end a package's fields.
_OTHER_ELEMENT = {"FileName", "SnippetSPDXID", "LicenseID"}


def detect(head: bytes) -> bool:
    """Text with a line ``SPDXVersion: SPDX-...``."""
    return bool(_VERSION.search(head))


def _tags(file: EvidenceFile) -> list[tuple[int, int, str, str]]:
    """(line, column of the value, tag, value) for every tag, multi-line texts joined."""
    lines = file.text().splitlines()
    result: list[tuple[int, int, str, str]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        number = index + 1
        index += 1
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        matched = _TAG.match(stripped)
        if matched is None:
            raise problem(
                Location(file.display, number, len(line) - len(line.lstrip()) + 1),
                "sbom.spdx-tag-value",
            )
        tag, value = matched[1], matched[2]
        column = line.index(tag) + len(tag) + 2
        if value.startswith("<text>"):
            parts = [value.removeprefix("<text>")]
            while "</text>" not in parts[-1]:
                if index >= len(lines):
                    raise problem(
                        Location(file.display, number, column),
                        "sbom.spdx-text-open",
                    )
                parts.append(lines[index])
                index += 1
            value = "\n".join(parts).split("</text>", 1)[0]
        result.append((number, column, tag, value.strip()))
    return result


def read(file: EvidenceFile) -> Document:
    """Read an SPDX 2 document in tag-value form."""
    tags = _tags(file)
    version = next(((n, c, v) for n, c, t, v in tags if t == "SPDXVersion"), (1, 1, ""))
    document = Spdx2(
        display=file.display,
        encoding="tag-value",
        version=version[2],
        version_at=(version[0], version[1]),
    )
    package: Package | None = None
    for line, column, tag, value in tags:
        if tag == "PackageName":
            package = Package(line, column, {"name": value}, {"name": (line, column)})
            document.packages.append(package)
        elif tag in _OTHER_ELEMENT:
            package = None
        elif tag == "Relationship":
            words = value.split()
            if len(words) >= 3:
                document.relationships.append((words[0], words[1], words[2]))
        elif package is not None and tag in _PACKAGE:
            key = _PACKAGE[tag]
            package.fields.setdefault(key, value)
            package.positions.setdefault(key, (line, column))
        elif package is None and tag == "Created":
            document.created = value
        elif package is None and tag == "DocumentNamespace":
            document.namespace = value
    return convert(document)
