# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The quick way into ``evaluate`` and ``validate``: officers run them after every edit and
editors on every save, and typer alone (its import, and the pydantic adapters it builds for
every parameter) takes longer than the rest of a validation.

A command line of the plain kind (each option once, as ``--name value``, ``--name=value``
or ``-x value``, values that do not look like options) is read here and run by the same
code the typer command runs (:mod:`ossfirst.cli.commands`). Anything else, help, an unknown
or repeated option, a value typer would refuse or convert in its own way, returns ``None``,
and the caller runs typer, which answers exactly as it always has.
"""

from __future__ import annotations

import os
import re
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: Each command's options: name -> (parameter, takes a value); short names alike.
_EVALUATE = {
    "--format": ("formats", True),
    "-f": ("formats", True),
    "--output-dir": ("output_dir", True),
    "-d": ("output_dir", True),
    "--output": ("output", True),
    "-o": ("output", True),
    "--lang": ("lang", True),
    "-l": ("lang", True),
    "--profile": ("profile", True),
    "--catalogue": ("catalogue", True),
    "--date": ("date", True),
    "--draws": ("draws", True),
    "--quiet": ("quiet", False),
    "-q": ("quiet", False),
    "--short": ("short", False),
}
_VALIDATE = {
    "--catalogue": ("catalogue", True),
    "--profile": ("profile", True),
    "--verbose": ("verbose", False),
    "-v": ("verbose", False),
    "--by-content": ("by_content", False),
    "--lang": ("lang", True),
    "-l": ("lang", True),
}
#: ``--draws``: what typer takes without a word (0 to 1,000,000, written plainly).
_DRAWS = re.compile(r"0|[1-9][0-9]{0,6}")
_MAX_DRAWS = 1_000_000


def _read(
    argv: list[str], known: dict[str, tuple[str, bool]]
) -> tuple[dict[str, Any], list[str]] | None:
    """The options and the positional arguments of ``argv``; ``None`` if it is not plain."""
    options: dict[str, Any] = {}
    positional: list[str] = []
    rest = list(argv)
    while rest:
        word = rest.pop(0)
        if word == "-" or not word.startswith("-"):
            if not word:
                return None
            positional.append(word)
            continue
        name, given, value = word.partition("=")
        if name not in known or (given and not name.startswith("--")):
            return None
        parameter, valued = known[name]
        if parameter in options and parameter != "formats":
            return None
        if not valued:
            if given:
                return None
            options[parameter] = True
            continue
        if not given:
            if not rest:
                return None
            value = rest.pop(0)
        if not value or (value.startswith("-") and value != "-"):
            return None
        if parameter == "formats":
            options.setdefault("formats", []).append(value)
        else:
            options[parameter] = value
    return options, positional


def _evaluate(argv: list[str]) -> Callable[[], int] | None:
    read = _read(argv, _EVALUATE)
    if read is None or len(read[1]) != 1 or read[1][0] == "-":
        return None
    options, (request,) = read
    draws = options.get("draws")
    if draws is not None:
        if not _DRAWS.fullmatch(draws) or int(draws) > _MAX_DRAWS:
            return None
        draws = int(draws)
    from ossfirst.cli import commands

    return lambda: commands.evaluate(
        Path(request),
        options.get("formats", ["md"]),
        Path(options.get("output_dir", "")),
        options.get("output"),
        options.get("lang"),
        options.get("profile"),
        options.get("catalogue"),
        options.get("date"),
        draws,
        options.get("quiet", False),
        short=options.get("short", False),
    )


def _validate(argv: list[str]) -> Callable[[], int] | None:
    read = _read(argv, _VALIDATE)
    if read is None or not read[1]:
        return None
    options, requests = read
    from ossfirst.cli import commands

    return lambda: commands.validate(
        requests,
        options.get("catalogue"),
        options.get("profile"),
        options.get("verbose", False),
        options.get("by_content", False),
        options.get("lang"),
    )


def without_plugin_discovery() -> None:
    """Spare pydantic's plugin loader where plugins are switched off.

    The loader imports ``importlib.metadata`` (a tenth of a plain evaluation's start) only to
    answer "no plugins" when ``PYDANTIC_DISABLE_PLUGINS`` says so, as the command line's
    does; a loader with that answer takes its place."""
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in ("__all__", "1", "true"):
        return
    name = "pydantic.plugin._loader"
    if name not in sys.modules:
        loader = types.ModuleType(name)
        loader.get_plugins = tuple  # type: ignore[attr-defined]
        sys.modules[name] = loader


def run(argv: list[str]) -> int | None:
    """Run ``argv`` (``evaluate ...`` or ``validate ...``) and return its exit code; ``None``
    when it is no plain command line of either (then the caller runs typer)."""
    if not argv or any(a in ("-h", "--help", "--") for a in argv):
        return None
    command = {"evaluate": _evaluate, "validate": _validate}.get(argv[0])
    call = command(argv[1:]) if command is not None else None
    if call is None:
        return None
    from ossfirst.cli.base import guarded

    return guarded(call, lambda: False)
