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
                    {
                        "de": f"Die Sperrdatei {path} lässt sich nicht anlegen: {exc.strerror}.",
                        "en": f"The lock file {path} cannot be created: {exc.strerror}.",
                    },
                    {
                        "de": "wählen Sie mit --db einen beschreibbaren Ort",
                        "en": "choose a writable place with --db",
                    },
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
                            {
                                "de": "Ein anderer Vorgang schreibt gerade diesen Index "
                                f"(nach {wait:g} s Warten noch gesperrt).",
                                "en": "Another process is writing this index (still locked "
                                f"after waiting {wait:g} s).",
                            },
                            {
                                "de": "warten Sie, bis er fertig ist, oder geben Sie mit "
                                "--wait mehr Zeit",
                                "en": "wait until it is done, or allow more time with --wait",
                            },
                            "market-locked",
                        )
                    ]
                )
            time.sleep(_POLL)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
