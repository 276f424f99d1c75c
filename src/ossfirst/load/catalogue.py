# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Load a criteria catalogue and resolve its ``extends:`` chain.

Merge rules (a local catalogue ``L`` that ``extends`` a base ``B``):

- ``id``, ``version``, ``title``, ``description`` and ``publisher`` are ``L``'s own; the
  lineage records ``B`` and ``L`` with their versions and SHA-256.
- ``dimensions`` come from the base; ``L`` may not add, remove or rename them.
- ``policy``: each key ``L`` gives replaces ``B``'s; the others are inherited.
- ``criteria``: ``L`` may add new criteria (new ids in existing dimensions); an id that ``B``
  already has is an error: change an inherited criterion through ``overrides``.
- ``overrides``: per inherited criterion, a new ``weight`` (0 takes it out of the score but
  keeps it in the report), a ``floor`` that may only rise (tighten), never fall, and for
  computed criteria new ``computation`` thresholds or levels for the same metric.
- ``profiles``: a profile of ``L`` replaces ``B``'s profile of the same name whole; others are
  inherited. Every profile must weigh every dimension and sum to 100.
- ``overrides`` may also mark a criterion for strict selection (``selection``).
- ``sovereignty_framework``: ``L``'s replaces ``B``'s whole; otherwise it is inherited. Its
  objectives must name distinct scored criteria; their weights are the criteria's.

