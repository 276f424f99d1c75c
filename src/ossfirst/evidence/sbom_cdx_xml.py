# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""CycloneDX SBOMs in XML, specification versions 1.2 to 1.7.

The root element is ``bom`` in the namespace ``http://cyclonedx.org/schema/bom/<version>``;
the elements ossfirst reads are those of the JSON format (components with name, version,
group, scope, supplier, manufacturer, publisher, licences and nested components; licensing
terms from 1.5 on; the metadata's component, supplier, manufacturer and timestamp), and they
become the same fields (:class:`~ossfirst.evidence.sbom.Bom`).

The file is untrusted: it is parsed by ``defusedxml`` (imported only here), which refuses
entity declarations (so no "billion laughs" expansion), external entities and document type
declarations, and nesting is bounded. Every problem names its line and column.
"""

from __future__ import annotations

import io
import re
import xml.sax
import xml.sax.handler
from dataclasses import dataclass, field
from typing import Any

from ossfirst.errors import Location
from ossfirst.evidence.files import EvidenceFile
from ossfirst.evidence.sbom import Document, problem, unsupported_version, validate_converted
from ossfirst.load.yamlsource import PathT

VERSIONS = ("1.2", "1.3", "1.4", "1.5", "1.6", "1.7")
_NAMESPACE = re.compile(r"^http://cyclonedx\.org/schema/bom/(\d+\.\d+)$")
#: Deeper nesting than this is refused (an assembly of assemblies runs to a few dozen).
MAX_DEPTH = 256


def detect(head: bytes) -> bool:
    """An XML document: its first character (after a byte-order mark and white space) is '<'.
    Whether it is a CycloneDX SBOM, :func:`read` decides and says."""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


@dataclass
class _Element:
    uri: str
    name: str
    line: int
    column: int
    attributes: dict[str, str]
    children: list[_Element] = field(default_factory=list)
    text: str = ""

    def child(self, name: str) -> _Element | None:
        return next((c for c in self.children if c.name == name and c.uri == self.uri), None)

    def all(self, name: str) -> list[_Element]:
        return [c for c in self.children if c.name == name and c.uri == self.uri]

    def value(self, name: str) -> str | None:
        found = self.child(name)
        return found.text.strip() if found is not None else None


class _TooDeep(Exception):
    pass


class _Builder(xml.sax.handler.ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[_Element] = []
        self.root: _Element | None = None
        self.locator: Any = None
        self.text: list[list[str]] = []

    def setDocumentLocator(self, locator: Any) -> None:
        self.locator = locator

    def position(self) -> tuple[int, int]:
        if self.locator is None:
            return 1, 1
        return self.locator.getLineNumber() or 1, (self.locator.getColumnNumber() or 0) + 1

    def startElementNS(self, name: tuple[str | None, str], qname: str | None, attrs: Any) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise _TooDeep
        line, column = self.position()
        attributes = {local: value for (_, local), value in attrs.items()}
        element = _Element(name[0] or "", name[1], line, column, attributes)
        if self.stack:
            self.stack[-1].children.append(element)
        else:
            self.root = element
        self.stack.append(element)
        self.text.append([])

    def endElementNS(self, name: tuple[str | None, str], qname: str | None) -> None:
        element = self.stack.pop()
        element.text = "".join(self.text.pop())

    def characters(self, content: str) -> None:
        if self.text:
            self.text[-1].append(content)


def _parse(file: EvidenceFile) -> _Element:
    import defusedxml
    import defusedxml.sax

    builder = _Builder()
    parser = defusedxml.sax.make_parser()
    parser.forbid_dtd = True
    parser.forbid_entities = True
    parser.forbid_external = True
    parser.setFeature(xml.sax.handler.feature_namespaces, True)
    parser.setFeature(xml.sax.handler.feature_external_ges, False)
    parser.setContentHandler(builder)
    where = Location(file.display, 1, 1)
    try:
        # parse(), not feed(): only parse() hands the handler the locator of positions.
        parser.parse(io.BytesIO(file.raw))
    except xml.sax.SAXParseException as exc:
        at = Location(file.display, exc.getLineNumber() or 1, (exc.getColumnNumber() or 0) + 1)
        raise problem(
            at,
            "sbom.xml-syntax",
            detail=exc.getMessage(),
        ) from None
    except defusedxml.DefusedXmlException:
        at = Location(file.display, *builder.position()) if builder.locator else where
        raise problem(
            at,
            "sbom.xml-dtd",
            "sbom.hint.xml-dtd",
        ) from None
    except _TooDeep:
        raise problem(
            Location(file.display, *builder.position()),
            "sbom.xml-too-deep",
            depth=MAX_DEPTH,
        ) from None
    assert builder.root is not None  # a well-formed document has a root element
    return builder.root


class _Converter:
    """CycloneDX XML elements into the JSON format's fields, with their positions."""

    def __init__(self) -> None:
        self.positions: dict[PathT, tuple[int, int]] = {}

    def at(self, path: PathT, element: _Element) -> None:
        self.positions[path] = (element.line, element.column)

    def text(self, element: _Element, name: str, path: PathT) -> str | None:
        found = element.child(name)
        if found is None:
            return None
        self.at((*path, name), found)
        return found.text.strip()

    def named(self, element: _Element, name: str, path: PathT) -> dict[str, Any] | None:
        found = element.child(name)
        if found is None:
            return None
        self.at((*path, name), found)
        return {"name": self.text(found, "name", (*path, name))}

    def licences(self, element: _Element, path: PathT) -> list[dict[str, Any]]:
        found = element.child("licenses")
        if found is None:
            return []
        result: list[dict[str, Any]] = []
        for child in found.children:
            here = (*path, "licenses", len(result))
            if child.name == "expression":
                self.at(here, child)
                result.append({"expression": child.text.strip()})
            elif child.name == "license":
                self.at(here, child)
                inner = (*here, "license")
                licence: dict[str, Any] = {
                    key: value
                    for key in ("id", "name", "expression")
                    if (value := self.text(child, key, inner)) is not None
                }
                licensing = child.child("licensing")
                if licensing is not None:
                    licence["licensing"] = self.licensing(licensing, (*inner, "licensing"))
                result.append({"license": licence})
        return result

    def licensing(self, element: _Element, path: PathT) -> dict[str, Any]:
        self.at(path, element)
        terms: dict[str, Any] = {}
        types = element.child("licenseTypes")
        if types is not None:
            terms["licenseTypes"] = [t.text.strip() for t in types.all("licenseType")]
        expiration = self.text(element, "expiration", path)
        if expiration is not None:
            terms["expiration"] = expiration
        licensor = element.child("licensor")
        if licensor is not None:
            terms["licensor"] = {
                key: party
                for key in ("organization", "individual")
                if (party := self.named(licensor, key, (*path, "licensor"))) is not None
            }
        return terms

    def component(self, element: _Element, path: PathT) -> dict[str, Any]:
        self.at(path, element)
        component: dict[str, Any] = {
            key: value
            for key in ("name", "version", "group", "scope", "publisher")
            if (value := self.text(element, key, path)) is not None
        }
        for key in ("supplier", "manufacturer"):
            party = self.named(element, key, path)
            if party is not None:
                component[key] = party
        component["licenses"] = self.licences(element, path)
        nested = element.child("components")
        if nested is not None:
            component["components"] = self.components(nested, (*path, "components"))
        return component

    def components(self, element: _Element, path: PathT) -> list[dict[str, Any]]:
        return [
            self.component(child, (*path, index))
            for index, child in enumerate(element.all("component"))
        ]

    def bom(self, root: _Element, version: str) -> dict[str, Any]:
        bom: dict[str, Any] = {"bomFormat": "CycloneDX", "specVersion": version}
        if "serialNumber" in root.attributes:
            bom["serialNumber"] = root.attributes["serialNumber"]
        metadata = root.child("metadata")
        if metadata is not None:
            here: PathT = ("metadata",)
            self.at(here, metadata)
            data: dict[str, Any] = {}
            timestamp = self.text(metadata, "timestamp", here)
            if timestamp is not None:
                data["timestamp"] = timestamp
            subject = metadata.child("component")
            if subject is not None:
                data["component"] = self.component(subject, (*here, "component"))
            for key in ("supplier", "manufacturer", "manufacture"):
                party = self.named(metadata, key, here)
                if party is not None:
                    data[key] = party
            bom["metadata"] = data
        components = root.child("components")
        bom["components"] = (
            self.components(components, ("components",)) if components is not None else []
        )
        return bom


def read(file: EvidenceFile) -> Document:
    """Read a CycloneDX SBOM in XML; raise :class:`~ossfirst.errors.InputError` with the
    position of every problem."""
    root = _parse(file)
    where = Location(file.display, root.line, root.column)
    matched = _NAMESPACE.match(root.uri)
    if root.name != "bom" or matched is None:
        raise problem(
            where,
            "sbom.xml-not-cyclonedx",
            "sbom.hint.xml-export",
        )
    version = matched[1]
    if version not in VERSIONS:
        raise unsupported_version(where, "CycloneDX", version, "cyclonedx-xml")
    converter = _Converter()
    data = converter.bom(root, version)
    bom = validate_converted(data, converter.positions, file.display)
    return Document(bom, "CycloneDX", "XML", version)
