# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst check``: the OSS-first policy over a repository of requests, for CI."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperCommand

from ossfirst.check.registry import help_text as formats_help
from ossfirst.cli import options
from ossfirst.cli.app import app
from ossfirst.cli.commands import load_policy, print_skipped
from ossfirst.cli.options import checked_language, format_names, issue_date, message_language
from ossfirst.errors import OutputError, UsageError

_ORDER = "ossfirst.check.order"
_VALUED = {
    "--config",
    "--lang",
    "--date",
    "--jobs",
    "--catalogue",
    "--profile",
    "--compare-catalogue",
}
#: The formats of the upgrade-impact report (``--compare-catalogue``).
IMPACT_FORMATS = ("text", "json", "markdown")
#: Where ``--format auto`` writes GitLab's report when no ``--output`` follows it.
GITLAB_DEFAULT = "gl-code-quality-report.json"


def _order(args: list[str]) -> list[tuple[str, str]]:
    """The ``--format`` and ``--output`` values in the order they were given.

    click collects each repeated option into its own list and so forgets which output
    belongs to which format; the raw arguments still know. Short options may be bundled
    as click allows (``-qf json``, ``-ojunit.xml``)."""
    order: list[tuple[str, str]] = []
    long_names = {"--format": "format", "--output": "output"}
    short_names = {"f": "format", "o": "output"}
    short_valued = {"l", "j"}
    tokens = iter(args)
    for token in tokens:
        if token == "--":  # noqa: S105 - the end of options
            break
        if token.startswith("--"):
            name, _, value = token.partition("=")
            if name in long_names:
                found = value if "=" in token else next(tokens, None)
                if found is not None:
                    order.append((long_names[name], found))
            elif name in _VALUED and "=" not in token:
                next(tokens, None)
            continue
        if not token.startswith("-") or token == "-":  # noqa: S105 - standard input, not a password
            continue
        for index, char in enumerate(token[1:], start=1):
            if char in short_names or char in short_valued:
                rest = token[index + 1 :]
                given = rest or next(tokens, None)
                if char in short_names and given is not None:
                    order.append((short_names[char], given))
                break
    return order


class _CheckCommand(TyperCommand):
    # ``Any``: typer may bring its own copy of click, whose Context is a different class.
    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        ctx.meta[_ORDER] = _order(args)
        return super().parse_args(ctx, args)


def _usage(key: str, /, **params: object) -> UsageError:
    from ossfirst.texts import both

    return UsageError(both(key, **params))


def plan_outputs(
    order: list[tuple[str, str]], environ: dict[str, str] | os._Environ[str]
) -> list[tuple[str, str | None]]:
    """(format, output file or None for standard output) in the order given; ``auto``
    resolved from the environment. Raises :class:`UsageError`."""
    from ossfirst.check.registry import CHOICES, DEFAULT, FORMATS

    pairs: list[list[Any]] = []
    for kind, value in order:
        if kind == "format":
            pairs.extend([name, None] for name in format_names(value, CHOICES))
        else:
            if not pairs or pairs[-1][1] is not None:
                raise _usage("cli.check.output-first", value=value)
            pairs[-1][1] = None if value == "-" else value
    if not pairs:
        pairs = [[DEFAULT, None]]
    plan: list[tuple[str, str | None]] = []
    for name, output in pairs:
        if name == "auto":
            if environ.get("GITHUB_ACTIONS") == "true":
                name = "github"  # noqa: PLW2901
            elif environ.get("GITLAB_CI") == "true":
                # The merge-request widget reads the report file; the job log gets the text.
                plan.append(("gitlab", output or GITLAB_DEFAULT))
                others = [o for n, o in pairs if n != "auto"]
                if None not in others:
                    plan.append(("text", None))
                continue
            else:
                name = "text"  # noqa: PLW2901
        if FORMATS[name].stdout_only and output is not None:
            raise _usage("cli.check.stdout-only", name=name)
        plan.append((name, output))
    to_stdout = [name for name, output in plan if output is None]
    if len(to_stdout) > 1:
        raise _usage("cli.check.one-stdout", names=", ".join(to_stdout))
    files = [output for _, output in plan if output is not None]
    for output in files:
        if files.count(output) > 1:
            raise _usage("cli.check.same-file", output=output)
    return plan


def reference_date(value: str | None, environ: Mapping[str, str]) -> dt.date:
    """The day deviations are judged against: --date, else SOURCE_DATE_EPOCH, else today."""
    moment = issue_date(value, environ)
    return moment.date() if moment else dt.date.today()


