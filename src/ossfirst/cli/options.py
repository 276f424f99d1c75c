# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Options several commands share, declared once: ``--lang``, ``--date``, ``--catalogue``,
``--profile``, ``--quiet`` and the ``--format`` lists, with how their values are checked.

Each option keeps its name, short name and metavar here, so that they cannot drift apart
between commands; each command says in its own help what the option means for it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any

from ossfirst.errors import UsageError

#: The help of ``--lang`` where it sets the language of what a command prints.
LOCALE_LANGUAGE = "Language: de or en (default: from the locale)."


def lang(help: str = LOCALE_LANGUAGE) -> Any:
    """``--lang``/``-l``: ``de`` or ``en``, checked by :func:`checked_language`."""
    import typer

    return typer.Option("--lang", "-l", metavar="de|en", help=help)


def date(help: str) -> Any:
    """``--date``: a day, ``YYYY-MM-DD``, read by :func:`date_option` or :func:`issue_date`."""
    import typer

    return typer.Option("--date", metavar="YYYY-MM-DD", help=help)


def catalogue(help: str, short: bool = False) -> Any:
    """``--catalogue``: a shipped catalogue's name or a local catalogue's path (``-c`` where
    a command has no other option of that letter and offers it)."""
    import typer

    names = ("--catalogue", "-c") if short else ("--catalogue",)
    return typer.Option(*names, metavar="NAME|PATH", help=help)


def profile(help: str) -> Any:
    """``--profile``: a weight profile of the catalogue."""
    import typer

    return typer.Option("--profile", metavar="NAME", help=help)


def quiet(help: str) -> Any:
    """``--quiet``/``-q``: nothing on standard error but errors."""
    import typer

    return typer.Option("--quiet", "-q", help=help)


#: The language of messages once a command has chosen it (:func:`message_language`).
_MESSAGES: dict[str, str | None] = {"lang": None}


def ui_language() -> str:
    """The language of messages on the terminal: the one a command chose
    (:func:`message_language`), else OSSFIRST_LANG, else the locale."""
    return _MESSAGES["lang"] or _environment_language(("OSSFIRST_LANG",)) or _locale_language()


def reset_language() -> None:
    """Forget the language a command chose (at the start and end of a run)."""
    _MESSAGES["lang"] = None


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
        from ossfirst.texts import both

        raise UsageError(both("cli.unknown-language", lang=lang))
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
            from ossfirst.texts import both

            raise UsageError(both("cli.unknown-format", name=name, hint=suggestion(name, choices)))
        names.append(name)
    return names


def date_option(value: str) -> dt.date:
    """A date option, strictly ``YYYY-MM-DD``."""
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        from ossfirst.texts import both

        raise UsageError(both("cli.invalid-date", value=value)) from None


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
        from ossfirst.texts import both

        raise UsageError(both("cli.invalid-epoch", epoch=epoch)) from None
    return dt.datetime.fromtimestamp(seconds, dt.UTC)
