# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst evaluate``: score a request and write the justification report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ossfirst.cli import options
from ossfirst.cli.app import app
from ossfirst.cli.commands import exit_code, parse_formats
from ossfirst.render import FORMATS, SHORT_FORMATS

__all__ = ["evaluate", "exit_code", "parse_formats"]


@app.command()
def evaluate(
    request: Annotated[
        Path, typer.Argument(help="The request file (YAML).", show_default=False, metavar="REQUEST")
    ],
    formats: Annotated[
        list[str],
        typer.Option(
            "--format",
            "-f",
            metavar="FORMATS",
            help="Report formats, comma-separated or repeated: " + ", ".join(FORMATS) + ".",
        ),
    ] = ["md"],  # noqa: B006 - typer reads the default from here; it is never mutated
    output_dir: Annotated[
        Path,
        typer.Option(
            "--output-dir",
            "-d",
            metavar="DIR",
            help="Directory for the reports, named <request id>.<format>.",
        ),
    ] = Path(),
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the one report to this file; '-' for standard output.",
        ),
    ] = None,
    lang: Annotated[
        str | None,
        options.lang("Report language: de or en (default: the request's 'language')."),
    ] = None,
    profile: Annotated[
        str | None,
        options.profile(
            "Weight profile of the catalogue (default: the request's, else the catalogue's)."
        ),
    ] = None,
    catalogue: Annotated[
        str | None,
        options.catalogue("Catalogue to use instead of the request's: a shipped name or a path."),
    ] = None,
    date: Annotated[
        str | None,
        options.date(
            "Date of issue shown in the HTML and PDF reports and stored as the PDF's "
            "creation date (default: SOURCE_DATE_EPOCH if set, else the request's date)."
        ),
    ] = None,
    draws: Annotated[
        int | None,
        typer.Option(
            metavar="N",
            min=0,
            max=1_000_000,
            help="Monte-Carlo draws for the robustness of the recommendation (default: the "
            "request's, else the catalogue's, 10000 in the standard catalogue; 0: none).",
        ),
    ] = None,
    short: Annotated[
        bool,
        typer.Option(
            "--short",
            help="The short version for the council paper (1-2 pages: recommendation, verdict, "
            "why no open-source solution, financial effects, sign-off), with the full report as "
            "its appendix; named <request id>.short.<format>. Formats: "
            + ", ".join(SHORT_FORMATS)
            + ".",
        ),
    ] = False,
    quiet: Annotated[bool, options.quiet("No summary on standard error.")] = False,
) -> None:
    """Evaluate a request: knock-outs, scores, the OSS-first verdict, and the reports.

    Exit code 0 when the policy holds, 1 when it is violated, 2 for invalid input.
    """
    from ossfirst.cli import commands

    raise typer.Exit(
        commands.evaluate(
            request,
            formats,
            output_dir,
            output,
            lang,
            profile,
            catalogue,
            date,
            draws,
            quiet,
            short=short,
        )
    )
