# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The justification report as one self-contained HTML file.

Styles and charts (SVG) are inline; the file makes no request of its own (a
Content-Security-Policy says so to the browser), needs no JavaScript, and prints on A4 with
running page numbers. It shows the same document as the PDF (:mod:`ossfirst.render.document`).
Jinja2 escapes every value (autoescape), so request text cannot add markup or script.
"""

from __future__ import annotations

from importlib import resources

import jinja2
from markupsafe import Markup, escape

from ossfirst import prose
from ossfirst.model.result import Result
from ossfirst.render import RenderOptions, sections, templating

TEMPLATE = "report.html.j2"
STYLESHEET = "report.css"


def css_string(value: object) -> Markup:
    """``value`` as a quoted CSS string: every character but letters, digits and spaces as
    a hexadecimal escape, so that nothing can end the string or the style element."""
    escaped = "".join(
        c if (c.isalnum() and c.isascii()) or c == " " else f"\\{ord(c):x} " for c in str(value)
    )
    return Markup(f'"{escaped}"')  # noqa: S704 - every special character is escaped above


def isolated(value: object) -> Markup:
    """``value`` escaped, with each isolate pair (a name written right to left, set apart by
    :func:`ossfirst.prose.isolate`) as ``<bdi>``, so that the browser keeps it apart
    from the sentence around it."""
    escaped = str(escape(str(value)))
    return Markup(prose.ISOLATED.sub(r"<bdi>\1</bdi>", escaped))  # noqa: S704 - escaped above


def _dash(name: str) -> str:
    return {"dashed": "4 2.5", "dotted": "1 2", "dash-dotted": "4 2 1 2"}.get(name, "none")


def render(result: Result, options: RenderOptions) -> bytes:
    """The HTML report in ``options.lang``."""
    report = templating.template(environment(), TEMPLATE)
    stylesheet = (resources.files("ossfirst") / templating.TEMPLATES / STYLESHEET).read_text(
        "utf-8"
    )
    text = report.render(
        d=sections.build(result, options),
        stylesheet=Markup(stylesheet),  # noqa: S704 - a file of the package, not request text
    )
    return text.encode("utf-8")


def environment() -> jinja2.Environment:
    return templating.environment(
        True, (("css_string", css_string), ("dash", _dash), ("isolated", isolated))
    )
