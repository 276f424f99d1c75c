# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""SPDX 3.0 documents in JSON-LD (``"@context": "https://spdx.org/rdf/3.0.x/spdx-context.jsonld"``).

The document is a graph of elements (``@graph``), each with a ``type`` and an ``spdxId``;
it is read as the JSON the specification's serialisation prescribes, without a JSON-LD
processor (which would fetch the context from the network):

- packages are the elements of type ``software_Package`` (and its kinds ``ai_AIPackage``
  and ``dataset_DatasetPackage``): ``name``, ``software_packageVersion``, ``suppliedBy`` and
  ``originatedBy`` (agents, by their ``name``);
- a package's licence is the target of its ``hasConcludedLicense`` relationship, else of its
  ``hasDeclaredLicense``: a ``simplelicensing_LicenseExpression`` (its expression), a listed
  licence (``https://spdx.org/licenses/<id>``), or a custom licence (its name);
  ``NoAssertionLicense`` and ``NoneLicense`` state none;
- the product is the package the SBOM's ``rootElement`` names, when it is one;
- a package that is only the target of ``dependsOn`` relationships of the lifecycle scopes
  ``development`` or ``test`` is no part of the product (CycloneDX's ``scope: excluded``);
- the date is the ``created`` of the document's creation information.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from ossfirst.errors import Location
from ossfirst.evidence.files import EvidenceFile
from ossfirst.evidence.sbom import (
    Bom,
    Document,
    problem,
    spdx_licence,
    unsupported_version,
    validate_converted,
)
from ossfirst.load import jsonsource
from ossfirst.load.yamlsource import PathT, SourceMap

_CONTEXT = re.compile(r"^https://spdx\.org/rdf/(3\.\d+(?:\.\d+)?)/spdx-context\.jsonld$")
_DETECT = re.compile(rb'"@context"\s*:\s*(?:\[[^\]]*)?"https://spdx\.org/rdf/3\.')
PACKAGES = frozenset({"software_Package", "ai_AIPackage", "dataset_DatasetPackage"})
_LISTED = "https://spdx.org/licenses/"
_NO_LICENCE = ("/NoAssertionLicense", "/NoneLicense")


def detect(head: bytes) -> bool:
    """A JSON-LD document whose context is SPDX 3's."""
    return bool(_DETECT.search(head))


def _id(element: dict[str, Any]) -> str:
    return str(element.get("spdxId") or element.get("@id") or "")


def _ids(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def read(file: EvidenceFile) -> Document:
    """Read an SPDX 3.0 document in JSON-LD."""
    text = file.text()
    data = jsonsource.parse(text, file.display)
    source: SourceMap | None = None

    def at(*path: str | int) -> Location:
        nonlocal source
        if source is None:
            source = jsonsource.source_map(text, file.display)
        return source.locate(path)

    context = data.get("@context") if isinstance(data, dict) else None
    contexts = _ids(context)
    version = next((m[1] for c in contexts if (m := _CONTEXT.match(c))), None)
    if version is None:
        raise problem(
            at("@context"),
            "sbom.spdx-3-context",
        )
    if not version.startswith("3.0"):
        raise unsupported_version(at("@context"), "SPDX", version, "spdx-3")
    assert isinstance(data, dict)
    graph = data.get("@graph", [data])
    if not isinstance(graph, list):
        raise problem(at("@graph"), "sbom.spdx-3-graph")
    elements = [e for e in graph if isinstance(e, dict)]
    index = {_id(e): e for e in elements if _id(e)}
    position = {_id(e): i for i, e in enumerate(graph) if isinstance(e, dict) and _id(e)}

    def typed(kind: str | frozenset[str]) -> list[dict[str, Any]]:
        kinds = {kind} if isinstance(kind, str) else kind
        return [e for e in elements if e.get("type") in kinds]

    def agent(reference: Any) -> dict[str, str] | None:
        element = index.get(reference) if isinstance(reference, str) else None
        name = element.get("name") if element else None
        return {"name": name} if isinstance(name, str) and name.strip() else None

    concluded: dict[str, list[str]] = {}
    declared: dict[str, list[str]] = {}
    scoped: dict[str, set[str]] = {}
    for relationship in typed(frozenset({"Relationship", "LifecycleScopedRelationship"})):
        kind = relationship.get("relationshipType")
        source_id = relationship.get("from")
        if not isinstance(source_id, str):
            continue
        targets = _ids(relationship.get("to"))
        if kind == "hasConcludedLicense":
            concluded.setdefault(source_id, []).extend(targets)
        elif kind == "hasDeclaredLicense":
            declared.setdefault(source_id, []).extend(targets)
        elif kind == "dependsOn":
            scope = relationship.get("scope")
            for target in targets:
                scoped.setdefault(target, set()).add(scope if isinstance(scope, str) else "")

    def licence(targets: list[str]) -> str | None:
        expressions = []
        for target in targets:
            element = index.get(target, {})
            if target.endswith(_NO_LICENCE):
                continue
            if element.get("type") == "simplelicensing_LicenseExpression":
                expression = element.get("simplelicensing_licenseExpression")
                if isinstance(expression, str) and expression.strip():
                    expressions.append(expression.strip())
            elif target.startswith(_LISTED):
                expressions.append(target.removeprefix(_LISTED))
            elif isinstance(element.get("name"), str):
                expressions.append(str(element["name"]))
        if not expressions:
            return None
        if len(expressions) == 1:
            return expressions[0]
        return " AND ".join(f"({e})" for e in expressions)

    roots: list[str] = []
    for document in typed("SpdxDocument"):
        for root in _ids(document.get("rootElement")):
            element = index.get(root, {})
            if element.get("type") == "software_Sbom":
                roots.extend(_ids(element.get("rootElement")))
            else:
                roots.append(root)
    packages = typed(PACKAGES)
    for package in packages:
        if not isinstance(package.get("name"), str) or not str(package["name"]).strip():
            raise problem(
                at("@graph", position.get(_id(package), 0)),
                "sbom.package-unnamed",
                "sbom.hint.package-unnamed-spdx-3",
            )
    subjects = [p for p in packages if _id(p) in roots]
    subject = subjects[0] if len(subjects) == 1 else None
    created = next(
        (e.get("created") for e in typed("CreationInfo") if isinstance(e.get("created"), str)),
        None,
    )
    #: Where each converted package stands in the graph, for the error messages.
    origins: dict[PathT, int] = {}

    def component(package: dict[str, Any], path: PathT) -> dict[str, Any]:
        number = position.get(_id(package))
        if number is not None:
            origins[path] = number
        name = package.get("name")
        data: dict[str, Any] = {
            "name": name if isinstance(name, str) else "",
            "licenses": spdx_licence(
                licence(concluded.get(_id(package), [])),
                licence(declared.get(_id(package), [])),
            ),
        }
        version = package.get("software_packageVersion")
        if isinstance(version, str):
            data["version"] = version
        supplier = agent(package.get("suppliedBy"))
        if supplier is not None:
            data["supplier"] = supplier
        makers = [agent(a) for a in _ids(package.get("originatedBy"))]
        maker = next((m for m in makers if m is not None), None)
        if maker is not None:
            data["manufacturer"] = maker
        scopes = scoped.get(_id(package))
        if scopes and scopes <= {"development", "test"}:
            data["scope"] = "excluded"
        return data

    metadata: dict[str, Any] = {}
    if created:
        metadata["timestamp"] = created
    if subject is not None:
        metadata["component"] = component(subject, ("metadata", "component"))
    bom: dict[str, Any] = {
        "bomFormat": "CycloneDX",
        "specVersion": version,
        "metadata": metadata,
        "components": [
            component(package, ("components", number))
            for number, package in enumerate(p for p in packages if p is not subject)
        ],
    }
    namespace = next((_id(d) for d in typed("SpdxDocument") if _id(d)), None)
    if namespace:
        bom["serialNumber"] = namespace
    try:
        converted = Bom.model_validate(bom)
    except ValidationError:
        positions: dict[PathT, tuple[int, int]] = {}
        for path, number in origins.items():
            for suffix in ((), ("name",)):
                where = at("@graph", number, *suffix)
                positions[(*path, *suffix)] = (where.line, where.column)
        converted = validate_converted(bom, positions, file.display)
    return Document(converted, "SPDX", "JSON-LD", version)
