# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst init``: write a commented request to fill in."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ossfirst.cli import options
from ossfirst.cli.app import app
from ossfirst.cli.options import checked_language, chosen_language
from ossfirst.errors import UsageError, printable

if TYPE_CHECKING:
    from ossfirst.model.catalogue import Catalogue, Criterion
    from ossfirst.model.request import Request


def scaffold(
    catalogue: Catalogue, catalogue_ref: str, lang: str, filename: str, today: dt.date
) -> str:
    """The text of a new request for ``catalogue``, commented in ``lang``."""
    import jinja2

    from ossfirst.cli.schema import schema_id
    from ossfirst.texts import text

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("ossfirst", "scaffold"),
        autoescape=False,  # noqa: S701 - YAML, written from trusted catalogue text only
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    alternatives = [
        {
            "id": "open-source-option",
            "name": text("init.open-source.name", lang),
            "licence": "EUPL-1.2",
            "deployment": "on-premises",
            "providers": 3,
            "supplier": text("init.open-source.supplier", lang),
            "parent": None,
            "standards": "ODF, PDF/A, OpenID Connect",
        },
        {
            "id": "commercial-option",
            "name": text("init.commercial.name", lang),
            "licence": "LicenseRef-Proprietary",
            "deployment": "saas",
            "providers": 1,
            "supplier": text("init.commercial.supplier", lang),
            "parent": None,
            "standards": "PDF/A, OOXML",
        },
    ]
    return env.get_template("request.yaml.j2").render(
        T=lambda key: text(key, lang),
        levels={c.id: level_comments(c, lang) for c in catalogue.criteria},
        catalogue=catalogue,
        catalogue_ref=catalogue_ref,
        lang=lang,
        filename=filename,
        today=today.isoformat(),
        alternatives=alternatives,
        schema_url=schema_id("request"),
        metrics={c.computation.metric for c in catalogue.criteria if c.computation},
    )


#: Width of a comment line under a criterion, after its indentation and '# '.
_COMMENT_WIDTH = 88


def level_comments(criterion: Criterion, lang: str) -> list[str]:
    """What each level of ``criterion`` means, highest first, as comment lines for the form;
    for a knock-out criterion what ``passed`` means; a floor with what falling below it
    does."""
    import textwrap

    from ossfirst.texts import text

    if criterion.kind == "knock-out":
        return [text("init.passed", lang)]
    lines = []
    for level in sorted(criterion.levels or {}, reverse=True):
        meaning = (criterion.levels or {})[level].get(lang)
        lines += textwrap.wrap(
            f"{level} = {meaning}", _COMMENT_WIDTH, subsequent_indent="    ", break_on_hyphens=False
        )
    if criterion.floor is not None:
        lines.append(text("init.floor", lang, floor=criterion.floor))
    return lines


def scaffold_request(catalogue: Catalogue, catalogue_ref: str, lang: str, filename: str) -> Request:
    """The scaffold as a request (for a form to fill in)."""
    from ossfirst.load import yamlsource
    from ossfirst.load.validate import validate
    from ossfirst.model.request import Request

    text = scaffold(catalogue, catalogue_ref, lang, filename, dt.date.today())
    data, source = yamlsource.parse(text, filename)
    return validate(Request, data, source)


