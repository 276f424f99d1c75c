# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The facts the enrich step derives and the engine reads: the licence class of each
alternative, the standards it declares, what its evidence files say.

They sit in the model, below both steps, so that the engine reads what enrich found without
importing enrich.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

from ossfirst.model.result import (
    EvidenceFacts,
    EvidenceRef,
    ImportedScore,
    Message,
    StandardUse,
)


@dataclass(frozen=True)
class LicenceInfo:
    """The licence class of one SPDX expression.

    ``freedom_level``: 4 open source (OSI); 3 FSF-libre but not open source; 2 "open
    core" (mentions a free licence but the whole is not free); 1 source-available
    (satisfiable with SPDX-listed licences only, none of them free); 0 proprietary.
    ``licences`` lists the licence terms in order of appearance, without exceptions;
    an "or later" term keeps its ``+`` (``Apache-2.0+``).
    """

    expression: str
    open_source: bool
    fsf_libre: bool
    freedom_level: int
    licences: tuple[str, ...]
    deprecated: tuple[str, ...]


@dataclass(frozen=True)
class AlternativeFacts:
    licence: LicenceInfo
    standards: tuple[StandardUse, ...]
    evidence: EvidenceFacts = field(default_factory=EvidenceFacts)
    #: Levels the evidence files give, by criterion id (assessed criteria only).
    imported: Mapping[str, ImportedScore] = field(default_factory=dict)


@dataclass(frozen=True)
class Facts:
    alternatives: dict[str, AlternativeFacts]
    spdx_list_version: str
    standards_list_version: str
    warnings: tuple[Message, ...]
    #: Every evidence file read, with its SHA-256, in request order.
    evidence: tuple[EvidenceRef, ...] = ()
