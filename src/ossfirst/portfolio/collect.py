# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""One file of the portfolio, in a worker: evaluated, checked, summarised, its report
written.

Each request goes through the pipeline as in ``ossfirst evaluate`` (with the robustness
analysis, whose grade the portfolio shows) and through check's findings under the
repository's policy, so that the portfolio's exit code is check's. Its HTML report comes
from the render registry's ``html`` format and is written straight into the site's staging
folder under a temporary name; only the summary travels back to the main process, which
names the report. A file that cannot be evaluated becomes a :class:`NotEvaluable` entry
with its first error, never an omission.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shlex
from collections.abc import MutableMapping
from dataclasses import dataclass
from pathlib import Path

from ossfirst.check.files import Target
from ossfirst.check.findings import Finding, invalid_input
from ossfirst.check.formats import location
from ossfirst.check.run import (
    CATALOGUES,
    FileReport,
    Settings,
    check_file,
    file_report,
    internal_error,
    request_report,
)
from ossfirst.errors import InputError
from ossfirst.load.request import named_evidence
from ossfirst.model.catalogue import Catalogue
from ossfirst.model.portfolio import NotEvaluable, RequestSummary
from ossfirst.portfolio.cache import CacheSettings


@dataclass(frozen=True)
class PortfolioSettings:
    """What every worker needs; small and picklable."""

    check: Settings
    #: The folder the HTML reports are staged in; ``None``: no reports (``--no-reports``).
    staging: str | None
    publish_names: bool
    #: The issue date of the reports (``--date`` or ``SOURCE_DATE_EPOCH``); ``None``: each
    #: request's date, as ``ossfirst evaluate`` does.
    issued: dt.datetime | None = None
    #: Monte-Carlo draws of the robustness analysis; ``None``: the request's, else the
    #: catalogue's, as ``ossfirst evaluate`` does.
    draws: int | None = None
    #: Where to keep each request's outcome for the next run (``--cache``); ``None``: not.
    cache: CacheSettings | None = None


@dataclass(frozen=True)
class Collected:
    """What comes back from a worker for one file."""

    #: check's report on the file (its status and findings decide the exit code).
    report: FileReport
    summary: RequestSummary | None = None
    problem: NotEvaluable | None = None
    #: The staged report's temporary file name inside the staging folder.
    staged: str | None = None


def staged_name(target: Target) -> str:
    """The temporary name of a request's report in the staging folder, unique per file."""
    digest = hashlib.sha256(target.display.encode("utf-8", "surrogateescape")).hexdigest()
    return f".{digest[:32]}.part"


def _command(target: Target, lang: str, settings: PortfolioSettings) -> str:
    """The command that writes the same report, for the report's audit annex: in the words
    ``ossfirst evaluate`` uses for it (:func:`ossfirst.cli.evaluate._command`), so that the
    report is byte for byte the one that command writes."""
    parts = ["ossfirst", "evaluate", target.path.name, "--lang", lang]
    if settings.check.profile:
        parts += ["--profile", settings.check.profile]
    if settings.check.catalogue:
        parts += ["--catalogue", settings.check.catalogue]
    if settings.issued is not None:
        parts += ["--date", settings.issued.date().isoformat()]
    if settings.draws is not None:
        parts += ["--draws", str(settings.draws)]
    return shlex.join(parts)


def _not_evaluable(report: FileReport) -> NotEvaluable:
    first: Finding | None = next(
        (f for f in report.findings if f.rule in ("invalid-input", "internal-error")), None
    )
    count = sum(1 for f in report.findings if f.rule in ("invalid-input", "internal-error"))
    return NotEvaluable(
        path=report.path,
        kind=report.kind,
        status="error" if report.status == "error" else "invalid",
        location=location(report, first) if first else report.path,
        message=" ".join(first.message.split()) if first else "",
        problems=count,
    )


def collect_file(target: Target, settings: PortfolioSettings) -> Collected:
    """Evaluate, check and summarise one file; write its report into the staging folder."""
    if target.kind != "request" or target.missing or target.refused is not None:
        report = check_file(target, settings.check)
        if report.status in ("invalid", "error"):
            return Collected(report, problem=_not_evaluable(report))
        return Collected(report)
    lang = settings.check.lang
    evidence: tuple[str, ...] = ()
    try:
        if settings.cache is not None:
            return _collect_kept(target, settings, settings.cache)
        report, summary, staged, _ = _collect_request(target, settings, CATALOGUES)
    except InputError as exc:
        report = file_report(
            target, invalid_input(exc.problems, target.display, lang), settings.check, evidence
        )
        return Collected(report, problem=_not_evaluable(report))
    except Exception as exc:  # one broken file must not hide the others
        report = internal_error(target, exc, settings.check, evidence)
        return Collected(report, problem=_not_evaluable(report))
    return Collected(report, summary=summary, staged=staged)


def _collect_kept(target: Target, settings: PortfolioSettings, kept: CacheSettings) -> Collected:
    """:func:`collect_file` for a request, whose outcome is kept in the cache: the request
    read before it is evaluated, every file opened meanwhile recorded."""
    from ossfirst.portfolio import cache

    content = target.path.read_bytes()
    with cache.Recorder.recording() as opened:
        report, summary, staged, html = _collect_request(target, settings, _recorded_catalogues())
    if report.status in ("pass", "fail"):
        recorded = cache.inputs(target, opened, report.evidence)
        cache.store(kept, target, content, report, summary, recorded, html)
    return Collected(report, summary=summary, staged=staged)


def _recorded_catalogues() -> MutableMapping[tuple[str, str], Catalogue]:
    from ossfirst.portfolio.cache import RecordedCatalogues

    global _RECORDED  # noqa: PLW0603 - one per worker process, as check's CATALOGUES
    if _RECORDED is None:
        _RECORDED = RecordedCatalogues(CATALOGUES)
    return _RECORDED


_RECORDED: MutableMapping[tuple[str, str], Catalogue] | None = None


def _collect_request(
    target: Target,
    settings: PortfolioSettings,
    catalogues: MutableMapping[tuple[str, str], Catalogue],
) -> tuple[FileReport, RequestSummary, str | None, bytes | None]:
    from ossfirst import api
    from ossfirst.load.request import read_request
    from ossfirst.portfolio.summary import summarise, withhold_names
    from ossfirst.render import RenderOptions, renderer

    check = settings.check
    loaded = read_request(target.path, target.display)
    evidence = named_evidence(loaded)
    prepared = api.prepare_loaded(
        loaded, catalogue=check.catalogue, profile=check.profile, catalogues=catalogues
    )
    result = api.evaluate_prepared(prepared, draws=settings.draws)
    # the same rules as `ossfirst check`, so that the portfolio's exit code is check's
    report = request_report(target, prepared, result, check, evidence)
    staged = content = None
    if settings.staging is not None:
        shown = result if settings.publish_names else withhold_names(result, check.lang)
        options = RenderOptions(
            lang=check.lang,
            command=_command(target, check.lang, settings),
            issued=settings.issued,
        )
        content = renderer("html")(shown, options)
        staged = staged_name(target)
        _write(Path(settings.staging) / staged, content)
    summary = summarise(
        result,
        path=target.display,
        check="fail" if report.status == "fail" else "pass",
        findings=dict(report.counts),
        today=check.today,
        lang=check.lang,
        publish_names=settings.publish_names,
        report=None,
    )
    return report, summary, staged, content


def _write(path: Path, content: bytes) -> None:
    # A new file in the staging folder only this run writes to; the folder is put in place
    # (or removed) as a whole at the end.
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    with os.fdopen(handle, "wb") as stream:
        stream.write(content)
