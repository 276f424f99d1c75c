# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst validate``: check requests without evaluating them."""

from __future__ import annotations

from typing import Annotated

import typer

from ossfirst.cli import options
from ossfirst.cli.app import app


@app.command()
def validate(
    requests: Annotated[
        list[str],
        typer.Argument(
            help="Request files, directories (every request below, known by its 'ossfirst:' "
            "key) or glob patterns.",
            show_default=False,
            metavar="PATH",
        ),
    ],
    catalogue: Annotated[
        str | None,
        options.catalogue("Catalogue to use instead of the requests': a shipped name or a path."),
    ] = None,
    profile: Annotated[str | None, options.profile("Weight profile to check.")] = None,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose", "-v", help="List the YAML files skipped because they are not requests."
        ),
    ] = False,
    by_content: Annotated[
        bool,
        typer.Option(
            "--by-content",
            help="Recognise files named on the command line by their content too, as files "
            "found in directories are (for pre-commit, which passes every changed YAML file).",
        ),
    ] = False,
    lang: Annotated[
        str | None,
        options.lang(
            "Language of the messages: de or en (default: OSSFIRST_LANG, else each "
            "request's 'language', else the locale)."
        ),
    ] = None,
) -> None:
    """Check request files: syntax, schema, and references to the catalogue.

    Files found in directories are recognised as ossfirst check does: requests, local
    catalogues and pairwise files are checked, other YAML files skipped. Prints 'ok' per
    valid file; errors and warnings (a standard the standards list does not know) as
    file:line:col. Exit code 0 or 2.
    """
    from ossfirst.cli import commands

    raise typer.Exit(commands.validate(requests, catalogue, profile, verbose, by_content, lang))
