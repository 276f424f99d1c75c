# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What a portfolio run found for each request, kept for the next run (``--cache DIR``).

A request repository changes by a few requests between two runs of its CI job; the others
need not be evaluated, checked and written again. An entry holds check's report on one
request, its summary and its HTML report, under a key made of:

- the *context*, which every entry of a run shares: this ossfirst (the digest of every file
  of the installed package, code and data, and its version), the Python version and the
  versions of the libraries that read and validate input, and every setting of the run that
  reaches a request's outcome (language, reference and issue date, policy rules, catalogue
  and profile given, draws, names published, reports written or not, current folder);
- the request file: its name as shown, its resolved path and the SHA-256 of its bytes.

An entry also lists every other input its request was evaluated from, each with what it was
then: the files read while the request was evaluated (its evidence, a local catalogue and
what that extends; recorded as Python opens them, whichever module reads them), the
evidence files it names (present or absent), and the folder its named files must stay in.
An entry is used only when the key matches and every one of those inputs is as recorded;
anything else (a changed evidence file, a new ossfirst, a corrupt or foreign file) is a
miss, and the request is evaluated as without a cache. A request that could not be
evaluated is never kept.

Entries are written by the workers, each file atomically; a run removes the entries of the
requests it did not see, so that the folder holds one entry per request of the last run.
The folder carries a ``CACHEDIR.TAG``, so that backup tools leave it out. One run at a time
should use a cache folder.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import re
import shutil
import sys
import sysconfig
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ossfirst.check.files import Target
from ossfirst.check.findings import AppliedDeviation, Finding
from ossfirst.check.run import FileReport

#: The layout of an entry; another value is a miss.
FORMAT = 1
#: The tag backup and archiving tools look for (https://bford.info/cachedir/).
CACHEDIR_TAG = (
    b"Signature: 8a477f597d28d172789f06886806bc55\n"
    b"# This file is a cache directory tag created by ossfirst (ossfirst portfolio --cache).\n"
    b"# For information about cache directory tags see https://bford.info/cachedir/\n"
)
_ENTRY = re.compile(r"[0-9a-f]{64}\.(json|html|pdf)")
#: The libraries whose version can change what a request reads as.
_LIBRARIES = ("pydantic", "pydantic-core", "PyYAML", "license-expression")

V = TypeVar("V")


@dataclass(frozen=True)
class CacheSettings:
    """What a worker needs to write entries; small and picklable."""

    folder: str
    context: str


# -- the key --------------------------------------------------------------------------------


