# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What every way into the command line shares, without typer: the exit codes, the one
place that turns errors into them, and the signal handling of a running command.

Exit codes: 0 evaluated and the policy holds; 1 evaluated and the policy is violated;
2 bad usage or invalid input; 3 internal error.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable

from ossfirst.cli.options import reset_language, ui_language
from ossfirst.errors import InputError, OutputError, UsageError

EXIT_OK, EXIT_VIOLATED, EXIT_INVALID, EXIT_INTERNAL = 0, 1, 2, 3


def err(line: str) -> None:
    """Print one line to stderr."""
    sys.stderr.write(line + "\n")


def report_input_error(error: InputError, lang: str | None = None) -> None:
    from ossfirst.texts import text

    lang = lang or ui_language()
    label = text("cli.error", lang)
    for problem in error.problems:
        err(f"{problem.location}: {label}: {problem.text(lang)}")


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived; raised instead of KeyboardInterrupt so that the run stops
    with the conventional exit code 128 + signal number and no report is half-written.

    A BaseException, like KeyboardInterrupt: code that turns any error of one file into a
    finding of that file (``except Exception``) must not swallow it and go on."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _interrupt(signum: int, frame: object) -> None:
    # While the finished reports are put in place the signal waits (only ossfirst.output
    # holds signals; not imported, or still being imported, nothing is held).
    deferred = getattr(sys.modules.get("ossfirst.output"), "deferred", None)
    if deferred is not None and deferred(signum):
        return
    raise Interrupted(signum)


def guarded(command: Callable[[], int], debug: Callable[[], bool]) -> int:
    """Run ``command`` and return its exit code, or the code of the error it raised (with
    the error's message on stderr); ``debug()`` says whether an internal error is raised
    instead, with its traceback."""
    reset_language()
    previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        code = command()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else EXIT_INVALID
    except InputError as exc:
        report_input_error(exc)
        code = EXIT_INVALID
    except (UsageError, OutputError) as exc:
        err(f"ossfirst: {exc.text(ui_language())}")
        code = EXIT_INVALID
    except Interrupted as exc:
        from ossfirst.texts import text

        err("ossfirst: " + text("cli.interrupted", ui_language()))
        code = 128 + exc.signum
    except Exception as exc:
        if debug():
            raise
        from ossfirst.texts import text

        lang = ui_language()
        kind, hint = text("cli.internal-error", lang), text("cli.hint.debug", lang)
        err(f"ossfirst: {kind}: {type(exc).__name__}: {exc} ({hint})")
        code = EXIT_INTERNAL
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        reset_language()
    return code
