# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst convert``: a request from YAML to a form in Excel and back."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ossfirst.cli.app import app
from ossfirst.cli.options import checked_language, issue_date
from ossfirst.errors import UsageError

if TYPE_CHECKING:
    from ossfirst.load.request import LoadedRequest
    from ossfirst.model.catalogue import Catalogue
    from ossfirst.model.request import Request

#: The suffixes of the targets written as forms; every other target is written as YAML.
FORM_SUFFIXES = (".xlsx",)


def is_form_target(target: str) -> bool:
    return Path(target).suffix.lower() in FORM_SUFFIXES


def refuse_form_suffix(target: str) -> None:
    """A form is written as ``.xlsx`` only: ``.xlsm`` (macros), ``.xls`` and the others are
    formats ossfirst neither writes nor reads."""
    suffix = Path(target).suffix.lower()
    if suffix in (".xlsm", ".xls", ".xlsb", ".xltx", ".xltm", ".ods"):
        from ossfirst.texts import both

        raise UsageError(both("cli.form-suffix", target=target, suffix=suffix))


def written(
    request: Request,
    catalogue: Catalogue,
    target: str,
    lang: str,
    *,
    source: str = "",
) -> bytes:
    """``request`` as the bytes of ``target``: a form for ``.xlsx``, else YAML."""
    if is_form_target(target):
        from ossfirst.forms.workbook import form_bytes

        issued = issue_date(None, os.environ)
        day = request.date
        created = issued or dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
        name = Path(target).name if target != "-" else "form.xlsx"
        return form_bytes(request, catalogue, lang, created=created, filename=name)
    from ossfirst.cli.schema import schema_id
    from ossfirst.forms.yaml import request_yaml

    text = request_yaml(request, catalogue, lang, source=source, schema_url=schema_id("request"))
    return text.encode("utf-8")


def loaded_with_catalogue(source: Path, catalogue: str | None) -> tuple[LoadedRequest, Catalogue]:
    """The request at ``source`` (schema-checked) and its catalogue, whose questions and
    levels the form and the comments show."""
    from ossfirst.load.request import read_request, resolve_catalogue

    loaded = read_request(source)
    return loaded, resolve_catalogue(loaded, catalogue)


@app.command()
def convert(
    source: Annotated[
        Path,
        typer.Argument(
            help="The request: YAML or a form in Excel (.xlsx).",
            show_default=False,
            metavar="REQUEST",
        ),
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="The file to write: a form for .xlsx, else YAML; '-' writes YAML to standard "
            "output.",
        ),
    ],
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            "-l",
            metavar="de|en",
            help="Language of the form or of the comments (default: the request's 'language').",
        ),
    ] = None,
    catalogue: Annotated[
        str | None,
        typer.Option(
            metavar="NAME|PATH",
            help="Catalogue whose questions and levels to show, instead of the request's.",
        ),
    ] = None,
) -> None:
    """Convert a request between YAML and a form in Excel, without loss.

    YAML -> xlsx -> YAML gives the same request; the YAML carries each criterion's question
    as a comment, like 'ossfirst init'. Exit code 0, or 2 for invalid input.
    """
    from ossfirst.output import check_target, write_files

    checked_language(lang)
    refuse_form_suffix(output)
    if output != "-":
        check_target(output, [source])
    loaded, resolved = loaded_with_catalogue(source, catalogue)
    language = lang or loaded.request.language
    content = written(loaded.request, resolved, output, language, source=source.name)
    if output == "-":
        if is_form_target(output):  # pragma: no cover - '-' has no suffix
            raise AssertionError
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
        return
    write_files({Path(output): content}, [source])
    from ossfirst.texts import text

    sys.stderr.write(text("cli.written", language, output=output) + "\n")