def _show_progress(quiet: bool, count: int) -> bool:
    # A bar only for a person at a terminal; in CI logs it would be noise.
    return not quiet and count > 1 and sys.stderr.isatty() and not os.environ.get("CI")


@app.command(cls=_CheckCommand)
def check(
    ctx: typer.Context,
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Request files, directories (every *.yaml and *.yml below) or glob patterns. "
            "Default: the current directory.",
            show_default=False,
            metavar="PATH",
        ),
    ] = None,
    formats: Annotated[
        list[str] | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help=formats_help(),
        ),
    ] = None,
    outputs: Annotated[
        list[str] | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="File for the --format before it; without one the format goes to standard "
            "output (one format at most).",
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
    lang: Annotated[
        str | None,
        options.lang(
            "Language of the messages (default: the policy's 'lang', else OSSFIRST_LANG, else "
            "the requests' 'language' when they agree, else the locale)."
        ),
    ] = None,
    date: Annotated[
        str | None,
        options.date(
            "Day that decides whether a deviation has expired (default: SOURCE_DATE_EPOCH, "
            "else today)."
        ),
    ] = None,
    catalogue: Annotated[
        str | None,
        options.catalogue(
            "Catalogue for every request instead of the policy's or the requests' own."
        ),
    ] = None,
    profile: Annotated[str | None, options.profile("Weight profile for every request.")] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=0, metavar="N", help="Parallel processes; 0: one per core."
        ),
    ] = 0,
    quiet: Annotated[
        bool, options.quiet("No summary and no progress bar on standard error.")
    ] = False,
    sarif_passes: Annotated[
        bool,
        typer.Option(
            "--sarif-passes",
            help="SARIF: add a result of kind 'pass' for each request that passes, for tools "
            "that read 'kind' (GitHub code scanning shows every result as an alert).",
        ),
    ] = False,
    compare_catalogue: Annotated[
        str | None,
        typer.Option(
            "--compare-catalogue",
            metavar="NAME@VERSION|PATH",
            help="Instead of the findings: the upgrade impact of another catalogue version. "
            "Every request is evaluated under its own catalogue and with this one in its "
            "chain (standard@2 replaces the standard catalogue, also under a local catalogue "
            "that extends it); lists each request whose verdict, recommendation or "
            "eligibility changes, with the criteria that make the difference. Formats: text, "
            "json, markdown. Exit code 0 nothing changes, 1 some request changes.",
        ),
    ] = None,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose", "-v", help="List the YAML files skipped because they are not requests."
        ),
    ] = False,
    by_content: Annotated[
        bool,
        typer.Option(
            "--by-content",
            help="Recognise files named on the command line by their content too, as files "
            "found in directories are (for pre-commit, which passes every changed YAML file).",
        ),
    ] = False,
) -> None:
    """Check a repository of requests against the OSS-first policy, for CI.

    Requests are known by their 'ossfirst:' key; local catalogues and pairwise files below
    the paths are checked as what they are, evidence through the requests that name it, and
    other YAML files are skipped. Prints findings as file:line:col with a rule id; the policy
    (ossfirst.toml) sets levels and the fail threshold; requests may record deviations. Exit
    code 0 policy holds, 1 a finding at or above the threshold, 2 invalid input or usage, 3
    internal error.
    """
    from ossfirst import __version__
    from ossfirst.check.files import discover, display_path
    from ossfirst.check.formats import RunInfo, Summary, writer
    from ossfirst.check.run import Settings, check_files
    from ossfirst.output import StagedFiles

    del formats, outputs  # read in the order given, from the raw arguments
    order: list[tuple[str, str]] = ctx.meta.get(_ORDER, [])
    plan = plan_outputs(order, os.environ)
    checked_language(lang)
    today = reference_date(date, os.environ)
    arguments = list(paths or ["."])
    policy = load_policy(arguments, config)
    cwd = Path.cwd()
    discovery = discover(arguments, policy, cwd, by_content=by_content)
    targets = discovery.targets
    # --lang, the policy's, OSSFIRST_LANG, the requests' 'language:' when they agree, the locale
    report_lang = message_language(
        lang or policy.lang, [t.path for t in targets if t.kind == "request" and not t.missing]
    )
    if compare_catalogue is not None:
        code = _compare(
            compare_catalogue,
            targets,
            plan,
            report_lang,
            catalogue or policy.catalogue,
            profile or policy.profile,
            quiet,
        )
        raise typer.Exit(code)
    settings = Settings(
        levels=policy.levels,
        fail_on=policy.fail_on,
        lang=report_lang,
        today=today,
        catalogue=catalogue or policy.catalogue,
        profile=profile or policy.profile,
    )
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    info = RunInfo(
        lang=report_lang,
        tool_version=__version__,
        fail_on=policy.fail_on,
        levels=policy.levels,
        date=today,
        config=display_path(policy.path, cwd) if policy.path else None,
        step_summary=Path(summary_file) if summary_file else None,
        sarif_passes=sarif_passes,
    )
    # A report must never land on a file of the repository it checks, nor on the policy.
    inputs = [t.path for t in targets] + [s.path for s in discovery.skipped]
    staged = StagedFiles([*inputs, *([policy.path] if policy.path else [])])
    try:
        writers = []
        for name, output in plan:
            stream = sys.stdout.buffer if output is None else staged.open(output)
            writers.append((writer(name, stream, info), stream))
        summary = Summary()
        for each, _ in writers:
            each.begin()
        progress = _progress(len(targets)) if _show_progress(quiet, len(targets)) else None
        evidence: set[str] = set()
        try:
            for report in check_files(targets, settings, jobs, progress[1] if progress else None):
                summary.add(report)
                evidence.update(report.evidence)
                for each, _ in writers:
                    each.file(report)
        finally:
            if progress is not None:
                progress[0].stop()
        code = summary.finish()
        for each, stream in writers:
            each.end(summary)
            stream.flush()
        staged.commit()
    except OSError as exc:  # a full disk or a closed pipe while the reports are written
        from ossfirst.texts import both

        raise OutputError(both("cli.check.unwritable", reason=exc.strerror or exc)) from None
    finally:
        staged.discard()
    if not quiet:
        _print_summary(summary, report_lang)
        print_skipped(discovery.not_named(evidence), report_lang, verbose)
    raise typer.Exit(code)


