# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The ``ossfirst`` command: typer's application, to which every command module adds its
command. Exit codes and error handling: :mod:`ossfirst.cli.base`.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Annotated, NoReturn

import typer

from ossfirst import __version__
from ossfirst.cli.base import (
    EXIT_INTERNAL,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_VIOLATED,
    Interrupted,
    _interrupt,
    err,
    guarded,
    report_input_error,
)

__all__ = [
    "EXIT_INTERNAL",
    "EXIT_INVALID",
    "EXIT_OK",
    "EXIT_VIOLATED",
    "Interrupted",
    "_interrupt",
    "app",
    "err",
    "main",
    "report_input_error",
]

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


def main(argv: list[str] | None = None) -> NoReturn:
    """Run the command line and exit with its code."""
    # pydantic looks for plugins through package metadata on first use, which costs more
    # than a whole evaluation; the command line uses none.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _register()

    def command() -> int:
        app(args=argv, prog_name="ossfirst")
        return EXIT_OK

    sys.exit(guarded(command, lambda: _DEBUG["on"]))