Versions: ossfirst ships every released version of its catalogues, as
``criteria/<name>/<version>.yaml``. A reference (``catalogue:`` in a request, ``extends:``
in a catalogue) names a shipped catalogue with or without a version: ``standard`` is the
newest, ``standard@2`` the newest 2.x, ``standard@1.1`` version 1.1 and ``standard@1.1.0``
exactly that file. A released file never changes (a test holds their SHA-256), and every
change is released under a new minor or major version, so ``@1.1`` names one file forever:
a request that pins it evaluates the same in every later release.
"""

import hashlib
import itertools
import math
import os
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from ossfirst.errors import InputError, Location, Problem
from ossfirst.load import numbers, yamlsource
from ossfirst.load.confine import confined
from ossfirst.load.validate import did_you_mean, suggestion
from ossfirst.load.yamlsource import PathT, SourceMap
from ossfirst.model import catalogue as catalogue_model
from ossfirst.model import limits
from ossfirst.model.catalogue import (
    CATEGORY_METRICS,
    FIXED_METRICS,
    MAX_SCORE,
    NOT_ARCHIVED,
    NUMERIC_METRICS,
    Catalogue,
    CatalogueFile,
    CatalogueRef,
    Criterion,
    FloorCap,
    Policy,
)

MAX_EXTENDS_DEPTH = 8

#: Why two-sided interpolation of prices is refused: the key of the error message.
TWO_SIDED = "cat.two-sided"


#: A reference to a shipped catalogue: its name, and optionally ``@`` and a version prefix.
_REF = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]{0,63})(?:@(?P<version>[0-9]{1,4}(?:\.[0-9]{1,4}){0,2}))?$"
)
#: The file name of a released version.
_RELEASE = re.compile(r"^[0-9]{1,4}\.[0-9]{1,4}\.[0-9]{1,4}$")


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def _release_names(name: str) -> list[str]:
    folder = resources.files("ossfirst") / "criteria" / name
    if not folder.is_dir():
        return []
    return [e.name.removesuffix(".yaml") for e in folder.iterdir() if e.name.endswith(".yaml")]


@cache
def shipped_catalogues() -> list[str]:
    """Names of the catalogues shipped with ossfirst (usable as ``catalogue: <name>``)."""
    folder = resources.files("ossfirst") / "criteria"
    return sorted(
        entry.name
        for entry in folder.iterdir()
        if entry.is_dir() and any(_RELEASE.match(v) for v in _release_names(entry.name))
    )


@cache
def shipped_versions(name: str) -> list[str]:
    """The released versions of the shipped catalogue ``name``, oldest first."""
    return sorted((v for v in _release_names(name) if _RELEASE.match(v)), key=_version_key)


def split_ref(ref: str) -> tuple[str, str | None] | None:
    """``(name, version prefix)`` of a reference to a shipped catalogue; ``None`` for a path
    or text that is neither."""
    if is_path(ref):
        return None
    found = _REF.match(ref)
    if found is None:
        return None
    return found["name"], found["version"]


def is_pinned(ref: str) -> bool:
    """Whether a shipped reference names its version (at least major and minor): only then
    does it name one released file, whatever ossfirst ships later."""
    parts = split_ref(ref)
    return parts is not None and parts[1] is not None and "." in parts[1]


def resolve_version(ref: str, referrer: Location | None = None) -> tuple[str, str]:
    """``(name, full version)`` of the shipped catalogue ``ref`` names: the newest release
    that matches its version prefix. Raises :class:`InputError` for an unknown name or
    version."""
    where = referrer or Location(ref)
    parts = split_ref(ref)
    names = shipped_catalogues()
    if parts is None or parts[0] not in names:
        name = parts[0] if parts else ref
        raise InputError(
            [
                _err(
                    where,
                    _both("cat.unknown", name=name),
                    _unknown_hint(name, names),
                    code="catalogue-unknown",
                )
            ]
        )
    name, prefix = parts
    versions = shipped_versions(name)
    if prefix is None:
        return name, versions[-1]
    wanted = _version_key(prefix)
    matching = [v for v in versions if _version_key(v)[: len(wanted)] == wanted]
    if not matching:
        shown = ", ".join(versions)
        example = pinned_ref(name, versions[-1])
        raise InputError(
            [
                _err(
                    where,
                    _both("cat.unknown-version", prefix=prefix, name=name, shown=shown),
                    _both("cat.hint.version", example=example),
                    code="catalogue-version",
                )
            ]
        )
    return name, matching[-1]


def unpinned_reference(ref: str, base_dir: Path | None = None) -> str | None:
    """The first reference along the ``extends:`` chain from ``ref`` that names a shipped
    catalogue without its version (``standard``, ``standard@2``), or ``None`` when the chain
    is pinned. A request pinned this way evaluates the same in every later release."""
    seen: set[str] = set()
    while split_ref(ref) is None:
        loaded = _read(ref, base_dir, None)
        if loaded.identity in seen or loaded.file.extends is None:
            return None  # a complete local catalogue (a cycle is refused when it loads)
        seen.add(loaded.identity)
        ref, base_dir = loaded.file.extends, loaded.base_dir
    return None if is_pinned(ref) else ref


def pinned_ref(name: str, version: str) -> str:
    """The reference that pins a shipped catalogue's version: ``standard@2.0``."""
    return f"{name}@{'.'.join(version.split('.')[:2])}"


class _Loaded(NamedTuple):  # not a data class: making one costs about a millisecond at import
    file: CatalogueFile
    source: SourceMap
    sha256: str
    identity: str
    base_dir: Path | None


def _err(
    location: Location,
    message: dict[str, str],
    hint: dict[str, str] | None = None,
    code: str = "catalogue",
) -> Problem:
    return Problem(location, message, hint or {}, code)


def _both(key: str, /, **params: object) -> dict[str, str]:
    """The text ``key`` of the catalogue in every language: a catalogue that is wrong loads
    the text catalogue, one that is right does not."""
    from ossfirst.texts import both

    return both(key, **params)


def _shown(identity: str) -> str:
    kind, _, value = identity.partition(":")
    return value if kind == "shipped" else os.path.relpath(value)


def _unknown_hint(ref: str, names: list[str]) -> dict[str, str]:
    guess = did_you_mean(ref, names)
    if guess is not None:
        return _both("cat.hint.did-you-mean", guess=guess)
    return _both("cat.hint.shipped", shown=", ".join(names))


