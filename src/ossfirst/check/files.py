# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Which files ``ossfirst check`` and ``ossfirst validate`` look at, and as what.

Arguments may be files, directories (every ``*.yaml`` and ``*.yml`` below, hidden folders
such as ``.git`` skipped) or glob patterns (``requests/**/*.yaml``). The policy's
``include`` and ``exclude`` patterns, relative to the policy file, then apply to every file,
named or found.

A request repository holds more than requests: the evidence the requests name
(publiccode.yml), local catalogues, pairwise comparisons, CI configuration. A file found in
a directory is therefore recognised by its content, the way linters recognise their files:
by the format key at its top level (``ossfirst:`` a request, ``ossfirst_catalogue:`` a
catalogue, ``ossfirst_pairwise:`` pairwise comparisons). A file that looks like a request
(it has ``alternatives:`` and ``need:``) or whose top-level key is a misspelt format key is
checked as what it resembles, so that the mistake is reported. Every other YAML file is
skipped and counted. A file named on the command line is always checked: as a catalogue or
pairwise file when it says so, else as a request (so that a typo in ``ossfirst:`` is still
found), unless ``by_content`` asks to treat it like a found file (pre-commit passes every
changed YAML file).

Only regular files are read, and never more than the size limit: a link to a device or a
FIFO named ``*.yaml`` is reported, not read, and so is a file that is a symbolic link out of
its repository. File names that are not UTF-8 are shown with ``\\xe4``-style escapes. The
list is sorted by the displayed path: the order of the output never depends on the file
system.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import re
import stat
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Literal

from ossfirst.check.config import CheckConfig
from ossfirst.errors import InputError, Location, Problem
from ossfirst.load import yamlsource

_MAGIC = frozenset("*?[")
_SUFFIXES = (".yaml", ".yml")

Kind = Literal["request", "catalogue", "pairwise"]
#: The format key at the top level of each kind of ossfirst file.
FORMAT_KEYS: dict[str, Kind] = {
    "ossfirst": "request",
    "ossfirst_catalogue": "catalogue",
    "ossfirst_pairwise": "pairwise",
}
#: Top-level keys that make a file without a format key look like a request.
_REQUEST_KEYS = frozenset({"alternatives", "need"})
#: A key at the start of a line: a block mapping's key at the top level (quoted or plain).
_TOP_KEY = re.compile(
    r"""^(?:"([^"\n]{1,100})"|'([^'\n]{1,100})'|([^\s#'"{}\[\],&*!|>%@`?:-][^:\n#]{0,99}?))"""
    r"""[ \t]*:(?=[ \t]|\r?$)""",
)
#: Characters no line with a top-level key starts with (the pattern refuses them).
_NO_KEY_START = frozenset(" \t-#")


@dataclass(frozen=True)
class Target:
    """A file to check. ``missing`` is set when an argument matched nothing; ``refused``
    says why a file is reported without being read."""

    path: Path
    display: str
    missing: bool = False
    kind: Kind = "request"
    refused: Problem | None = None


@dataclass(frozen=True)
class Skipped:
    """A YAML file that is no ossfirst file."""

    path: Path
    display: str


@dataclass
class Discovery:
    """The files to check, in order, and the YAML files passed over."""

    targets: list[Target] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def not_named(self, evidence: set[str]) -> list[Skipped]:
        """The skipped files without those a checked request names as evidence (given as
        resolved paths): those were checked as evidence, through their request."""
        return [s for s in self.skipped if _resolved(s.path) not in evidence]


def _resolved(path: Path) -> str:
    try:
        return str(path.resolve())
    except (OSError, RuntimeError, ValueError):
        return str(path)


def shown(name: str) -> str:
    """A file name as it can be printed: bytes that are not UTF-8 as ``\\xe4`` escapes."""
    if not any("\udc80" <= ch <= "\udcff" for ch in name):
        return name
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def display_path(path: Path, cwd: Path) -> str:
    """``path`` relative to ``cwd`` when it lies below it, with ``/`` separators."""
    # abspath, not resolve(): a symlinked folder keeps the name the user sees.
    absolute = Path(os.path.abspath(path))  # noqa: PTH100
    try:
        return shown(absolute.relative_to(cwd).as_posix())
    except ValueError:
        return shown(absolute.as_posix())


