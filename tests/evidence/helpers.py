# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Reading evidence files from tests/cases/evidence without a request."""

from __future__ import annotations

from pathlib import Path

from ossfirst.evidence.files import EvidenceFile
from ossfirst.model.evidence import EvidenceKind
from tests.conftest import CASES

EVIDENCE = CASES / "evidence"
REAL = EVIDENCE / "real"
SPEC = EVIDENCE / "spec"
INVALID = EVIDENCE / "invalid"


def evidence_file(kind: EvidenceKind, path: Path, declared: str | None = None) -> EvidenceFile:
    """``path`` as the enrich step would hand it to a reader."""
    return EvidenceFile(kind, declared or path.name, path, str(path), path.read_bytes())


def kind_of(path: Path) -> EvidenceKind:
    """The kind a test file is, from its name (``*.publiccode.yml``, ``*.scorecard.json``,
    ``*.cdx.json``, ``*.cdx.xml``, ``*.spdx``, ``*.spdx.json``, ``*.spdx3.json``)."""
    if path.name.endswith((".yml", ".yaml")):
        return "publiccode"
    return "sbom" if ".cdx." in path.name or ".spdx" in path.name else "scorecard"


MINIMAL = CASES / "valid" / "minimal.yaml"


def request_with_evidence(
    directory: Path,
    evidence: str,
    *,
    licence: str = "Apache-2.0",
    assessments: str = "",
    name: str = "request.yaml",
) -> Path:
    """The minimal valid request with ``evidence: <evidence>`` (flow YAML) on its open-source
    alternative, written to ``directory``; ``assessments`` adds flow-YAML lines to it."""
    text = MINIMAL.read_text("utf-8")
    text = text.replace(
        "    standards: [ODF, CalDAV]\n",
        f"    standards: [ODF, CalDAV]\n    evidence: {evidence}\n",
        1,
    )
    text = text.replace("    licence: Apache-2.0\n", f"    licence: {licence}\n", 1)
    if assessments:
        text = text.replace(
            "      security.patching: {score: 3, rationale: Monthly releases",
            assessments.rstrip("\n")
            + "\n      security.patching: {score: 3, rationale: Monthly releases",
            1,
        )
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    """The 1-based line of ``path`` that contains ``needle``."""
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")
