# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The library interface: load, evaluate and render without the command line.

>>> from ossfirst.api import evaluate_file, render
>>> result = evaluate_file("examples/videoconferencing.yaml")
>>> result.verdict.status
'conforms'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path

from ossfirst import __version__
from ossfirst.enrich import enrich
from ossfirst.load.request import LoadedRequest, check_request, read_request, resolve_catalogue
from ossfirst.load.validate import hint_budget
from ossfirst.model.catalogue import Catalogue
from ossfirst.model.facts import Facts
from ossfirst.model.result import Result
from ossfirst.render import RenderOptions, notices, renderer


@dataclass(frozen=True)
class Prepared:
    """A request that has passed every check, with its catalogue and derived facts."""

    loaded: LoadedRequest
    catalogue: Catalogue
    facts: Facts
    profile: str | None


def prepare(
    path: str | Path,
    *,
    catalogue: str | None = None,
    profile: str | None = None,
    display: str | None = None,
    catalogues: MutableMapping[tuple[str, str], Catalogue] | None = None,
    rebase: Mapping[str, str] | None = None,
) -> Prepared:
    """Load, validate and enrich a request. Raises :class:`~ossfirst.errors.InputError`.

    ``catalogues`` keeps resolved catalogues between calls (by name and the folder a path is
    relative to), for batch runs that check many requests naming the same catalogue.
    ``rebase`` evaluates the request with another version of a shipped catalogue in its
    chain (``{"standard": "standard@2"}``).
    """
    return prepare_loaded(
        read_request(Path(path), display),
        catalogue=catalogue,
        profile=profile,
        catalogues=catalogues,
        rebase=rebase,
    )


def prepare_loaded(
    loaded: LoadedRequest,
    *,
    catalogue: str | None = None,
    profile: str | None = None,
    catalogues: MutableMapping[tuple[str, str], Catalogue] | None = None,
    rebase: Mapping[str, str] | None = None,
) -> Prepared:
    """:func:`prepare` for a request already read with
    :func:`~ossfirst.load.request.read_request`."""
    resolved = resolve_catalogue(loaded, catalogue, catalogues, rebase)
    with hint_budget():
        check_request(loaded, resolved, profile)
        facts = enrich(loaded, resolved)
    return Prepared(loaded, resolved, facts, profile)


def evaluate_prepared(prepared: Prepared, *, draws: int | None = None) -> Result:
    """Run the engine on a prepared request; ``draws`` overrides the number of Monte-Carlo
    draws of the robustness analysis (0: none)."""
    # imported here: validating a request (prepare) needs none of the engine
    from ossfirst.engine.evaluate import evaluate

    return evaluate(
        prepared.catalogue,
        prepared.loaded.request,
        prepared.facts,
        profile=prepared.profile,
        request_file=prepared.loaded.path.name,
        request_sha256=prepared.loaded.sha256,
        tool_version=__version__,
        draws=draws,
    )


def evaluate_file(
    path: str | Path,
    *,
    catalogue: str | None = None,
    profile: str | None = None,
    draws: int | None = None,
) -> Result:
    """Evaluate the request at ``path`` and return the Result."""
    return evaluate_prepared(prepare(path, catalogue=catalogue, profile=profile), draws=draws)


def render(
    result: Result,
    fmt: str,
    lang: str | None = None,
    command: str = "",
    *,
    issued: dt.datetime | None = None,
    short: bool = False,
) -> bytes:
    """Render ``result`` in format ``fmt`` (see :data:`ossfirst.render.FORMATS`).

    ``issued`` is the date of issue the HTML and PDF reports show and the PDF's creation
    date (timezone-aware); without it they use the request's date, so that the same inputs
    always give the same bytes. ``short`` gives the short version for the council paper,
    with the report as its appendix (formats of :data:`ossfirst.render.SHORT_FORMATS`)."""
    options = RenderOptions(
        lang=lang or result.request.language, command=command, issued=issued, short=short
    )
    return renderer(fmt)(result, options)


def render_notices(result: Result, fmt: str, lang: str | None = None) -> list[str]:
    """What the report in format ``fmt`` cannot show and why (characters no font of the PDF
    has, with the script and the field), in ``lang``; empty when it shows everything."""
    return notices(result, fmt, RenderOptions(lang=lang or result.request.language))
