# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The command line: one module per command over the library; the only place that prints."""

from __future__ import annotations

import signal
import sys
from typing import NoReturn


def _interrupted_while_starting(signum: int, frame: object) -> NoReturn:
    # Nothing has been written yet; end quietly with the conventional code.
    sys.stderr.write("ossfirst: interrupted\n")
    raise SystemExit(128 + signum)


def run() -> NoReturn:
    """The ``ossfirst`` command: quiet on SIGINT and SIGTERM even while it is starting up,
    before :func:`ossfirst.cli.app.main` installs its own handlers."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _interrupted_while_starting)
    from ossfirst.cli.app import main

    main()
