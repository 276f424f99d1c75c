# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The site folder, written in full beside its target and put in place at once.

Every file of the portfolio (the dashboard, the reports, the open data, the annual report)
is written into a staging folder beside the target folder, by the main process and by the
workers. Only when all are complete is the staging folder renamed into place, with SIGINT
and SIGTERM held back, and the previous site removed; a failed or interrupted run removes
its staging folder and leaves the previous site as it was. A staging folder left by a run
that was killed outright (SIGKILL) is removed by the next run.

The target folder is the portfolio's own: it is refused when it holds an input of the run,
when the current folder lies inside it, or when it holds anything but an earlier portfolio.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Iterable
from pathlib import Path

from ossfirst.errors import OutputError, UsageError, printable
from ossfirst.output import held_signals
from ossfirst.portfolio.opendata import PORTFOLIO

#: The first bytes of ``portfolio.json`` as ossfirst writes it.
_OWN = re.compile(rb'^\{"schema_version":"[0-9.]+","generator":"ossfirst ')


def _usage(path: Path, key: str, /, **params: object) -> UsageError:
    from ossfirst.texts import both

    return UsageError(both(key, name=printable(str(path)), **params))


def _fail(path: Path, exc: OSError) -> OutputError:
    from ossfirst.texts import both

    reason = exc.strerror or str(exc)
    return OutputError(both("output.unwritable", name=printable(str(path)), reason=reason))


def _inside(path: Path, folder: Path) -> bool:
    try:
        return Path(os.path.realpath(path)).is_relative_to(folder)
    except (OSError, ValueError):
        return False


def is_portfolio(folder: Path) -> bool:
    """Whether ``folder`` holds a portfolio ossfirst wrote."""
    try:
        with (folder / PORTFOLIO).open("rb") as stream:
            return _OWN.match(stream.read(200)) is not None
    except OSError:
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


class StagedSite:
    """A site folder written in a staging folder and put in place by :meth:`commit`."""

    def __init__(self, target: Path | str, inputs: Iterable[Path] = ()) -> None:
        if str(target) == "":
            from ossfirst.texts import both

            raise UsageError(both("site.empty-name"))
        shown = Path(target)
        # A link to a folder: the folder it points to is replaced, the link stays.
        self.target = Path(os.path.realpath(shown))
        if self.target.exists() and not self.target.is_dir():
            raise _usage(shown, "site.is-file")
        if self.target.parent == self.target or _inside(Path.cwd(), self.target):
            raise _usage(shown, "site.holds-cwd")
        for source in inputs:
            if _inside(source, self.target):
                raise _usage(shown, "site.holds-input", source=printable(str(source)))
        if self.target.is_dir() and any(self.target.iterdir()) and not is_portfolio(self.target):
            raise _usage(shown, "site.not-empty")
        parent = self.target.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
            self._sweep(parent)
            self.root = parent / f".{self.target.name}.ossfirst-{os.getpid()}.tmp"
            if self.root.exists():
                shutil.rmtree(self.root)
            self.root.mkdir(0o777)
            (self.root / "requests").mkdir(0o777)
        except OSError as exc:
            raise _fail(shown, exc) from None

    def _sweep(self, parent: Path) -> None:
        """Remove staging folders of runs that were killed outright."""
        pattern = re.compile(re.escape(f".{self.target.name}.ossfirst-") + r"(\d+)\.(tmp|old)$")
        for entry in parent.iterdir():
            found = pattern.match(entry.name)
            if found and int(found[1]) != os.getpid() and not _alive(int(found[1])):
                shutil.rmtree(entry, ignore_errors=True)

    def path(self, relative: str) -> Path:
        """Where the file ``relative`` of the site is staged."""
        return self.root / relative

    def commit(self) -> None:
        """Put the staged site in place of the target folder, the previous site removed."""
        old = self.target.parent / f".{self.target.name}.ossfirst-{os.getpid()}.old"
        with held_signals():
            try:
                if self.target.exists():
                    self.target.replace(old)
                self.root.replace(self.target)
            except OSError as exc:
                if old.exists() and not self.target.exists():
                    old.replace(self.target)
                raise _fail(self.target, exc) from None
            shutil.rmtree(old, ignore_errors=True)

    def discard(self) -> None:
        """Remove the staging folder (after a failure, or nothing when committed)."""
        with contextlib.suppress(OSError):
            if self.root.exists():
                shutil.rmtree(self.root)