def is_path(ref: str) -> bool:
    """Whether a catalogue reference is a file path rather than a shipped catalogue's name."""
    return ref.endswith((".yaml", ".yml")) or "/" in ref or "\\" in ref


def _read(
    ref: str, base_dir: Path | None, referrer: Location | None, shown_as: str | None = None
) -> _Loaded:
    if not is_path(ref):
        name, version = resolve_version(ref, referrer)
        entry = resources.files("ossfirst") / "criteria" / name / f"{version}.yaml"
        raw = entry.read_bytes()
        display = f"ossfirst:criteria/{name}/{version}.yaml"
        text = yamlsource.decode(raw, display)
        data, source = yamlsource.parse(text, display)
        identity = f"shipped:{name}@{version}"
        folder: Path | None = None
    else:
        path = Path(ref)
        if not path.is_absolute() and base_dir is not None:
            path = base_dir / path
        # normpath: 'requests/../catalogues/town.yaml' is shown as 'catalogues/town.yaml'
        display = shown_as or os.path.normpath(path)
        try:
            found = path.is_file()
        except (OSError, ValueError):  # a name too long, a NUL byte: reading it says what
            found = True
        if not found:
            where = referrer or Location(display)
            raise InputError(
                [
                    _err(
                        where,
                        _both("cat.missing-file", display=display),
                        code="catalogue-missing",
                    )
                ]
            )
        raw = yamlsource.read_bytes(path, display, limits.CATALOGUE_BYTES)
        data, source = yamlsource.parse(yamlsource.decode(raw, display), display)
        identity = f"file:{path.resolve()}"
        folder = path.parent
    model = numbers.validate(CatalogueFile, data, source, numbers.catalogue_spots())
    return _Loaded(model, source, hashlib.sha256(raw).hexdigest(), identity, folder)


def load_catalogue(
    ref: str,
    base_dir: Path | None = None,
    referrer: Location | None = None,
    confine: Path | None = None,
    *,
    rebase: Mapping[str, str] | None = None,
) -> Catalogue:
    """Load the catalogue ``ref`` (a shipped name, optionally with ``@version``, or a path
    relative to ``base_dir``).

    ``confine``: a path (and every path its ``extends:`` chain names) must lie inside this
    folder, as for a catalogue a request names (see :mod:`ossfirst.load.confine`).
    ``rebase`` maps a shipped catalogue's name to another reference of it (``{"standard":
    "standard@2"}``): wherever the chain names that catalogue, the other version is used, so
    that a local catalogue can be tried on a newer base (``check --compare-catalogue``).
    """
    return _resolve(ref, base_dir, referrer, [], confine=confine, rebase=rebase)


def load_catalogue_file(path: Path, display: str) -> Catalogue:
    """The local catalogue at ``path`` in a repository being checked, named ``display`` in
    messages (as ``ossfirst check`` shows it); its ``extends:`` stay in its repository."""
    from ossfirst.load.confine import repository_root

    ref = str(path) if is_path(str(path)) else f".{os.sep}{path}"
    return _resolve(
        ref, None, None, [], shown_as=display, confine=repository_root(path), named_outright=True
    )


def _compiled(name: str, version: str) -> Catalogue | None:
    """A shipped catalogue in its compiled, resolved form, if that is current."""
    from ossfirst import compiled

    document = compiled.load_document(f"{name}@{version}.catalogue")
    if document is None:
        return None
    found = Catalogue.model_validate(document["data"])
    # its digest as computed when it was compiled: serialising it again costs more than
    # evaluating a small request
    catalogue_model.remember_digest(found, document["sha256"])
    return found


