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


def schema_of(kind: str) -> dict[str, object]:
    """The JSON Schema (draft 2020-12) of a request, catalogue, pairwise comparisons (for
    ``ossfirst weights ahp``) or Result."""
    from pydantic import BaseModel

    model: type[BaseModel]
    if kind == "request":
        from ossfirst.model.request import Request as model
    elif kind == "catalogue":
        from ossfirst.model.catalogue import CatalogueFile as model
    elif kind == "pairwise":
        from ossfirst.model.pairwise import Pairwise as model
    else:
        from ossfirst.model.result import Result as model
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


@app.command()
def schema(
    kind: Annotated[Kind, typer.Argument(help="Which schema.")] = Kind.request,
) -> None:
    """Print the JSON Schema of a request, a catalogue, pairwise comparisons or the JSON Result.

    For the YAML language server (VS Code), save it and start a request with
    '# yaml-language-server: $schema=request.schema.json'.
    """
    import json

    sys.stdout.write(json.dumps(schema_of(kind.value), indent=2, ensure_ascii=False) + "\n")
