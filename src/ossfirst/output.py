# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Writing reports so that a failed run never leaves a partial file or clobbers a report.

Every file is first written in full to a temporary file beside its target; only when all of
them are written are they renamed into place (an atomic step on POSIX file systems).
"""

from __future__ import annotations

import contextlib
import itertools
import os
from pathlib import Path
from typing import BinaryIO

from ossfirst.errors import OutputError


def _fail(path: Path, exc: OSError) -> OutputError:
    reason = exc.strerror or str(exc)
    return OutputError(
        {
            "de": f"{path}: kann nicht geschrieben werden: {reason}.",
            "en": f"{path}: cannot be written: {reason}.",
        }
    )


def write_files(files: dict[Path, bytes]) -> None:
    """Write all ``files`` (target path to content), all or nothing."""
    staged = StagedFiles()
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

    For reports that are too large to hold in memory: :meth:`open` creates the temporary
    file beside its target at once (so that an unwritable target is reported before any work
    is done); :meth:`commit` renames them all into place; :meth:`discard` removes them.
    """

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path, BinaryIO | None]] = []

    def open(self, target: Path) -> BinaryIO:
        """A binary stream whose content becomes ``target`` on :meth:`commit`.

        The temporary file is registered before it is created, so that a signal arriving in
        between cannot leave it behind. Its name carries the process id (parallel runs never
        collide) and it is created with mode 0o666, so the umask gives the report its usual
        permissions.
        """
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _fail(target, exc) from None
        for attempt in itertools.count():
            temp = target.with_name(f".{target.name}.{os.getpid()}.{attempt}.tmp")
            self._staged.append((temp, target, None))
            try:
                handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            except FileExistsError:
                self._staged.pop()
                if attempt < 100:
                    continue
                raise _fail(target, FileExistsError(17, "too many temporary files")) from None
            except OSError as exc:
                self._staged.pop()
                raise _fail(target, exc) from None
            stream = os.fdopen(handle, "wb")
            self._staged[-1] = (temp, target, stream)
            return stream
        raise AssertionError("unreachable")  # pragma: no cover

    def commit(self) -> None:
        """Flush, sync and rename every staged file into place."""
        try:
            for _temp, target, stream in self._staged:
                assert stream is not None
                try:
                    stream.flush()
                    os.fsync(stream.fileno())
                    stream.close()
                except OSError as exc:
                    raise _fail(target, exc) from None
            for temp, target, _ in self._staged:
                try:
                    temp.replace(target)
                except OSError as exc:
                    raise _fail(target, exc) from None
        finally:
            self.discard()

    def discard(self) -> None:
        """Close and remove whatever is still staged."""
        for temp, _, stream in self._staged:
            if stream is not None:
                stream.close()
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
        self._staged = []