def compile_shipped(name: str, version: str) -> tuple[list[str], Any, str]:
    """The resolved shipped catalogue ``name`` at ``version`` as plain data, the files it
    comes from and its digest (:func:`ossfirst.model.catalogue.digest`), for
    ``scripts/compile_data.py``."""
    catalogue = _resolve(f"{name}@{version}", None, None, [], use_compiled=False)
    sources = [f"criteria/{entry.id}/{entry.version}.yaml" for entry in catalogue.lineage]
    data = catalogue.model_dump(mode="json")
    # the digest of the catalogue as it is read back from this data, as a run reads it
    return sources, data, catalogue_model.digest(Catalogue.model_validate(data))


def _resolve(
    ref: str,
    base_dir: Path | None,
    referrer: Location | None,
    chain: list[str],
    use_compiled: bool = True,
    rebase: Mapping[str, str] | None = None,
    shown_as: str | None = None,
    confine: Path | None = None,
    named_outright: bool = False,
) -> Catalogue:
    rebase = rebase or {}
    shipped = split_ref(ref)
    if shipped is not None and shipped[0] in rebase:
        ref = rebase[shipped[0]]
        shipped = split_ref(ref)
    if use_compiled and shipped is not None and shipped[0] in shipped_catalogues():
        name, version = resolve_version(ref, referrer)
        found = _compiled(name, version)
        # A compiled catalogue comes with its chain resolved: usable unless a link of that
        # chain is to be replaced.
        if found is not None and not any(
            link.id in rebase and link.id != name for link in found.lineage
        ):
            return found
    if confine is not None and is_path(ref) and not named_outright:
        confined(
            ref,
            (base_dir or Path()).resolve(),
            confine,
            referrer or Location(ref),
            "catalogue-path",
            "path.hint.catalogue-into-repository",
        )
    loaded = _read(ref, base_dir, referrer, shown_as)
    if loaded.identity in chain:
        names = [*chain, loaded.identity]
        shown = " → ".join(_shown(name) for name in names)
        raise InputError(
            [
                _err(
                    referrer or loaded.source.locate(("extends",)),
                    _both("cat.cycle", shown=shown),
                    _both("cat.hint.cycle"),
                    code="catalogue-cycle",
                )
            ]
        )
    if len(chain) >= MAX_EXTENDS_DEPTH:
        raise InputError(
            [
                _err(
                    loaded.source.locate(("extends",)),
                    _both("cat.too-deep", limit=MAX_EXTENDS_DEPTH),
                    code="catalogue-depth",
                )
            ]
        )
    file = loaded.file
    ref_entry = CatalogueRef(id=file.id, version=file.version, sha256=loaded.sha256)
    if file.extends is None:
        catalogue = _complete(loaded, ref_entry)
    else:
        parent = _resolve(
            file.extends,
            loaded.base_dir,
            loaded.source.locate(("extends",)),
            [*chain, loaded.identity],
            use_compiled,
            rebase,
            confine=confine,
        )
        catalogue = _extend(parent, loaded, ref_entry)
    _check(catalogue, loaded)
    return catalogue


def _complete(loaded: _Loaded, ref: CatalogueRef) -> Catalogue:
    file, source = loaded.file, loaded.source
    problems: list[Problem] = []
    for key in ("policy", "dimensions"):
        if getattr(file, key) is None:
            problems.append(
                _err(
                    source.locate(()),
                    _both("val.missing", key=key),
                    _both("cat.hint.complete"),
                )
            )
    if file.overrides:
        problems.append(
            _err(
                source.locate(("overrides",), prefer_key=True),
                _both("cat.overrides-alone"),
            )
        )
    policy = None
    if file.policy is not None:
        values = file.policy.model_dump(exclude_none=True)
        missing = [k for k, f in Policy.model_fields.items() if k not in values and f.is_required()]
        for key in missing:
            problems.append(
                _err(
                    source.locate(("policy",), prefer_key=True),
                    _both("val.missing", key=f"policy.{key}"),
                )
            )
        if not missing:
            policy = Policy.model_validate(values)
    if problems:
        raise InputError(problems)
    assert policy is not None and file.dimensions is not None
    _unique_criteria(loaded)
    return Catalogue(
        id=file.id,
        version=file.version,
        title=file.title,
        description=file.description,
        publisher=file.publisher,
        lineage=[ref],
        policy=policy,
        dimensions=file.dimensions,
        criteria=list(file.criteria),
        profiles=dict(file.profiles),
        sovereignty_framework=file.sovereignty_framework,
        evidence_floors=list(file.evidence_floors),
        sources=dict(file.sources),
        omissions=list(file.omissions),
    )


