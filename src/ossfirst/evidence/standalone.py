# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Interpreting one evidence file: :func:`interpret` for a file that has been found and read
(a request's evidence, and :func:`read`), :func:`read` for a file on its own, without a
request: what ``ossfirst evidence show`` prints.

The reader module of a kind is imported only when a file of that kind is read. For
:func:`read`, the kind is taken from the file itself (a publiccode.yml has
``publiccodeYmlVersion``, an SBOM is CycloneDX JSON or XML or SPDX by its content, a Scorecard
result has ``checks`` and ``scorecard``) unless the caller names it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from ossfirst.errors import InputError, Location, Problem
from ossfirst.evidence.derived import Derived
from ossfirst.evidence.files import MAX_BYTES, EvidenceFile
from ossfirst.load import yamlsource
from ossfirst.model import limits
from ossfirst.model.catalogue import Catalogue
from ossfirst.model.common import EVIDENCE_KINDS, EvidenceKind


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


def guess_kind(path: Path, raw: bytes) -> EvidenceKind | None:
    """The kind of an evidence file from its content (and, for YAML, its name)."""
    head = raw[:65536]
    if b"publiccodeYmlVersion" in head:
        return "publiccode"
    from ossfirst.evidence import sbom

    if sbom.looks_like_sbom(raw):
        return "sbom"
    if b'"checks"' in raw:
        return "scorecard"
    if path.suffix.lower() in (".yml", ".yaml"):
        return "publiccode"
    return None


def read(
    path: Path,
    catalogue: Catalogue,
    kind: EvidenceKind | None = None,
    horizon_end: dt.date | None = None,
) -> Evidence:
    """Read the evidence file at ``path``; raise :class:`InputError` when it cannot be read
    or is not what it claims. Maintenance contracts and licence terms are judged against
    ``horizon_end`` when given."""
    display = str(path)
    raw = yamlsource.read_bytes(path, display, max(MAX_BYTES.values()))
    found = kind or guess_kind(path, raw)
    if found is None:
        raise InputError(
            [
                Problem(
                    Location(display, 1, 1),
                    {
                        "de": "Welche Art von Nachweisdatei das ist, lässt sich nicht erkennen.",
                        "en": "What kind of evidence file this is cannot be told.",
                    },
                    {
                        "de": "geben Sie --kind an: " + ", ".join(EVIDENCE_KINDS),
                        "en": "give --kind: " + ", ".join(EVIDENCE_KINDS),
                    },
                    "evidence-kind",
                )
            ]
        )
    if len(raw) > MAX_BYTES[found]:
        # refused as a request's evidence file of this kind would be ("too large")
        yamlsource.read_bytes(path, display, MAX_BYTES[found])
    return interpret(EvidenceFile(found, display, path, display, raw), catalogue, horizon_end)


def interpret(
    file: EvidenceFile,
    catalogue: Catalogue,
    horizon_end: dt.date | None,
    max_components: int = limits.SBOM_COMPONENTS,
) -> Evidence:
    """The facts of ``file`` and the levels they give under ``catalogue``; raise
    :class:`InputError` when it is not what its kind requires. Maintenance contracts and
    licence terms are judged against ``horizon_end`` when given; an SBOM may have at most
    ``max_components`` components."""
    accepted = catalogue.policy.accepted_licence_refs
    if file.kind == "publiccode":
        from ossfirst.evidence import publiccode

        reading = publiccode.read(file, accepted, catalogue.policy.licence_rule)
        stated = (reading.facts.licence, reading.locate(("legal", "license")))
        derived = publiccode.derive(reading, horizon_end)
        return Evidence(file.kind, reading.facts, derived, file.sha256, stated)
    if file.kind == "scorecard":
        from ossfirst.evidence import scorecard

        card = scorecard.read(file, catalogue.policy.scorecard_risk_weights)
        return Evidence(file.kind, card.facts, scorecard.derive(card), file.sha256)
    from ossfirst.evidence import sbom

    bom = sbom.read(file, accepted, catalogue.policy.licence_rule, max_components)
    return Evidence(file.kind, bom.facts, sbom.derive(bom, horizon_end), file.sha256)
