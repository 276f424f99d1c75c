# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""One evidence file on its own, without a request: what ``ossfirst evidence show`` prints.

The kind is taken from the file itself (a publiccode.yml has ``publiccodeYmlVersion``, a
CycloneDX SBOM ``bomFormat``, a Scorecard result ``checks`` and ``scorecard``) unless the
caller names it.
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
from ossfirst.model.catalogue import Catalogue
from ossfirst.model.common import EVIDENCE_KINDS, EvidenceKind


@dataclass(frozen=True)
class Evidence:
    """What ossfirst reads from one evidence file, and the levels it gives."""

    kind: EvidenceKind
    facts: BaseModel
    derived: Derived
    sha256: str


def guess_kind(path: Path, raw: bytes) -> EvidenceKind | None:
    """The kind of an evidence file from its content (and, for YAML, its name)."""
    head = raw[:65536]
    if b"publiccodeYmlVersion" in head:
        return "publiccode"
    if b'"bomFormat"' in head:
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
    file = EvidenceFile(found, display, path, display, raw)
    accepted = catalogue.policy.accepted_licence_refs
    facts: BaseModel
    if found == "publiccode":
        from ossfirst.evidence import publiccode

        reading = publiccode.read(file, accepted)
        facts, derived = reading.facts, publiccode.derive(reading, horizon_end)
    elif found == "scorecard":
        from ossfirst.evidence import scorecard

        card = scorecard.read(file, catalogue.policy.scorecard_risk_weights)
        facts, derived = card.facts, scorecard.derive(card)
    else:
        from ossfirst.evidence import sbom

        bom = sbom.read(file, accepted)
        facts, derived = bom.facts, sbom.derive(bom, horizon_end)
    return Evidence(found, facts, derived, file.sha256)
