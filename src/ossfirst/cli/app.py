# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The ``ossfirst`` command and the one place that turns errors into exit codes.

Exit codes: 0 evaluated and the policy holds; 1 evaluated and the policy is violated;
2 bad usage or invalid input; 3 internal error.
"""

from __future__ import annotations

import importlib
import os
import signal
import sys
from typing import Annotated, NoReturn

import typer

from ossfirst import __version__
from ossfirst.cli.options import reset_language, ui_language
from ossfirst.errors import InputError, OutputError, UsageError

EXIT_OK, EXIT_VIOLATED, EXIT_INVALID, EXIT_INTERNAL = 0, 1, 2, 3

app = typer.Typer(
    name="ossfirst",
    help="Justify software procurement under an Open Source first rule: score the "
    "alternatives against a criteria catalogue, apply knock-outs and the OSS-first rule, "
    "and write a report for the council.\n\n"
    "Exit codes: 0 policy holds, 1 policy violated, 2 invalid input or usage, "
    "3 internal error.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_DEBUG = {"on": False}


def err(line: str) -> None:
    """Print one line to stderr."""
    sys.stderr.write(line + "\n")


def report_input_error(error: InputError, lang: str | None = None) -> None:
    from ossfirst.texts import text

    lang = lang or ui_language()
    label = text("cli.error", lang)
    for problem in error.problems:
        err(f"{problem.location}: {label}: {problem.text(lang)}")


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"ossfirst {__version__}\n")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show a traceback on internal errors.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    _DEBUG["on"] = debug


#: Command modules in the order their commands are listed in ``--help``.
COMMANDS = (
    "init",
    "validate",
    "evaluate",
    "convert",
    "check",
    "portfolio",
    "criteria",
    "evidence",
    "market",
    "weights",
    "schema",
)


def _register() -> None:
    # Each command lives in its own module; importing it registers it on ``app``.
    for name in COMMANDS:
        importlib.import_module(f"ossfirst.cli.{name}")


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


def main(argv: list[str] | None = None) -> NoReturn:
    """Run the command line and exit with its code."""
    # pydantic looks for plugins through package metadata on first use, which costs more
    # than a whole evaluation; the command line uses none.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _register()
    reset_language()
    previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        app(args=argv, prog_name="ossfirst")
        code = EXIT_OK
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
        if _DEBUG["on"]:
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
    sys.exit(code)