def context(settings: object) -> str:
    """The digest every entry of a run shares: this ossfirst, its Python and libraries, and
    ``settings`` (a dataclass; its ``staging`` folder counts only as given or not). Not
    the current folder: a CI runner checks a repository out into a different folder from
    job to job, and every path an entry holds is relative to the current folder."""
    from importlib import metadata

    from ossfirst import __version__

    digest = hashlib.sha256()
    digest.update(f"ossfirst-cache {FORMAT}\0{__version__}\0{sys.version}\0".encode())
    for name in _LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}\0".encode())
    digest.update(_package_digest().encode())
    shown = dataclasses.asdict(settings)  # type: ignore[call-overload]
    shown["staging"] = shown.get("staging") is not None
    shown.pop("cache", None)
    digest.update(repr(sorted(shown.items())).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _package_digest() -> str:
    """The SHA-256 over every file of the ossfirst package (code, texts, catalogues, data),
    by relative path; compiled byte code left out."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for folder, folders, files in os.walk(root, followlinks=True):
        folders[:] = sorted(f for f in folders if f != "__pycache__")
        for name in sorted(files):
            if name.endswith((".pyc", ".pyo")):
                continue
            path = Path(folder) / name
            digest.update(path.relative_to(root).as_posix().encode("utf-8", "surrogateescape"))
            digest.update(b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def key(context_digest: str, target: Target, content: bytes) -> str:
    """The key of ``target``'s entry, given the request file's ``content``."""
    digest = hashlib.sha256()
    for part in (context_digest, target.display, _portable(str(target.path.resolve()))):
        digest.update(part.encode("utf-8", "surrogateescape"))
        digest.update(b"\0")
    digest.update(hashlib.sha256(content).digest())
    return digest.hexdigest()


def _portable(path: str) -> str:
    """``path`` relative to the current folder when it lies below it, else as it is."""
    here = os.getcwd()  # noqa: PTH109 - plain strings throughout
    if path == here:
        return "."
    if path.startswith(here + os.sep):
        return path[len(here) + 1 :]
    return path


def _here(path: str) -> str:
    """A path :func:`_portable` gave, absolute again."""
    return path if os.path.isabs(path) else os.path.join(os.getcwd(), path)  # noqa: PTH109, PTH117, PTH118


def _where(folder: Path, entry: str, suffix: str) -> Path:
    return folder / entry[:2] / f"{entry}.{suffix}"


# -- the inputs a request is evaluated from --------------------------------------------------


class Recorder:
    """The files Python opens in this process while :meth:`recording` (an audit hook,
    installed once per process), less those of Python, its libraries and ossfirst itself."""

    _installed = False
    _files: list[str] | None = None
    _skip: tuple[str, ...] = ()

    @classmethod
    @contextlib.contextmanager
    def recording(cls) -> Iterator[list[str]]:
        if not Recorder._installed:
            paths = sysconfig.get_paths()
            roots = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}
            roots |= {paths[name] for name in ("stdlib", "platstdlib", "purelib", "platlib")}
            roots.add(str(Path(__file__).resolve().parent.parent))
            Recorder._skip = tuple(
                {
                    f(r).rstrip(os.sep) + os.sep
                    for r in roots
                    if r
                    for f in (_absolute, os.path.realpath)
                }
            )
            sys.addaudithook(_heard)
            Recorder._installed = True
        files: list[str] = []
        Recorder._files = files
        try:
            yield files
        finally:
            Recorder._files = None


def _heard(event: str, args: tuple[Any, ...]) -> None:
    files = Recorder._files
    if files is None or event != "open":
        return
    name = args[0]
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    elif not isinstance(name, str):
        if not isinstance(name, os.PathLike):
            return  # a file descriptor
        name = os.fspath(name)
        if isinstance(name, bytes):
            name = os.fsdecode(name)
    # os.path: this runs on every open of the process (Path objects would cost more)
    path = os.path.abspath(name)  # noqa: PTH100
    if not path.startswith(Recorder._skip) and _reading(args):
        files.append(path)


def _absolute(path: str) -> str:
    return os.path.abspath(path)  # noqa: PTH100


def _reading(args: tuple[Any, ...]) -> bool:
    """Whether an ``open`` event opens for reading only: what is written is no input."""
    mode, flags = (args[1], args[2]) if len(args) >= 3 else (None, 0)
    if isinstance(mode, str):
        return not any(c in mode for c in "wax+")
    return isinstance(flags, int) and flags & os.O_ACCMODE == os.O_RDONLY


class RecordedCatalogues(MutableMapping[tuple[str, str], V]):
    """Check's per-process catalogues, which also remember the files each was read from, so
    that every request resolved to a catalogue read earlier depends on those files too."""

    def __init__(self, inner: MutableMapping[tuple[str, str], V]) -> None:
        self.inner = inner
        self.files: dict[tuple[str, str], list[str]] = {}
        self._since: dict[tuple[str, str], int] = {}

    def __getitem__(self, name: tuple[str, str]) -> V:
        files = Recorder._files
        if name not in self.inner:
            if files is not None:
                self._since[name] = len(files)
            raise KeyError(name)
        if files is not None:
            # read before this mapping saw it: its files are unknown
            files.extend(self.files.get(name, ("\0unknown",)))
        return self.inner[name]

    def __setitem__(self, name: tuple[str, str], value: V) -> None:
        files = Recorder._files
        start = self._since.pop(name, None)
        if files is not None and start is not None:
            self.files[name] = files[start:]
        elif name not in self.files:
            # loaded while nothing was recorded: its files are unknown, so never reuse an
            # entry that depends on it
            self.files[name] = ["\0unknown"]
        self.inner[name] = value

    def __delitem__(self, name: tuple[str, str]) -> None:
        del self.inner[name]
        self.files.pop(name, None)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self.inner)

    def __len__(self) -> int:
        return len(self.inner)


def _state(kind: str, path: str) -> str | None:
    """What an input is now: a file's SHA-256 (``None``: absent or unreadable), the folder
    the named files of a request must stay in, the current folder."""
    if kind == "root":
        from ossfirst.load.confine import repository_root

        return _portable(str(repository_root(Path(path))))
    if kind == "folder":
        return os.getcwd()  # noqa: PTH109
    try:
        with open(path, "rb") as stream:  # noqa: PTH123 - a relative path is relative to here
            return hashlib.file_digest(stream, "sha256").hexdigest()
    except (OSError, ValueError):
        return None


def inputs(target: Target, opened: list[str], evidence: tuple[str, ...]) -> list[list[Any]]:
    """The inputs of ``target``'s entry besides the request file itself, with their state;
    paths below the current folder relative to it."""
    own = str(target.path.resolve())
    found: list[list[Any]] = [["root", str(target.path), _state("root", str(target.path))]]
    for path in sorted(set(opened) | set(evidence)):
        if path == own:
            continue
        found.append(["file", _portable(path), _state("file", path)])
    return found


# -- entries -----------------------------------------------------------------------------


def store(
    cache: CacheSettings,
    target: Target,
    content: bytes,
    report: FileReport,
    summary: Any,
    recorded: list[list[Any]],
    html: bytes | None,
) -> None:
    """Keep what ``target`` gave for the next run (by a worker, after its evaluation). A
    cache that cannot be written only costs the reuse."""
    if any(item[1].startswith("\0") for item in recorded):
        return
    folder = Path(cache.folder)
    entry = key(cache.context, target, content)
    body = {
        "format": FORMAT,
        "inputs": recorded,
        "html": hashlib.sha256(html).hexdigest() if html is not None else None,
        "report": _report_data(report),
        "summary": summary.model_dump(mode="json"),
    }
    text = json.dumps(body, ensure_ascii=False)
    here = os.getcwd()  # noqa: PTH109
    if here in text or (html is not None and os.fsencode(here) in html):
        # an outcome that names the folder it was made in holds only there
        body["inputs"] = [*recorded, ["folder", here, here]]
        text = json.dumps(body, ensure_ascii=False)
    with contextlib.suppress(OSError):
        where = _where(folder, entry, "json")
        where.parent.mkdir(parents=True, exist_ok=True)
        if html is not None:
            _atomic(_where(folder, entry, "html"), html)
        _atomic(where, text.encode("utf-8"))


def _atomic(path: Path, content: bytes | Path) -> None:
    """Put ``content`` (bytes, or the file to copy) at ``path`` whole or not at all."""
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        if isinstance(content, Path):
            shutil.copyfile(content, part)
        else:
            part.write_bytes(content)
        part.replace(path)
    except OSError:
        with contextlib.suppress(OSError):
            part.unlink()


def _file_digest(path: Path) -> hashlib._Hash:
    """The SHA-256 of the file at ``path``, read in pieces."""
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256")


@dataclass(frozen=True)
class Hit:
    """An entry found valid for a request of this run."""

    report: FileReport
    summary: Any
    html: bytes | None


class Cache:
    """The cache folder of one run, in the main process: looks entries up, removes the
    ones no request of the run has."""

    def __init__(self, folder: Path, context_digest: str) -> None:
        self.folder = folder
        self.settings = CacheSettings(str(folder), context_digest)
        self.keys: set[str] = set()
        #: Requests taken from the cache in this run.
        self.reused = 0
        folder.mkdir(parents=True, exist_ok=True)
        tag = folder / "CACHEDIR.TAG"
        if not tag.exists():
            _atomic(tag, CACHEDIR_TAG)

    def lookup(self, target: Target) -> Hit | None:
        """``target``'s entry, if it is there and every input is as it was; else ``None``."""
        if target.kind != "request" or target.missing or target.refused is not None:
            return None
        try:
            content = target.path.read_bytes()
        except OSError:
            return None
        entry = key(self.settings.context, target, content)
        self.keys.add(entry)
        try:
            body = json.loads(_where(self.folder, entry, "json").read_bytes())
            if body["format"] != FORMAT:
                return None
            for kind, path, state in body["inputs"]:
                if _state(kind, path) != state:
                    return None
            html = None
            if body["html"] is not None:
                html = _where(self.folder, entry, "html").read_bytes()
                if hashlib.sha256(html).hexdigest() != body["html"]:
                    return None
            from ossfirst.model.portfolio import RequestSummary

            found = Hit(
                _report(body["report"]), RequestSummary.model_validate(body["summary"]), html
            )
        except Exception:  # an absent, foreign or damaged entry is a miss
            return None
        self.reused += 1
        return found

    def document(self, data: str, attached: list[Path]) -> tuple[str, Path | None]:
        """The key of a document typeset from ``data`` (the template's input, as text) and
        the ``attached`` files, and the file of the document kept under it, if any (its
        digest checked)."""
        digest = hashlib.sha256(f"document\0{self.settings.context}\0{data}".encode())
        for path in attached:
            digest.update(b"\0")
            digest.update(_file_digest(path).digest())
        entry = digest.hexdigest()
        self.keys.add(entry)
        try:
            body = json.loads(_where(self.folder, entry, "json").read_bytes())
            where = _where(self.folder, entry, "pdf")
            kept = body["format"] == FORMAT and _file_digest(where).hexdigest() == body["pdf"]
        except Exception:  # an absent, foreign or damaged entry is a miss
            return entry, None
        return entry, (where if kept else None)

    def keep_document(self, entry: str, document: Path) -> None:
        """Keep the document in the file ``document``, typeset under the key :meth:`document`
        gave."""
        with contextlib.suppress(OSError):
            where = _where(self.folder, entry, "pdf")
            where.parent.mkdir(parents=True, exist_ok=True)
            _atomic(where, document)
            body = {"format": FORMAT, "pdf": _file_digest(where).hexdigest()}
            _atomic(where.with_suffix(".json"), json.dumps(body).encode("utf-8"))

    def prune(self) -> None:
        """Remove the entries of requests this run did not have (files of ossfirst's naming
        only; anything else in the folder stays)."""
        for sub in self.folder.iterdir():
            if not (sub.is_dir() and len(sub.name) == 2):
                continue
            for path in sub.iterdir():
                stale = (_ENTRY.fullmatch(path.name) and path.name[:64] not in self.keys) or (
                    path.name.endswith(".part") and _ENTRY.match(path.name)
                )
                if stale:
                    with contextlib.suppress(OSError):
                        path.unlink()
            with contextlib.suppress(OSError):
                sub.rmdir()  # only when empty


# -- check's report as data --------------------------------------------------------------


def _report_data(report: FileReport) -> dict[str, Any]:
    data = dataclasses.asdict(report)
    data["evidence"] = [_portable(path) for path in report.evidence]
    return data


def _report(data: dict[str, Any]) -> FileReport:
    findings = []
    for item in data.pop("findings"):
        deviation = item.pop("deviation")
        findings.append(
            Finding(
                **{**item, "path": tuple(item["path"])},
                deviation=AppliedDeviation(**deviation) if deviation is not None else None,
            )
        )
    return FileReport(
        **{**data, "evidence": tuple(_here(path) for path in data["evidence"])},
        findings=tuple(findings),
    )
