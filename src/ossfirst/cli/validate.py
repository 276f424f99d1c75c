# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst validate``: check requests without evaluating them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ossfirst.cli import options
from ossfirst.cli.app import EXIT_INVALID, EXIT_OK, app, report_input_error
from ossfirst.cli.options import checked_language, message_language
from ossfirst.errors import InputError, Location, Problem, printable

if TYPE_CHECKING:
    from ossfirst.api import Prepared
    from ossfirst.check.files import Discovery


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
    from ossfirst import api
    from ossfirst.check.files import discover
    from ossfirst.check.run import named_evidence
    from ossfirst.cli.check import load_policy, print_skipped
    from ossfirst.load.request import read_request
    from ossfirst.model.catalogue import Catalogue

    checked_language(lang)
    policy = load_policy(requests, None)
    discovery = discover(requests, policy, Path.cwd(), by_content=by_content, as_given=True)
    catalogues: dict[tuple[str, str], Catalogue] = {}
    evidence: set[str] = set()
    failed = False
    for target in discovery.targets:
        # each file's messages in its language: --lang, OSSFIRST_LANG, its 'language:'
        file_lang = message_language(lang, [target.path] if target.kind == "request" else [])
        try:
            if target.missing:
                from ossfirst.texts import both

                raise InputError(
                    [
                        Problem(
                            Location(target.display),
                            both("cli.no-file"),
                            both("cli.hint.path"),
                            code="file-not-found",
                        )
                    ]
                )
            if target.refused is not None:
                raise InputError([target.refused])
            if target.kind == "catalogue":
                from ossfirst.load.catalogue import load_catalogue_file

                load_catalogue_file(target.path, target.display)
            elif target.kind == "pairwise":
                from ossfirst.load.pairwise import read_pairwise

                read_pairwise(target.path, target.display)
            else:
                loaded = read_request(target.path, target.display)
                evidence.update(named_evidence(loaded))
                prepared = api.prepare_loaded(
                    loaded, catalogue=catalogue, profile=profile, catalogues=catalogues
                )
                _warn_unknown_standards(prepared, file_lang)
        except InputError as exc:
            report_input_error(exc, file_lang)
            failed = True
        else:
            sys.stdout.write(f"{printable(target.display)}: ok\n")
    print_skipped(
        discovery.not_named(evidence), message_language(lang, _requests(discovery)), verbose
    )
    raise typer.Exit(EXIT_INVALID if failed else EXIT_OK)


def _requests(discovery: Discovery) -> list[Path]:
    return [t.path for t in discovery.targets if t.kind == "request"]


def _warn_unknown_standards(prepared: Prepared, lang: str) -> None:
    """A warning for every declared standard the standards list does not know, with a
    did-you-mean: it counts as not open, so a misspelt open standard lowers the score."""
    from ossfirst.render.words import Phrases
    from ossfirst.texts import text

    request = prepared.loaded.request
    phrases = Phrases(lang, {a.id: a.name for a in request.alternatives}, {})
    label = text("cli.warning", lang)
    for warning in prepared.facts.warnings:
        if warning.code == "unknown-standard" and warning.path is not None:
            where = prepared.loaded.locate(tuple(warning.path))
            sys.stderr.write(f"{where}: {label}: {printable(phrases.message(warning))}\n")
