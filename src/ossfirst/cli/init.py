# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst init``: write a commented request to fill in."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ossfirst.cli import options
from ossfirst.cli.app import app
from ossfirst.cli.options import chosen_language
from ossfirst.errors import UsageError

if TYPE_CHECKING:
    from ossfirst.model.catalogue import Catalogue


def scaffold(
    catalogue: Catalogue, catalogue_ref: str, lang: str, filename: str, today: dt.date
) -> str:
    """The text of a new request for ``catalogue``, commented in ``lang``."""
    import jinja2

    from ossfirst.cli.schema import schema_id

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("ossfirst", "scaffold"),
        autoescape=False,  # noqa: S701 - YAML, written from trusted catalogue text only
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    de = lang == "de"

    def choose(german: str, english: str) -> str:
        return german if de else english

    alternatives = [
        {
            "id": "open-source-option",
            "name": choose(
                "Open-Source-Lösung, selbst betrieben", "Open-source solution, self-hosted"
            ),
            "licence": "EUPL-1.2",
            "deployment": "on-premises",
            "providers": 3,
            "parent": None,
            "standards": "ODF, PDF/A, OpenID Connect",
        },
        {
            "id": "commercial-option",
            "name": choose("Kommerzielle Lösung als Dienst", "Commercial software as a service"),
            "licence": "LicenseRef-Proprietary",
            "deployment": "saas",
            "providers": 1,
            "parent": None,
            "standards": "PDF/A, OOXML",
        },
    ]
    return env.get_template("request.yaml.j2").render(
        T=choose,
        catalogue=catalogue,
        catalogue_ref=catalogue_ref,
        lang=lang,
        filename=filename,
        today=today.isoformat(),
        alternatives=alternatives,
        schema_url=schema_id("request"),
        metrics={c.computation.metric for c in catalogue.criteria if c.computation},
    )


@app.command()
def init(
    path: Annotated[
        Path,
        typer.Argument(
            help="The request file to create, or '-' for standard output.",
            show_default=False,
            metavar="FILE",
        ),
    ],
    lang: Annotated[
        str | None, options.lang("Language of the comments and the report: de or en.")
    ] = None,
    catalogue: Annotated[
        str,
        options.catalogue(
            "Catalogue the request uses; a shipped one is written with its version (standard@2.0).",
            short=True,
        ),
    ] = "standard",
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented request to fill in, listing every criterion to assess."""
    language = chosen_language(lang)
    from ossfirst.load.catalogue import is_path, load_catalogue, pinned_ref, split_ref
    from ossfirst.output import write_files

    resolved = load_catalogue(catalogue)
    # A new request names the version it is written for, so that it evaluates the same later.
    reference = (
        catalogue if split_ref(catalogue) is None else pinned_ref(resolved.id, resolved.version)
    )
    text = scaffold(resolved, reference, language, path.name, dt.date.today())
    if str(path) == "-":
        sys.stdout.write(text)
        return
    if path.exists() and not force:
        raise UsageError(
            {
                "de": f"{path} gibt es schon (--force überschreibt).",
                "en": f"{path} already exists (--force overwrites).",
            }
        )
    inputs = [Path(catalogue)] if is_path(catalogue) else []
    write_files({path: text.encode("utf-8")}, inputs)
    sys.stderr.write(f"{path}: " + ("angelegt" if language == "de" else "created") + "\n")
