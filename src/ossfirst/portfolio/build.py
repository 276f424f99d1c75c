# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Building the portfolio site from the files ``ossfirst check`` would check.

:func:`build` evaluates every file on check's workers (:func:`ossfirst.check.run.map_files`),
keeps a summary per request and writes, into a staging folder: ``index.html``, a report per
request under ``requests/``, ``decisions.csv``, ``alternatives.csv``, ``datapackage.json``,
``portfolio.json`` and ``portfolio.pdf``; then puts the folder in place at once. Its
outcome carries check's summary, whose exit code the command returns.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ossfirst.check.config import CheckConfig
from ossfirst.check.files import Target
from ossfirst.check.formats import Summary
from ossfirst.check.run import Settings, map_files
from ossfirst.model.portfolio import Figures, NotEvaluable, RequestSummary
from ossfirst.portfolio import cache, document, html, opendata, pdf
from ossfirst.portfolio.collect import Collected, PortfolioSettings, collect_file, staged_name
from ossfirst.portfolio.figures import Tally
from ossfirst.portfolio.site import StagedSite
from ossfirst.texts import text


@dataclass(frozen=True)
class Options:
    """How to build the portfolio."""

    output: Path
    lang: str
    #: The reference date: deviations are judged on it; the data are as of it.
    today: dt.date
    #: The issue date of the reports (``--date`` or ``SOURCE_DATE_EPOCH``), if given.
    issued: dt.datetime | None
    policy: CheckConfig
    tool: str
    year: int | None = None
    reports: bool = True
    jobs: int = 0
    catalogue: str | None = None
    profile: str | None = None
    draws: int | None = None
    #: The folder that keeps each request's outcome between runs (``--cache``).
    cache: Path | None = None


@dataclass
class Outcome:
    """What the run found."""

    figures: Figures
    summary: Summary
    problems: list[NotEvaluable]
    #: Requests of other years than ``--year``, left out.
    left_out: int
    folder: Path
    #: The evidence files the requests name (resolved paths), checked through them.
    evidence: set[str]
    #: Requests taken unchanged from the cache (``--cache``).
    reused: int = 0


def report_name(request_id: str, taken: set[str]) -> str:
    """``requests/<id>.html``, or ``<id>_2.html`` and on when another request has the same
    id (compared without case, as Windows and macOS file systems do)."""
    name, number = request_id, 1
    while name.lower() in taken:
        number += 1
        name = f"{request_id}_{number}"
    taken.add(name.lower())
    return f"requests/{name}.html"


def _publisher(policy: CheckConfig, organisations: Counter[str]) -> str:
    """The policy's publisher, else the organisation most requests name."""
    if policy.portfolio.publisher:
        return policy.portfolio.publisher
    if organisations:
        return sorted(organisations.items(), key=lambda item: (-item[1], item[0]))[0][0]
    return "–"


def build(
    targets: Sequence[Target],
    inputs: Sequence[Path],
    options: Options,
    progress: Callable[[int], None] | None = None,
) -> Outcome:
    """Evaluate ``targets`` and write the site into ``options.output``. ``inputs`` are the
    files the site folder must not hold (the checked files, the policy)."""
    if options.cache is not None and _inside(options.cache, options.output):
        from ossfirst.errors import UsageError
        from ossfirst.texts import both

        raise UsageError(both("portfolio.cache-in-site", cache=str(options.cache)))
    site = StagedSite(options.output, inputs)
    data: opendata.OpenData | None = None
    try:
        policy = options.policy
        settings = PortfolioSettings(
            check=Settings(
                levels=policy.levels,
                fail_on=policy.fail_on,
                lang=options.lang,
                today=options.today,
                catalogue=options.catalogue,
                profile=options.profile,
            ),
            staging=str(site.path("requests")) if options.reports else None,
            publish_names=policy.portfolio.publish_names,
            issued=options.issued,
            draws=options.draws,
        )
        kept = None
        if options.cache is not None:
            kept = cache.Cache(options.cache, cache.context(settings))
            settings = replace(settings, cache=kept.settings)
        data = opendata.OpenData(site.root, policy.portfolio.publish_names, _dimensions(options))
        tally = Tally()
        summary = Summary()
        organisations: Counter[str] = Counter()
        taken: set[str] = set()
        left_out = 0
        evidence: set[str] = set()
        for collected in _collected(targets, settings, options.jobs, progress, kept):
            summary.add(collected.report)
            evidence.update(collected.report.evidence)
            found: RequestSummary | None = collected.summary
            staged = site.path(f"requests/{collected.staged}") if collected.staged else None
            if collected.problem is not None:
                tally.add_problem(collected.problem)
                data.add_problem(collected.problem)
            if found is None:
                continue
            if options.year is not None and found.year != options.year:
                left_out += 1
                if staged is not None:
                    staged.unlink()
                continue
            if staged is not None:
                name = report_name(found.id, taken)
                staged.replace(site.path(name))
                found = found.model_copy(update={"report": name})
            organisations[found.organisation] += 1
            tally.add(found)
            data.add(found)
        summary.finish()
        data.close_tables()
        figures = tally.figures()
        _finish(site, data, tally, figures, options, _publisher(policy, organisations), kept)
        site.commit()
        if kept is not None:
            kept.prune()
    finally:
        if data is not None:
            data.discard()
        site.discard()
    reused = kept.reused if kept is not None else 0
    return Outcome(figures, summary, tally.problems, left_out, site.target, evidence, reused)


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):
        return False


