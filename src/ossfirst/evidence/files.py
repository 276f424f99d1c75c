# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Finding and reading the evidence files a request declares.

A request names its evidence files relative to itself. They must lie inside the repository
that holds the request: its *root* is the nearest parent directory of the request with a
``.git`` entry (a directory, or a file in a git worktree), else the request's own directory.
Absolute paths, ``..`` that leads out of the root and symbolic links that point out of it
are refused, so that a request cannot make ossfirst read (and quote in a report) files from
elsewhere on the machine that evaluates it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ossfirst.errors import InputError, Location, Problem, printable
from ossfirst.evidence.kinds import KINDS
from ossfirst.load import yamlsource
from ossfirst.load.confine import confined
from ossfirst.model.evidence import EvidenceKind


@dataclass(frozen=True)
class EvidenceFile:
    """An evidence file that has been found and read."""

    kind: EvidenceKind
    #: The path as the request writes it (relative to the request); shown in reports.
    declared: str
    path: Path
    #: The name used in error messages: the request's directory as given, joined with
    #: ``declared``, so that it can be opened from where ossfirst was started.
    display: str
    raw: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()

    def text(self) -> str:
        """The content as UTF-8 text (a byte-order mark is accepted)."""
        return yamlsource.decode(self.raw, self.display)


def locate(declared: str, request: Path, root: Path, where: Location) -> Path:
    """The file ``declared`` names, checked to lie inside ``root``.

    ``where`` is the position of the key in the request, for the error messages.
    """
    base = request.resolve().parent
    resolved = confined(
        declared,
        base,
        root,
        where,
        "evidence-path",
        "path.hint.evidence-into-repository",
    )
    shown = printable(declared)
    if not resolved.exists():
        raise _error(where, "ev.missing-file", "ev.hint.missing-file", path=shown)
    if not resolved.is_file():
        raise _error(where, "ev.not-a-file", "ev.hint.not-a-file", path=shown)
    return resolved


def _error(where: Location, key: str, hint: str, /, **params: object) -> InputError:
    """The input error at ``where``: the text ``key`` of the catalogue with ``params`` and
    the text ``hint``, loaded only for an evidence file refused."""
    from ossfirst.texts import both

    return InputError([Problem(where, both(key, **params), both(hint), "evidence-path")])


def read(
    kind: EvidenceKind,
    declared: str,
    request: Path,
    request_display: str,
    root: Path,
    where: Location,
) -> EvidenceFile:
    """Find and read one evidence file; raise :class:`InputError` pointing at ``where``."""
    path = locate(declared, request, root, where)
    display = str(Path(request_display).parent / declared)
    raw = yamlsource.read_bytes(path, display, KINDS[kind].max_bytes)
    return EvidenceFile(kind, declared, path, display, raw)
