# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst schema``: JSON Schemas for editors and other tools."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from ossfirst.cli.app import app


class Kind(StrEnum):
    request = "request"
    catalogue = "catalogue"
    pairwise = "pairwise"
    result = "result"
    check = "check"
    evidence = "evidence"
    portfolio = "portfolio"


def schema_id(kind: str) -> str:
    """Where the schema of ``kind`` is published: docs/schemas/ of the release."""
    from ossfirst import PROJECT_URL, __version__

    return f"{PROJECT_URL}/-/raw/v{__version__}/docs/schemas/{kind}.schema.json"


def schema_of(kind: str) -> dict[str, object]:
    """The JSON Schema (draft 2020-12) of a request, catalogue, pairwise comparisons (for
    ``ossfirst weights ahp``), Result, ``check --format json``, ``evidence show --format
    json`` or the portfolio's ``portfolio.json``, with its ``$id``."""
    from pydantic import BaseModel

    body: dict[str, object]
    if kind == "check":
        from ossfirst.check.formats.json import json_schema

        body = json_schema()
    elif kind == "evidence":
        from ossfirst.cli.evidence import json_schema as evidence_schema

        body = evidence_schema()
    else:
        model: type[BaseModel]
        if kind == "request":
            from ossfirst.model.request import Request as model
        elif kind == "catalogue":
            from ossfirst.model.catalogue import CatalogueFile as model
        elif kind == "pairwise":
            from ossfirst.model.pairwise import Pairwise as model
        elif kind == "portfolio":
            from ossfirst.model.portfolio import Portfolio as model
        else:
            from ossfirst.model.result import Result as model
        body = model.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_id(kind),
        **body,
    }


@app.command()
def schema(
    kind: Annotated[Kind, typer.Argument(help="Which schema.")] = Kind.request,
) -> None:
    """Print the JSON Schema of a request, a catalogue, pairwise comparisons, the JSON Result,
    'check --format json', 'evidence show --format json' or the portfolio's portfolio.json.

    For the YAML language server (VS Code), save it and start a request with
    '# yaml-language-server: $schema=request.schema.json' (ossfirst init writes the line with
    the schema's published address).
    """
    import json

    sys.stdout.write(json.dumps(schema_of(kind.value), indent=2, ensure_ascii=False) + "\n")
