# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst validate``: check requests without evaluating them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ossfirst.cli.app import EXIT_INVALID, EXIT_OK, app, report_input_error
from ossfirst.errors import InputError


@app.command()
def validate(
    requests: Annotated[
        list[Path],
        typer.Argument(help="Request files (YAML).", show_default=False, metavar="REQUEST"),
    ],
    catalogue: Annotated[
        str | None,
        typer.Option(
            metavar="NAME|PATH",
            help="Catalogue to use instead of the requests': a shipped name or a path.",
        ),
    ] = None,
    profile: Annotated[
        str | None, typer.Option(metavar="NAME", help="Weight profile to check.")
    ] = None,
) -> None:
    """Check request files: syntax, schema, and references to the catalogue.

    Prints 'ok' per valid file; errors as file:line:col. Exit code 0 or 2.
    """
    from ossfirst import api
    from ossfirst.model.catalogue import Catalogue

    catalogues: dict[tuple[str, str], Catalogue] = {}
    failed = False
    for request in requests:
        try:
            api.prepare(request, catalogue=catalogue, profile=profile, catalogues=catalogues)
        except InputError as exc:
            report_input_error(exc)
            failed = True
        else:
            sys.stdout.write(f"{request}: ok\n")
    raise typer.Exit(EXIT_INVALID if failed else EXIT_OK)
