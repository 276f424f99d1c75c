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
from pathlib import Path, PurePosixPath, PureWindowsPath

from ossfirst.errors import InputError, Location, Problem
from ossfirst.load import yamlsource
from ossfirst.model import limits
from ossfirst.model.common import EvidenceKind

#: Largest evidence file read. SBOMs of large products run to megabytes; other files are small.
MAX_BYTES: dict[EvidenceKind, int] = {
    "publiccode": limits.PUBLICCODE_BYTES,
    "scorecard": limits.SCORECARD_BYTES,
    "sbom": limits.SBOM_BYTES,
}


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


def repository_root(request: Path) -> Path:
    """The directory evidence paths must stay in: the nearest parent of ``request`` holding
    a ``.git`` entry, else the request's own directory."""
    start = request.resolve().parent
    for directory in (start, *start.parents):
        if (directory / ".git").exists():
            return directory
    return start


def _error(where: Location, de: str, en: str, hint_de: str, hint_en: str) -> InputError:
    return InputError(
        [Problem(where, {"de": de, "en": en}, {"de": hint_de, "en": hint_en}, "evidence-path")]
    )


def _is_absolute(declared: str) -> bool:
    return (
        PurePosixPath(declared).is_absolute()
        or PureWindowsPath(declared).is_absolute()
        or bool(PureWindowsPath(declared).drive)
        or declared.startswith("\\")
    )


def locate(declared: str, request: Path, root: Path, where: Location) -> Path:
    """The file ``declared`` names, checked to lie inside ``root``.

    ``where`` is the position of the key in the request, for the error messages.
    """
    if _is_absolute(declared):
        raise _error(
            where,
            f"Der Pfad '{declared}' ist absolut.",
            f"The path '{declared}' is absolute.",
            "geben Sie den Pfad relativ zur Antragsdatei an",
            "give the path relative to the request file",
        )
    base = request.resolve().parent
    candidate = base / declared
    resolved = candidate.resolve()
    if not resolved.is_relative_to(root):
        # Only the parts of the path below the request's directory can be the link to blame.
        inside = [p for p in (candidate, *candidate.parents) if p.is_relative_to(base)]
        symlink = any(p.is_symlink() for p in inside if p != base)
        how_de = "ein symbolischer Link führt" if symlink else "der Pfad führt"
        how_en = "a symbolic link leads" if symlink else "the path leads"
        raise _error(
            where,
            f"'{declared}': {how_de} aus dem Repository ({root}) hinaus.",
            f"'{declared}': {how_en} outside the repository ({root}).",
            "legen Sie die Nachweisdatei in das Repository des Antrags",
            "put the evidence file into the request's repository",
        )
    if not resolved.exists():
        raise _error(
            where,
            f"Die Nachweisdatei '{declared}' gibt es nicht.",
            f"The evidence file '{declared}' does not exist.",
            "Pfad relativ zur Antragsdatei prüfen",
            "check the path, relative to the request file",
        )
    if not resolved.is_file():
        raise _error(
            where,
            f"'{declared}' ist keine gewöhnliche Datei.",
            f"'{declared}' is not a regular file.",
            "geben Sie eine Datei an, kein Verzeichnis",
            "name a file, not a directory",
        )
    return resolved


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
    raw = yamlsource.read_bytes(path, display, MAX_BYTES[kind])
    return EvidenceFile(kind, declared, path, display, raw)