@app.command()
def init(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="The request file to create: YAML, or a form in Excel for .xlsx; '-' writes "
            "YAML to standard output (with --example: default <NAME>.yaml).",
            show_default=False,
            metavar="FILE",
        ),
    ] = None,
    lang: Annotated[
        str | None,
        options.lang(
            "Language of the comments or the form, and of the report (with --from: the request's)."
        ),
    ] = None,
    catalogue: Annotated[
        str | None,
        options.catalogue(
            "Catalogue the request uses (default: standard; with --from: the request's); a "
            "shipped one is written with its version (standard@2.0).",
            short=True,
        ),
    ] = None,
    source: Annotated[
        Path | None,
        typer.Option(
            "--from",
            metavar="REQUEST",
            help="Fill the new file in from this request (YAML or a form in Excel).",
        ),
    ] = None,
    example: Annotated[
        str | None,
        typer.Option(
            "--example",
            "-e",
            metavar="NAME",
            help="Write a shipped example request instead, with the evidence files it names "
            "(beside FILE, as the example names them).",
        ),
    ] = None,
    list_examples: Annotated[
        bool, typer.Option("--list-examples", help="List the shipped examples and exit.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite existing files.")] = False,
) -> None:
    """Write a request to fill in, listing every criterion to assess and what each of its
    levels means: commented YAML, or a form in Excel (.xlsx) with drop-down lists; or a
    shipped example with its evidence files."""
    if list_examples:
        _list_examples(chosen_language(lang))
        return
    if example is not None:
        _write_example(example, path, chosen_language(lang), force)
        return
    from ossfirst.texts import both, text

    if path is None:
        raise UsageError(both("init.which-file"))
    from ossfirst.cli.convert import is_form_target, loaded_with_catalogue, refuse_form_suffix
    from ossfirst.cli.convert import written as converted
    from ossfirst.load.catalogue import is_path, load_catalogue, pinned_ref, split_ref
    from ossfirst.output import check_target, write_files

    target = str(path)
    refuse_form_suffix(target)
    if target != "-":
        _refuse_existing([path], force)
    inputs: list[Path] = []
    if source is not None:
        checked_language(lang)
        if target != "-":
            check_target(target, [source])
        loaded, resolved = loaded_with_catalogue(source, catalogue)
        language = lang or loaded.request.language
        content = converted(loaded.request, resolved, target, language, source=source.name)
        inputs.append(source)
    else:
        language = chosen_language(lang)
        resolved = load_catalogue(catalogue or "standard")
        # A new request names the version it is written for, so that it evaluates the same
        # later.
        reference = catalogue or "standard"
        if split_ref(reference) is not None:
            reference = pinned_ref(resolved.id, resolved.version)
        if is_form_target(target):
            request = scaffold_request(resolved, reference, language, path.name)
            content = converted(request, resolved, target, language)
        else:
            content = scaffold(resolved, reference, language, path.name, dt.date.today()).encode(
                "utf-8"
            )
    if catalogue is not None and is_path(catalogue):
        inputs.append(Path(catalogue))
    if target == "-":
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
        return
    write_files({path: content}, inputs)
    sys.stderr.write(f"{path}: " + text("init.created", language) + "\n")


def _refuse_existing(paths: list[Path], force: bool) -> None:
    existing = [p for p in paths if p.exists()]
    if existing and not force:
        shown = printable(str(existing[0]))
        from ossfirst.texts import both

        raise UsageError(both("init.exists", shown=shown))


def _list_examples(language: str) -> None:
    from ossfirst.scaffold.examples import examples
    from ossfirst.texts import text

    found = examples()
    width = max(len(e.name) for e in found)
    for each in found:
        sys.stdout.write(f"{each.name:<{width}}  {each.language}  {each.title}\n")
    sys.stderr.write(text("init.write-example", language) + "\n")


def _write_example(name: str, path: Path | None, language: str, force: bool) -> None:
    from ossfirst.output import write_files
    from ossfirst.scaffold.examples import example_files, examples
    from ossfirst.texts import both, text

    files = example_files(name)
    if files is None:
        from ossfirst.load.validate import suggestion

        hint = suggestion(name, [e.name for e in examples()])
        joint = {
            lang: text + (" " if text.endswith("?") else "; ") if text else ""
            for lang in ("de", "en")
            for text in [hint.get(lang, "")]
        }
        raise UsageError(both("init.no-example", name=printable(name), hint=joint))
    if path is not None and str(path) == "-":
        raise UsageError(both("init.example-stdout"))
    target = path if path is not None else Path(f"{name}.yaml")
    request_name = f"{name}.yaml"
    written = {
        (target if str(relative) == request_name else target.parent / relative): content
        for relative, content in files.items()
    }
    _refuse_existing(list(written), force)
    write_files(written)
    done = text("init.created", language)
    for written_path in written:
        sys.stderr.write(f"{printable(str(written_path))}: {done}\n")
