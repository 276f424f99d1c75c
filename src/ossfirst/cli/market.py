# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst market``: find open-source candidates in public-code catalogues
(Markterkundung), and record the search in the request.

Searching must start fast: this module imports only typer and the standard library; a search
loads :mod:`ossfirst.market.search` (sqlite3, no pydantic, no engine).
"""

from __future__ import annotations

import datetime as dt
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ossfirst.cli import options
from ossfirst.cli.app import app
from ossfirst.cli.options import date_option, ui_language
from ossfirst.errors import UsageError

if TYPE_CHECKING:
    from ossfirst.market.index import IndexReport

market_app = typer.Typer(
    help="Market exploration: search public-code catalogues (publiccode.yml) for open-source "
    "candidates, take hits in as alternatives, and record the search in the request.",
    no_args_is_help=True,
)
app.add_typer(market_app, name="market")

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        metavar="PATH",
        help="The index file (default: OSSFIRST_MARKET_DB, else market.sqlite3 in the user's "
        "data directory, e.g. ~/.local/share/ossfirst).",
        show_default=False,
    ),
]


class Output(StrEnum):
    table = "table"
    json = "json"
    yaml = "yaml"


def t(key: str, /, **params: object) -> str:
    from ossfirst.cli.market_search import t as market_text

    return market_text(key, **params)


def _db(path: Path | None) -> Path:
    from ossfirst.market.index import default_path

    return path if path is not None else default_path()


# --- index -----------------------------------------------------------------------------


def _spec(argument: str, snapshot: dt.date | None) -> tuple[str, Path]:
    path = Path(argument)
    name, sep, rest = argument.partition("=")
    if sep and name and not path.exists() and "/" not in name and "\\" not in name:
        path = Path(rest)
    else:
        name = path.resolve().name or str(path)
    if not path.exists():
        from ossfirst.texts import both

        raise UsageError(both("cli.no-source", source=argument))
    return name, path


@market_app.command("index")
def index_command(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Directories (searched recursively for publiccode.yml, a checkout of many "
            "repositories included) and catalogue exports (.json, .jsonl in the shape of the "
            "Developers Italia software API). NAME=PATH names a source; the default name is "
            "its file or directory name.",
            show_default=False,
            metavar="SOURCE",
        ),
    ],
    db: DbOption = None,
    snapshot: Annotated[
        str | None,
        typer.Option(
            metavar="YYYY-MM-DD",
            help="The day the sources were taken (default: the newest file, or the newest "
            "updatedAt of an export).",
        ),
    ] = None,
    fresh: Annotated[
        bool,
        typer.Option(
            "--fresh",
            help="Start a new index: drop the sources of the previous one (and replace a "
            "file at --db that is not an index).",
        ),
    ] = False,
    wait: Annotated[
        float,
        typer.Option(
            metavar="SECONDS", help="How long to wait for another process indexing.", min=0
        ),
    ] = 10.0,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            metavar="N",
            help="Processes reading the files (0: one per core).",
            min=0,
        ),
    ] = 0,
) -> None:
    """Index publiccode.yml files for the market search.

    Re-indexing is incremental (files unchanged since the last run are not read again) and
    gives a byte-identical index for the same input; sources not named are kept. A file that
    cannot be read is listed and skipped. Exit code 0, or 2 when a source or the index
    cannot be used.
    """
    from ossfirst.market import index

    day = date_option(snapshot) if snapshot is not None else None
    specs = [index.SourceSpec(*_spec(s, day), day) for s in sources]
    path = _db(db)
    report = index.build(path, specs, fresh=fresh, wait=wait, jobs=jobs)
    _print_index(report)


def _print_index(report: IndexReport) -> None:
    lang = ui_language()
    out = [
        t("market.indexed", path=report.path, entries=report.entries, sources=len(report.sources))
    ]
    warnings: list[str] = []
    label = t("market.warning")
    for source in report.sources:
        snapshot = source.snapshot.isoformat() if source.snapshot else t("market.snapshot.unknown")
        params = {
            "name": source.name,
            "kind": t("market.kind." + source.kind),
            "location": source.location,
            "snapshot": snapshot,
            "entries": source.entries,
        }
        if source.kept:
            out.append(t("market.indexed.kept", **params))
            continue
        out.append(
            t(
                "market.indexed.source",
                problems=source.with_problems,
                unreadable=len(source.unreadable),
                reused=source.reused,
                **params,
            )
        )
        if source.loops:
            shown = ", ".join(source.loops[:5]) + (" …" if len(source.loops) > 5 else "")
            out.append(
                t("market.indexed.loops", name=source.name, count=len(source.loops), paths=shown)
            )
        base = Path(source.location)
        for origin, problem in source.unreadable:
            where = base / origin if source.kind == "directory" else base.parent / origin
            position = (
                f":{problem.location.line}:{problem.location.column}"
                if (problem.location.line)
                else ""
            )
            warnings.append(
                f"{where}{position}: {label}: {problem.text(lang)} ({t('market.unreadable')})"
            )
    sys.stdout.write("\n".join(out) + "\n")
    for line in warnings:
        sys.stderr.write(line + "\n")


# --- search ----------------------------------------------------------------------------


@market_app.command("search")
def search_command(
    query: Annotated[
        list[str],
        typer.Argument(
            help="What to search for, in any language: a need (Terminvergabe, appointment "
            "booking), a publisher (Firenze), or a proprietary product to replace "
            "(Alternative zu Microsoft Teams). Words are text, never query syntax.",
            show_default=False,
            metavar="QUERY",
        ),
    ],
    category: Annotated[
        list[str] | None,
        typer.Option(
            "--category",
            metavar="CATEGORY",
            help="Only entries of this publiccode.yml category (repeatable).",
        ),
    ] = None,
    country: Annotated[
        str | None,
        typer.Option(
            metavar="CC",
            help="Only entries made for this country (intendedAudience, country section).",
        ),
    ] = None,
    lang: Annotated[
        list[str] | None,
        typer.Option(
            "--lang",
            metavar="de|en|it|...",
            help="Only entries available in this language (localisation; repeatable).",
        ),
    ] = None,
    maintained: Annotated[
        bool,
        typer.Option(
            "--maintained",
            help="Only maintained entries: internal or community maintenance, or a contract "
            "running on the search date.",
        ),
    ] = False,
    status: Annotated[
        list[str] | None,
        typer.Option(
            "--status",
            metavar="STATUS",
            help="Only entries with this developmentStatus (concept, development, beta, "
            "stable, obsolete; repeatable).",
        ),
    ] = None,
    output: Annotated[
        Output, typer.Option("--format", "-f", help="table for people, json or yaml for tools.")
    ] = Output.table,
    limit: Annotated[
        int, typer.Option(metavar="N", help="Show at most N hits.", min=1, max=1000)
    ] = 10,
    raw: Annotated[
        bool,
        typer.Option("--raw", help="Pass QUERY to SQLite FTS5 unchanged (its query syntax)."),
    ] = False,
    record: Annotated[
        Path | None,
        typer.Option(
            metavar="REQUEST",
            help="Record the search and its hits in this request's market_exploration.",
        ),
    ] = None,
    date: Annotated[
        str | None,
        options.date(
            "The search date (recorded; decides what counts as maintained). Default: "
            "SOURCE_DATE_EPOCH, else today."
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Search the market index for open-source candidates.

    Ranks entries by relevance over names, descriptions in every language, features,
    categories and publishers; German, English and Italian words find each other through the
    categories. Each hit shows licence, maintenance, status, release, users, languages and
    why it matched. Exit code 0 (also without hits), or 2.
    """
    from ossfirst.cli.market_search import run_search

    run_search(
        query,
        categories=category or [],
        country=country,
        languages=lang or [],
        maintained=maintained,
        statuses=status or [],
        output=output.value,
        limit=limit,
        raw=raw,
        record=record,
        date=date,
        db=db,
    )


