# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What ``ossfirst evaluate`` and ``ossfirst validate`` do, without typer: the typer commands
(:mod:`ossfirst.cli.evaluate`, :mod:`ossfirst.cli.validate`) and the quick way in that
skips typer for a plain command line (:mod:`ossfirst.cli.fast`) both call these."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ossfirst.cli.base import EXIT_INVALID, EXIT_OK, EXIT_VIOLATED, err, report_input_error
from ossfirst.cli.options import checked_language, format_names, issue_date, message_language
from ossfirst.errors import InputError, Location, Problem, UsageError, printable
from ossfirst.render import FORMATS, SHORT_FORMATS

if TYPE_CHECKING:
    from ossfirst.api import Prepared
    from ossfirst.check.config import CheckConfig
    from ossfirst.check.files import Discovery, Skipped
    from ossfirst.model.result import Result


def parse_formats(values: list[str]) -> list[str]:
    """``["md,json", "html"]`` to ``["md", "json", "html"]``, checked against the registry."""
    formats: list[str] = []
    for value in values:
        for name in format_names(value, FORMATS, {"markdown": "md"}):
            if name not in formats:
                formats.append(name)
    return formats or ["md"]


def _command(
    request: Path,
    lang: str,
    profile: str | None,
    catalogue: str | None,
    date: str | None,
    draws: int | None,
) -> str:
    parts = ["ossfirst", "evaluate", request.name, "--lang", lang]
    if profile:
        parts += ["--profile", profile]
    if catalogue:
        parts += ["--catalogue", catalogue]
    if date:
        parts += ["--date", date]
    if draws is not None:
        parts += ["--draws", str(draws)]
    import shlex

    return shlex.join(parts)


def evaluate(
    request: Path,
    formats: list[str],
    output_dir: Path,
    output: str | None,
    lang: str | None,
    profile: str | None,
    catalogue: str | None,
    date: str | None,
    draws: int | None,
    quiet: bool,
    *,
    short: bool = False,
) -> int:
    """``ossfirst evaluate``; the exit code. ``short``: the short version for the council
    paper, with the report as its appendix, as ``<id>.short.<ext>``."""
    from ossfirst import api
    from ossfirst.output import check_target, write_files
    from ossfirst.texts import both, text

    message_language(lang, [request])  # errors in the officer's language from here on
    chosen = parse_formats(formats)
    if output is not None and len(chosen) != 1:
        raise UsageError(both("cli.output-one-format"))
    other = [name for name in chosen if name not in SHORT_FORMATS]
    if short and other:
        names = ", ".join(other)
        raise UsageError(both("cli.short-format", short=", ".join(SHORT_FORMATS), names=names))
    issued = issue_date(date, os.environ)
    if output is not None and output != "-":
        check_target(output, [request])  # before any work: not onto its own request
    prepared = api.prepare(request, catalogue=catalogue, profile=profile)
    result = api.evaluate_prepared(prepared, draws=draws)
    inputs = _inputs(prepared, catalogue)
    report_lang = lang or result.request.language
    command = _command(request, report_lang, profile, catalogue, date, draws)
    rendered = {
        name: api.render(result, name, report_lang, command, issued=issued, short=short)
        for name in chosen
    }
    suffix = ".short" if short else ""
    if output == "-":
        sys.stdout.buffer.write(rendered[chosen[0]])
        sys.stdout.flush()
    elif output is not None:
        write_files({Path(output): rendered[chosen[0]]}, inputs)
    else:
        write_files(
            {
                output_dir / f"{result.request.id}{suffix}.{FORMATS[name].extension}": content
                for name, content in rendered.items()
            },
            inputs,
        )
    for name in chosen:
        for notice in api.render_notices(result, name, report_lang):
            label = text("cli.warning", report_lang)
            err(f"{request}: {label}: {FORMATS[name].name.upper()}: {notice}")
    if not quiet:
        from ossfirst.cli.summary import print_summary

        # in the language of the report (--lang, else the request's), as check prints its
        # summary in the language of its messages
        print_summary(result, report_lang)
    return exit_code(result)


def _inputs(prepared: Prepared, catalogue: str | None) -> list[Path]:
    """The files this evaluation read, which no report may overwrite: the request, its local
    catalogue (or --catalogue's) and its evidence files."""
    from ossfirst.load.catalogue import is_path

    loaded = prepared.loaded
    folder = loaded.path.parent
    found = [loaded.path]
    if catalogue is not None and is_path(catalogue):
        found.append(Path(catalogue))
    elif catalogue is None and is_path(loaded.request.catalogue):
        found.append(folder / loaded.request.catalogue)
    found += [folder / ref.file for ref in prepared.facts.evidence]
    return found


