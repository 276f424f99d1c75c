# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The dashboard: one self-contained HTML page, ``index.html``.

Styles and charts (SVG) are inline; the page makes no request of its own (a
Content-Security-Policy says so to the browser), needs no JavaScript, is accessible as the
evaluation report is (landmarks, contents, captions, header cells, charts with a text
alternative) and prints on A4. Its links lead to files of the site only: each request's
report and the open data. Jinja2 escapes every value, so request text cannot add markup.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

import jinja2
from markupsafe import Markup

from ossfirst.render import html as report_html
from ossfirst.render import templating
from ossfirst.render.document import Document

TEMPLATES = "portfolio/templates"
TEMPLATE = "dashboard.html.j2"
STYLESHEET = "dashboard.css"


def environment() -> jinja2.Environment:
    """The dashboard's environment, its compiled template kept in the user's cache directory
    (:mod:`ossfirst.render.templating`)."""
    filters = (("css_string", report_html.css_string), ("isolated", report_html.isolated))
    return templating.environment(True, filters, TEMPLATES)


def _stylesheet(folder: str, name: str) -> Markup:
    source = (resources.files("ossfirst") / folder / name).read_text("utf-8")
    return Markup(source)  # noqa: S704 - a file of the package, not request text


def render(document: Document) -> Iterator[bytes]:
    """The dashboard for ``document`` (:func:`ossfirst.portfolio.document.build`), in pieces."""
    template = templating.template(environment(), TEMPLATE)
    for piece in template.generate(
        d=document,
        stylesheet=_stylesheet(report_html.TEMPLATES, report_html.STYLESHEET),
        dashboard=_stylesheet(TEMPLATES, STYLESHEET),
    ):
        yield piece.encode("utf-8")
