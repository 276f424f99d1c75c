# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Checking many requests: one file at a time through the pipeline, in parallel, in order.

Each file goes through :func:`ossfirst.api.prepare` and :func:`ossfirst.api.evaluate_prepared`
in a worker process; only its findings travel back (never the Result), so memory stays flat
however many files there are. Results come back in the order of the file list. A file that
breaks, even with an internal error, becomes findings of its own and never stops the others.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, TypeVar

from ossfirst import collect_rarely
from ossfirst.check.files import Kind, Target
from ossfirst.check.findings import Finding, invalid_input, worst
from ossfirst.errors import InputError, Location, Problem
from ossfirst.load.request import named_evidence, read_request
from ossfirst.model.catalogue import Catalogue
from ossfirst.model.rules import LEVELS, RANK, Level, Setting

if TYPE_CHECKING:
    import multiprocessing.context
    from concurrent.futures import Future

    from ossfirst.api import Prepared
    from ossfirst.model.result import Result

Status = Literal["pass", "fail", "invalid", "error"]
S = TypeVar("S")
R = TypeVar("R")

#: Below this many files, starting worker processes costs more than it saves.
PARALLEL_FROM = 48


@dataclass(frozen=True)
class Settings:
    """What every worker needs to check a file; small and picklable."""

    levels: dict[str, Setting]
    fail_on: Level
    lang: str
    today: dt.date
    catalogue: str | None = None
    profile: str | None = None


@dataclass(frozen=True)
class FileReport:
    """The outcome for one request file."""

    path: str
    status: Status
    findings: tuple[Finding, ...]
    request_id: str | None = None
    title: str | None = None
    verdict: str | None = None
    #: The request's own language, when it could be read.
    language: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    #: What the file is: a request, a local catalogue or pairwise comparisons.
    kind: Kind = "request"
    #: The evidence files the request names (resolved paths), checked through it.
    evidence: tuple[str, ...] = ()


def _status(findings: Sequence[Finding], fail_on: Level) -> Status:
    if any(f.rule == "internal-error" for f in findings):
        return "error"
    if any(f.rule == "invalid-input" for f in findings):
        return "invalid"
    if worst(findings) >= RANK[fail_on]:
        return "fail"
    return "pass"


def file_report(
    target: Target,
    findings: list[Finding],
    settings: Settings,
    evidence: tuple[str, ...] = (),
    **info: str | None,
) -> FileReport:
    """The report on ``target`` with ``findings``; its status follows the fail threshold."""
    counts: dict[str, int] = {
        level: sum(1 for f in findings if f.level == level) for level in LEVELS
    }
    return FileReport(
        path=target.display,
        status=_status(findings, settings.fail_on),
        findings=tuple(findings),
        counts=counts,
        kind=target.kind,
        evidence=evidence,
        **info,
    )


def _check_other(target: Target) -> None:
    """Check a local catalogue or pairwise file as what it is; raise :class:`InputError`."""
    if target.kind == "catalogue":
        from ossfirst.load.catalogue import load_catalogue_file

        load_catalogue_file(target.path, target.display)
    else:
        from ossfirst.load.pairwise import read_pairwise

        read_pairwise(target.path, target.display)


# Catalogues are read once per worker and reused for every request that names the same one:
# loading the standard catalogue costs more than evaluating a request.
CATALOGUES: dict[tuple[str, str], Catalogue] = {}


def check_file(target: Target, settings: Settings) -> FileReport:
    """Check one request file; every failure becomes a finding of that file."""
    from ossfirst import api

    lang = settings.lang
    if target.missing:
        from ossfirst.texts import both

        problem = Problem(
            Location(target.display),
            both("cli.no-request"),
            both("cli.hint.path"),
            code="file-not-found",
        )
        return file_report(target, invalid_input([problem], target.display, lang), settings)
    if target.refused is not None:
        return file_report(target, invalid_input([target.refused], target.display, lang), settings)
    evidence: tuple[str, ...] = ()
    try:
        if target.kind != "request":
            _check_other(target)
            return file_report(target, [], settings)
        loaded = read_request(target.path, target.display)
        evidence = named_evidence(loaded)
        prepared = api.prepare_loaded(
            loaded,
            catalogue=settings.catalogue,
            profile=settings.profile,
            catalogues=CATALOGUES,
        )
        # The findings do not depend on the robustness analysis; its Monte-Carlo draws would
        # cost more than the rest of the evaluation, once per file.
        result = api.evaluate_prepared(prepared, draws=0)
        return request_report(target, prepared, result, settings, evidence)
    except InputError as exc:
        return file_report(
            target, invalid_input(exc.problems, target.display, lang), settings, evidence
        )
    except Exception as exc:  # one broken file must not hide the others' findings
        return internal_error(target, exc, settings, evidence)


def request_report(
    target: Target,
    prepared: Prepared,
    result: Result,
    settings: Settings,
    evidence: tuple[str, ...] = (),
) -> FileReport:
    """The report on a request that could be evaluated: every rule's findings under
    ``settings``. ``ossfirst check`` and ``ossfirst portfolio`` both report through it, so
    that a file passes or fails alike in both."""
    from ossfirst.check.findings import findings_for

    request = prepared.loaded.request
    unpinned = None
    if settings.levels.get("unpinned-catalogue", "off") != "off":
        from ossfirst.load.catalogue import unpinned_reference

        unpinned = unpinned_reference(request.catalogue, prepared.loaded.path.parent)
    findings = findings_for(
        result,
        request,
        prepared.loaded.source,
        settings.levels,
        settings.today,
        settings.lang,
        unpinned,
    )
    return file_report(
        target,
        findings,
        settings,
        evidence,
        request_id=request.id,
        title=request.title,
        verdict=result.verdict.status,
        language=request.language,
    )


