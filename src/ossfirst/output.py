# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Writing reports so that a failed run never leaves a partial file or clobbers a report.

A report is first written in full to an unnamed temporary file; only when all of them are
complete is each copied to a temporary file beside its target and renamed into place (an
atomic step on POSIX file systems), with SIGINT and SIGTERM held back until the last rename,
so that a killed run leaves no temporary file behind and the reports change together.

Targets that are not regular files are written directly: a device (``/dev/null``,
``/dev/stdout``), a FIFO or a link to one would otherwise be replaced by a regular file (as
root, that destroys ``/dev/null``). A target that is an input of the same run is refused.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import signal
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ossfirst.errors import OutputError, UsageError, printable


def _fail(path: Path, exc: OSError) -> OutputError:
    from ossfirst.texts import both

    reason = exc.strerror or str(exc)
    return OutputError(both("output.unwritable", name=printable(str(path)), reason=reason))


def _usage(path: Path | str, key: str) -> UsageError:
    from ossfirst.texts import both

    return UsageError(both(key, name=printable(str(path))))


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def check_target(target: Path | str, inputs: Iterable[Path] = ()) -> Path:
    """``target`` as an output path, refused (:class:`UsageError`, exit 2) when it is empty,
    a folder, or one of ``inputs`` (the same file by resolved path or by inode): a report
    written over its own request would destroy it."""
    if str(target) == "":
        from ossfirst.texts import both

        raise UsageError(both("output.empty-name"))
    path = Path(target)
    try:
        folder = path.is_dir()
    except (OSError, ValueError):  # a name too long: writing it says so
        folder = False
    if folder or str(target).endswith(("/", os.sep)):
        raise _usage(path, "output.folder")
    identity = _identity(path)
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError, ValueError):
        resolved = path
    for source in inputs:
        same = identity is not None and identity == _identity(source)
        with contextlib.suppress(OSError, RuntimeError, ValueError):
            same = same or resolved == source.resolve()
        if same:
            raise _usage(path, "output.is-input")
    return path


#: Folders whose entries stand for something else (``/dev/stdout``, ``/proc/self/fd/1``).
_SYSTEM = ("/dev/", "/proc/")


def _direct(path: Path) -> bool:
    """Whether ``path`` is written directly instead of replaced: it is (or links to) a
    device, a FIFO or a socket, or it lies in ``/dev`` or ``/proc`` (``/dev/stdout`` may link
    to the regular file the shell redirected to, which a rename would cut off)."""
    try:
        mode = path.stat().st_mode
        real = os.path.realpath(path)
    except (OSError, ValueError):
        return False
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        return True
    return str(path).startswith(_SYSTEM) or real.startswith(_SYSTEM)


def _real(path: Path) -> Path:
    """The file a link points to: the report replaces that file and the link stays."""
    try:
        return Path(os.path.realpath(path)) if path.is_symlink() else path
    except (OSError, ValueError):
        return path


def write_files(files: dict[Path, bytes], inputs: Iterable[Path] = ()) -> None:
    """Write all ``files`` (target path to content), all or nothing; none may be one of
    ``inputs``."""
    staged = StagedFiles(inputs)
    try:
        for target, content in files.items():
            stream = staged.open(target)
            try:
                stream.write(content)
            except OSError as exc:
                raise _fail(target, exc) from None
        staged.commit()
    finally:
        staged.discard()


