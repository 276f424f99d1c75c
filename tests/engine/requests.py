# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Build small requests against the tiny test catalogue and evaluate them."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

from ossfirst.api import evaluate_file
from ossfirst.model.result import Result
from tests.conftest import CASES

TINY = CASES / "catalogues" / "tiny.yaml"
LICENCES = {
    "open-source": "Apache-2.0",
    "proprietary": "LicenseRef-Proprietary",
    "reuse": "EUPL-1.2",
}


def alternative(
    alt_id: str,
    kind: str,
    fit: int | None,
    control: int | None,
    *,
    legal: bool | None = True,
    r1: str = "met",
    yearly: float = 1000.0,
    assessed_on: str = "2026-10-01",
) -> dict[str, Any]:
    assessments: dict[str, Any] = {}
    for cid, score in (("quality.fit", fit), ("sovereignty.control", control)):
        if score is not None:
            assessments[cid] = {
                "score": score,
                "rationale": "r",
                "evidence": "e",
                "assessed_on": assessed_on,
            }
    if legal is not None:
        assessments["quality.legal"] = {
            "passed": legal,
            "rationale": "r",
            "evidence": "e",
            "assessed_on": assessed_on,
        }
    return {
        "id": alt_id,
        "name": alt_id.title(),
        "licence": LICENCES[kind],
        "reuse": kind == "reuse",
        "deployment": "on-premises",
        "operator_jurisdiction": "DE",
        "providers": 2,
        "costs": {"yearly": {"licences": yearly}},
        "requirements": {"R1": r1},
        "assessments": assessments,
    }


def with_tiny(folder: Path) -> Path:
    """A copy of the tiny catalogue in ``folder`` (a request names catalogues inside its
    repository only)."""
    shutil.copy(TINY, folder / "tiny.yaml")
    return folder / "tiny.yaml"


def tiny_extension(tmp_path: Path, body: str) -> Path:
    """A local catalogue in ``tmp_path`` extending the tiny one with ``body`` (YAML)."""
    with_tiny(tmp_path)
    local = tmp_path / "local.yaml"
    local.write_text(
        "ossfirst_catalogue: 1\nid: local\nversion: '1'\ntitle: {de: L, en: L}\n"
        f"extends: tiny.yaml\n{body}",
        "utf-8",
    )
    return local


def request(*alternatives: dict[str, Any], **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "ossfirst": 1,
        "id": "T-2",
        "title": "Test",
        "organisation": "Town",
        "date": "2026-11-20",
        "language": "en",
        "catalogue": "tiny.yaml",
        "need": "Need.",
        "requirements": [{"id": "R1", "text": "Works", "must": True}],
        "alternatives": list(alternatives),
    }
    data.update(fields)
    return data


def evaluate(tmp_path: Path, data: dict[str, Any], **options: Any) -> Result:
    path = tmp_path / "request.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    with_tiny(tmp_path)
    return evaluate_file(path, **options)
