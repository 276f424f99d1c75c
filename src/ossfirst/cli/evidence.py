# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst evidence``: what ossfirst reads from an evidence file, and what it feeds."""

from __future__ import annotations

import datetime as dt
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
    from ossfirst.render.words import Phrases

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
    from ossfirst.render.words import Phrases

    language = chosen_language(lang)
    end = date_option(horizon_end) if horizon_end is not None else None
    resolved = load_catalogue(catalogue, Path.cwd())
    evidence = standalone.read(file, resolved, _kind(kind), end)
    words = Phrases(language, {}, {})
    if output == Output.json:
        sys.stdout.write(_json(file, evidence, resolved, words) + "\n")
    else:
        sys.stdout.write(_text(file, evidence, resolved, words, end))


def _kind(chosen: Kind | None) -> EvidenceKind | None:
    return next((kind for kind in EVIDENCE_KINDS if chosen is not None and kind == chosen), None)


def _feeds(evidence: Evidence, catalogue: Catalogue, words: Phrases) -> list[dict[str, Any]]:
    feeds = []
    for criterion_id, source in sorted(evidence.derived.levels.items()):
        criterion = catalogue.criterion(criterion_id)
        feeds.append(
            {
                "criterion": criterion_id,
                "title": criterion.title.get(words.lang) if criterion else None,
                "in_catalogue": criterion is not None and criterion.kind == "assessed",
                "score": source.score,
                "reason": source.reason.model_dump(mode="json"),
                "text": words.reason(source),
            }
        )
    return feeds


def _json(file: Path, evidence: Evidence, catalogue: Catalogue, words: Phrases) -> str:
    import json

    document = {
        "schema_version": SCHEMA_VERSION,
        "file": str(file),
        "kind": evidence.kind,
        "sha256": evidence.sha256,
        "facts": evidence.facts.model_dump(mode="json"),
        "feeds": _feeds(evidence, catalogue, words),
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


def _value(value: Any, words: Phrases) -> str:
    if isinstance(value, dt.date):
        return words.date(value)
    if isinstance(value, bool):
        return words.t("yes" if value else "no")
    if isinstance(value, float):
        return words.num(value)
    if value is None:
        return "–"
    if isinstance(value, list):
        return ", ".join(_value(v, words) for v in value) if value else words.t("ev.none")
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_value(v, words)}" for k, v in value.items() if v is not None)
    return str(value)


def _facts(evidence: Evidence) -> list[str]:
    """The plain facts of a file, in model order; tables are printed on their own."""
    skip = {"file", "checks", "not_open", "licensing"}
    return [k for k in type(evidence.facts).model_fields if k not in skip]


def _fact(facts: Any, key: str, words: Phrases) -> str:
    value = getattr(facts, key)
    if key.startswith("depends_"):
        return words.dependencies(value)
    if key == "contractors":
        shown = [words.t("ev.pc.contractor", name=c.name, until=words.date(c.until)) for c in value]
        return "; ".join(shown) or words.t("ev.none")
    if key == "development_status":
        return words.t("ev.status." + value)
    if key == "maintenance":
        return words.t("ev.maintenance." + value)
    return _value(value, words)


def _text(
    file: Path, evidence: Evidence, catalogue: Catalogue, words: Phrases, end: dt.date | None
) -> str:
    t = words.t
    lines = [f"{file}: {t('ev.kind.' + evidence.kind)} (SHA-256 {evidence.sha256})", ""]
    lines.append(t("show.read") + ":")
    shown = [(t("field." + key), _fact(evidence.facts, key, words)) for key in _facts(evidence)]
    width = max(len(label) for label, _ in shown)
    lines += [f"  {label:<{width}}  {value}" for label, value in shown]
    checks = getattr(evidence.facts, "checks", None)
    if checks:
        lines += ["", t("show.checks") + ":"]
        for check in checks:
            risk = t("ev.risk." + check.risk) if check.risk else t("ev.sc.unknown_risk")
            score = f"{check.score}/10" if check.score is not None else t("ev.sc.inconclusive")
            lines.append(
                f"  {check.name:<24} {risk:<10} {words.num(check.weight, 1):>5}  {score:<14}"
                f" {check.criterion or ''}"
            )
    not_open = getattr(evidence.facts, "not_open", None)
    if not_open:
        lines += ["", t("ev.sbom.not_open") + ":"]
        for component in not_open:
            status = t("ev.sbom.status." + component.status)
            if component.optional:
                status += ", " + t("ev.pc.optional")
            if component.own:
                status += ", " + t("ev.sbom.own")
            version = f" {component.version}" if component.version else ""
            lines.append(f"  {component.name}{version}: {component.licence or '–'} ({status})")
    licensing = getattr(evidence.facts, "licensing", None)
    if licensing:
        lines += ["", t("ev.sbom.licensing") + ":"]
        for term in licensing:
            until = words.date(term.expiration) if term.expiration else "–"
            lines.append(
                f"  {term.component}: {', '.join(term.types) or '–'}; "
                f"{t('ev.sbom.expiration')} {until}; {term.licence or '–'}"
            )
    lines += ["", t("show.feeds") + ":"]
    feeds = _feeds(evidence, catalogue, words)
    if not feeds:
        lines.append("  " + t("show.feeds_none"))
    for feed in feeds:
        title = f" ({feed['title']})" if feed["title"] else ""
        note = "" if feed["in_catalogue"] else " " + t("show.not_in_catalogue")
        lines.append(f"  {feed['criterion']}{title}: {feed['score']}/4{note}")
        lines.append(f"    {feed['text']}")
    if evidence.derived.date is not None:
        lines += ["", t("show.dated", date=words.date(evidence.derived.date))]
    if evidence.kind == "publiccode":
        lines += ["", t("show.licence_check")]
    if evidence.kind != "scorecard" and end is None:
        lines.append(t("show.no_horizon"))
    if evidence.derived.warnings:
        lines += ["", t("gap.warnings") + ":"]
        lines += [f"  - {words.message(w)}" for w in evidence.derived.warnings]
    return "\n".join(lines) + "\n"
