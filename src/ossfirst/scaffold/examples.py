# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The example requests shipped with ossfirst (``ossfirst init --example``).

They are the files under ``examples/`` of the source tree. The wheel carries them as package
data (``ossfirst/examples``, copied from ``examples/`` at build time: pyproject.toml,
``force-include``), so that an installed ossfirst can write them with the evidence files they
name; a source checkout (an editable install, the tests) reads ``examples/`` in place, so
there is one copy in the repository.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import PurePosixPath
from typing import Any

from ossfirst.model.evidence import EVIDENCE_KINDS

_TITLE = re.compile(r"^title:[ \t]*(.+?)[ \t]*$", re.MULTILINE)
_LANGUAGE = re.compile(r"^language:[ \t]*(de|en)\b", re.MULTILINE)


@dataclass(frozen=True)
class Example:
    """A shipped example request: its name (the file name without ``.yaml``), title and
    report language."""

    name: str
    title: str
    language: str


def _folder() -> Traversable:
    shipped = resources.files("ossfirst") / "examples"
    if shipped.is_dir():
        return shipped
    # a source checkout: src/ossfirst/scaffold/examples.py -> examples/
    return resources.files("ossfirst").joinpath("..", "..", "examples")


def examples() -> list[Example]:
    """The shipped examples, by name."""
    found = []
    for entry in _folder().iterdir():
        if entry.is_file() and entry.name.endswith(".yaml"):
            text = entry.read_text("utf-8")
            title = _TITLE.search(text)
            language = _LANGUAGE.search(text)
            found.append(
                Example(
                    name=entry.name.removesuffix(".yaml"),
                    title=title.group(1).strip("'\"") if title else "",
                    language=language.group(1) if language else "de",
                )
            )
    return sorted(found, key=lambda e: e.name)


def example_files(name: str) -> dict[PurePosixPath, bytes] | None:
    """The files of the example ``name``: the request (as ``<name>.yaml``) and every evidence
    file it names, by their paths relative to the request; ``None`` for an unknown name."""
    if name not in {e.name for e in examples()}:
        return None
    folder = _folder()
    request = folder / f"{name}.yaml"
    files = {PurePosixPath(f"{name}.yaml"): request.read_bytes()}
    for relative in _evidence_paths(request.read_text("utf-8")):
        entry = folder.joinpath(*relative.parts)
        files[relative] = entry.read_bytes()
    return files


def _evidence_paths(text: str) -> list[PurePosixPath]:
    """The evidence files a request names under ``alternatives[].evidence``."""
    import yaml

    data: Any = yaml.safe_load(text)
    paths: list[PurePosixPath] = []
    for alternative in data.get("alternatives") or []:
        evidence = alternative.get("evidence") or {}
        for kind in EVIDENCE_KINDS:
            value = evidence.get(kind)
            if isinstance(value, str) and PurePosixPath(value) not in paths:
                paths.append(PurePosixPath(value))
    return paths