def _compare(
    reference: str,
    targets: list[Any],
    plan: list[tuple[str, str | None]],
    lang: str,
    catalogue: str | None,
    profile: str | None,
    quiet: bool,
) -> int:
    """The upgrade impact of ``reference`` on every request (``--compare-catalogue``)."""
    from ossfirst.check import impact
    from ossfirst.load.catalogue import load_catalogue, split_ref
    from ossfirst.output import write_files

    for name, _ in plan:
        if name not in IMPACT_FORMATS:
            raise _usage("cli.check.compare-format", formats=", ".join(IMPACT_FORMATS), name=name)
    if split_ref(reference) is None:
        reference = str(Path(reference).resolve())
    load_catalogue(reference)  # a reference that does not load is bad usage, said once
    impacts = [
        impact.compare_file(target, reference, catalogue=catalogue, profile=profile, lang=lang)
        for target in targets
    ]
    shown = reference if split_ref(reference) else os.path.relpath(reference)
    writers = {
        "text": lambda: impact.text_report(impacts, shown, lang),
        "markdown": lambda: impact.markdown_report(impacts, shown, lang),
        "json": lambda: impact.json_report(impacts, shown),
    }
    files = {}
    for name, output in plan:
        content = writers[name]()
        if output is None:
            sys.stdout.write(content)
        else:
            files[Path(output)] = content.encode("utf-8")
    if files:
        write_files(files)
    if not quiet:
        sys.stderr.write(impact.text_report(impacts, shown, lang).splitlines()[-1] + "\n")
    return impact.exit_code(impacts)


def _progress(total: int) -> tuple[Any, Any]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    bar = Progress(
        "ossfirst check",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        transient=True,
        console=__import__("rich.console").console.Console(stderr=True),
    )
    task = bar.add_task("check", total=total)
    bar.start()
    return bar, lambda done: bar.update(task, completed=done)


def _print_summary(summary: Any, lang: str) -> None:
    from ossfirst.texts import text

    if summary.files == 0:
        sys.stderr.write(text("check.sum.none", lang) + "\n")
        return
    others = {k: n for k, n in summary.kinds.items() if k != "request"}
    counted = {
        name: text(f"check.count.{name}", lang, count=count)
        for name, count in (
            ("all", summary.files),
            ("files", summary.kinds.get("request", 0) if others else summary.files),
            ("catalogues", others.get("catalogue", 0)),
            ("pairwise", others.get("pairwise", 0)),
            ("errors", summary.levels["error"]),
            ("warnings", summary.levels["warning"]),
            ("notes", summary.levels["note"]),
        )
    }
    sys.stderr.write(
        text(
            "check.sum.line-files" if others else "check.sum.line",
            lang,
            passed=summary.passed,
            failed=summary.failed,
            invalid=summary.invalid + summary.internal,
            **counted,
        )
        + "\n"
    )
