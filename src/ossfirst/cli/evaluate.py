# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst evaluate``: score a request and write the justification report."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ossfirst.cli import options
from ossfirst.cli.app import EXIT_OK, EXIT_VIOLATED, app, err
from ossfirst.cli.options import format_names, issue_date, message_language
from ossfirst.errors import UsageError
from ossfirst.render import FORMATS

if TYPE_CHECKING:
    from ossfirst.api import Prepared
    from ossfirst.model.result import Result


def parse_formats(values: list[str]) -> list[str]:
    """``["md,json", "html"]`` to ``["md", "json", "html"]``, checked against the registry."""
    formats: list[str] = []
    for value in values:
        for name in format_names(value, FORMATS, {"markdown": "md"}):
            if name not in formats:
                formats.append(name)
    return formats or ["md"]


def _command(
    request: Path,
    lang: str,
    profile: str | None,
    catalogue: str | None,
    date: str | None,
    draws: int | None,
) -> str:
    parts = ["ossfirst", "evaluate", request.name, "--lang", lang]
    if profile:
        parts += ["--profile", profile]
    if catalogue:
        parts += ["--catalogue", catalogue]
    if date:
        parts += ["--date", date]
    if draws is not None:
        parts += ["--draws", str(draws)]
    import shlex

    return shlex.join(parts)


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
    quiet: Annotated[bool, options.quiet("No summary on standard error.")] = False,
) -> None:
    """Evaluate a request: knock-outs, scores, the OSS-first verdict, and the reports.

    Exit code 0 when the policy holds, 1 when it is violated, 2 for invalid input.
    """
    from ossfirst import api
    from ossfirst.output import check_target, write_files

    message_language(lang, [request])  # errors in the officer's language from here on
    chosen = parse_formats(formats)
    if output is not None and len(chosen) != 1:
        raise UsageError(
            {
                "de": "--output schreibt genau ein Format; für mehrere --output-dir verwenden.",
                "en": "--output writes exactly one format; use --output-dir for several.",
            }
        )
    issued = issue_date(date, os.environ)
    if output is not None and output != "-":
        check_target(output, [request])  # before any work: not onto its own request
    prepared = api.prepare(request, catalogue=catalogue, profile=profile)
    result = api.evaluate_prepared(prepared, draws=draws)
    inputs = _inputs(prepared, catalogue)
    report_lang = lang or result.request.language
    command = _command(request, report_lang, profile, catalogue, date, draws)
    rendered = {
        name: api.render(result, name, report_lang, command, issued=issued) for name in chosen
    }
    if output == "-":
        sys.stdout.buffer.write(rendered[chosen[0]])
        sys.stdout.flush()
    elif output is not None:
        write_files({Path(output): rendered[chosen[0]]}, inputs)
    else:
        write_files(
            {
                output_dir / f"{result.request.id}.{FORMATS[name].extension}": content
                for name, content in rendered.items()
            },
            inputs,
        )
    label = "Warnung" if report_lang == "de" else "warning"
    for name in chosen:
        for notice in api.render_notices(result, name, report_lang):
            err(f"{request}: {label}: {FORMATS[name].name.upper()}: {notice}")
    if not quiet:
        from ossfirst.cli.summary import print_summary

        # in the language of the report (--lang, else the request's), as check prints its
        # summary in the language of its messages
        print_summary(result, report_lang)
    raise typer.Exit(exit_code(result))


def _inputs(prepared: Prepared, catalogue: str | None) -> list[Path]:
    """The files this evaluation read, which no report may overwrite: the request, its local
    catalogue (or --catalogue's) and its evidence files."""
    from ossfirst.load.catalogue import is_path

    loaded = prepared.loaded
    folder = loaded.path.parent
    found = [loaded.path]
    if catalogue is not None and is_path(catalogue):
        found.append(Path(catalogue))
    elif catalogue is None and is_path(loaded.request.catalogue):
        found.append(folder / loaded.request.catalogue)
    found += [folder / ref.file for ref in prepared.facts.evidence]
    return found


def exit_code(result: Result) -> int:
    """The exit code a Result stands for."""
    return EXIT_OK if result.verdict.policy_holds else EXIT_VIOLATED
