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


def _error(where: Location, message: dict[str, str], hint: dict[str, str], code: str) -> InputError:
    return InputError([Problem(where, message, hint, code)])


def _both(key: str, /, **params: object) -> dict[str, str]:
    """The text ``key`` of the catalogue in every language, loaded only for a path refused."""
    from ossfirst.texts import both

    return both(key, **params)


def confined(
    declared: str,
    base: Path,
    root: Path,
    where: Location,
    code: str,
    what: str = "path.hint.into-repository",
) -> Path:
    """The resolved path ``declared`` names relative to ``base``, checked to lie inside
    ``root``; :class:`InputError` at ``where`` otherwise (``what``: the key of its hint), or
    when the path cannot be followed at all (a NUL byte, a loop of links, a name too
    long)."""
    shown = printable(declared if len(declared) <= 120 else declared[:117] + "…")
    if is_absolute(declared):
        raise _error(where, _both("path.absolute", shown=shown), _both("path.hint.relative"), code)
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
        if str(reason) == "NUL":
            why = _both("path.reason.nul")
        elif isinstance(exc, RuntimeError):
            why = _both("path.reason.loop")
        else:
            why = {lang: str(reason or exc) for lang in ("de", "en")}
        raise _error(
            where,
            _both("path.unfollowable", shown=shown, reason=why),
            _both("path.hint.relative"),
            code,
        ) from None
    if outside:
        how = _both("path.how.symlink" if symlink else "path.how.path")
        raise _error(
            where, _both("path.outside", shown=shown, how=how, root=root), _both(what), code
        )
    return resolved