def internal_error(
    target: Target, exc: Exception, settings: Settings, evidence: tuple[str, ...] = ()
) -> FileReport:
    """The report on a file whose check failed unexpectedly: one ``internal-error``
    finding naming the exception."""
    from ossfirst.texts import text

    finding = Finding(
        rule="internal-error",
        level="error",
        line=0,
        column=0,
        message=text(
            "check.msg.internal-error", settings.lang, error=f"{type(exc).__name__}: {exc}"
        ),
    )
    return file_report(target, [finding], settings, evidence)


def _run_chunk(work: Callable[[Target, S], R], targets: list[Target], settings: S) -> list[R]:
    return [work(target, settings) for target in targets]


def _worker_init() -> None:
    # Ctrl-C goes to the whole process group, and so does a CI runner's SIGTERM: only the
    # main process decides what to do (it stops the workers and writes nothing).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # born with both blocked: see check_files
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGNALS)
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    # What the fork server imported lives as long as the worker: out of the cycle collector's
    # sight, its full collections walk only what the requests leave behind (and the pages
    # shared with the fork server stay shared).
    gc.freeze()
    collect_rarely()


def available_cpus() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _context(preload: Sequence[str]) -> multiprocessing.context.BaseContext:
    import multiprocessing

    # forkserver: workers fork from a clean server that has imported the pipeline once, so
    # they start fast without inheriting the main process's threads, locks or open files;
    # spawn where there is no forkserver (Windows, macOS without it).
    if sys.platform != "win32" and "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(list(preload))
        return context
    return multiprocessing.get_context("spawn")


def check_files(
    targets: Sequence[Target],
    settings: Settings,
    jobs: int = 0,
    progress: Callable[[int], None] | None = None,
) -> Iterator[FileReport]:
    """Reports for ``targets`` in their order, checked by up to ``jobs`` processes (0: one per
    core). ``progress`` is called with the number of files finished after each one."""
    return map_files(check_file, targets, settings, jobs, progress)


def map_files(
    work: Callable[[Target, S], R],
    targets: Sequence[Target],
    settings: S,
    jobs: int = 0,
    progress: Callable[[int], None] | None = None,
    preload: Sequence[str] = ("ossfirst.check.run", "ossfirst.api"),
) -> Generator[R, None, None]:
    """``work(target, settings)`` for each of ``targets``, in their order, by up to ``jobs``
    processes (0: one per core); ``work`` is a module-level function (workers import it by
    name) and ``settings`` small and picklable. ``progress`` is called with the number of
    files finished after each one; ``preload`` names the modules the workers' fork server
    imports once."""
    workers = jobs or available_cpus()
    if workers <= 1 or len(targets) < PARALLEL_FROM:
        for done, target in enumerate(targets, start=1):
            yield work(target, settings)
            if progress is not None:
                progress(done)
        return
    # Small chunks keep both cores busy to the end; a bounded window of chunks in flight
    # keeps memory flat: results are handed on as soon as the ones before them are done.
    chunks = _chunks(targets, workers)
    window = workers * 3
    done = 0
    # imported here: most runs check too few files to start workers
    from concurrent.futures import ProcessPoolExecutor

    executor = ProcessPoolExecutor(workers, mp_context=_context(preload), initializer=_worker_init)
    pending: deque[Future[list[R]]] = deque()
    finished = False
    try:
        queued = iter(chunks)
        # The first submit starts the fork server and the workers: they are born with SIGINT
        # and SIGTERM blocked (a signal to the process group must not interrupt them half
        # started, with a traceback); the workers ignore both, the main process decides.
        with _signals_held():
            for chunk in queued:
                pending.append(executor.submit(_run_chunk, work, chunk, settings))
                if len(pending) >= window:
                    break
        while pending:
            results = pending.popleft().result()
            for chunk in queued:
                pending.append(executor.submit(_run_chunk, work, chunk, settings))
                break
            yield from results
            done += len(results)
            if progress is not None:
                progress(done)
        finished = True
    finally:
        if not finished:
            # Interrupted (or a failure): the workers' chunks are not waited for.
            _stop_workers(executor)
        executor.shutdown(wait=True, cancel_futures=True)


def _chunks(targets: Sequence[Target], workers: int) -> list[list[Target]]:
    """``targets`` in order, in chunks for ``workers`` processes: up to 32 files each, and a
    quarter of that for the last two rounds, so that no worker waits long for the last one
    to finish."""
    size = max(1, min(32, len(targets) // (workers * 8)))
    small = max(1, size // 4)
    last = max(0, len(targets) - workers * size * 2)
    return [list(targets[i : min(i + size, last)]) for i in range(0, last, size)] + [
        list(targets[i : i + small]) for i in range(last, len(targets), small)
    ]


def _stop_workers(executor: object) -> None:
    """End the worker processes of ``executor`` (they ignore SIGINT and SIGTERM)."""
    processes = getattr(executor, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(Exception):
            process.kill()


_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM wait (in this thread, and in processes started meanwhile) until
    the block ends."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
