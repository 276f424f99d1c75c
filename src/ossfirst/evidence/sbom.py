# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Software bills of materials: CycloneDX (JSON 1.4 to 1.7, XML 1.2 to 1.7) and SPDX (2.2 and
2.3 as JSON or tag-value, 3.0 as JSON-LD).

The format is told from the content (:func:`parse`), whatever the file is called. Each format
other than CycloneDX JSON has a reader module of its own (``sbom_cdx_xml``, ``sbom_spdx_json``,
``sbom_spdx_tv``, ``sbom_spdx3``) with two functions: ``detect(head)`` says whether the first
bytes of a file are its format, ``read(file)`` turns the file into the CycloneDX fields below
(:class:`Bom`), with every problem placed at its line and column. The facts and levels are
then the same for every format: what an SPDX package's concluded (else declared) licence
says is what a CycloneDX component's licences say.

SPDX is read without ``spdx-tools``: that library refuses a whole document for any field it
finds wrong (real SBOMs often have some) without a line or column, and brings rdflib and
more with it; ossfirst needs a handful of fields and must place every problem. XML is read
with ``defusedxml``, the well-kept guard against entity expansion and external entities.

ossfirst reads the licences of the components and the commercial licensing terms
(``licenses[].license.licensing``: licence types such as subscription, and the expiry).
An expression written inside ``license`` (where some generators put it) is read too.
Every component without an open-source licence is listed in the report: one under a licence
that is not open source, one used under commercial terms, one without any licence, and one
whose licence is only a name that matches no SPDX licence. Nested components (assemblies)
count; ``scope: excluded`` ones do not. Components from the product's own supplier (the
supplier or manufacturer of ``metadata.component``) are part of the product and not counted
as dependencies.

Facts feed two criteria (``docs/evidence.md``):

- ``lock-in.proprietary-dependencies``: no component without an open-source licence 4;
  only optional ones 3; one required 2; several 1. When licences are unknown and fewer than
  two required components are proprietary, the SBOM gives no level (and says so).
- ``economics.cost-certainty``: a licence used under a subscription, or one that expires
  before the end of the request's horizon, binds prices only for its term: level 2.