class StagedFiles:
    """Files written bit by bit and put in place together at the end, or not at all.

    For reports that are too large to hold in memory: :meth:`open` checks at once that the
    target can be written (so that an unwritable target is reported before any work is
    done) and returns an unnamed temporary file; :meth:`commit` puts them all in place;
    :meth:`discard` drops them. Nothing is created beside a target before :meth:`commit`.
    """

    def __init__(self, inputs: Iterable[Path] = ()) -> None:
        self._inputs = list(inputs)
        self._staged: list[tuple[Path, BinaryIO]] = []
        self._direct: list[BinaryIO] = []

    def open(self, target: Path | str) -> BinaryIO:
        """A binary stream whose content becomes ``target`` on :meth:`commit`; for a target
        that is a device or a FIFO, the target itself."""
        path = check_target(target, self._inputs)
        if _direct(path):
            return self._open_direct(path)
        path = _real(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _probe(path.parent)
        except OSError as exc:
            raise _fail(path, exc) from None
        # Unnamed: a killed run leaves nothing behind, whenever it is killed.
        stream = tempfile.TemporaryFile()  # noqa: SIM115 - closed by commit or discard
        self._staged.append((path, stream))
        return stream

    def _open_direct(self, target: Path) -> BinaryIO:
        try:
            # O_NONBLOCK: a FIFO without a reader is an error, not a run that never ends.
            # O_APPEND: a regular file behind /dev/stdout keeps what the shell put there.
            handle = os.open(
                target, os.O_WRONLY | os.O_APPEND | getattr(os, "O_NONBLOCK", 0) | _NOCTTY
            )
            if hasattr(os, "set_blocking"):
                os.set_blocking(handle, True)
        except OSError as exc:
            raise _fail(target, exc) from None
        stream = os.fdopen(handle, "wb")
        self._direct.append(stream)
        return stream

    def commit(self) -> None:
        """Put every staged file in place: copied beside its target, synced, and renamed,
        with SIGINT and SIGTERM held back until all are renamed."""
        try:
            for stream in self._direct:
                with contextlib.suppress(OSError):
                    stream.flush()
            with held_signals():
                renames: list[tuple[Path, Path]] = []
                try:
                    for target, stream in self._staged:
                        renames.append((_beside(target, stream), target))
                    for temp, target in renames:
                        try:
                            temp.replace(target)
                        except OSError as exc:
                            raise _fail(target, exc) from None
                finally:
                    for temp, _ in renames:
                        with contextlib.suppress(FileNotFoundError):
                            temp.unlink()
        finally:
            self.discard()

    def discard(self) -> None:
        """Close and drop whatever is still staged."""
        for _, stream in self._staged:
            stream.close()
        for stream in self._direct:
            with contextlib.suppress(OSError):
                stream.close()
        self._staged = []
        self._direct = []


_NOCTTY = getattr(os, "O_NOCTTY", 0)


def _probe(folder: Path) -> None:
    """Raise :class:`OSError` when no file can be created in ``folder``; leaves nothing."""
    for attempt in itertools.count():
        probe = folder / f".ossfirst-probe.{os.getpid()}.{attempt}.tmp"
        try:
            handle = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            if attempt < 100:
                continue
            raise
        os.close(handle)
        probe.unlink()
        return


def _beside(target: Path, content: BinaryIO) -> Path:
    """A temporary file beside ``target`` with ``content``, flushed to disk. Its name carries
    the process id (parallel runs never collide); created with mode 0o666 so that the umask
    gives the report its usual permissions."""
    for attempt in itertools.count():
        temp = target.with_name(f".{target.name}.{os.getpid()}.{attempt}.tmp")
        try:
            handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            if attempt < 100:
                continue
            raise _fail(target, FileExistsError(17, "too many temporary files")) from None
        except OSError as exc:
            raise _fail(target, exc) from None
        try:
            with os.fdopen(handle, "wb") as stream:
                content.flush()
                content.seek(0)
                shutil.copyfileobj(content, stream, 1 << 20)
                stream.flush()
                os.fsync(stream.fileno())
        except OSError as exc:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
            raise _fail(target, exc) from None
        return temp
    raise AssertionError("unreachable")  # pragma: no cover


#: Signals that arrived while held, and how deep the holding blocks are nested.
_HOLD: dict[str, Any] = {"depth": 0, "pending": []}


def deferred(signum: int) -> bool:
    """For a signal handler: whether the signal ``signum`` must wait (it is recorded and
    raised again when the reports are in place) instead of acting now."""
    if _HOLD["depth"] > 0:
        _HOLD["pending"].append(signum)
        return True
    return False


@contextlib.contextmanager
def held_signals() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the block ends (then they act as usual): the reports
    are renamed into place all together or not at all. The handler of the command line asks
    :func:`deferred`; a signal mask would not do, since a signal may be delivered to another
    thread and still run its Python handler in this one."""
    _HOLD["depth"] += 1
    try:
        yield
    finally:
        _HOLD["depth"] -= 1
    if _HOLD["depth"] == 0 and _HOLD["pending"]:
        signum = _HOLD["pending"][0]
        _HOLD["pending"] = []
        signal.raise_signal(signum)