@dataclass(frozen=True)
class _Pattern:
    """A policy pattern split into folder segments: ``None`` stands for ``**``, any other
    segment is a compiled expression for one name."""

    segments: tuple[re.Pattern[str] | None, ...]


@lru_cache(maxsize=256)
def _compile(pattern: str) -> _Pattern:
    if pattern.endswith("/"):
        pattern += "**"
    if "/" not in pattern:
        pattern = "**/" + pattern
    segments: list[re.Pattern[str] | None] = []
    for part in pattern.split("/"):
        if part in ("", "."):
            continue
        if part == "**":
            if not segments or segments[-1] is not None:  # a run of '**' is one
                segments.append(None)
            continue
        segments.append(re.compile(fnmatch.translate(part), re.DOTALL))
    return _Pattern(tuple(segments))


def _closure(states: set[int], segments: tuple[re.Pattern[str] | None, ...]) -> set[int]:
    """``states`` with every state reachable by letting a ``**`` stand for no folder."""
    result = set(states)
    for start in sorted(states):
        state = start
        while state < len(segments) and segments[state] is None:
            state += 1
            result.add(state)
    return result


def matches(pattern: str, relative: str) -> bool:
    """Whether the ``/``-separated ``relative`` path matches ``pattern``.

    ``**`` stands for any number of folders; a pattern ending in ``/`` means everything
    below that folder; a pattern without ``/`` matches the file name at any depth.

    The pattern is compiled once and run as a set of states over the path's parts, so the
    work grows with the pattern's length times the path's depth, however many ``**`` it has
    (a recursive matcher is exponential in them)."""
    segments = _compile(pattern).segments
    parts = [p for p in PurePosixPath(relative).parts if p not in ("", ".")]
    states = _closure({0}, segments)
    for part in parts:
        following: set[int] = set()
        for state in states:
            if state >= len(segments):
                continue
            segment = segments[state]
            if segment is None:
                following.add(state)  # '**' takes this folder and may take more
            elif segment.match(part):
                following.add(state + 1)
        if not following:
            return False
        states = _closure(following, segments)
    return len(segments) in states


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    for current, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(current) / name for name in files if name.endswith(_SUFFIXES))
    return found


def _relative_to_policy(path: Path, config: CheckConfig) -> str | None:
    absolute = Path(os.path.abspath(path))  # noqa: PTH100
    try:
        return absolute.relative_to(config.root).as_posix()
    except ValueError:
        return None


def _selected(path: Path, config: CheckConfig, named: bool) -> bool:
    relative = _relative_to_policy(path, config)
    if relative is None:
        # Outside the policy's folder its patterns say nothing about the file.
        return named or path.suffix in _SUFFIXES
    if any(matches(p, relative) for p in config.exclude):
        return False
    if config.include:
        return any(matches(p, relative) for p in config.include)
    return named or path.suffix in _SUFFIXES


def top_level_keys(text: str) -> set[str]:
    """The keys of a YAML document's top-level block mapping, found by a line scan that
    does not need the file to be valid YAML (so that a broken request is still known as
    one). A document that is a flow mapping (``{ossfirst: 1, ...}``) is parsed instead."""
    # Only a line that starts with a key's first character can hold one: most lines of a
    # request are indented, and are passed over without the pattern.
    keys = set()
    for line in text.split("\n"):
        if line and line[0] not in _NO_KEY_START:
            found = _TOP_KEY.match(line)
            if found is not None:
                keys.add(next(g for g in found.groups() if g is not None).strip())
    if keys:
        return keys
    try:
        data, _ = yamlsource.parse(text, "")
    except InputError:  # a file that is no YAML at all is no ossfirst file
        return set()
    return {str(k) for k in data} if isinstance(data, dict) else set()


def kind_of(text: str) -> Kind | None:
    """What kind of ossfirst file ``text`` is, or ``None`` for any other YAML.

    The format key decides; failing that, a key that is a misspelt format key (the file is
    checked as that kind, so the misspelling is reported with a did-you-mean), or the keys
    of a request without its format key."""
    keys = top_level_keys(text)
    for key, kind in FORMAT_KEYS.items():
        if key in keys:
            return kind
    import difflib  # only for a file without its format key: keeps imports cheap

    for key in keys:
        close = difflib.get_close_matches(key.lower(), list(FORMAT_KEYS), n=1, cutoff=0.8)
        if close:
            return FORMAT_KEYS[close[0]]
    if keys >= _REQUEST_KEYS:
        return "request"
    return None


