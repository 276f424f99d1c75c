# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""SPDX 2.2 and 2.3 documents, as their two readers (JSON: ``sbom_spdx_json``, tag-value:
``sbom_spdx_tv``) hand them over, into CycloneDX's fields.

- the package the document describes (``documentDescribes``, or the relationship
  ``SPDXRef-DOCUMENT DESCRIBES``) is the product, as CycloneDX's ``metadata.component``,
  when it is one; every other package is a component;
- a package's licence is its concluded licence, else its declared licence; ``NOASSERTION``
  and ``NONE`` state none (the component then counts as one without a licence);
- ``PackageSupplier`` and ``PackageOriginator`` are the supplier and the manufacturer, so that
  packages from the product's own supplier are recognised as part of it;
- ``OPTIONAL_DEPENDENCY_OF`` and ``OPTIONAL_COMPONENT_OF`` make a package optional,
  ``DEV_DEPENDENCY_OF`` and ``TEST_DEPENDENCY_OF`` leave it out (it is no part of the
  product, as CycloneDX's ``scope: excluded``);
- the date is the document's ``created``, the serial number its namespace.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ossfirst.errors import Location
from ossfirst.evidence.sbom import (
    EXCLUDED_RELATIONSHIPS,
    OPTIONAL_RELATIONSHIPS,
    Document,
    Encoding,
    party,
    problem,
    spdx_licence,
    unsupported_version,
    validate_converted,
)
from ossfirst.load.yamlsource import PathT

VERSIONS = ("SPDX-2.2", "SPDX-2.3")
DOCUMENT = "SPDXRef-DOCUMENT"


@dataclass
class Package:
    """One package's fields as written (SPDX 2 JSON names), with their positions."""

    line: int
    column: int
    fields: dict[str, Any] = field(default_factory=dict)
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass
class Spdx2:
    """What the readers found in an SPDX 2 document."""

    display: str
    encoding: Encoding
    version: str
    version_at: tuple[int, int]
    created: str | None = None
    namespace: str | None = None
    packages: list[Package] = field(default_factory=list)
    describes: list[str] = field(default_factory=list)
    #: (element, relationship type, related element)
    relationships: list[tuple[str, str, str]] = field(default_factory=list)


def convert(document: Spdx2) -> Document:
    """``document`` as CycloneDX's fields; raise an input error for a version ossfirst does
    not read or a package without a name."""
    where = Location(document.display, *document.version_at)
    if document.version not in VERSIONS:
        version = document.version.removeprefix("SPDX-") or "?"
        raise unsupported_version(where, "SPDX", version, "spdx-2")
    for package in document.packages:
        name = package.fields.get("name")
        if not isinstance(name, str) or not name.strip():
            at = package.positions.get("name", (package.line, package.column))
            raise problem(
                Location(document.display, *at),
                "sbom.package-unnamed",
                "sbom.hint.package-unnamed-spdx-2",
            )
    described = set(document.describes)
    optional: set[str] = set()
    excluded: set[str] = set()
    for element, kind, related in document.relationships:
        if element == DOCUMENT and kind == "DESCRIBES":
            described.add(related)
        elif related == DOCUMENT and kind == "DESCRIBED_BY":
            described.add(element)
        elif kind in OPTIONAL_RELATIONSHIPS:
            optional.add(element)
        elif kind in EXCLUDED_RELATIONSHIPS:
            excluded.add(element)
    ids = [str(p.fields.get("SPDXID", "")) for p in document.packages]
    subjects = [p for p, i in zip(document.packages, ids, strict=True) if i in described]
    subject = subjects[0] if len(subjects) == 1 else None
    positions: dict[PathT, tuple[int, int]] = {}

    def component(package: Package, path: PathT) -> dict[str, Any]:
        fields = package.fields
        positions[path] = (package.line, package.column)
        for key, at in package.positions.items():
            target = {"versionInfo": "version", "licenseConcluded": "licenses"}.get(key, key)
            positions[(*path, target)] = at
        data: dict[str, Any] = {
            "name": str(fields["name"]).strip(),
            "licenses": spdx_licence(fields.get("licenseConcluded"), fields.get("licenseDeclared")),
        }
        version = fields.get("versionInfo")
        if version is not None and not isinstance(version, dict | list):
            data["version"] = str(version)
        for key, target in (("supplier", "supplier"), ("originator", "manufacturer")):
            named = party(fields.get(key))
            if named is not None:
                data[target] = named
        spdx_id = str(fields.get("SPDXID", ""))
        if spdx_id in excluded:
            data["scope"] = "excluded"
        elif spdx_id in optional:
            data["scope"] = "optional"
        return data

    bom: dict[str, Any] = {"bomFormat": "CycloneDX", "specVersion": document.version}
    if document.namespace:
        bom["serialNumber"] = document.namespace
    metadata: dict[str, Any] = {}
    if document.created:
        metadata["timestamp"] = document.created
    if subject is not None:
        metadata["component"] = component(subject, ("metadata", "component"))
    bom["metadata"] = metadata
    bom["components"] = [
        component(package, ("components", index))
        for index, package in enumerate(p for p in document.packages if p is not subject)
    ]
    converted = validate_converted(bom, positions, document.display)
    return Document(converted, "SPDX", document.encoding, document.version.removeprefix("SPDX-"))