# --- add, set-aside, info --------------------------------------------------------------


@market_app.command("add")
def add_command(
    request: Annotated[
        Path, typer.Argument(help="The request (YAML).", show_default=False, metavar="REQUEST")
    ],
    hits: Annotated[
        list[str],
        typer.Argument(
            help="Hits to take in: a repository URL as the search shows it, or its end "
            "(owner/name), or the software's name.",
            show_default=False,
            metavar="HIT",
        ),
    ],
    ids: Annotated[
        list[str] | None,
        typer.Option(
            "--id",
            metavar="ID",
            help="The new alternative's id (one per hit; default: from its name).",
        ),
    ] = None,
    evidence_dir: Annotated[
        str,
        typer.Option(
            metavar="DIR",
            help="Where the publiccode.yml copies go, relative to the request "
            "(DIR/ID/publiccode.yml).",
        ),
    ] = "evidence",
    db: DbOption = None,
) -> None:
    """Add hits as alternatives, filled in from their publiccode.yml.

    Licence, reuse (usedBy), providers (maintenance contractors) and standards come from the
    file, which is copied beside the request and cited as evidence; what it cannot say is
    marked 'to check'. The request keeps its comments and layout; a recorded market
    exploration notes the hit as taken in. Exit code 0 or 2.
    """
    from ossfirst.market import index
    from ossfirst.market.record import add_alternatives

    connection = index.connect(_db(db))
    try:
        added = add_alternatives(
            request, connection, hits, ids=ids or None, evidence_dir=evidence_dir
        )
    finally:
        connection.close()
    for item in added:
        sys.stdout.write(t("market.added", request=request, id=item.id, key=item.hit.key) + "\n")
        if item.evidence:
            sys.stdout.write("  " + t("market.added.evidence", path=item.evidence) + "\n")
        if item.not_cited:
            sys.stdout.write("  " + t("market.added.not-cited", reason=item.not_cited) + "\n")
    sys.stdout.write(t("market.added.todo") + "\n")
    from ossfirst.load.request import read_request

    if read_request(request).request.market_exploration is None:
        sys.stderr.write(t("market.added.unrecorded", request=request) + "\n")