def _unique_criteria(loaded: _Loaded) -> None:
    seen: set[str] = set()
    problems = []
    for index, criterion in enumerate(loaded.file.criteria):
        if criterion.id in seen:
            problems.append(
                _err(
                    loaded.source.locate(("criteria", index, "id")),
                    _both("cat.criterion-twice", id=criterion.id),
                )
            )
        seen.add(criterion.id)
    if problems:
        raise InputError(problems)


def _extend(parent: Catalogue, loaded: _Loaded, ref: CatalogueRef) -> Catalogue:
    file, source = loaded.file, loaded.source
    problems: list[Problem] = []
    if file.dimensions is not None:
        problems.append(
            _err(
                source.locate(("dimensions",), prefer_key=True),
                _both("cat.dimensions-in-extension"),
                _both("cat.hint.dimensions"),
            )
        )
    _unique_criteria(loaded)
    criteria = list(parent.criteria)
    known = {c.id: i for i, c in enumerate(criteria)}
    for index, criterion in enumerate(file.criteria):
        if criterion.id in known:
            problems.append(
                _err(
                    source.locate(("criteria", index, "id")),
                    _both("cat.inherited", id=criterion.id),
                    _both("cat.hint.overrides"),
                )
            )
            continue
        criteria.append(criterion)
    for criterion_id, override in file.overrides.items():
        path: PathT = ("overrides", criterion_id)
        if criterion_id not in known:
            problems.append(
                _err(
                    source.locate(path, prefer_key=True),
                    _both("cat.no-base-criterion", id=criterion_id),
                    suggestion(criterion_id, known),
                )
            )
            continue
        base = criteria[known[criterion_id]]
        changes: dict[str, object] = {}
        if override.weight is not None:
            changes["weight"] = override.weight
        if override.floor is not None:
            if base.kind == "knock-out":
                problems.append(
                    _err(
                        source.locate((*path, "floor")),
                        _both("cat.knock-out-floor"),
                    )
                )
            elif base.floor is not None and override.floor < base.floor:
                problems.append(
                    _err(
                        source.locate((*path, "floor")),
                        _both("cat.floor-lowered", floor=base.floor),
                        _both("cat.hint.floor", floor=base.floor),
                    )
                )
            changes["floor"] = override.floor
        if override.selection is not None:
            changes["selection"] = override.selection
        if override.computation is not None:
            if base.computation is None or override.computation.metric != base.computation.metric:
                problems.append(
                    _err(
                        source.locate((*path, "computation")),
                        _both("cat.metric-changed"),
                    )
                )
            changes["computation"] = override.computation
        criteria[known[criterion_id]] = base.model_copy(update=changes)
    if problems:
        raise InputError(problems)
    policy = parent.policy
    if file.policy is not None:
        # Validated again rather than copied, so that a replaced nested key (the discount
        # rate, the Scorecard weights, award, sensitivity, assessors) becomes a model again.
        policy = Policy.model_validate(
            {**policy.model_dump(), **file.policy.model_dump(exclude_none=True)}
        )
    profiles = dict(parent.profiles)
    profiles.update(file.profiles)
    return Catalogue(
        id=file.id,
        version=file.version,
        title=file.title,
        description=file.description or parent.description,
        publisher=file.publisher or parent.publisher,
        lineage=[*parent.lineage, ref],
        policy=policy,
        dimensions=parent.dimensions,
        criteria=criteria,
        profiles=profiles,
        sovereignty_framework=file.sovereignty_framework or parent.sovereignty_framework,
        evidence_floors=[*parent.evidence_floors, *file.evidence_floors],
        sources={**parent.sources, **file.sources},
        omissions=[*parent.omissions, *file.omissions],
    )


