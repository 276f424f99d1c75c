# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The options several commands share (ossfirst.cli.options) look the same in every
command: the same name, short name and placeholder."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import typer.main

from ossfirst.cli import app as cli_app

#: Each shared option: its placeholder, and the short names a command may give it.
SHARED: dict[str, tuple[str | None, set[str]]] = {
    "--lang": ("de|en", {"-l"}),
    "--date": ("YYYY-MM-DD", set()),
    "--catalogue": ("NAME|PATH", {"-c"}),
    "--profile": ("NAME", set()),
    "--quiet": (None, {"-q"}),
}
#: Options that share a name but not the meaning: ``market search --lang`` filters the
#: entries by the languages they are available in (any language code, repeatable).
OTHER_MEANING = {("market search", "--lang")}


def _commands(command: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    subcommands = getattr(command, "commands", None)
    if subcommands is None:
        yield path, command
        return
    for name, sub in subcommands.items():
        yield from _commands(sub, f"{path} {name}".strip())


def _shared_options() -> list[tuple[str, str, Any]]:
    cli_app._register()
    group = typer.main.get_command(cli_app.app)
    found = []
    for path, command in _commands(group):
        for param in command.params:
            for name in param.opts:
                if name in SHARED and (path, name) not in OTHER_MEANING:
                    found.append((path, name, param))
    return found


def test_the_shared_options_are_used_by_several_commands() -> None:
    commands = {name: {path for path, n, _ in _shared_options() if n == name} for name in SHARED}
    assert all(len(paths) >= 2 for paths in commands.values()), commands
    assert "evaluate" in commands["--lang"] and "check" in commands["--date"]


@pytest.mark.parametrize(
    ("path", "name", "param"),
    [pytest.param(*found, id=f"{found[0]} {found[1]}") for found in _shared_options()],
)
def test_a_shared_option_looks_the_same_everywhere(path: str, name: str, param: Any) -> None:
    metavar, shorts = SHARED[name]
    assert param.metavar == metavar, (path, name)
    assert set(param.opts) - {name} <= shorts, (path, param.opts)
    assert not param.secondary_opts, (path, name)