@market_app.command("set-aside")
def set_aside_command(
    request: Annotated[
        Path, typer.Argument(help="The request (YAML).", show_default=False, metavar="REQUEST")
    ],
    hits: Annotated[
        list[str],
        typer.Argument(
            help="Recorded hits: their repository (or its end, or the name).",
            show_default=False,
            metavar="HIT",
        ),
    ],
    reason: Annotated[
        str,
        typer.Option(
            metavar="REASON",
            help="function-missing, not-relevant, country-specific, not-maintained, "
            "not-mature, wrong-platform, licence-not-open, language-missing, duplicate, other.",
        ),
    ],
    note: Annotated[
        str | None, typer.Option(metavar="TEXT", help="Why, in words (required for other).")
    ] = None,
) -> None:
    """Record in the request's market exploration that hits were set aside, and why.

    Exit code 0 or 2.
    """
    from ossfirst.market.record import set_aside

    for key in set_aside(request, hits, reason, note):
        sys.stdout.write(t("market.set-aside", request=request, key=key, reason=reason) + "\n")


@market_app.command("info")
def info_command(
    db: DbOption = None,
    unreadable: Annotated[
        bool, typer.Option("--unreadable", help="List the files that could not be read.")
    ] = False,
) -> None:
    """Show the index: where it is, its schema, and each catalogue with its snapshot date and
    entries. Exit code 0 or 2."""
    from ossfirst.market import index

    path = _db(db)
    connection = index.connect(path)
    try:
        meta = index.meta(connection)
        found = index.catalogues(connection)
        broken = index.unreadable_files(connection) if unreadable else []
    finally:
        connection.close()
    lines = [
        f"{path}: "
        + t(
            "market.info.schema",
            version=meta.get("schema_version", "?"),
            sqlite=meta.get("sqlite", "?"),
        )
    ]
    for catalogue in found:
        snapshot = (
            catalogue.snapshot.isoformat() if catalogue.snapshot else t("market.snapshot.unknown")
        )
        lines.append(
            "  "
            + t(
                "market.catalogue",
                name=catalogue.name,
                snapshot=snapshot,
                entries=catalogue.entries,
            )
            + f" ({t('market.kind.' + catalogue.kind)} {catalogue.location})"
        )
    if not found:
        lines.append("  " + t("market.info.none"))
    lang = ui_language()
    for source, problem in broken:
        lines.append(f"  {source}: {problem.location}: {problem.text(lang)}")
    sys.stdout.write("\n".join(lines) + "\n")