"""

import datetime as dt
import functools
import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Literal, get_args

from pydantic import BeforeValidator, Field, StringConstraints, ValidationError

from ossfirst.errors import InputError, Location, Problem
from ossfirst.evidence import spdx
from ossfirst.evidence.derived import Derived, level, warning
from ossfirst.evidence.fields import CalendarDay, Fields
from ossfirst.evidence.files import EvidenceFile
from ossfirst.evidence.kinds import SURE, Evidence
from ossfirst.load import jsonsource
from ossfirst.load import validate as validation
from ossfirst.load.yamlsource import PathT, SourceMap
from ossfirst.model import limits
from ossfirst.model.evidence import EvidenceKind
from ossfirst.model.result import (
    ImportedFrom,
    LicensingTerm,
    Message,
    Param,
    SbomComponent,
    SbomFacts,
)

if TYPE_CHECKING:
    from pathlib import Path

    from ossfirst.model.catalogue import Catalogue

KIND: EvidenceKind = "sbom"
DEPENDENCIES = "lock-in.proprietary-dependencies"
COST_CERTAINTY = "economics.cost-certainty"
#: Standard catalogue 2.0 and later: a licence the vendor can end stops the use.
BLOCKING = "sovereignty.control-under-blocking"
CRITERIA = (DEPENDENCIES, COST_CERTAINTY, BLOCKING)
SpecVersion = Literal["1.4", "1.5", "1.6", "1.7"]
SPEC_VERSIONS: tuple[str, ...] = get_args(SpecVersion)


def _as_text(value: Any) -> Any:
    # Some tools write the version as a number (1.6); the specification wants a string.
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


Name = Annotated[str, StringConstraints(min_length=1, max_length=2000)]


class Named(Fields):
    name: str | None = None


class Licensor(Fields):
    organization: Named | None = None
    individual: Named | None = None


class Licensing(Fields):
    licenseTypes: list[str] = Field(default_factory=list)
    expiration: CalendarDay | None = None
    licensor: Licensor | None = None


class License(Fields):
    id: str | None = None
    name: str | None = None
    #: Not in the specification, but some generators put the expression here.
    expression: str | None = None
    licensing: Licensing | None = None


class LicenseChoice(Fields):
    license: License | None = None
    expression: str | None = None


class Component(Fields):
    name: Name
    version: str | None = None
    group: str | None = None
    scope: Literal["required", "optional", "excluded"] | None = None
    supplier: Named | None = None
    manufacturer: Named | None = None
    publisher: str | None = None
    licenses: list[LicenseChoice] = Field(default_factory=list)
    components: "list[Component]" = Field(default_factory=list)


class Metadata(Fields):
    timestamp: CalendarDay | None = None
    component: Component | None = None
    supplier: Named | None = None
    manufacturer: Named | None = None
    manufacture: Named | None = None


class Bom(Fields):
    """The fields of a CycloneDX SBOM that ossfirst reads (and that the readers of the other
    formats fill)."""

    bomFormat: Literal["CycloneDX"]
    #: Checked by each reader against the versions its format supports.
    specVersion: Annotated[str, BeforeValidator(_as_text)]
    serialNumber: str | None = None
    metadata: Metadata | None = None
    components: list[Component] = Field(default_factory=list)


Status = Literal["open", "proprietary", "commercial", "unknown", "unidentified"]


@dataclass(frozen=True)
class Classified:
    """One component with the licence class ossfirst gave it."""

    name: str
    version: str | None
    licence: str | None
    status: Status
    optional: bool
    own: bool


@dataclass(frozen=True)
class Reading:
    facts: SbomFacts
    components: tuple[Classified, ...]
    warnings: tuple[Message, ...]


Standard = Literal["CycloneDX", "SPDX"]
Encoding = Literal["JSON", "XML", "tag-value", "JSON-LD"]


@dataclass(frozen=True)
class Document:
    """An SBOM of any supported format, as the CycloneDX fields ossfirst reads."""

    bom: Bom
    standard: Standard
    encoding: Encoding
    #: The version of the standard (CycloneDX 1.6, SPDX 2.3, ...).
    spec_version: str


#: The reader modules of the formats besides CycloneDX JSON, asked in this order.
READERS = (
    "ossfirst.evidence.sbom_cdx_xml",
    "ossfirst.evidence.sbom_spdx3",
    "ossfirst.evidence.sbom_spdx_json",
    "ossfirst.evidence.sbom_spdx_tv",
)
#: How far into a file detection looks.
HEAD = 65536


def detect(raw: bytes) -> str | None:
    """The reader module for ``raw``, told from its first bytes; ``None`` when it is none of
    them (CycloneDX JSON, or not an SBOM at all: the JSON reader says which)."""
    head = raw[:HEAD]
    for name in READERS:
        if importlib.import_module(name).detect(head):
            return name
    return None


def looks_like_sbom(raw: bytes) -> bool:
    """Whether ``raw`` is an SBOM of one of the supported formats, by its content."""
    return b'"bomFormat"' in raw[:HEAD] or detect(raw) is not None


def parse(file: EvidenceFile, max_components: int = limits.SBOM_COMPONENTS) -> Document:
    """``file`` as a :class:`Document`, by the reader its content calls for; refused when it
    has more than ``max_components`` components (nested ones included)."""
    reader = detect(file.raw)
    if reader is not None:
        document: Document = importlib.import_module(reader).read(file)
        count = _count_components(document.bom.components)
        if count > max_components:
            raise _too_many(file, count, max_components)
        return document
    bom = _cyclonedx_json(file, max_components)
    return Document(bom, "CycloneDX", "JSON", bom.specVersion)


def _both(key: str, /, **params: object) -> dict[str, str]:
    """The text ``key`` of the catalogue in every language, loaded only for an SBOM refused."""
    from ossfirst.texts import both

    return both(key, **params)


def problem(where: Location, key: str, hint: str = "", /, **params: object) -> InputError:
    """An input error in an SBOM, for the readers of every format: the text ``key`` of the
    catalogue with ``params``, and the text ``hint`` saying how to fix it."""
    return InputError([Problem(where, _both(key, **params), _both(hint) if hint else {}, "sbom")])


def unsupported_version(
    where: Location, standard: str, version: object, formats: str
) -> InputError:
    """The error for a version of ``standard`` that ossfirst does not read; ``formats``
    names the versions it reads (``sbom.versions.<formats>``)."""
    return problem(
        where,
        "sbom.version",
        "sbom.hint.version",
        standard=standard,
        version=version,
        supported=_both(f"sbom.versions.{formats}"),
    )


def validate_converted(
    data: dict[str, Any], positions: dict[PathT, tuple[int, int]], display: str
) -> Bom:
    """``data``, converted from another format into CycloneDX's fields, as a :class:`Bom`;
    ``positions`` places each converted path in the original file for the error messages."""
    try:
        return Bom.model_validate(data)
    except ValidationError:
        return validation.validate(Bom, data, SourceMap(display, values=dict(positions)))


def party(value: Any) -> dict[str, str] | None:
    """``{"name": ...}`` for an SPDX agent written as ``Organization: Name (email)`` or
    ``Person: Name``; ``None`` for NOASSERTION or nothing."""
    if not isinstance(value, str):
        return None
    kinds = ("Organization:", "Person:", "Tool:")
    text = value.split(":", 1)[1] if value.startswith(kinds) else value
    text = text.split("(", 1)[0].strip()
    return {"name": text} if text and text != "NOASSERTION" else None


#: SPDX 2's relationships that make a package optional, or no part of the product (a tool
#: for its development or tests): scope ``optional`` and ``excluded`` in CycloneDX terms.
OPTIONAL_RELATIONSHIPS = frozenset({"OPTIONAL_DEPENDENCY_OF", "OPTIONAL_COMPONENT_OF"})
EXCLUDED_RELATIONSHIPS = frozenset({"DEV_DEPENDENCY_OF", "TEST_DEPENDENCY_OF"})
#: SPDX values that state no licence.
NO_LICENCE = frozenset({"", "NOASSERTION", "NONE"})


def spdx_licence(concluded: Any, declared: Any) -> list[dict[str, str]]:
    """The licences of an SPDX package as CycloneDX ``licenses``: the concluded licence,
    else the declared one; none when neither states one."""
    for value in (concluded, declared):
        if isinstance(value, str) and value.strip() not in NO_LICENCE:
            return [{"expression": value.strip()}]
    return []


def _not_an_sbom(file: EvidenceFile, where: Location, version: object = None) -> InputError:
    if version is None:
        return problem(where, "sbom.not-an-sbom", "sbom.hint.export")
    return unsupported_version(where, "CycloneDX", version, "cyclonedx-json")


def _licence_text(choice: LicenseChoice) -> str | None:
    if choice.expression:
        return choice.expression
    if choice.license is not None:
        return choice.license.id or choice.license.expression or choice.license.name
    return None


def _classify_one(choice: LicenseChoice, accepted: list[str], rule: str = "osi") -> Status:
    if choice.license is not None and choice.license.licensing is not None:
        return "commercial"
    text = _licence_text(choice)
    if not text:
        return "unknown"
    license = choice.license
    if license is not None and not (license.id or license.expression):
        # A name only: an SPDX licence if it is one's full name (or, as some tools write
        # it, its id); anything else ("License :: OSI Approved :: BSD License") is no
        # SPDX licence at all.
        text = spdx.id_for_name(text) or text
    return _spdx_status(text, tuple(accepted), rule)


@functools.lru_cache(maxsize=4096)
def _spdx_status(text: str, accepted: tuple[str, ...], rule: str) -> Status:
    # The components of an SBOM share a few licences: each expression is classified once.
    try:
        info = spdx.classify(text, list(accepted), rule)
    except spdx.LicenceError:
        return "unidentified"
    return "open" if info.open_source else "proprietary"


def classify(
    component: Component, accepted: list[str], rule: str = "osi"
) -> tuple[Status, str | None]:
    """The licence class of a component and its licences as text, under the catalogue's
    licence rule. Several licence entries must all be open for the component to count as
    open source."""
    if not component.licenses:
        return "unknown", None
    statuses = [_classify_one(c, accepted, rule) for c in component.licenses]
    texts = [t for t in (_licence_text(c) for c in component.licenses) if t]
    shown = "; ".join(texts) if texts else None
    for worst in ("commercial", "proprietary", "unidentified", "unknown"):
        if worst in statuses:
            return worst, shown
    return "open", shown


def _flatten(components: list[Component]) -> list[Component]:
    flat: list[Component] = []
    stack = list(reversed(components))
    while stack:
        component = stack.pop()
        if component.scope == "excluded":
            continue
        flat.append(component)
        stack.extend(reversed(component.components))
    return flat


def _names(*parties: Named | None) -> set[str]:
    return {p.name.strip().lower() for p in parties if p is not None and p.name and p.name.strip()}


def _display(component: Component) -> str:
    return f"{component.group}/{component.name}" if component.group else component.name


def _licensor(licensing: Licensing) -> str | None:
    if licensing.licensor is None:
        return None
    for party in (licensing.licensor.organization, licensing.licensor.individual):
        if party is not None and party.name:
            return party.name
    return None


def _count(components: object) -> int:
    """Components in the raw data, nested ones included (before any validation)."""
    count = 0
    stack = [components]
    while stack:
        entries = stack.pop()
        if not isinstance(entries, list):
            continue
        count += len(entries)
        stack.extend(e.get("components") for e in entries if isinstance(e, dict))
    return count


def _count_components(components: list[Component]) -> int:
    """Components of a read SBOM, nested ones included."""
    count = 0
    stack = [components]
    while stack:
        entries = stack.pop()
        count += len(entries)
        stack.extend(c.components for c in entries)
    return count


def _too_many(file: EvidenceFile, count: int, allowed: int) -> InputError:
    return InputError(
        [
            Problem(
                Location(file.display, 1, 1),
                _both("sbom.too-many", count=count, allowed=allowed, total=limits.SBOM_COMPONENTS),
                _both("sbom.hint.too-many"),
                "sbom-limit",
            )
        ]
    )


def _cyclonedx_json(file: EvidenceFile, max_components: int) -> Bom:
    """A CycloneDX JSON SBOM, refused before its components are validated when it has more
    than ``max_components`` of them."""
    text = file.text()
    data = jsonsource.parse(text, file.display)
    if not isinstance(data, dict) or data.get("bomFormat") != "CycloneDX":
        where = Location(file.display, 1, 1)
        if isinstance(data, dict) and "bomFormat" in data:
            where = jsonsource.source_map(text, file.display).locate(("bomFormat",))
        raise _not_an_sbom(file, where)
    version = data.get("specVersion")
    if str(version) not in SPEC_VERSIONS:
        where = jsonsource.source_map(text, file.display).locate(("specVersion",))
        raise _not_an_sbom(file, where, version)
    count = _count(data.get("components"))
    if count > max_components:
        raise _too_many(file, count, max_components)
    return jsonsource.validate(Bom, data, text, file.display)


def read(
    file: EvidenceFile,
    accepted_refs: list[str] | tuple[str, ...] = (),
    rule: str = "osi",
    max_components: int = limits.SBOM_COMPONENTS,
) -> Reading:
    """Read an SBOM of any supported format: the licence class of every component (under
    the catalogue's licence ``rule``) and the licensing terms. An SBOM with more than
    ``max_components`` components is refused."""
    document = parse(file, max_components)
    bom = document.bom
    accepted = list(accepted_refs)
    metadata = bom.metadata or Metadata()
    subject = metadata.component
    own = _names(
        metadata.supplier,
        metadata.manufacturer,
        metadata.manufacture,
        subject.supplier if subject else None,
        subject.manufacturer if subject else None,
        Named(name=subject.publisher) if subject and subject.publisher else None,
    )
    classified: list[Classified] = []
    terms: list[LicensingTerm] = []
    parts = _flatten(bom.components)
    for component in ([subject] if subject else []) + parts:
        for choice in component.licenses:
            if choice.license is not None and choice.license.licensing is not None:
                licensing = choice.license.licensing
                terms.append(
                    LicensingTerm(
                        component=_display(component),
                        licence=_licence_text(choice),
                        types=list(licensing.licenseTypes),
                        expiration=licensing.expiration,
                        licensor=_licensor(licensing),
                    )
                )
    for component in parts:
        status, licence = classify(component, accepted, rule)
        makers = _names(component.supplier, component.manufacturer) | (
            {component.publisher.strip().lower()} if component.publisher else set()
        )
        classified.append(
            Classified(
                name=_display(component),
                version=component.version,
                licence=licence,
                status=status,
                optional=component.scope == "optional",
                own=bool(makers & own),
            )
        )
    subject_name = None
    if subject is not None:
        subject_name = _display(subject) + (f" {subject.version}" if subject.version else "")
    facts = SbomFacts(
        file=file.declared,
        standard=document.standard,
        encoding=document.encoding,
        spec_version=document.spec_version,
        serial_number=bom.serialNumber,
        subject=subject_name,
        date=metadata.timestamp,
        components=len(classified),
        open_source=sum(1 for c in classified if c.status == "open"),
        not_open=[
            SbomComponent(
                name=c.name,
                version=c.version,
                licence=c.licence,
                status=c.status,
                optional=c.optional,
                own=c.own,
            )
            for c in classified
            if c.status != "open"
        ],
        licensing=terms,
    )
    return Reading(facts, tuple(classified), ())


def derive(reading: Reading, horizon_end: dt.date | None) -> Derived:
    """Levels for proprietary dependencies and cost certainty; warnings about unknown
    licences and licences that expire before the end of the horizon."""
    facts = reading.facts
    file = facts.file
    warnings = list(reading.warnings)
    levels: dict[str, ImportedFrom] = {}
    counted = [c for c in reading.components if not c.own]
    closed = [c for c in counted if c.status in ("proprietary", "commercial")]
    required = [c.name for c in closed if not c.optional]
    unknown = [c for c in counted if c.status in ("unknown", "unidentified")]
    if counted:
        if len(required) >= 2:
            levels[DEPENDENCIES] = level(
                KIND, file, 1, "sbom-deps-several", count=len(required), names=_first(required)
            )
        elif unknown:
            warnings.append(warning("sbom-licences-unknown", file, count=len(unknown)))
        elif required:
            levels[DEPENDENCIES] = level(KIND, file, 2, "sbom-deps-one", names=required[0])
        elif closed:
            levels[DEPENDENCIES] = level(
                KIND,
                file,
                3,
                "sbom-deps-optional",
                count=len(closed),
                names=_first([c.name for c in closed]),
            )
        else:
            levels[DEPENDENCIES] = level(KIND, file, 4, "sbom-deps-none", count=len(counted))
    bound: LicensingTerm | None = None
    for term in facts.licensing:
        expires = (
            term.expiration is not None
            and horizon_end is not None
            and term.expiration < horizon_end
        )
        if expires:
            warnings.append(
                warning(
                    "sbom-licence-expires",
                    file,
                    component=term.component,
                    expiration=term.expiration.isoformat() if term.expiration else None,
                    horizon_end=horizon_end.isoformat() if horizon_end else None,
                )
            )
        if bound is None and (expires or "subscription" in term.types):
            bound = term
    if bound is not None:
        said: dict[str, Param] = {
            "component": bound.component,
            "types": ", ".join(bound.types) or None,
            "expiration": bound.expiration.isoformat() if bound.expiration else None,
        }
        levels[COST_CERTAINTY] = level(KIND, file, 2, "sbom-licence-term", **said)
        levels[BLOCKING] = level(KIND, file, 1, "sbom-licence-blocking", **said)
    return Derived(levels=levels, date=facts.date, warnings=tuple(warnings))


def _first(names: list[str], shown: int = 5) -> str:
    """The first few names, with a count of the rest."""
    head = ", ".join(names[:shown])
    return head if len(names) <= shown else f"{head} (+{len(names) - shown})"


def sniff(path: "Path", raw: bytes) -> int | None:
    """Sure when the content is that of a supported SBOM format."""
    return SURE if looks_like_sbom(raw) else None


def interpret(
    file: EvidenceFile,
    catalogue: "Catalogue",
    horizon_end: dt.date | None,
    max_components: int = limits.SBOM_COMPONENTS,
) -> Evidence:
    """Read and derive ``file`` under ``catalogue`` (its accepted licences), with at most
    ``max_components`` components."""
    bom = read(
        file, catalogue.policy.accepted_licence_refs, catalogue.policy.licence_rule, max_components
    )
    return Evidence(KIND, bom.facts, derive(bom, horizon_end), file.sha256)