def _criterion_path(loaded: _Loaded, criterion: Criterion) -> PathT:
    for index, own in enumerate(loaded.file.criteria):
        if own.id == criterion.id:
            return ("criteria", index)
    if criterion.id in loaded.file.overrides:
        return ("overrides", criterion.id)
    return ()


def _check(catalogue: Catalogue, loaded: _Loaded) -> None:
    """The rules a resolved catalogue must satisfy, reported at the current file."""
    source = loaded.source
    problems: list[Problem] = []
    dimensions = [d.id for d in catalogue.dimensions]
    if len(set(dimensions)) != len(dimensions):
        problems.append(
            _err(
                source.locate(("dimensions",)),
                _both("cat.dimension-twice"),
            )
        )

    def at(criterion: Criterion, *rest: str | int) -> Location:
        return source.locate((*_criterion_path(loaded, criterion), *rest))

    if len(catalogue.criteria) > limits.CRITERIA:
        # Each criterion is a row per alternative in every report: the limit bounds their cost.
        problems.append(
            _err(
                at(catalogue.criteria[limits.CRITERIA], "id"),
                _both("cat.too-many-criteria", limit=limits.CRITERIA),
                _both("cat.hint.merge"),
                code="catalogue-limit",
            )
        )
    for criterion in catalogue.criteria:
        if criterion.dimension not in dimensions:
            problems.append(
                _err(
                    at(criterion, "id"),
                    _both("cat.no-dimension", id=criterion.dimension),
                    suggestion(criterion.dimension, dimensions),
                )
            )
        problems.extend(_check_criterion(criterion, at))
    for dimension in dimensions:
        weight = sum(c.weight for c in catalogue.criteria_of(dimension) if c.scored)
        if weight <= 0:
            problems.append(
                _err(
                    source.locate(("dimensions",)),
                    _both("cat.dimension-unweighted", id=dimension),
                )
            )
    for name, profile in catalogue.profiles.items():
        path: PathT = ("profiles", name)
        own = name in loaded.file.profiles
        where = source.locate(path if own else (), prefer_key=True)
        missing = [d for d in dimensions if d not in profile.weights]
        extra = [d for d in profile.weights if d not in dimensions]
        if missing:
            problems.append(
                _err(
                    where,
                    _both("cat.profile-missing", name=name, missing=", ".join(missing)),
                )
            )
        for dim in extra:
            problems.append(
                _err(
                    source.locate((*path, "weights", dim), prefer_key=True) if own else where,
                    _both("cat.no-dimension", id=dim),
                    suggestion(dim, dimensions),
                )
            )
        total = sum(profile.weights.values())
        if not math.isclose(total, 100, abs_tol=1e-6):
            problems.append(
                _err(
                    source.locate((*path, "weights")) if own else where,
                    _both("cat.profile-sum", name=name, total=f"{total:g}"),
                )
            )
    problems.extend(_check_framework(catalogue, loaded))
    problems.extend(_check_floors(catalogue, loaded))
    problems.extend(_check_answers(catalogue, loaded))
    if catalogue.policy.award.conversion == "two-sided":
        problems.append(
            _err(
                source.locate(("policy", "award", "conversion")),
                _both(TWO_SIDED),
                _both("cat.hint.conversion"),
            )
        )
    if not catalogue.profiles:
        problems.append(
            _err(
                source.locate(()),
                _both("cat.no-profile"),
            )
        )
    elif catalogue.policy.default_profile not in catalogue.profiles:
        problems.append(
            _err(
                source.locate(("policy", "default_profile")),
                _both("cat.no-default-profile", name=catalogue.policy.default_profile),
                suggestion(catalogue.policy.default_profile, catalogue.profiles),
            )
        )
    if problems:
        raise InputError(problems)


