# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The kinds of evidence file an alternative can declare: a registry, one reader module each.

A kind's module provides the :class:`Reader` protocol: ``sniff`` (how sure it is, from a
file's name and content, that the file is of its kind) and ``interpret`` (read the file,
refuse what breaks its standard, and derive the facts and the levels they give); the
registry line names the kind, its module and the largest file read. Modules are imported
only when a file of their kind is read, or, for a file without a declared kind (``ossfirst
evidence show``), when they are asked to sniff it.

Adding a kind: its module, one line in :data:`KINDS`, its name in
:data:`ossfirst.model.evidence.EvidenceKind` and a field of the same name in the request's
``EvidenceFiles`` (the model lies beneath this package and cannot read the registry; a test
holds the three together), its report section (one entry in
:data:`ossfirst.render.sections.evidence.KINDS`, which ``ossfirst evidence show`` shows too),
its texts and its tests.
"""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from pydantic import BaseModel

from ossfirst.errors import Location
from ossfirst.evidence.derived import Derived
from ossfirst.model import limits
from ossfirst.model.evidence import EvidenceKind

if TYPE_CHECKING:
    from ossfirst.evidence.files import EvidenceFile
    from ossfirst.model.catalogue import Catalogue

#: What ``sniff`` answers: sure (a marker only files of the kind have), likely (a sign others
#: may share), by the file's name only; ``None`` for "not of this kind".
SURE, LIKELY, BY_NAME = 2, 1, 0


@dataclass(frozen=True)
class Evidence:
    """What ossfirst reads from one evidence file, and the levels it gives."""

    kind: EvidenceKind
    facts: BaseModel
    derived: Derived
    sha256: str
    #: The licence a publiccode.yml states and where (``legal.license``), which a request
    #: must agree with.
    licence: tuple[str, Location] | None = None


class Reader(Protocol):
    """What the module of an evidence kind provides (a module implements it with
    module-level functions of these names and parameters)."""

    def sniff(self, path: Path, raw: bytes) -> int | None:
        """:data:`SURE`, :data:`LIKELY` or :data:`BY_NAME` when ``raw`` (read from
        ``path``) looks like a file of this kind, else ``None``."""
        ...

    def interpret(
        self,
        file: EvidenceFile,
        catalogue: Catalogue,
        horizon_end: dt.date | None,
        max_components: int,
    ) -> Evidence:
        """The facts of ``file`` and the levels they give under ``catalogue``; raise
        :class:`~ossfirst.errors.InputError` when it is not what its kind requires."""
        ...


@dataclass(frozen=True)
class Kind:
    name: EvidenceKind
    #: The module that implements :class:`Reader` for the kind.
    module: str
    #: Largest file read. SBOMs of large products run to megabytes; other files are small.
    max_bytes: int


#: The kinds, in the order a request's evidence files are read (and sniffed).
KINDS: dict[EvidenceKind, Kind] = {
    k.name: k
    for k in (
        Kind("publiccode", "ossfirst.evidence.publiccode", limits.PUBLICCODE_BYTES),
        Kind("scorecard", "ossfirst.evidence.scorecard", limits.SCORECARD_BYTES),
        Kind("sbom", "ossfirst.evidence.sbom", limits.SBOM_BYTES),
    )
}

#: The largest file of any kind: what is read before the kind is known.
MAX_BYTES = max(k.max_bytes for k in KINDS.values())


def reader(kind: EvidenceKind) -> Reader:
    """The reader module of ``kind`` (one of :data:`KINDS`)."""
    return cast("Reader", importlib.import_module(KINDS[kind].module))


def guess(path: Path, raw: bytes) -> EvidenceKind | None:
    """The kind of an evidence file from its content (and name): the first kind that is
    sure, else the surest, the earlier kind on a tie; ``None`` when no kind claims it."""
    best: tuple[int, EvidenceKind] | None = None
    for name in KINDS:
        found = reader(name).sniff(path, raw)
        if found == SURE:
            return name
        if found is not None and (best is None or found > best[0]):
            best = (found, name)
    return None if best is None else best[1]
