# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The ``ossfirst`` command and the one place that turns errors into exit codes.

Exit codes: 0 evaluated and the policy holds; 1 evaluated and the policy is violated;
2 bad usage or invalid input; 3 internal error.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import re
import signal
import sys
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from ossfirst import __version__
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
#: The language of messages once a command has chosen it (:func:`message_language`).
_MESSAGES: dict[str, str | None] = {"lang": None}


def ui_language() -> str:
    """The language of messages on the terminal: the one a command chose
    (:func:`message_language`), else OSSFIRST_LANG, else the locale."""
    return _MESSAGES["lang"] or _environment_language(("OSSFIRST_LANG",)) or _locale_language()


def _environment_language(names: tuple[str, ...]) -> str | None:
    for name in names:
        value = os.environ.get(name, "")
        if value:
            return "de" if value.lower().startswith("de") else "en"
    return None


def _locale_language() -> str:
    return _environment_language(("LC_ALL", "LC_MESSAGES", "LANG")) or "en"


#: A top-level ``language: de`` line, as a request names its language.
_LANGUAGE_LINE = re.compile(r"""^language:[ \t]*(["']?)(de|en)\1[ \t]*(?:#.*)?$""", re.MULTILINE)


def request_language(path: Path) -> str | None:
    """The ``language:`` a request file names, read from its text, so that even a file that
    does not parse or validate gets its messages in its language; ``None`` when it names
    none or cannot be read."""
    try:
        with path.open("rb") as file:
            head = file.read(1 << 20)
    except (OSError, ValueError):
        return None
    found = _LANGUAGE_LINE.search(head.decode("utf-8", errors="replace"))
    return found.group(2) if found else None


def message_language(option: str | None, requests: Iterable[Path] = ()) -> str:
    """The language of a command's messages, and of every error it reports from here on:
    ``--lang``; else OSSFIRST_LANG (a standing ``--lang``); else the ``language:`` of the
    requests it reads, when they agree; else the locale (LC_ALL, LC_MESSAGES, LANG)."""
    chosen = checked_language(option) or _environment_language(("OSSFIRST_LANG",))
    if chosen is None:
        named = {request_language(path) for path in requests} - {None}
        if len(named) == 1:
            chosen = named.pop()
    language = chosen or _locale_language()
    _MESSAGES["lang"] = language
    return language


def chosen_language(lang: str | None) -> str:
    """A ``--lang`` option checked (de or en); without one, the language of the terminal.
    Error messages follow it from here on."""
    return message_language(lang)


def checked_language(lang: str | None) -> str | None:
    """A ``--lang`` option checked (de or en); ``None`` when none was given."""
    if lang is not None and lang not in ("de", "en"):
        raise UsageError(
            {
                "de": f"Unbekannte Sprache '{lang}' (de oder en).",
                "en": f"Unknown language '{lang}' (de or en).",
            }
        )
    return lang


def format_names(
    value: str, choices: Collection[str], aliases: Mapping[str, str] | None = None
) -> list[str]:
    """The comma-separated format names of a ``--format`` option, lower-cased, with
    ``aliases`` resolved; an unknown name is a usage error with a did-you-mean."""
    names = []
    for part in value.split(","):
        name = part.strip().lower()
        if not name:
            continue
        name = (aliases or {}).get(name, name)
        if name not in choices:
            from ossfirst.load.validate import suggestion

            hint = suggestion(name, choices)
            raise UsageError(
                {
                    "de": f"Unbekanntes Format '{name}' ({hint['de']}).",
                    "en": f"Unknown format '{name}' ({hint['en']}).",
                }
            )
        names.append(name)
    return names


def date_option(value: str) -> dt.date:
    """A date option, strictly ``YYYY-MM-DD``."""
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(
            {
                "de": f"Ungültiges Datum '{value}' (JJJJ-MM-TT).",
                "en": f"Invalid date '{value}' (YYYY-MM-DD).",
            }
        ) from None


def issue_date(value: str | None, environ: Mapping[str, str]) -> dt.datetime | None:
    """The moment a run stands for: ``--date YYYY-MM-DD`` (midnight UTC), else the
    ``SOURCE_DATE_EPOCH`` of reproducible builds (seconds since 1970, UTC), else ``None``
    (the caller's default: the request's date for reports, today for deviations)."""
    if value is not None:
        day = date_option(value)
        return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return None
    try:
        seconds = int(epoch)
        if not 0 <= seconds < 253402300800:  # up to the end of year 9999
            raise ValueError(epoch)
    except ValueError:
        raise UsageError(
            {
                "de": f"SOURCE_DATE_EPOCH: '{epoch}' ist keine Anzahl Sekunden seit 1970.",
                "en": f"SOURCE_DATE_EPOCH: '{epoch}' is not a number of seconds since 1970.",
            }
        ) from None
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


def err(line: str) -> None:
    """Print one line to stderr."""
    sys.stderr.write(line + "\n")


def report_input_error(error: InputError, lang: str | None = None) -> None:
    lang = lang or ui_language()
    label = "Fehler" if lang == "de" else "error"
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
    _MESSAGES["lang"] = None
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
        err("ossfirst: abgebrochen" if ui_language() == "de" else "ossfirst: interrupted")
        code = 128 + exc.signum
    except Exception as exc:
        if _DEBUG["on"]:
            raise
        lang = ui_language()
        kind = "interner Fehler" if lang == "de" else "internal error"
        hint = "mit --debug erneut ausführen" if lang == "de" else "run again with --debug"
        err(f"ossfirst: {kind}: {type(exc).__name__}: {exc} ({hint})")
        code = EXIT_INTERNAL
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        _MESSAGES["lang"] = None
    sys.exit(code)