def _check_framework(catalogue: Catalogue, loaded: _Loaded) -> list[Problem]:
    """A sovereignty framework's objectives name distinct scored criteria; every level
    0-4 has a meaning."""
    framework = catalogue.sovereignty_framework
    if framework is None:
        return []
    source = loaded.source
    own = loaded.file.sovereignty_framework is not None
    problems: list[Problem] = []

    def where(*path: str | int) -> Location:
        return source.locate(("sovereignty_framework", *path) if own else ())

    if set(framework.levels) != set(range(MAX_SCORE + 1)):
        problems.append(
            _err(
                where("levels"),
                _both("cat.levels", max=MAX_SCORE),
            )
        )
    criteria = {c.id: c for c in catalogue.criteria}
    seen_ids: set[str] = set()
    seen_criteria: set[str] = set()
    for index, objective in enumerate(framework.objectives):
        if objective.id in seen_ids:
            problems.append(
                _err(
                    where("objectives", index, "id"),
                    _both("cat.objective-twice", id=objective.id),
                )
            )
        seen_ids.add(objective.id)
        criterion = criteria.get(objective.criterion)
        if criterion is None or not criterion.scored:
            problems.append(
                _err(
                    where("objectives", index, "criterion"),
                    _both(
                        "cat.objective-criterion", id=objective.id, criterion=objective.criterion
                    ),
                    suggestion(objective.criterion, [c for c in criteria if criteria[c].scored]),
                )
            )
        elif objective.criterion in seen_criteria:
            problems.append(
                _err(
                    where("objectives", index, "criterion"),
                    _both("cat.criterion-taken", id=objective.criterion),
                )
            )
        seen_criteria.add(objective.criterion)
    if problems:
        return problems
    if sum(criteria[o.criterion].weight for o in framework.objectives) <= 0:
        problems.append(
            _err(
                where("objectives"),
                _both("cat.objectives-unweighted"),
            )
        )
    return problems


def _check_floors(catalogue: Catalogue, loaded: _Loaded) -> list[Problem]:
    """Evidence floors: unique ids, one test each (a Scorecard check with ``at_least``,
    ``not-archived``, or a publiccode.yml fact), and a cap on a scored criterion."""
    from ossfirst.model.scorecard import SCORECARD_RISK as RISK

    source = loaded.source
    own = {floor.id: index for index, floor in enumerate(loaded.file.evidence_floors)}
    criteria = {c.id: c for c in catalogue.criteria}
    problems: list[Problem] = []
    seen: set[str] = set()
    for floor in catalogue.evidence_floors:
        index = own.get(floor.id)

        def where(*path: str, _index: int | None = index) -> Location:
            if _index is None:
                return source.locate(())
            return source.locate(("evidence_floors", _index, *path))

        if floor.id in seen:
            problems.append(
                _err(
                    where("id"),
                    _both("cat.floor-twice", id=floor.id),
                )
            )
        seen.add(floor.id)
        if (floor.scorecard is None) == (floor.publiccode is None):
            problems.append(
                _err(
                    where(),
                    _both("cat.floor-one-test"),
                )
            )
        elif floor.scorecard is not None:
            archived = floor.scorecard == NOT_ARCHIVED
            if not archived and floor.scorecard not in RISK:
                problems.append(
                    _err(
                        where("scorecard"),
                        _both("cat.no-scorecard-check", check=floor.scorecard),
                        suggestion(floor.scorecard, [*RISK, NOT_ARCHIVED]),
                    )
                )
            elif archived == (floor.at_least is not None):
                problems.append(
                    _err(
                        where("at_least" if archived else "scorecard"),
                        _both("cat.at-least-archived"),
                    )
                )
        elif floor.at_least is not None:
            problems.append(
                _err(
                    where("at_least"),
                    _both("cat.at-least"),
                )
            )
        if isinstance(floor.then, FloorCap):
            capped = criteria.get(floor.then.criterion)
            if capped is None or not capped.scored:
                problems.append(
                    _err(
                        where("then", "criterion"),
                        _both("cat.cap-criterion", id=floor.then.criterion),
                        suggestion(
                            floor.then.criterion, [c for c in criteria if criteria[c].scored]
                        ),
                    )
                )
    return problems


