# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst evidence``: what ossfirst reads from an evidence file, and what it feeds."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ossfirst.cli import options
from ossfirst.cli.app import app
from ossfirst.cli.options import chosen_language, date_option
from ossfirst.model.evidence import EVIDENCE_KINDS

if TYPE_CHECKING:
    from ossfirst.evidence.kinds import Evidence
    from ossfirst.model.catalogue import Catalogue
    from ossfirst.model.evidence import EvidenceKind
    from ossfirst.words import Phrases

evidence_app = typer.Typer(
    help="Evidence files: publiccode.yml, OpenSSF Scorecard JSON, SBOMs (CycloneDX, SPDX).",
    no_args_is_help=True,
)
app.add_typer(evidence_app, name="evidence")

#: Version of the JSON that ``evidence show --format json`` prints.
SCHEMA_VERSION = "1.0"


#: ``--kind``'s choices: the evidence kinds.
Kind = StrEnum("Kind", [(kind, kind) for kind in EVIDENCE_KINDS])  # type: ignore[misc]


class Output(StrEnum):
    text = "text"
    json = "json"


@evidence_app.command("show")
def show(
    file: Annotated[
        Path,
        typer.Argument(help="The evidence file.", show_default=False, metavar="FILE"),
    ],
    kind: Annotated[
        Kind | None,
        typer.Option(help="The kind of file (default: told from its content)."),
    ] = None,
    catalogue: Annotated[
        str,
        options.catalogue(
            "Catalogue whose criteria, Scorecard weights and accepted licences apply.", short=True
        ),
    ] = "standard",
    horizon_end: Annotated[
        str | None,
        typer.Option(
            metavar="YYYY-MM-DD",
            help="Judge maintenance contracts and licence terms against this date (the end "
            "of a request's horizon).",
        ),
    ] = None,
    lang: Annotated[str | None, options.lang()] = None,
    output: Annotated[
        Output, typer.Option("--format", "-f", help="text for people, json for tools.")
    ] = Output.text,
) -> None:
    """Show what ossfirst reads from an evidence file and which criteria it feeds.

    Exit code 0, or 2 when the file cannot be read or is not what it claims.
    """
    from ossfirst.evidence import standalone
    from ossfirst.load.catalogue import load_catalogue
    from ossfirst.words import Phrases

    language = chosen_language(lang)
    end = date_option(horizon_end) if horizon_end is not None else None
    resolved = load_catalogue(catalogue, Path.cwd())
    evidence = standalone.read(file, resolved, _kind(kind), end)
    words = Phrases(language, {}, {})
    if output == Output.json:
        sys.stdout.write(_json(file, evidence, resolved, words) + "\n")
    else:
        from ossfirst.render import terminal
        from ossfirst.render.sections import evidence as sections

        sys.stdout.write(terminal.write(sections.show(file, evidence, resolved, words, end)))


def _kind(chosen: Kind | None) -> EvidenceKind | None:
    return next((kind for kind in EVIDENCE_KINDS if chosen is not None and kind == chosen), None)


def _json(file: Path, evidence: Evidence, catalogue: Catalogue, words: Phrases) -> str:
    import json

    from ossfirst.render.sections.evidence import feeds

    document = {
        "schema_version": SCHEMA_VERSION,
        "file": str(file),
        "kind": evidence.kind,
        "sha256": evidence.sha256,
        "facts": evidence.facts.model_dump(mode="json"),
        "feeds": feeds(evidence, catalogue, words),
        "date": evidence.derived.date.isoformat() if evidence.derived.date else None,
        "warnings": [
            {
                "code": w.code,
                "params": w.model_dump(mode="json")["params"],
                "text": words.message(w),
            }
            for w in evidence.derived.warnings
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``evidence show --format json`` (without
    ``$schema`` and ``$id``, which ``ossfirst schema evidence`` adds)."""
    from pydantic import TypeAdapter

    from ossfirst.model.result import Message, PubliccodeFacts, SbomFacts, ScorecardFacts

    facts = TypeAdapter(PubliccodeFacts | ScorecardFacts | SbomFacts).json_schema(
        ref_template="#/$defs/{model}", mode="serialization"
    )
    reason = TypeAdapter(Message).json_schema(ref_template="#/$defs/{model}", mode="serialization")
    defs = {**facts.pop("$defs", {}), **reason.pop("$defs", {}), "Message": reason}
    text = {"type": "string"}

    def closed(properties: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": properties,
            "required": list(properties),
            "additionalProperties": False,
        }

    feed = closed(
        {
            "criterion": {"type": "string"},
            "title": {"type": ["string", "null"]},
            "in_catalogue": {"type": "boolean"},
            "score": {"type": "integer", "minimum": 0, "maximum": 4},
            "reason": {"$ref": "#/$defs/Message"},
            "text": text,
        }
    )
    warning = closed({"code": text, "params": {"type": "object"}, "text": text})
    return {
        "title": "ossfirst evidence show --format json",
        "description": "What ossfirst reads from one evidence file and which criteria it feeds.",
        **closed(
            {
                "schema_version": {"const": SCHEMA_VERSION},
                "file": text,
                "kind": {"enum": list(EVIDENCE_KINDS)},
                "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                "facts": facts,
                "feeds": {"type": "array", "items": feed},
                "date": {"type": ["string", "null"], "format": "date"},
                "warnings": {"type": "array", "items": warning},
            }
        ),
        "$defs": defs,
    }
