# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""One indexer at a time: an advisory lock on a file beside the index.

The index is written to a temporary file and renamed into place, so searches never see it
half-written and never wait; two indexers at once would each rename their own file and the
second would drop what the first added. The lock file (``market.sqlite3.lock``) is left in
place; the lock itself ends with the process that holds it, however it ends.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from ossfirst.errors import InputError, Location, Problem

_POLL = 0.05


if sys.platform == "win32":  # pragma: no cover - tested on Linux only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


def _both(key: str, /, **params: object) -> dict[str, str]:
    """The text ``key`` of the catalogue in every language, loaded only when a lock fails."""
    from ossfirst.texts import both

    return both(key, **params)


def lock_path(index: Path) -> Path:
    """The lock file of the index at ``index``."""
    return index.with_name(index.name + ".lock")


@contextlib.contextmanager
def exclusive(index: Path, wait: float) -> Iterator[None]:
    """Hold the index's lock, waiting up to ``wait`` seconds for another indexer to finish;
    raise :class:`InputError` when it does not."""
    path = lock_path(index)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise InputError(
            [
                Problem(
                    Location(str(index)),
                    _both("mkt.lock-unwritable", path=path, reason=exc.strerror),
                    _both("mkt.hint.writable"),
                    "market-lock",
                )
            ]
        ) from None
    try:
        deadline = time.monotonic() + max(wait, 0.0)
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise InputError(
                    [
                        Problem(
                            Location(str(index)),
                            _both("mkt.locked", wait=f"{wait:g}"),
                            _both("mkt.hint.locked"),
                            "market-locked",
                        )
                    ]
                )
            time.sleep(_POLL)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
