# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Writing reports so that a failed run never leaves a partial file or clobbers a report.

Every file is first written in full to a temporary file beside its target; only when all of
them are written are they renamed into place (an atomic step on POSIX file systems).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from ossfirst.errors import OutputError


def _fail(path: Path, exc: OSError) -> OutputError:
    reason = exc.strerror or str(exc)
    return OutputError(
        {
            "de": f"{path}: kann nicht geschrieben werden: {reason}.",
            "en": f"{path}: cannot be written: {reason}.",
        }
    )


def _file_mode() -> int:
    # mkstemp creates files readable by the owner only; a report gets the usual mode.
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_files(files: dict[Path, bytes]) -> None:
    """Write all ``files`` (target path to content), all or nothing."""
    staged: list[tuple[Path, Path]] = []
    mode = _file_mode()
    try:
        for target, content in files.items():
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                handle, temp_name = tempfile.mkstemp(
                    prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
                )
            except OSError as exc:
                raise _fail(target, exc) from None
            temp = Path(temp_name)
            staged.append((temp, target))
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(content)
                    stream.flush()
                    os.fsync(stream.fileno())
                temp.chmod(mode)
            except OSError as exc:
                raise _fail(target, exc) from None
        for temp, target in staged:
            try:
                temp.replace(target)
            except OSError as exc:
                raise _fail(target, exc) from None
    finally:
        for temp, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