def _collected(
    targets: Sequence[Target],
    settings: PortfolioSettings,
    jobs: int,
    progress: Callable[[int], None] | None,
    kept: cache.Cache | None,
) -> Iterator[Collected]:
    """What each of ``targets`` gave, in their order: from the cache where its entry holds,
    else from check's workers."""
    found: list[Collected | None] = [None] * len(targets)
    if kept is not None:
        for index, target in enumerate(targets):
            entry = kept.lookup(target)
            if entry is None:
                continue
            staged = None
            if entry.html is not None and settings.staging is not None:
                staged = staged_name(target)
                (Path(settings.staging) / staged).write_bytes(entry.html)
            found[index] = Collected(entry.report, summary=entry.summary, staged=staged)
    left = [target for target, hit in zip(targets, found, strict=True) if hit is None]
    reused = len(targets) - len(left)
    if progress is not None and reused:
        progress(reused)
    fresh = map_files(
        collect_file,
        left,
        settings,
        jobs,
        (lambda done: progress(reused + done)) if progress is not None else None,
        preload=("ossfirst.check.run", "ossfirst.api", "ossfirst.portfolio.collect"),
    )
    with contextlib.closing(fresh):
        for reused_one in found:
            yield reused_one if reused_one is not None else next(fresh)
        next(fresh, None)  # lets the workers finish and stop


def _dimensions(options: Options) -> list[str]:
    from ossfirst.load.catalogue import load_catalogue

    catalogue = load_catalogue(options.catalogue or options.policy.catalogue or "standard")
    return [d.id for d in catalogue.dimensions]


def _finish(
    site: StagedSite,
    data: opendata.OpenData,
    tally: Tally,
    figures: Figures,
    options: Options,
    publisher: str,
    kept: cache.Cache | None = None,
) -> None:
    """Write what needs every summary: the descriptor, the JSON, the dashboard, the PDF."""
    lang = options.lang
    policy = options.policy.portfolio
    years = [y.year for y in figures.years]
    period = (
        str(options.year)
        if options.year is not None
        else (
            f"{years[0]}–{years[-1]}" if len(set(years)) > 1 else (str(years[0]) if years else "–")
        )
    )
    title = {
        code: text("portfolio.dataset.title", code, publisher=publisher, period=period)
        for code in ("de", "en")
    }
    meta = opendata.Meta(
        name="ossfirst-portfolio" + (f"-{options.year}" if options.year else ""),
        title=title,
        description={
            code: text("portfolio.dataset.description", code, publisher=publisher)
            for code in ("de", "en")
        },
        publisher=publisher,
        licence=policy.licence,
        date=options.today,
        years=(years[0], years[-1]) if years else None,
        url=policy.url,
        tool=options.tool,
        keywords={code: text("portfolio.keywords", code).split("|") for code in ("de", "en")},
    )
    folder = site.root
    (folder / opendata.DESCRIPTOR).write_bytes(opendata.dump(opendata.descriptor(data, meta, lang)))
    data.write_json(
        {
            "generator": options.tool,
            "title": title[lang],
            "lang": lang,
            "date": options.today.isoformat(),
            "year": options.year,
            "publisher": publisher,
            "licence": policy.licence,
            "publish_names": policy.publish_names,
            "figures": figures.model_dump(mode="json"),
        }
    )
    _, _, licence_title = opendata.LICENCES[policy.licence]
    context = document.Context(
        lang=lang,
        title=text("portfolio.title", lang),
        publisher=publisher,
        date=options.today,
        year=options.year,
        licence=policy.licence,
        licence_title=licence_title,
        publish_names=policy.publish_names,
        reports=options.reports,
        tool=options.tool,
    )
    printed = document.build(figures, tally, _limited(context))
    when = options.issued or dt.datetime(
        options.today.year, options.today.month, options.today.day, tzinfo=dt.UTC
    )
    from concurrent.futures import ThreadPoolExecutor  # here: only a site needs a thread

    # Typst releases the GIL while it typesets the annual report (seconds for a thousand
    # requests): the dashboard is written meanwhile. Each writes only its own file.
    with ThreadPoolExecutor(1, thread_name_prefix="ossfirst-pdf") as typesetter:
        annual = typesetter.submit(pdf.write, printed, when, folder, folder / "portfolio.pdf", kept)
        with (folder / "index.html").open("wb") as stream:
            for piece in html.render(document.build(figures, tally, context)):
                stream.write(piece)
        annual.result()


def _limited(context: document.Context) -> document.Context:
    return replace(context, limit=PDF_ROWS, links=False)


#: The annual report shows at most this many rows of a list; the data have them all.
PDF_ROWS = 200
