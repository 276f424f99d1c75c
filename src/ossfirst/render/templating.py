# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Jinja2 environments for the templates (the portfolio's dashboard), with their compiled
form kept in the user's cache directory.

Compiling the dashboard's template takes longer than evaluating a request, so Jinja2's
bytecode cache keeps the compiled template in the user's cache directory
(:func:`cache_directory`), in a folder per version of ossfirst and of Jinja2. Jinja2 checks
the template's source against the cached code and compiles anew when it differs, so an
edited template is never ignored. Where no cache directory can be made, the template is
compiled on each run; the report is the same either way.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from ossfirst import __version__

TEMPLATES = "render/templates"
#: Environment variable naming the cache directory; empty: no cache.
CACHE_VARIABLE = "OSSFIRST_CACHE_DIR"


def cache_directory() -> Path | None:
    """Where ossfirst keeps what it can make again: ``$OSSFIRST_CACHE_DIR`` if set (empty:
    nowhere), else the platform's user cache directory (``$XDG_CACHE_HOME/ossfirst``,
    ``~/.cache/ossfirst``; ``~/Library/Caches/ossfirst`` on macOS,
    ``%LOCALAPPDATA%\\ossfirst`` on Windows)."""
    given = os.environ.get(CACHE_VARIABLE)
    if given is not None:
        return Path(given) if given else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "ossfirst" if base else None
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "ossfirst"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache") / "ossfirst"


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Jinja2's cache of compiled templates, in a folder per version of ossfirst and of
    Jinja2 (the compiled code depends on both); ``None`` when it cannot be made."""
    base = cache_directory()
    if base is None:
        return None
    folder = base / f"templates-{__version__}-jinja2-{jinja2.__version__}"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    if not os.access(folder, os.W_OK | os.X_OK):
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


@cache
def environment(
    autoescape: bool,
    filters: tuple[tuple[str, Callable[..., Any]], ...] = (),
    folder: str = TEMPLATES,
) -> jinja2.Environment:
    """The environment the templates of ``folder`` (a folder of the package) share."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("ossfirst", folder),
        autoescape=autoescape,  # noqa: S701 - only the HTML report has templates, escaped
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=_bytecode_cache(),
    )
    env.filters.update(dict(filters))
    return env


def template(env: jinja2.Environment, name: str) -> jinja2.Template:
    """The template ``name``, from the cache when it holds the current source's code."""
    return env.get_template(name)
