# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Interpreting one evidence file: :func:`interpret` for a file that has been found and read
(a request's evidence, and :func:`read`), :func:`read` for a file on its own, without a
request: what ``ossfirst evidence show`` prints.

The reader module of a kind (:mod:`ossfirst.evidence.kinds`) is imported only when a file
of that kind is read. For :func:`read`, the kind is taken from the file itself (a
publiccode.yml has ``publiccodeYmlVersion``, an SBOM is CycloneDX JSON or XML or SPDX by its
content, a Scorecard result has ``checks``) unless the caller names it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ossfirst.errors import InputError, Location, Problem
from ossfirst.evidence import kinds
from ossfirst.evidence.files import EvidenceFile
from ossfirst.evidence.kinds import Evidence
from ossfirst.load import yamlsource
from ossfirst.model import limits
from ossfirst.model.catalogue import Catalogue
from ossfirst.model.evidence import EvidenceKind


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
    raw = yamlsource.read_bytes(path, display, kinds.MAX_BYTES)
    found = kind or kinds.guess(path, raw)
    if found is None:
        from ossfirst.texts import both

        raise InputError(
            [
                Problem(
                    Location(display, 1, 1),
                    both("ev.kind-unknown"),
                    both("ev.hint.kind-unknown", kinds=", ".join(kinds.KINDS)),
                    "evidence-kind",
                )
            ]
        )
    if len(raw) > kinds.KINDS[found].max_bytes:
        # refused as a request's evidence file of this kind would be ("too large")
        yamlsource.read_bytes(path, display, kinds.KINDS[found].max_bytes)
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
    return kinds.reader(file.kind).interpret(file, catalogue, horizon_end, max_components)
