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
from ossfirst.cli.options import checked_language, chosen_language
from ossfirst.errors import UsageError

if TYPE_CHECKING:
    from ossfirst.model.catalogue import Catalogue
    from ossfirst.model.request import Request


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
            "supplier": choose("Beispiel IT-Dienstleister GmbH", "Example IT services Ltd"),
            "parent": None,
            "standards": "ODF, PDF/A, OpenID Connect",
        },
        {
            "id": "commercial-option",
            "name": choose("Kommerzielle Lösung als Dienst", "Commercial software as a service"),
            "licence": "LicenseRef-Proprietary",
            "deployment": "saas",
            "providers": 1,
            "supplier": choose("Beispiel Software AG", "Example Software Inc."),
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


def scaffold_request(catalogue: Catalogue, catalogue_ref: str, lang: str, filename: str) -> Request:
    """The scaffold as a request (for a form to fill in)."""
    from ossfirst.load import yamlsource
    from ossfirst.load.validate import validate
    from ossfirst.model.request import Request

    text = scaffold(catalogue, catalogue_ref, lang, filename, dt.date.today())
    data, source = yamlsource.parse(text, filename)
    return validate(Request, data, source)


@app.command()
def init(
    path: Annotated[
        Path,
        typer.Argument(
            help="The request file to create: YAML, or a form in Excel for .xlsx; '-' writes "
            "YAML to standard output.",
            show_default=False,
            metavar="FILE",
        ),
    ],
    lang: Annotated[
        str | None,
        options.lang(
            "Language of the comments or the form, and of the report (with --from: the request's)."
        ),
    ] = None,
    catalogue: Annotated[
        str | None,
        options.catalogue(
            "Catalogue the request uses (default: standard; with --from: the request's); a "
            "shipped one is written with its version (standard@2.0).",
            short=True,
        ),
    ] = None,
    source: Annotated[
        Path | None,
        typer.Option(
            "--from",
            metavar="REQUEST",
            help="Fill the new file in from this request (YAML or a form in Excel).",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a request to fill in, listing every criterion to assess: commented YAML, or a
    form in Excel (.xlsx) with drop-down lists."""
    from ossfirst.cli.convert import is_form_target, loaded_with_catalogue, refuse_form_suffix
    from ossfirst.cli.convert import written as converted
    from ossfirst.load.catalogue import is_path, load_catalogue, pinned_ref, split_ref
    from ossfirst.output import check_target, write_files

    target = str(path)
    refuse_form_suffix(target)
    if target != "-" and path.exists() and not force:
        raise UsageError(
            {
                "de": f"{path} gibt es schon (--force überschreibt).",
                "en": f"{path} already exists (--force overwrites).",
            }
        )
    inputs: list[Path] = []
    if source is not None:
        checked_language(lang)
        if target != "-":
            check_target(target, [source])
        loaded, resolved = loaded_with_catalogue(source, catalogue)
        language = lang or loaded.request.language
        content = converted(loaded.request, resolved, target, language, source=source.name)
        inputs.append(source)
    else:
        language = chosen_language(lang)
        resolved = load_catalogue(catalogue or "standard")
        # A new request names the version it is written for, so that it evaluates the same
        # later.
        reference = catalogue or "standard"
        if split_ref(reference) is not None:
            reference = pinned_ref(resolved.id, resolved.version)
        if is_form_target(target):
            request = scaffold_request(resolved, reference, language, path.name)
            content = converted(request, resolved, target, language)
        else:
            content = scaffold(resolved, reference, language, path.name, dt.date.today()).encode(
                "utf-8"
            )
    if catalogue is not None and is_path(catalogue):
        inputs.append(Path(catalogue))
    if target == "-":
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
        return
    write_files({path: content}, inputs)
    sys.stderr.write(f"{path}: " + ("angelegt" if language == "de" else "created") + "\n")