def _check_answers(catalogue: Catalogue, loaded: _Loaded) -> list[Problem]:
    """Every ``source:question`` a criterion or an omission names exists in ``sources``."""
    known = {
        f"{source_id}:{question}"
        for source_id, source in catalogue.sources.items()
        for question in source.questions
    }
    problems: list[Problem] = []
    file = loaded.file
    named: list[tuple[PathT, str]] = [
        (("criteria", index, "answers", position), ref)
        for index, criterion in enumerate(file.criteria)
        for position, ref in enumerate(criterion.answers)
    ]
    named += [
        (("omissions", index, "answers", position), ref)
        for index, omission in enumerate(file.omissions)
        for position, ref in enumerate(omission.answers)
    ]
    for path, ref in named:
        if ref not in known:
            problems.append(
                _err(
                    loaded.source.locate(path),
                    _both("cat.no-question", ref=ref),
                    suggestion(ref, sorted(known)),
                )
            )
    return problems


def _check_criterion(criterion: Criterion, at: object) -> list[Problem]:
    locate = at  # a callable (criterion, *path) -> Location
    assert callable(locate)
    problems: list[Problem] = []

    def err(field: str, key: str, /, **params: object) -> None:
        problems.append(_err(locate(criterion, field), _both(key, **params)))

    levels = set(criterion.levels or {})
    if criterion.kind == "knock-out":
        if criterion.levels:
            err(
                "levels",
                "cat.knock-out-levels",
            )
        if criterion.weight:
            err(
                "weight",
                "cat.knock-out-weight",
            )
        if criterion.floor is not None or criterion.computation is not None:
            err(
                "kind",
                "cat.knock-out-computation",
            )
        if criterion.selection is not None:
            err(
                "selection",
                "cat.knock-out-selection",
            )
        return problems
    if levels != set(range(MAX_SCORE + 1)):
        err(
            "levels",
            "cat.levels",
            max=MAX_SCORE,
        )
    if criterion.kind == "assessed" and criterion.computation is not None:
        err(
            "computation",
            "cat.assessed-computation",
        )
    if criterion.kind == "computed":
        computation = criterion.computation
        if computation is None:
            err(
                "kind",
                "cat.computation-missing",
            )
            return problems
        metric = computation.metric
        if metric in NUMERIC_METRICS:
            limits = computation.thresholds
            if limits is None:
                err(
                    "computation",
                    "cat.thresholds-missing",
                    metric=metric,
                )
            else:
                lower = NUMERIC_METRICS[metric] == "lower"
                ordered = all(
                    (a <= b) if lower else (a >= b) for a, b in itertools.pairwise(limits)
                )
                if not ordered:
                    err(
                        "computation",
                        "cat.thresholds-rise" if lower else "cat.thresholds-fall",
                    )
        elif metric in CATEGORY_METRICS:
            wanted = set(CATEGORY_METRICS[metric])
            given = set(computation.levels or {})
            if given != wanted:
                err(
                    "computation",
                    "cat.category-levels",
                    metric=metric,
                    wanted=", ".join(sorted(wanted)),
                )
        elif metric in FIXED_METRICS and (computation.thresholds or computation.levels):
            err(
                "computation",
                "cat.fixed-levels",
                metric=metric,
            )
    return problems
