# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Shipped data prepared ahead of time, so that a run does not parse it again.

Parsing the standard catalogue (YAML, positions, validation, resolution) and the standards
list costs more than evaluating a request. ``scripts/compile_data.py`` (``make compiled``)
writes their parsed form as JSON under ``ossfirst/data/compiled/``, together with the
SHA-256 of every source file it was made from. A compiled file is used only while every
one of those sources is unchanged, so an edited catalogue or list is never ignored; a test
fails when a compiled file is stale.
"""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from typing import Any

FOLDER = "data/compiled"


def source_digest(relative: str) -> str:
    """SHA-256 of a shipped file, named relative to the package (``criteria/x.yaml``)."""
    return hashlib.sha256((resources.files("ossfirst") / relative).read_bytes()).hexdigest()


def load(name: str) -> Any | None:
    """The compiled ``name`` (``standard.catalogue``), or ``None`` when it is missing or
    any of its sources changed."""
    document = load_document(name)
    return None if document is None else document["data"]


def load_document(name: str) -> dict[str, Any] | None:
    """The whole compiled document ``name`` (its ``data`` and what else was recorded with
    it, as a digest), or ``None`` when it is missing or any of its sources changed."""
    entry = resources.files("ossfirst") / FOLDER / f"{name}.json"
    if not entry.is_file():
        return None
    document: dict[str, Any] = json.loads(entry.read_bytes())
    for relative, digest in document["sources"].items():
        if source_digest(relative) != digest:
            return None
    return document


def dump(sources: list[str], data: Any, **recorded: str) -> str:
    """The text of a compiled file for ``data`` made from ``sources``, with ``recorded``
    values beside it (a digest of the data)."""
    document = {"sources": {s: source_digest(s) for s in sources}, **recorded, "data": data}
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
