# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""publiccode.yml: the metadata file of public-sector software (openCoDE, Developers Italia).

Reads the standard up to version 0.7.0 and the older versions still found in repositories.
Only the fields that matter for a procurement decision are modelled (licence, maintenance and
contractors, developmentStatus, softwareType, platforms, usedBy, localisation, dependsOn,
supports); the rest of the file is checked for keys the standard does not know, and for
deprecated ones, which are warnings and never errors. A value that matters and breaks the
standard (``maintenance/type: commercial``, a contractor without ``until``, a licence that is
no SPDX expression) is an input error with its position in the file: ossfirst would
otherwise derive a score from something the file does not say.

Facts feed three criteria (``docs/evidence.md`` has the full table):

- ``practicality.maturity`` from developmentStatus, maintenance, the end of maintenance
  contracts against the request's horizon, and usedBy (at most level 3: several years of
  production use and several maintainers need a person's judgement);
- ``lock-in.proprietary-dependencies`` from dependsOn/proprietary;
- ``economics.reuse-potential`` from the licence and usedBy (at most level 3: joint
  financing cannot be read from the file).
"""

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BeforeValidator, Field, StringConstraints

from ossfirst.errors import InputError, Location, Problem
from ossfirst.evidence import spdx
from ossfirst.evidence.derived import Derived, level, warning
from ossfirst.evidence.fields import Fields
from ossfirst.evidence.files import EvidenceFile
from ossfirst.evidence.kinds import BY_NAME, SURE, Evidence
from ossfirst.load import yamlsource
from ossfirst.load.validate import did_you_mean, validate
from ossfirst.load.yamlsource import PathT, SourceMap
from ossfirst.model import limits
from ossfirst.model.common import Date
from ossfirst.model.evidence import EvidenceKind
from ossfirst.model.result import (
    Contractor,
    Dependency,
    ImportedFrom,
    Message,
    Param,
    PubliccodeFacts,
)

if TYPE_CHECKING:
    from pathlib import Path

    from ossfirst.model.catalogue import Catalogue

KIND: EvidenceKind = "publiccode"

#: Versions of the standard (``publiccodeYmlVersion``) up to 0.7.0, as its JSON schema lists
#: them; others are read by the 0.7 rules with a warning.
KNOWN_VERSIONS = frozenset(
    {
        "0",
        "0.1",
        "0.2",
        "0.2.0",
        "0.2.1",
        "0.2.2",
        "0.3",
        "0.3.0",
        "0.4",
        "0.4.0",
        "0.5",
        "0.5.0",
        "0.6",
        "0.6.0",
        "0.7",
        "0.7.0",
    }
)

#: Criteria this file feeds.
MATURITY = "practicality.maturity"
DEPENDENCIES = "lock-in.proprietary-dependencies"
REUSE = "economics.reuse-potential"
#: Standard catalogue 2.0 and later: documentation of architecture and interfaces.
DOCUMENTATION = "practicality.documentation"
CRITERIA = (MATURITY, DEPENDENCIES, REUSE, DOCUMENTATION)


def _none_as_empty(value: Any) -> Any:
    # `usedBy:` with nothing after it is null in YAML; it means "none", not an error.
    return [] if value is None else value


def _as_list(value: Any) -> Any:
    # `platforms: web` is allowed as well as a list.
    return [value] if isinstance(value, str) else value


Text = Annotated[str, StringConstraints(min_length=1, max_length=10_000)]
TextList = Annotated[list[Text], BeforeValidator(_none_as_empty)]


class PcDependency(Fields):
    name: Text
    versionMin: str | None = None
    versionMax: str | None = None
    version: str | None = None
    optional: bool = False


DependencyList = Annotated[list[PcDependency], BeforeValidator(_none_as_empty)]


class DependsOn(Fields):
    open: DependencyList | None = None
    proprietary: DependencyList | None = None
    hardware: DependencyList | None = None


class PcContractor(Fields):
    name: Text
    until: Date


class Maintenance(Fields):
    type: Literal["internal", "contract", "community", "none"]
    contractors: Annotated[list[PcContractor], BeforeValidator(_none_as_empty)] = Field(
        default_factory=list
    )


class Legal(Fields):
    license: Text


class Localisation(Fields):
    # publiccode-parser reads yes and no as booleans here (yaml.v3 into a bool field)
    localisationReady: bool
    availableLanguages: Annotated[list[Text], BeforeValidator(_as_list)]


class Support(Fields):
    id: Text


class Publiccode(Fields):
    """The fields of a publiccode.yml that matter for a procurement decision."""

    publiccodeYmlVersion: Text
    name: Text
    url: str | None = None
    softwareVersion: str | None = None
    platforms: Annotated[list[Text], BeforeValidator(_as_list)]
    developmentStatus: Literal["concept", "development", "beta", "stable", "obsolete"]
    softwareType: Literal[
        "standalone/mobile",
        "standalone/iot",
        "standalone/desktop",
        "standalone/web",
        "standalone/backend",
        "standalone/other",
        "addon",
        "library",
        "configurationFiles",
    ]
    usedBy: TextList = Field(default_factory=list)
    legal: Legal
    maintenance: Maintenance
    localisation: Localisation
    dependsOn: DependsOn | None = None
    supports: Annotated[list[Support], BeforeValidator(_none_as_empty)] = Field(
        default_factory=list
    )


# --- the keys of the standard ------------------------------------------------------------


@dataclass(frozen=True)
class _Deprecated:
    replacement: str | None = None


_ANY = "*"
_DEPENDENCY = [
    {"name": None, "versionMin": None, "versionMax": None, "version": None, "optional": None}
]
_DESCRIPTION = {
    "localisedName": None,
    "genericName": _Deprecated(),
    "shortDescription": None,
    "longDescription": None,
    "documentation": None,
    "apiDocumentation": None,
    "features": None,
    "screenshots": None,
    "videos": None,
    "awards": None,
}
#: Every key of the standard (0.7.0 and the keys older versions had), as a tree: a mapping's
#: known keys, ``[spec]`` for a list of items, ``None`` for a plain value.
KEYS: dict[str, Any] = {
    "publiccodeYmlVersion": None,
    "name": None,
    "applicationSuite": None,
    "url": None,
    "landingURL": None,
    "isBasedOn": None,
    "softwareVersion": None,
    "releaseDate": None,
    "logo": None,
    "monochromeLogo": _Deprecated(),
    "inputTypes": _Deprecated(),
    "outputTypes": _Deprecated(),
    "platforms": None,
    "categories": None,
    "usedBy": None,
    "roadmap": None,
    "developmentStatus": None,
    "softwareType": None,
    "organizationUri": None,
    "supports": [{"id": None}],
    "intendedAudience": {"countries": None, "unsupportedCountries": None, "scope": None},
    "description": {_ANY: _DESCRIPTION},
    "legal": {
        "license": None,
        "mainCopyrightOwner": None,
        "repoOwner": _Deprecated("organisation/name"),
        "authorsFile": _Deprecated(),
    },
    "maintenance": {
        "type": None,
        "contractors": [{"name": None, "until": None, "email": None, "website": None}],
        "contacts": [{"name": None, "email": None, "phone": None, "affiliation": None}],
    },
    "localisation": {"localisationReady": None, "availableLanguages": None},
    "dependsOn": {"open": _DEPENDENCY, "proprietary": _DEPENDENCY, "hardware": _DEPENDENCY},
    "organisation": {"name": None, "uri": None},
    "fundedBy": [{"name": None, "uri": None}],
}
_COUNTRY_SECTION = re.compile(r"^[A-Za-z]{2}$")


def _key_name(path: PathT) -> str:
    return "/".join(str(p) for p in path if not isinstance(p, int))


_MISSING = object()


def _check_keys(
    data: Any, spec: Any, path: PathT, source: SourceMap, file: str, found: list[Message]
) -> None:
    """Warn about keys the standard does not know and about deprecated ones."""
    if isinstance(spec, list) and isinstance(data, list):
        for index, item in enumerate(data):
            _check_keys(item, spec[0], (*path, index), source, file, found)
        return
    if not isinstance(spec, dict) or not isinstance(data, dict):
        return
    for key, value in data.items():
        sub = spec.get(_ANY, spec.get(key, _MISSING)) if isinstance(key, str) else _MISSING
        if sub is not _MISSING and not isinstance(sub, _Deprecated):
            _check_keys(value, sub, (*path, key), source, file, found)
            continue
        where = source.locate((*path, key), prefer_key=True)
        at: dict[str, Param] = {
            "key": _key_name((*path, key)),
            "line": where.line,
            "column": where.column,
        }
        if isinstance(sub, _Deprecated):
            found.append(warning("pc-deprecated-key", file, replacement=sub.replacement, **at))
        elif not path and isinstance(key, str) and _COUNTRY_SECTION.match(key):
            found.append(warning("pc-country-section", file, **at))
        else:
            guess = did_you_mean(str(key), [k for k in spec if k != _ANY])
            found.append(warning("pc-unknown-key", file, suggestion=guess, **at))


# --- reading -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """A publiccode.yml as read: the facts, the licence class, and where things are."""

    facts: PubliccodeFacts
    licence: spdx.LicenceInfo
    source: SourceMap
    warnings: tuple[Message, ...]
    #: The documentation and API documentation the description names, in file order.
    documentation: tuple[str, ...] = ()
    api_documentation: tuple[str, ...] = ()

    def locate(self, path: PathT) -> Location:
        return self.source.locate(path)


def _problem(where: Location, key: str, hint: str = "") -> Problem:
    """A problem of a publiccode.yml: the text ``key`` of the catalogue and the text
    ``hint``, loaded only for a file refused."""
    from ossfirst.texts import both

    return Problem(where, both(key), both(hint) if hint else {}, "publiccode")


def read(
    file: EvidenceFile, accepted_refs: list[str] | tuple[str, ...] = (), rule: str = "osi"
) -> Reading:
    """Read and check a publiccode.yml; raise :class:`InputError` for a file that is not one,
    or whose fields that matter break the standard. ``file.declared`` names it in the facts."""
    # Errors name the file as the user can open it; facts and warnings name it as the
    # request does, like every other place in the Result.
    data, source = yamlsource.parse(file.text(), file.display, max_values=limits.PUBLICCODE_VALUES)
    if not isinstance(data, dict) or "publiccodeYmlVersion" not in data:
        raise InputError(
            [_problem(Location(file.display, 1, 1), "pc.not-publiccode", "pc.hint.not-publiccode")]
        )
    return _reading(data, source, file.declared, accepted_refs, rule=rule)


#: The version key of the drafts before 0.1 (2018), whose value is a URL ending in the
#: version: ``publiccode-yaml-version: "http://w3id.org/publiccode/version/0.1"``.
DRAFT_VERSION_KEY = "publiccode-yaml-version"


@dataclass(frozen=True)
class Survey:
    """A publiccode.yml read for a catalogue search (``ossfirst market index``).

    ``data`` is the parsed document; ``reading`` what :func:`read` makes of it, or ``None``
    when the fields that matter break the standard, which ``problems`` then says. A catalogue
    lists such files too: they describe software that can be found and judged by a person.
    """

    data: dict[str, Any]
    version: str
    reading: Reading | None
    problems: tuple[Problem, ...]


def survey(text: str, display: str) -> Survey:
    """Read a publiccode.yml of a catalogue; raise :class:`InputError` only for a file that is
    not one at all (no YAML, no mapping, neither ``publiccodeYmlVersion`` nor the draft key
    ``publiccode-yaml-version``, no ``name``)."""
    data, source = yamlsource.parse(text, display)
    version: Any = data.get("publiccodeYmlVersion") if isinstance(data, dict) else None
    if isinstance(data, dict) and version is None and DRAFT_VERSION_KEY in data:
        draft = str(data[DRAFT_VERSION_KEY] or "")
        version = draft.rstrip("/").rsplit("/", 1)[-1] or draft
    if not isinstance(data, dict) or version is None:
        raise InputError([_problem(Location(display, 1, 1), "pc.not-publiccode")])
    name = data.get("name")
    if not isinstance(name, str | int | float) or not str(name).strip():
        raise InputError([_problem(source.locate(("name",)), "pc.no-name")])
    try:
        reading = _reading(data, source, display, (), check_keys=False)
    except InputError as exc:
        return Survey(data, str(version), None, tuple(exc.problems))
    return Survey(data, str(version), reading, ())


def _reading(
    data: dict[str, Any],
    source: SourceMap,
    declared: str,
    accepted_refs: list[str] | tuple[str, ...],
    *,
    check_keys: bool = True,
    rule: str = "osi",
) -> Reading:
    """The checked facts of a parsed publiccode.yml (``read`` without the parsing);
    ``check_keys`` adds the warnings about unknown and deprecated keys."""
    found: list[Message] = []
    if check_keys:
        _check_keys(data, KEYS, (), source, declared, found)
    fields = validate(Publiccode, data, source)
    problems: list[Problem] = []
    maintenance = fields.maintenance
    if maintenance.type == "contract" and not maintenance.contractors:
        problems.append(
            _problem(
                source.locate(("maintenance", "type")),
                "pc.contract-without-contractors",
                "pc.hint.contract-without-contractors",
            )
        )
    try:
        licence = spdx.classify(fields.legal.license, list(accepted_refs), rule)
    except spdx.LicenceError as exc:
        problems.append(exc.problem(source.locate(("legal", "license")), "publiccode-licence"))
    if problems:
        raise InputError(problems)
    version = fields.publiccodeYmlVersion
    if version not in KNOWN_VERSIONS:
        where = source.locate(("publiccodeYmlVersion",))
        found.append(
            warning(
                "pc-unknown-version",
                declared,
                version=version,
                line=where.line,
                column=where.column,
            )
        )
    depends = fields.dependsOn
    facts = PubliccodeFacts(
        file=declared,
        version=version,
        name=fields.name,
        url=fields.url,
        software_version=fields.softwareVersion,
        development_status=fields.developmentStatus,
        software_type=fields.softwareType,
        platforms=list(fields.platforms),
        licence=fields.legal.license,
        maintenance=maintenance.type,
        contractors=[Contractor(name=c.name, until=c.until) for c in maintenance.contractors],
        used_by=list(fields.usedBy),
        localisation_ready=fields.localisation.localisationReady,
        languages=list(fields.localisation.availableLanguages),
        depends_open=_dependencies(depends.open) if depends else None,
        depends_proprietary=_dependencies(depends.proprietary) if depends else None,
        depends_hardware=_dependencies(depends.hardware) if depends else None,
        supports=[s.id for s in fields.supports],
    )
    return Reading(
        facts,
        licence,
        source,
        tuple(found),
        _described(data, "documentation"),
        _described(data, "apiDocumentation"),
    )


def _described(data: dict[str, Any], key: str) -> tuple[str, ...]:
    """The values of ``description/<lang>/<key>`` that are text, once each, in file order."""
    description = data.get("description")
    if not isinstance(description, dict):
        return ()
    found: list[str] = []
    for section in description.values():
        value = section.get(key) if isinstance(section, dict) else None
        if isinstance(value, str) and value.strip() and value.strip() not in found:
            found.append(value.strip())
    return tuple(found)


def _dependencies(items: list[PcDependency] | None) -> list[Dependency]:
    # Inside a dependsOn section, a kind that is not listed has no entries.
    return [
        Dependency(
            name=d.name,
            optional=d.optional,
            version=d.version or _range(d.versionMin, d.versionMax),
        )
        for d in items or []
    ]


def _range(low: str | None, high: str | None) -> str | None:
    low, high = (low or "").strip() or None, (high or "").strip() or None
    if low and high:
        return f"{low}–{high}"
    if low:
        return f"≥ {low}"
    return f"≤ {high}" if high else None


# --- what the facts mean for the criteria -----------------------------------------------


def contract_end(facts: PubliccodeFacts) -> dt.date | None:
    """The date the last maintenance contract ends, for maintenance by contract."""
    if facts.maintenance != "contract" or not facts.contractors:
        return None
    return max(c.until for c in facts.contractors)


def derive(reading: Reading, horizon_end: dt.date | None) -> Derived:
    """Levels for maturity, proprietary dependencies and reuse, and the warnings about the
    maintenance contract. ``horizon_end`` is the last day of the request's horizon; without
    it (``ossfirst evidence show``) contracts are not judged against it."""
    facts = reading.facts
    file = facts.file
    levels = {
        MATURITY: _maturity(facts, horizon_end),
        REUSE: _reuse(facts, reading.licence),
    }
    dependencies = _proprietary_dependencies(facts)
    if dependencies is not None:
        levels[DEPENDENCIES] = dependencies
    documentation = _documentation(reading)
    if documentation is not None:
        levels[DOCUMENTATION] = documentation
    warnings = list(reading.warnings)
    until = contract_end(facts)
    if until is not None and horizon_end is not None and until < horizon_end:
        where = reading.locate(("maintenance", "contractors"))
        warnings.append(
            warning(
                "pc-contract-ends",
                file,
                until=until.isoformat(),
                horizon_end=horizon_end.isoformat(),
                line=where.line,
                column=where.column,
            )
        )
    return Derived(
        levels={k: v for k, v in levels.items() if v is not None},
        warnings=tuple(warnings),
    )


def _maturity(facts: PubliccodeFacts, horizon_end: dt.date | None) -> ImportedFrom:
    file, status = facts.file, facts.development_status
    if status in ("concept", "development", "obsolete"):
        return level(KIND, file, 0, "pc-maturity-status", status=status)
    if status == "beta":
        return level(KIND, file, 1, "pc-maturity-status", status=status)
    if facts.maintenance == "none":
        return level(KIND, file, 1, "pc-maturity-unmaintained")
    until = contract_end(facts)
    if until is not None and horizon_end is not None and until < horizon_end:
        return level(
            KIND,
            file,
            1,
            "pc-maturity-contract-ends",
            until=until.isoformat(),
            horizon_end=horizon_end.isoformat(),
        )
    if facts.used_by:
        return level(
            KIND,
            file,
            3,
            "pc-maturity-used",
            maintenance=facts.maintenance,
            count=len(facts.used_by),
        )
    return level(KIND, file, 2, "pc-maturity-stable", maintenance=facts.maintenance)


def _proprietary_dependencies(facts: PubliccodeFacts) -> ImportedFrom | None:
    if all(
        d is None for d in (facts.depends_open, facts.depends_proprietary, facts.depends_hardware)
    ):
        return None  # the file says nothing about dependencies
    file = facts.file
    proprietary = facts.depends_proprietary or []
    mandatory = [d.name for d in proprietary if not d.optional]
    if len(mandatory) >= 2:
        return level(
            KIND, file, 1, "pc-deps-several", count=len(mandatory), names=", ".join(mandatory)
        )
    if mandatory:
        return level(KIND, file, 2, "pc-deps-one", names=mandatory[0])
    if proprietary:
        names = ", ".join(d.name for d in proprietary)
        return level(KIND, file, 3, "pc-deps-optional", count=len(proprietary), names=names)
    return level(KIND, file, 4, "pc-deps-none")


def _documentation(reading: Reading) -> ImportedFrom | None:
    """API documentation 3, documentation alone 2; whether it is complete (4) and how good
    it is needs a person. A file that names neither gives no level."""
    file = reading.facts.file
    documentation = reading.documentation[0] if reading.documentation else "–"
    if reading.api_documentation:
        return level(
            KIND,
            file,
            3,
            "pc-docs-api",
            documentation=documentation,
            api=reading.api_documentation[0],
        )
    if reading.documentation:
        return level(KIND, file, 2, "pc-docs-only", documentation=documentation)
    return None


def _reuse(facts: PubliccodeFacts, licence: spdx.LicenceInfo) -> ImportedFrom | None:
    if not licence.open_source:
        return None  # a licence that is not open gives no basis for reuse
    file = facts.file
    if facts.used_by:
        return level(KIND, file, 3, "pc-reuse-used", count=len(facts.used_by))
    return level(KIND, file, 2, "pc-reuse-licence", licence=facts.licence)


def sniff(path: "Path", raw: bytes) -> int | None:
    """Sure when the file states ``publiccodeYmlVersion``; a YAML file may be one by its name."""
    if b"publiccodeYmlVersion" in raw[:65536]:
        return SURE
    return BY_NAME if path.suffix.lower() in (".yml", ".yaml") else None


def interpret(
    file: EvidenceFile,
    catalogue: "Catalogue",
    horizon_end: dt.date | None,
    max_components: int = limits.SBOM_COMPONENTS,
) -> Evidence:
    """Read and derive ``file`` under ``catalogue`` (its accepted licences); the licence the
    file states, with its place, is for the request to agree with."""
    reading = read(file, catalogue.policy.accepted_licence_refs, catalogue.policy.licence_rule)
    stated = (reading.facts.licence, reading.locate(("legal", "license")))
    return Evidence(KIND, reading.facts, derive(reading, horizon_end), file.sha256, stated)
