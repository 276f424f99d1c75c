# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The dashboard: one self-contained HTML page, ``index.html``.

The page is the portfolio's document (:mod:`ossfirst.portfolio.document`) written by the
evaluation report's HTML writer (:mod:`ossfirst.render.html`): the same tables, charts,
escaping and page furniture, with the dashboard's stylesheet added. Styles and charts (SVG)
are inline; the page makes no request of its own (a Content-Security-Policy says so to the
browser), needs no JavaScript, is accessible as the evaluation report is (landmarks,
contents, captions, header cells, charts with a text alternative) and prints on A4. Its
links lead to files of the site only: each request's report and the open data. Every value
is escaped, so request text cannot add markup.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources

from ossfirst.render import html as report_html
from ossfirst.render.document import Document

STYLESHEET = "portfolio/templates/dashboard.css"


@cache
def stylesheet() -> str:
    """The report's stylesheet and the dashboard's, files of the package."""
    dashboard = (resources.files("ossfirst") / STYLESHEET).read_text("utf-8")
    return f"{report_html.stylesheet()}\n{dashboard}"


def render(document: Document) -> Iterator[bytes]:
    """The dashboard for ``document`` (:func:`ossfirst.portfolio.document.build`), in pieces
    (the rows of its long lists are made as they are written)."""
    for piece in report_html.pieces(document, stylesheet(), running=document.request_title):
        yield piece.encode("utf-8")
