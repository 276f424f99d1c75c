# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst market search`` without typer: the search, its output, and a fast way in.

A search is over in milliseconds; starting the command line is most of its time, and typer
(with the pydantic it uses to convert option values) costs several times a search. So
:func:`fast` parses a well-formed ``market search`` with :mod:`argparse` and runs it
directly; anything else (help, a typo in an option, ``--debug``) goes the usual way through
typer, which prints its usual messages. Both ways run :func:`run_search`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from ossfirst.errors import InputError, OssfirstError, OutputError, UsageError

if TYPE_CHECKING:
    from ossfirst.market.search import Hit, Reason, Results

FORMATS = ("table", "json", "yaml")


def ui_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of messages on the terminal: OSSFIRST_LANG, else the locale (as
    :func:`ossfirst.cli.options.ui_language`, which a test keeps equal)."""
    env = os.environ if environ is None else environ
    for name in ("OSSFIRST_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "de" if value.lower().startswith("de") else "en"
    return "en"


def t(key: str, /, **params: object) -> str:
    """The text ``key`` of ``ossfirst market`` (``market.*``) in the language of messages;
    read from its area of the catalogue alone, so that a search starts fast."""
    from ossfirst.texts import market, text_in

    return text_in(market.TEXTS, key, ui_language(), **params)


def search_day(value: str | None, environ: Mapping[str, str] | None = None) -> dt.date:
    """The search date: ``--date``, else ``SOURCE_DATE_EPOCH``, else today (the rules of
    :func:`ossfirst.cli.options.issue_date`)."""
    import re

    env = os.environ if environ is None else environ
    if value is not None:
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError(value)
            return dt.date.fromisoformat(value)
        except ValueError:
            from ossfirst.texts import both

            raise UsageError(both("cli.invalid-date", value=value)) from None
    epoch = env.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            seconds = int(epoch)
            if not 0 <= seconds < 253402300800:
                raise ValueError(epoch)
        except ValueError:
            from ossfirst.texts import both

            raise UsageError(both("cli.invalid-epoch", epoch=epoch)) from None
        return dt.datetime.fromtimestamp(seconds, dt.UTC).date()
    return dt.date.today()


def _categories(values: list[str]) -> tuple[str, ...]:
    from ossfirst.market.vocabulary import vocabulary

    known = vocabulary().categories
    found = []
    for value in values:
        for part in value.split(","):
            name = part.strip().lower()
            if not name:
                continue
            if name not in known:
                from ossfirst.load.validate import suggestion
                from ossfirst.texts import both

                hint = suggestion(name, sorted(known))
                raise UsageError(both("cli.unknown-category", name=name, hint=hint))
            found.append(name)
    return tuple(found)


def _listed(values: list[str], pattern: str, option: str) -> tuple[str, ...]:
    import re

    found = []
    for value in values:
        for part in value.split(","):
            item = part.strip()
            if not item:
                continue
            if not re.fullmatch(pattern, item):
                from ossfirst.texts import both

                raise UsageError(both("cli.invalid-value", item=item, option=option))
            found.append(item)
    return tuple(found)


def run_search(
    query: list[str],
    *,
    categories: list[str],
    country: str | None,
    languages: list[str],
    maintained: bool,
    statuses: list[str],
    output: str,
    limit: int,
    raw: bool,
    record: Path | None,
    date: str | None,
    db: Path | None,
) -> None:
    """Search, print the hits in ``output`` format, and record them when asked."""
    from ossfirst.market import index, search

    text = " ".join(query).strip()
    filters = search.Filters(
        categories=_categories(categories),
        country=(_listed([country], r"[A-Za-z]{2}", "--country")[0].upper() if country else None),
        languages=tuple(v.lower() for v in _listed(languages, r"[A-Za-z]{2,3}", "--lang")),
        maintained=maintained,
        statuses=_listed(statuses, "|".join(search.STATUSES), "--status"),
    )
    day = search_day(date)
    path = db if db is not None else index.default_path()
    connection = index.connect(path)
    try:
        results = search.search(connection, text, filters, limit=limit, raw=raw, day=day)
    finally:
        connection.close()
    if output == "table":
        sys.stdout.write(_table(results))
    elif output == "json":
        import json

        sys.stdout.write(json.dumps(search.as_dict(results), indent=2, ensure_ascii=False) + "\n")
    else:
        import yaml

        sys.stdout.write(
            yaml.safe_dump(search.as_dict(results), sort_keys=False, allow_unicode=True, width=100)
        )
    if record is not None:
        from ossfirst.market.record import record_search

        added, listed = record_search(record, results)
        sys.stderr.write(t("market.recorded", request=record, added=added, listed=listed) + "\n")


def _licence(hit: Hit) -> str:
    if not hit.licence:
        return t("market.licence.none")
    if hit.osi is None:
        return f"{hit.licence} ({t('market.licence.unknown')})"
    osi = t("market.osi") if hit.osi else t("market.osi.no")
    fsf = t("market.fsf") if hit.fsf else t("market.fsf.no")
    return f"{hit.licence} ({osi}, {fsf})"


def _maintenance(hit: Hit, day: dt.date) -> str:
    kind = hit.maintenance
    if kind == "contract" and hit.until:
        if hit.until >= str(day):
            return t("market.maintenance.contract-until", until=hit.until)
        return t("market.maintenance.contract-ended", until=hit.until)
    if kind in ("internal", "community", "contract", "none"):
        return t("market.maintenance." + kind)
    return kind if kind else t("market.maintenance.unknown")


def _reason(reason: Reason) -> str:
    terms = " " + t("market.quoted", text=", ".join(reason.terms)) if reason.terms else ""
    if reason.kind == "description":
        return t("market.why.description", lang=reason.lang or "?") + terms
    implied = f", {t('market.why.via.' + reason.via)}" if reason.via else ""
    if reason.kind == "category":
        via = f" ({', '.join(reason.keywords[:3])})" if reason.keywords else ""
        return t("market.why.category", category=reason.category) + implied + via
    if reason.kind == "product":
        return t("market.why.product", category=reason.category, product=reason.product) + implied
    return t("market.why." + reason.kind) + terms


def _table(results: Results) -> str:
    from ossfirst.errors import printable

    lang = ui_language()
    quote = t("market.quoted", text=results.query)
    if not results.found:
        count = t("market.found.none")
    elif results.found > len(results.hits):
        count = t("market.found", found=results.found, shown=len(results.hits))
    else:
        count = t("market.found.all", found=results.found)
    lines = [f"{t('market.title')}: {quote} – {count}"]
    for catalogue in results.catalogues:
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
        )
    filters = results.filters.as_dict()
    if filters:
        shown = ", ".join(
            k if v is True else f"{k}={','.join(v) if isinstance(v, list) else v}"
            for k, v in filters.items()
        )
        lines.append(f"  {t('market.filters')}: {shown}")
    from ossfirst.market.vocabulary import vocabulary

    for name in results.products:
        product = next(p for p in vocabulary().products if p.name == name)
        lines.append(
            "  " + t("market.product", product=name, categories=", ".join(product.categories))
        )
    if results.categories:
        lines.append(
            "  " + t("market.categories", categories=", ".join(sorted(results.categories)))
        )
    for hit in results.hits:
        lines.append("")
        lines.append(f"{hit.rank:>2}. {printable(hit.name)}")
        lines.append(f"    {printable(hit.url or hit.key)}")
        summary = hit.summary(lang)
        if summary:
            flat = printable(" ".join(summary.split()))
            lines.append(f"    {flat[:117] + '…' if len(flat) > 118 else flat}")
        facts = [
            f"{t('market.licence')}: {_licence(hit)}",
            f"{t('market.maintenance')}: {_maintenance(hit, results.date)}",
            f"{t('market.status')}: {hit.status or '–'}",
            f"{t('market.released')}: {hit.released or '–'}",
            t("market.used-by", count=hit.used_by),
            f"{t('market.languages')}: {', '.join(hit.languages) or '–'}",
        ]
        lines.append("    " + printable(" · ".join(facts)))
        if hit.publisher:
            origin = t("market.catalogue.of", catalogue=hit.catalogue)
            lines.append(f"    {t('market.publisher')}: {printable(hit.publisher)} · {origin}")
        if hit.reasons:
            why = "; ".join(_reason(r) for r in hit.reasons)
            lines.append(f"    {t('market.why')}: {printable(why)}")
        if hit.problem_count:
            first = hit.problems[0].text(lang) if hit.problems else ""
            lines.append("    " + t("market.problems", count=hit.problem_count, first=first))
    if results.hits:
        reference = results.hits[0].url or results.hits[0].key
        lines += ["", t("market.next", ref=printable(reference))]
    return "\n".join(lines) + "\n"


# --- the fast way in ---------------------------------------------------------------------


class _Unusual(Exception):
    """The arguments are not a plain, well-formed search: let typer handle them."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _Unusual(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ossfirst market search", add_help=False, allow_abbrev=False)
    parser.add_argument("query", nargs="+")
    parser.add_argument("--category", action="append", default=[])
    parser.add_argument("--country")
    parser.add_argument("--lang", action="append", default=[])
    parser.add_argument("--maintained", action="store_true")
    parser.add_argument("--status", action="append", default=[])
    parser.add_argument("--format", "-f", choices=FORMATS, default="table")
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("--raw", action="store_true")
    parser.add_argument("--record", type=Path)
    parser.add_argument("--date")
    parser.add_argument("--db", type=Path)
    return parser


