# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The command line: one module per command over the library; the only place that prints."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from typing import NoReturn

from ossfirst import collect_rarely

#: True while ossfirst imports what it needs: nothing is open or written yet.
_STARTING = [True]


def _interrupted_while_starting(signum: int, frame: object) -> NoReturn:
    # End quietly with the conventional code. While starting, nothing has been written, and
    # the signal may land where Python ignores an exception (an import lock's callback), which
    # would let the run go on: end the process at once.
    sys.stderr.write("ossfirst: interrupted\n")
    if _STARTING[0]:
        sys.stderr.flush()
        os._exit(128 + signum)
    raise SystemExit(128 + signum)


def run() -> NoReturn:
    """The ``ossfirst`` command: quiet on SIGINT and SIGTERM even while it is starting up,
    before :func:`ossfirst.cli.app.main` installs its own handlers."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _interrupted_while_starting)
    collect_rarely()
    fast: int | None = None
    if sys.argv[1:3] == ["market", "search"]:
        # A search takes milliseconds; typer would take several times that to start.
        from ossfirst.cli.market_search import fast as search

        _STARTING[0] = False  # the search may write (--record): leave through the exception
        fast = search(sys.argv[3:])
    else:
        # pydantic looks for plugins through package metadata; the command line uses none.
        os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
        from ossfirst.cli import fast as quick

        quick.without_plugin_discovery()
        # evaluate and validate without typer when their command line is a plain one
        fast = quick.run(sys.argv[1:])
    if fast is not None:
        code = fast
    else:
        from ossfirst.cli.app import main

        try:
            main()
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    # Every report is written, synced and renamed by now. Tearing down the interpreter's
    # modules and objects would cost more than a fifth of a run, so the process ends here.
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)
