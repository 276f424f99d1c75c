# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Which files ``ossfirst check`` looks at, named the same way on every machine.

Arguments may be files, directories (every ``*.yaml`` and ``*.yml`` below, hidden folders
such as ``.git`` skipped) or glob patterns (``requests/**/*.yaml``). The policy's
``include`` and ``exclude`` patterns, relative to the policy file, then apply to every file,
named or found, so that a pre-commit hook that passes every changed YAML file checks only
the requests. The list is sorted by the displayed path: the order of the output never
depends on the file system.
"""

from __future__ import annotations

import fnmatch
import glob
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ossfirst.check.config import CheckConfig

_MAGIC = frozenset("*?[")
_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Target:
    """A file to check. ``missing`` is set when an argument matched nothing."""

    path: Path
    display: str
    missing: bool = False


def display_path(path: Path, cwd: Path) -> str:
    """``path`` relative to ``cwd`` when it lies below it, with ``/`` separators."""
    # abspath, not resolve(): a symlinked folder keeps the name the user sees.
    absolute = Path(os.path.abspath(path))  # noqa: PTH100
    try:
        return absolute.relative_to(cwd).as_posix()
    except ValueError:
        return absolute.as_posix()


def _segments_match(pattern: list[str], parts: list[str]) -> bool:
    if not pattern:
        return not parts
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        return any(_segments_match(rest, parts[i:]) for i in range(len(parts) + 1))
    return bool(parts) and fnmatch.fnmatchcase(parts[0], head) and _segments_match(rest, parts[1:])


def matches(pattern: str, relative: str) -> bool:
    """Whether the ``/``-separated ``relative`` path matches ``pattern``.

    ``**`` stands for any number of folders; a pattern ending in ``/`` means everything
    below that folder; a pattern without ``/`` matches the file name at any depth.
    """
    if pattern.endswith("/"):
        pattern += "**"
    if "/" not in pattern:
        pattern = "**/" + pattern
    parts = [p for p in PurePosixPath(relative).parts if p not in ("", ".")]
    return _segments_match([p for p in pattern.split("/") if p not in ("", ".")], parts)


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    for current, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(current) / name for name in files if name.endswith(_SUFFIXES))
    return found


def _selected(path: Path, config: CheckConfig, named: bool) -> bool:
    absolute = Path(os.path.abspath(path))  # noqa: PTH100
    try:
        relative = absolute.relative_to(config.root).as_posix()
    except ValueError:
        # Outside the policy's folder its patterns say nothing about the file.
        return named or absolute.suffix in _SUFFIXES
    if any(matches(p, relative) for p in config.exclude):
        return False
    if config.include:
        return any(matches(p, relative) for p in config.include)
    return named or absolute.suffix in _SUFFIXES


def discover(arguments: list[str], config: CheckConfig, cwd: Path) -> list[Target]:
    """The files to check, sorted and without duplicates; arguments that match nothing
    come back as ``missing`` targets so that they are reported, not ignored."""
    chosen: dict[str, Target] = {}
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            candidates = [(p, False) for p in _walk(path)]
        elif path.exists() or not (_MAGIC & set(argument)):
            candidates = [(path, True)]
        else:
            # glob.glob, not Path.glob: the pattern may be absolute and may contain '**'.
            matched = sorted(glob.glob(argument, recursive=True))  # noqa: PTH207
            candidates = [(Path(m), False) for m in matched if Path(m).is_file()]
            if not candidates:
                display = argument.replace(os.sep, "/")
                chosen.setdefault(display, Target(path, display, missing=True))
                continue
        for candidate, named in candidates:
            if named and not candidate.exists():
                display = display_path(candidate, cwd)
                chosen.setdefault(display, Target(candidate, display))
                continue
            if not _selected(candidate, config, named):
                continue
            display = display_path(candidate, cwd)
            chosen.setdefault(display, Target(candidate, display))
    return [chosen[key] for key in sorted(chosen)]