def fast(argv: list[str]) -> int | None:
    """Run ``market search`` with the arguments after ``search``; ``None`` when they are
    not a plain, well-formed search (then the caller runs typer)."""
    if any(a in ("-h", "--help") or a.startswith("--help") for a in argv):
        return None
    try:
        args = _parser().parse_args(argv)
    except _Unusual:
        return None
    if not 1 <= args.limit <= 1000 or any(not q.strip() for q in args.query[:1]):
        return None
    lang = ui_language()
    try:
        run_search(
            args.query,
            categories=args.category,
            country=args.country,
            languages=args.lang,
            maintained=args.maintained,
            statuses=args.status,
            output=args.format,
            limit=args.limit,
            raw=args.raw,
            record=args.record,
            date=args.date,
            db=args.db,
        )
    except InputError as exc:
        from ossfirst.texts import text

        label = text("cli.error", lang)
        for problem in exc.problems:
            sys.stderr.write(f"{problem.location}: {label}: {problem.text(lang)}\n")
        return 2
    except (UsageError, OutputError) as exc:
        sys.stderr.write(f"ossfirst: {exc.text(lang)}\n")
        return 2
    except OssfirstError as exc:  # pragma: no cover - every error above is one of those
        sys.stderr.write(f"ossfirst: {exc}\n")
        return 2
    except KeyboardInterrupt:
        from ossfirst.texts import text

        sys.stderr.write("ossfirst: " + text("cli.interrupted", lang) + "\n")
        return 130
    except Exception as exc:
        from ossfirst.texts import text

        kind, hint = text("cli.internal-error", lang), text("cli.hint.debug", lang)
        sys.stderr.write(f"ossfirst: {kind}: {type(exc).__name__}: {exc} ({hint})\n")
        return 3
    return 0