def _problem(display: str, code: str) -> Problem:
    from ossfirst.texts import both

    message, hint = both(f"check.refused.{code}"), both(f"check.refused.{code}.hint")
    return Problem(Location(display), message, hint, code)


def repository_of(path: Path) -> Path:
    """The repository a file lies in as named (links not followed): the nearest folder
    above it with a ``.git`` entry, else its own folder."""
    start = Path(os.path.abspath(path)).parent  # noqa: PTH100
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return start


def refusal(path: Path, display: str) -> Problem | None:
    """Why the file at ``path`` must not be read, if it must not: a symbolic link out of
    its repository, or something other than a regular file (a device, a FIFO, a folder)."""
    try:
        if path.is_symlink():
            root = repository_of(path).resolve()
            target = path.resolve(strict=True)
            if not target.is_relative_to(root):
                return _problem(display, "file-outside")
        mode = path.stat().st_mode
    except (OSError, RuntimeError, ValueError):
        return None  # reading it reports what is wrong, at the file
    if not stat.S_ISREG(mode):
        return _problem(display, "file-not-regular")
    return None


def _peek(path: Path) -> str | None:
    """The file's text for recognising it (bytes that are not UTF-8 replaced), or ``None``
    when it cannot be read."""
    try:
        raw = yamlsource.read_bytes(path, str(path), truncate=True)
    except InputError:  # an unreadable file is reported when it is checked
        return None
    return raw.decode("utf-8", "replace")


def discover(
    arguments: list[str],
    config: CheckConfig,
    cwd: Path,
    *,
    by_content: bool = False,
    as_given: bool = False,
) -> Discovery:
    """The files to check, sorted and without duplicates, and the YAML files skipped.

    Arguments that match nothing come back as ``missing`` targets so that they are reported,
    not ignored. ``by_content``: files named outright are recognised by their content, like
    files found in a directory. ``as_given``: in the order of the arguments (the files found
    for each sorted), a file named outright shown as it was written."""
    if as_given:
        found = [
            discover([a], config, cwd, by_content=by_content, as_given=False) for a in arguments
        ]
        targets: dict[str, Target] = {}
        passed: dict[str, Skipped] = {}
        for argument, each in zip(arguments, found, strict=True):
            for target in each.targets:
                if len(each.targets) == 1 and Path(argument) == target.path:
                    target = replace(target, display=shown(argument))  # noqa: PLW2901
                targets.setdefault(_resolved(target.path), target)
            for skip in each.skipped:
                passed.setdefault(_resolved(skip.path), skip)
        return Discovery(list(targets.values()), list(passed.values()))
    chosen: dict[str, Target] = {}
    skipped: dict[str, Skipped] = {}
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            candidates = [(p, False) for p in _walk(path)]
        elif path.exists() or path.is_symlink() or not (_MAGIC & set(argument)):
            candidates = [(path, not by_content)]
        else:
            # glob.glob, not Path.glob: the pattern may be absolute and may contain '**'.
            matched = sorted(glob.glob(argument, recursive=True))  # noqa: PTH207
            candidates = [(Path(m), False) for m in matched if not Path(m).is_dir()]
            if not candidates:
                display = shown(argument.replace(os.sep, "/"))
                chosen.setdefault(display, Target(path, display, missing=True))
                continue
        for candidate, named in candidates:
            display = display_path(candidate, cwd)
            if display in chosen or display in skipped:
                continue
            if not candidate.exists() and not candidate.is_symlink():
                # named outright and not there: reading it says so, at the file
                chosen[display] = Target(candidate, display)
                continue
            if not _selected(candidate, config, named):
                continue
            refused = refusal(candidate, display)
            if refused is not None:
                chosen[display] = Target(candidate, display, refused=refused)
                continue
            text = _peek(candidate)
            kind = kind_of(text) if text is not None else None
            if kind is None and named:
                kind = "request"
            if kind is None:
                skipped[display] = Skipped(candidate, display)
            else:
                chosen[display] = Target(candidate, display, kind=kind)
    return Discovery(
        [chosen[key] for key in sorted(chosen)], [skipped[key] for key in sorted(skipped)]
    )
