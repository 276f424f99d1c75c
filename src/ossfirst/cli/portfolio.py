# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst portfolio``: a repository of requests as a public dashboard, open data and an
annual report for the council."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ossfirst.cli.app import app
from ossfirst.cli.options import checked_language, issue_date, ui_language
from ossfirst.errors import OutputError, UsageError, printable


def _year(value: str | None) -> int | None:
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}", value) or not 1900 <= int(value) <= 2199:
        from ossfirst.texts import both

        raise UsageError(both("cli.invalid-year", value=value))
    return int(value)


@app.command()
def portfolio(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Request files, directories (every *.yaml and *.yml below, known by their "
            "content) or glob patterns, as for 'check'. Default: the current directory.",
            show_default=False,
            metavar="PATH",
        ),
    ] = None,
    output_dir: Annotated[
        Path,
        typer.Option(
            "--output-dir",
            "-d",
            metavar="DIR",
            help="Folder of the site, replaced as a whole: it must be empty, new, or an "
            "earlier portfolio.",
        ),
    ] = Path("site"),
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            "-l",
            metavar="de|en",
            help="Language of the site and the reports (default: the policy's 'lang', else "
            "the locale).",
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            metavar="YYYY-MM-DD",
            help="Reference date: deviations in force on it, the data as of it, the reports' "
            "date of issue (default: SOURCE_DATE_EPOCH, else today).",
        ),
    ] = None,
    year: Annotated[
        str | None,
        typer.Option(
            metavar="YYYY",
            help="Only the requests of this year (of the decision, else of the request).",
        ),
    ] = None,
    no_reports: Annotated[
        bool,
        typer.Option("--no-reports", help="Write no HTML report per request."),
    ] = False,
    draws: Annotated[
        int | None,
        typer.Option(
            metavar="N",
            min=0,
            max=1_000_000,
            help="Monte-Carlo draws of each request's robustness analysis, as for 'evaluate' "
            "(default: the request's, else the catalogue's; 0: none, the robustness grades "
            "then read 'not analysed').",
        ),
    ] = None,
    cache: Annotated[
        Path | None,
        typer.Option(
            metavar="DIR",
            help="Keep each request's outcome in DIR and reuse it in the next run while the "
            "request, every file it was evaluated from, this ossfirst and the settings are "
            "unchanged (for CI: cache the folder between pipelines). Outside the site folder.",
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Policy file to use; default: ossfirst.toml or [tool.ossfirst] in "
            "pyproject.toml, looked for upward from the first PATH.",
        ),
    ] = None,
    catalogue: Annotated[
        str | None,
        typer.Option(
            metavar="NAME|PATH",
            help="Catalogue for every request instead of the policy's or the requests' own.",
        ),
    ] = None,
    profile: Annotated[
        str | None, typer.Option(metavar="NAME", help="Weight profile for every request.")
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=0, metavar="N", help="Parallel processes; 0: one per core."
        ),
    ] = 0,
    quiet: Annotated[
        bool,
        typer.Option("--quiet", "-q", help="No summary and no progress bar on standard error."),
    ] = False,
) -> None:
    """Write a transparency portfolio: a dashboard, open data and the annual report.

    Evaluates every request as 'evaluate' does and checks it as 'check' does (same files,
    policy and parallel workers), and writes into DIR: index.html (a self-contained
    dashboard), requests/<id>.html (each request's report), decisions.csv and
    alternatives.csv with datapackage.json (a Frictionless Data Package with DCAT-AP.de
    fields), portfolio.json and portfolio.pdf (PDF/A-3b, the data attached). Names of people
    are left out unless the policy says publish-names = true. Exit codes as 'check': 0 the
    policy holds, 1 a finding at or above the threshold, 2 invalid input or usage (a
    request that cannot be evaluated is listed as such, and the site is still written),
    3 internal error.
    """
    from ossfirst import __version__
    from ossfirst.check.files import discover
    from ossfirst.cli.check import reference_date
    from ossfirst.cli.commands import load_policy, print_skipped
    from ossfirst.portfolio.build import Options, build
    from ossfirst.texts import both, text

    checked_language(lang)
    chosen_year = _year(year)
    today = reference_date(date, os.environ)
    issued = issue_date(date, os.environ)
    arguments = list(paths or ["."])
    policy = load_policy(arguments, config)
    site_lang = lang or policy.lang or ui_language()
    discovery = discover(arguments, policy, Path.cwd())
    targets = discovery.targets
    inputs = [t.path for t in targets] + [s.path for s in discovery.skipped]
    if policy.path is not None:
        inputs.append(policy.path)
    options = Options(
        output=output_dir,
        lang=site_lang,
        today=today,
        issued=issued,
        policy=policy,
        tool=f"ossfirst {__version__}",
        year=chosen_year,
        reports=not no_reports,
        jobs=jobs,
        catalogue=catalogue or policy.catalogue,
        profile=profile or policy.profile,
        draws=draws,
        cache=cache,
    )
    show = not quiet and len(targets) > 1 and sys.stderr.isatty() and not os.environ.get("CI")
    bar = _progress(len(targets), text("portfolio.cli.progress", site_lang)) if show else None
    try:
        outcome = build(targets, inputs, options, bar[1] if bar else None)
    except OSError as exc:
        raise OutputError(both("cli.portfolio-unwritable", reason=exc.strerror or exc)) from None
    finally:
        if bar is not None:
            bar[0].stop()
    label = text("cli.error", site_lang)
    for problem in outcome.problems:
        sys.stderr.write(f"{printable(problem.location)}: {label}: {printable(problem.message)}\n")
    if not quiet:
        figures = outcome.figures
        sys.stderr.write(
            text(
                "portfolio.cli.done",
                site_lang,
                folder=printable(str(output_dir)),
                requests=figures.requests,
                counted=figures.counted,
                invalid=figures.not_evaluable,
                failed=figures.check_failed,
            )
            + "\n"
        )
        if outcome.left_out:
            sys.stderr.write(
                text(
                    "portfolio.cli.other-years",
                    site_lang,
                    count=outcome.left_out,
                    year=chosen_year,
                )
                + "\n"
            )
        if cache is not None:
            sys.stderr.write(
                text(
                    "portfolio.cli.reused",
                    site_lang,
                    count=outcome.reused,
                    total=len(targets),
                    folder=printable(str(cache)),
                )
                + "\n"
            )
        print_skipped(discovery.not_named(outcome.evidence), site_lang, False)
    raise typer.Exit(outcome.summary.exit_code)


def _progress(total: int, label: str) -> tuple[Any, Any]:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    bar = Progress(
        label,
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        transient=True,
        console=Console(stderr=True),
    )
    task = bar.add_task("portfolio", total=total)
    bar.start()
    return bar, lambda done: bar.update(task, completed=done)