def exit_code(result: Result) -> int:
    """The exit code a Result stands for."""
    return EXIT_OK if result.verdict.policy_holds else EXIT_VIOLATED


def validate(
    requests: list[str],
    catalogue: str | None,
    profile: str | None,
    verbose: bool,
    by_content: bool,
    lang: str | None,
) -> int:
    """``ossfirst validate``; the exit code."""
    from ossfirst import api
    from ossfirst.check.files import discover
    from ossfirst.load.request import named_evidence, read_request
    from ossfirst.model.catalogue import Catalogue

    checked_language(lang)
    policy = load_policy(requests, None)
    discovery = discover(requests, policy, Path.cwd(), by_content=by_content, as_given=True)
    catalogues: dict[tuple[str, str], Catalogue] = {}
    evidence: set[str] = set()
    failed = False
    for target in discovery.targets:
        # each file's messages in its language: --lang, OSSFIRST_LANG, its 'language:'
        file_lang = message_language(lang, [target.path] if target.kind == "request" else [])
        try:
            if target.missing:
                from ossfirst.texts import both

                raise InputError(
                    [
                        Problem(
                            Location(target.display),
                            both("cli.no-file"),
                            both("cli.hint.path"),
                            code="file-not-found",
                        )
                    ]
                )
            if target.refused is not None:
                raise InputError([target.refused])
            if target.kind == "catalogue":
                from ossfirst.load.catalogue import load_catalogue_file

                load_catalogue_file(target.path, target.display)
            elif target.kind == "pairwise":
                from ossfirst.load.pairwise import read_pairwise

                read_pairwise(target.path, target.display)
            else:
                loaded = read_request(target.path, target.display)
                evidence.update(named_evidence(loaded))
                prepared = api.prepare_loaded(
                    loaded, catalogue=catalogue, profile=profile, catalogues=catalogues
                )
                _warn_unknown_standards(prepared, file_lang)
        except InputError as exc:
            report_input_error(exc, file_lang)
            failed = True
        else:
            sys.stdout.write(f"{printable(target.display)}: ok\n")
    print_skipped(
        discovery.not_named(evidence), message_language(lang, _requests(discovery)), verbose
    )
    return EXIT_INVALID if failed else EXIT_OK


def _requests(discovery: Discovery) -> list[Path]:
    return [t.path for t in discovery.targets if t.kind == "request"]


def _warn_unknown_standards(prepared: Prepared, lang: str) -> None:
    """A warning for every declared standard the standards list does not know, with a
    did-you-mean: it counts as not open, so a misspelt open standard lowers the score."""
    unknown = [
        w for w in prepared.facts.warnings if w.code == "unknown-standard" and w.path is not None
    ]
    if not unknown:
        return  # the texts of the report not imported
    from ossfirst.words import Phrases

    request = prepared.loaded.request
    from ossfirst.texts import text

    phrases = Phrases(lang, {a.id: a.name for a in request.alternatives}, {})
    label = text("cli.warning", lang)
    for warning in unknown:
        assert warning.path is not None
        where = prepared.loaded.locate(tuple(warning.path))
        sys.stderr.write(f"{where}: {label}: {printable(phrases.message(warning))}\n")


def load_policy(paths: list[str], explicit: Path | None) -> CheckConfig:
    """The policy in force: the file named by ``--config``, else the one found upward from
    the first path, else the defaults."""
    from ossfirst.check.config import CheckConfig, find_config, load_config

    if explicit is not None:
        if not explicit.is_file():
            from ossfirst.texts import both

            raise UsageError(both("cli.no-config", path=explicit))
        return load_config(explicit)
    found = find_config(Path(paths[0]) if paths and Path(paths[0]).exists() else Path.cwd())
    return load_config(found) if found is not None else CheckConfig()


def print_skipped(skipped: list[Skipped], lang: str, verbose: bool) -> None:
    """How many YAML files were skipped as no requests; with ``verbose`` each of them."""
    from ossfirst.texts import text

    if not skipped:
        return
    if verbose:
        for each in skipped:
            sys.stderr.write(text("check.skipped.file", lang, file=printable(each.display)) + "\n")
    key = "check.skipped.count" if verbose else "check.skipped.count-hint"
    sys.stderr.write(text(key, lang, count=len(skipped)) + "\n")
