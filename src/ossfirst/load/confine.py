# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What a request may make ossfirst read: files inside its own repository.

A request names files relative to itself: evidence files and a local catalogue (and that
catalogue its ``extends:``). They must lie inside the repository that holds the request: its
*root* is the nearest parent directory of the request with a ``.git`` entry (a directory,
or a file in a git worktree), else the request's own directory. Absolute paths, ``..`` that
leads out of the root and symbolic links that point out of it are refused, so that a
request cannot make ossfirst read (and quote in a report, a CI log or SARIF) files from
elsewhere on the machine that evaluates it, such as ``/proc/self/environ``. Catalogues
outside the repository come only from the command line or the policy file.
"""

from __future__ import annotations

import contextlib
from pathlib import Path, PurePosixPath, PureWindowsPath

from ossfirst.errors import InputError, Location, Problem, printable


def repository_root(request: Path) -> Path:
    """The directory the files a request names must stay in: the nearest parent of
    ``request`` holding a ``.git`` entry, else the request's own directory."""
    start = request.resolve().parent
    for directory in (start, *start.parents):
        if (directory / ".git").exists():
            return directory
    return start


def is_absolute(declared: str) -> bool:
    """Whether ``declared`` is an absolute path, on POSIX or Windows."""
    return (
        PurePosixPath(declared).is_absolute()
        or PureWindowsPath(declared).is_absolute()
        or bool(PureWindowsPath(declared).drive)
        or declared.startswith("\\")
    )


def _error(where: Location, de: str, en: str, hint_de: str, hint_en: str, code: str) -> InputError:
    return InputError([Problem(where, {"de": de, "en": en}, {"de": hint_de, "en": hint_en}, code)])


def confined(
    declared: str,
    base: Path,
    root: Path,
    where: Location,
    code: str,
    what: tuple[str, str] = (
        "legen Sie die Datei in das Repository des Antrags",
        "put the file into the request's repository",
    ),
) -> Path:
    """The resolved path ``declared`` names relative to ``base``, checked to lie inside
    ``root``; :class:`InputError` at ``where`` otherwise (``what``: the hint, de and en), or
    when the path cannot be followed at all (a NUL byte, a loop of links, a name too
    long)."""
    what_de, what_en = what
    shown = printable(declared if len(declared) <= 120 else declared[:117] + "…")
    hint_de = "geben Sie den Pfad relativ zur Antragsdatei an"
    hint_en = "give the path relative to the request file"
    if is_absolute(declared):
        raise _error(
            where,
            f"Der Pfad '{shown}' ist absolut.",
            f"The path '{shown}' is absolute.",
            hint_de,
            hint_en,
            code,
        )
    candidate = base / declared
    try:
        resolved = candidate.resolve()
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            resolved.stat()  # a name too long, a loop: said here, not as an internal error
        outside = not resolved.is_relative_to(root)
        symlink = outside and any(
            p.is_symlink() for p in (candidate, *candidate.parents) if p.is_relative_to(base)
        )
    except (OSError, RuntimeError, ValueError) as exc:
        reason = "NUL" if isinstance(exc, ValueError) else getattr(exc, "strerror", None)
        reason_de = {"NUL": "er enthält ein Nullbyte"}.get(str(reason), "")
        reason_en = {"NUL": "it contains a NUL byte"}.get(str(reason), "")
        if not reason_en:
            loop = isinstance(exc, RuntimeError)
            reason_de = "die Links bilden eine Schleife" if loop else str(reason or exc)
            reason_en = "its links form a loop" if loop else str(reason or exc)
        raise _error(
            where,
            f"Dem Pfad '{shown}' lässt sich nicht folgen: {reason_de}.",
            f"The path '{shown}' cannot be followed: {reason_en}.",
            hint_de,
            hint_en,
            code,
        ) from None
    if outside:
        how_de = "ein symbolischer Link führt" if symlink else "der Pfad führt"
        how_en = "a symbolic link leads" if symlink else "the path leads"
        raise _error(
            where,
            f"'{shown}': {how_de} aus dem Repository ({root}) hinaus.",
            f"'{shown}': {how_en} outside the repository ({root}).",
            what_de,
            what_en,
            code,
        )
    return resolved
