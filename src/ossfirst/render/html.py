# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The justification report as one self-contained HTML file: the document of
:mod:`ossfirst.render.sections`, laid out as HTML in plain Python (as
:mod:`ossfirst.render.markdown` lays it out as text).

Styles and charts (SVG) are inline; the file makes no request of its own (a
Content-Security-Policy says so to the browser), needs no JavaScript, and prints on A4 with
running page numbers. It shows the same document as the PDF (:mod:`ossfirst.render.document`).
The transparency portfolio's dashboard (:mod:`ossfirst.portfolio.html`) is a document of
the same blocks and is written here too, in pieces (:func:`pieces`), with its links to the
files of the site and its key figures as tiles.

Text from a request is data, never markup: every string of the document passes
:func:`escape` (``&``, ``<``, ``>`` and both quotes as character references, as Jinja2's
autoescape writes them) before it is put into the page, and into the stylesheet only as a
CSS string whose every special character is escaped (:func:`css_string`). The only markup
not written here is the package's own stylesheet.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from ossfirst import prose
from ossfirst.model.result import Result
from ossfirst.render import RenderOptions, sections
from ossfirst.render.document import (
    Block,
    Bullets,
    Cell,
    Column,
    Document,
    Figure,
    KeyFigures,
    Lines,
    Paragraph,
    Quote,
    Subheading,
    Table,
    Verdict,
)

TEMPLATES = "render/templates"
STYLESHEET = "report.css"

_REFERENCES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&#34;"), ("'", "&#39;"))


def escape(value: object) -> str:
    """``value`` as text for HTML, in an element or an attribute value in double or single
    quotes: ``&``, ``<``, ``>``, ``"`` and ``'`` as character references."""
    return _escaped(value if type(value) is str else str(value))


# Most strings of a report recur in it and in the next report (levels, weights, names,
# headings): each is escaped once. Bounded, so that memory stays flat however many reports
# a process writes.
@lru_cache(maxsize=4096)
def _escaped(text: str) -> str:
    for char, reference in _REFERENCES:
        if char in text:
            text = text.replace(char, reference)
    return text


@lru_cache(maxsize=4096)
def _isolated(text: str) -> str:
    """``text`` escaped, with each isolate pair (a name written right to left, set apart by
    :func:`ossfirst.prose.isolate`) as ``<bdi>``, so that the browser keeps it apart from
    the sentence around it. Every text of a document is a string (the blocks make it one)."""
    escaped = escape(text)
    if prose.FSI not in escaped:
        return escaped
    return prose.ISOLATED.sub(r"<bdi>\1</bdi>", escaped)


def css_string(value: object) -> str:
    """``value`` as a quoted CSS string: every character but letters, digits and spaces as
    a hexadecimal escape, so that nothing can end the string or the style element."""
    escaped = "".join(
        c if (c.isalnum() and c.isascii()) or c == " " else f"\\{ord(c):x} " for c in str(value)
    )
    return f'"{escaped}"'


def _dash(name: str) -> str:
    return {"dashed": "4 2.5", "dotted": "1 2", "dash-dotted": "4 2 1 2"}.get(name, "none")


@cache
def stylesheet() -> str:
    """The report's stylesheet, a file of the package."""
    return (resources.files("ossfirst") / TEMPLATES / STYLESHEET).read_text("utf-8")


# -- charts ----------------------------------------------------------------------------------


def _points(points: list[list[float]]) -> str:
    return " ".join(f"{x},{y}" for x, y in points)


class _Chart:
    """The SVG of one figure; ``prefix`` names its fill patterns (``fig1-2``)."""

    def __init__(self, series: tuple[dict[str, str], ...], prefix: str) -> None:
        self.series = series
        self.prefix = prefix
        # each series' fill and line as written, for its every shape
        self.fills = [
            escape(look["fill"]) if look["hatch"] == "none" else f"url(#{prefix}-{index})"
            for index, look in enumerate(series)
        ]
        self.strokes = [escape(look["stroke"]) for look in series]

    def fill(self, index: int) -> str:
        return self.fills[index]

    def patterns(self, out: list[str]) -> None:
        out.append("<defs>\n")
        for index, look in enumerate(self.series):
            hatch = look["hatch"]
            if hatch == "none":
                continue
            stroke = escape(look["stroke"])
            out.append(
                f'<pattern id="{self.prefix}-{index}" width="4" height="4"'
                ' patternUnits="userSpaceOnUse">\n'
                f'<rect width="4" height="4" fill="{escape(look["fill"])}"/>\n'
            )
            if hatch == "diagonal":
                out.append(f'<path d="M0 4L4 0" stroke="{stroke}" stroke-width="0.6"/>\n')
            elif hatch == "cross":
                out.append(f'<path d="M0 4L4 0M0 0L4 4" stroke="{stroke}" stroke-width="0.6"/>\n')
            elif hatch == "horizontal":
                out.append(f'<path d="M0 2H4" stroke="{stroke}" stroke-width="0.6"/>\n')
            elif hatch == "dots":
                out.append(f'<circle cx="2" cy="2" r="0.7" fill="{stroke}"/>\n')
            out.append("</pattern>\n")
        out.append("</defs>\n")

    def shape(self, s: dict[str, Any], out: list[str]) -> None:
        kind = s["kind"]
        if kind == "rect":
            out.append(
                f'<rect x="{s["x"]}" y="{s["y"]}" width="{s["w"]}" height="{s["h"]}"'
                f' fill="{self.fills[s["series"]]}"'
                f' stroke="{self.strokes[s["series"]]}" stroke-width="0.5"/>\n'
            )
        elif kind == "line":
            out.append(
                f'<line x1="{s["x1"]}" y1="{s["y1"]}" x2="{s["x2"]}" y2="{s["y2"]}"'
                f' stroke="{escape(s["stroke"])}" stroke-width="{s["width"]}"/>\n'
            )
        elif kind == "polygon":
            dash = "" if s["dash"] == "solid" else f' stroke-dasharray="{_dash(s["dash"])}"'
            out.append(
                f'<polygon points="{_points(s["points"])}" fill="{escape(s["fill"] or "none")}"'
                f' stroke="{escape(s["stroke"])}" stroke-width="{s["width"]}"'
                f' stroke-linejoin="round"{dash}/>\n'
            )
        elif kind == "text":
            out.append(_svg_text(s))

    def legend(self, b: Figure, out: list[str]) -> None:
        out.append('<ul class="legend" aria-hidden="true">\n')
        for item in b.legend:
            look = self.series[item.series]
            stroke = escape(look["stroke"])
            if item.mode == "fill":
                swatch = (
                    f'<rect x="1" y="1" width="12" height="8" fill="{self.fill(item.series)}"'
                    f' stroke="{stroke}" stroke-width="0.5"/>'
                )
            else:
                dash = (
                    "" if look["dash"] == "solid" else f' stroke-dasharray="{_dash(look["dash"])}"'
                )
                swatch = (
                    f'<line x1="0" y1="5" x2="18" y2="5" stroke="{stroke}" stroke-width="1.6"'
                    f'{dash}/><polygon points="{_points(item.marker)}" fill="{stroke}"/>'
                )
            out.append(
                f'<li><svg width="18" height="10" viewBox="0 0 18 10">{swatch}</svg>'
                f"{escape(item.label)}</li>\n"
            )
        out.append("</ul>\n")


def _svg_text(s: dict[str, Any]) -> str:
    align = s["align"]
    x = s["x"] if align == "start" else (s["x"] + s["w"] if align == "end" else s["x"] + s["w"] / 2)
    size = s["size"]
    bold = ' font-weight="bold"' if s["bold"] else ""
    dy = f' dy="{size * 1.25:.2f}"'
    spans = "".join(
        f'<tspan x="{x:.2f}"{"" if i == 0 else dy}>{escape(line)}</tspan>'
        for i, line in enumerate(s["lines"])
    )
    return (
        f'<text x="{x:.2f}" y="{s["y"] + size * 0.95:.2f}" font-size="{size}"'
        f' text-anchor="{escape(align)}"{bold}>{spans}</text>\n\n'
    )


def _figure(b: Figure, n: int, series: tuple[dict[str, str], ...], out: list[str]) -> None:
    prefix = f"fig{n}"
    chart = _Chart(series, prefix)
    scene = b.chart
    width, height = escape(scene["width"]), escape(scene["height"])
    out.append(
        '<figure class="chart">\n'
        f'<svg role="img" aria-labelledby="{prefix}-title {prefix}-desc"'
        f' viewBox="0 0 {width} {height}" width="{width}" height="{height}">\n'
        f'<title id="{prefix}-title">{escape(b.label)}: {escape(b.caption)}</title>\n'
        f'<desc id="{prefix}-desc">{escape(b.alt)}</desc>\n'
    )
    chart.patterns(out)
    out.append("\n")
    for s in scene["shapes"]:
        chart.shape(s, out)
    out.append("</svg>\n")
    if b.legend:
        chart.legend(b, out)
    out.append(
        f'<figcaption><span class="label">{escape(b.label)}:</span>'
        f" {_isolated(b.caption)}</figcaption>\n</figure>\n\n"
    )


# -- tables and text -------------------------------------------------------------------------


def _cell_body(c: Cell) -> str:
    if not (c.notes or c.link or c.mono or c.strong):  # most cells: the text alone
        return _isolated(c.text)
    if c.link:
        body = f'<a href="{escape(c.link)}">{_isolated(c.text)}</a>'
    elif c.mono:
        body = f"<code>{escape(c.text)}</code>"
    elif c.strong:
        body = f"<strong>{_isolated(c.text)}</strong>"
    else:
        body = _isolated(c.text)
    for n in c.notes:
        shown = f"<code>{escape(n.text)}</code>" if n.mono else _isolated(n.text)
        body += f'<span class="note">{shown}</span>'
    return body


#: Rows of a table after which the page so far is handed on (:func:`pieces`).
_ROWS = 100


# The columns of a report's tables recur in every report: each table head is written once.
@lru_cache(maxsize=512)
def _head(
    columns: tuple[Column, ...], row_headers: bool
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A table's column widths and headings, and the tags that open and close each
    column's cells (the first column's name the row where ``row_headers``)."""
    total = sum(c.width for c in columns)
    head = ["<colgroup>\n"]
    head += [f'<col style="width: {c.width / total * 100:.1f}%">\n' for c in columns]
    head.append("</colgroup>\n<thead>\n<tr>\n")
    head += [f'<th scope="col" class="{c.align}">{_isolated(c.label)}</th>\n' for c in columns]
    head.append("</tr>\n</thead>\n<tbody>\n")
    opens = [f'<td class="{escape(c.align)}">' for c in columns]
    closes = ["</td>\n"] * len(columns)
    if row_headers and columns:
        opens[0] = f'<th scope="row" class="{escape(columns[0].align)}">'
        closes[0] = "</th>\n"
    return "".join(head), tuple(zip(opens, closes, strict=True))


def _table(b: Table, out: list[str]) -> Iterator[None]:
    """The table, into ``out``; it stops after every :data:`_ROWS` rows, so that the caller
    can write out what is there: the rows of a long table (the dashboard's lists of all
    requests) are made only as they are read, and are not held whole."""
    head, tags = _head(b.columns, b.row_headers)
    out.append(
        '<div class="table">\n<table>\n'
        f'<caption><span class="label">{escape(b.label)}:</span>'
        f" {_isolated(b.caption)}</caption>\n"
    )
    out.append(head)
    append = out.append
    for n, row in enumerate(b.rows, 1):
        # each piece of a row as it is: joined once with the page, not cell by cell
        append('<tr class="total">\n' if row.strong else "<tr>\n")
        for (start, end), c in zip(tags, row.cells, strict=False):
            append(start)
            append(_cell_body(c))
            append(end)
        append("</tr>\n")
        if n % _ROWS == 0:
            yield
    out.append("</tbody>\n</table>\n</div>\n\n")


def _paragraphs(paragraphs: Lines, out: list[str], strong: bool = False) -> None:
    for p in paragraphs:
        text = "<br>".join(_isolated(line) for line in p)
        out.append(f"<p><strong>{text}</strong></p>\n" if strong else f"<p>{text}</p>\n")
    out.append("\n")


def _block(b: Block, doc: Document, figures: list[int], out: list[str]) -> None:
    """Any block but a table (:func:`_table`, which is written row by row)."""
    match b:
        case Paragraph(paragraphs=paragraphs, strong=strong):
            _paragraphs(paragraphs, out, strong)
        case Bullets(entries=entries):
            out.append("<ul>\n")
            for e in entries:
                if e.link:
                    lead = f'<a href="{escape(e.link)}">{escape(e.lead)}</a> '
                else:
                    lead = f"<strong>{_isolated(e.lead)}</strong> " if e.lead else ""
                out.append(f"<li>{lead}{_isolated(e.text)}</li>\n")
            out.append("</ul>\n")
        case Quote(label=label, paragraphs=paragraphs):
            out.append(
                f'<blockquote>\n<p class="quote-label"><strong>{escape(label)}:</strong></p>\n'
            )
            _paragraphs(paragraphs, out)
            out.append("</blockquote>\n")
        case Verdict(holds=holds, rows=rows, policy=policy):
            out.append(f'<div class="verdict {"holds" if holds else "violated"}">\n<dl>\n')
            out += [
                f"<div><dt>{escape(r.label)}</dt><dd>{_isolated(r.value)}</dd></div>\n"
                for r in rows
            ]
            out.append(f'</dl>\n<p class="policy">{escape(policy)}</p>\n</div>\n')
        case Figure():
            figures[0] += 1
            _figure(b, figures[0], doc.series, out)
        case Subheading(text=text, level=level):
            out.append(f"<h{level}>{_isolated(text)}</h{level}>\n")
        case KeyFigures(label=label, caption=caption, tiles=tiles):
            # the dashboard's tiles; the printed annual report shows them as a table
            out.append(f'<ul class="keyfigures" aria-label="{escape(label)}: {escape(caption)}">\n')
            out += [
                f'<li><span class="key-label">{escape(t.label)}</span>'
                f' <span class="key-value">{_isolated(t.value)}</span>'
                f' <span class="key-note">{_isolated(t.note)}</span></li>\n'
                for t in tiles
            ]
            out.append("</ul>\n")


def _page(doc: Document, running: str) -> str:
    """The running header and footer of the printed page, as CSS."""
    footer = "".join(
        " counter(page)"
        if part == "{page}"
        else " counter(pages)"
        if part == "{pages}"
        else " " + css_string(part)
        for part in doc.footer
    )
    return (
        "@page {\n"
        f"  @top-left {{ content: {css_string(doc.header)}; }}\n"
        f"  @top-right {{ content: {css_string(running)}; }}\n"
        f"  @bottom-left {{ content: {css_string(doc.organisation)}; }}\n"
        f"  @bottom-right {{ content:{footer}; }}\n"
        "}\n"
    )


def pieces(doc: Document, styles: str | None = None, running: str | None = None) -> Iterator[str]:
    """The document as one HTML page, in pieces (a long table in several).
    ``styles`` is the stylesheet (default: the report's), ``running`` the text at the top
    right of a printed page (default: the document's title)."""
    department = f" · {escape(doc.department)}" if doc.department else ""
    out: list[str] = [
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(doc.lang)}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';'
        " style-src 'unsafe-inline'; img-src data:\">\n"
        f'<meta name="generator" content="{escape(doc.tool)}">\n'
        f'<meta name="description" content="{escape(doc.subtitle)}">\n'
        f"<title>{escape(doc.title)}: {escape(doc.request_title)}</title>\n"
        "<style>\n",
        stylesheet() if styles is None else styles,
        "\n",
        _page(doc, doc.title if running is None else running),
        "</style>\n"
        "</head>\n"
        "<body>\n"
        f'<a class="skip" href="#main">{escape(doc.skip)}</a>\n'
        '<header class="title-block">\n'
        f'<p class="organisation">{escape(doc.organisation)}{department}</p>\n'
        f"<h1>{escape(doc.title)}"
        f'<span class="request-title">{escape(doc.request_title)}</span></h1>\n'
        f'<p class="subtitle">{escape(doc.subtitle)}</p>\n'
        '<dl class="meta">\n',
    ]
    out += [
        f"<div><dt>{escape(m.label)}</dt><dd>{_isolated(m.value)}</dd></div>\n" for m in doc.meta
    ]
    out.append(
        "</dl>\n</header>\n"
        '<nav aria-labelledby="contents-title">\n'
        f'<h2 id="contents-title">{escape(doc.contents)}</h2>\n<ol>\n'
    )
    out += [
        f'<li><a href="#{escape(s.id)}">{s.number}. {escape(s.title)}</a></li>\n'
        for s in doc.sections
    ]
    out.append('</ol>\n</nav>\n<main id="main">\n')
    figures = [0]
    for s in doc.sections:
        anchor = escape(s.id)
        out.append(
            f'<section id="{anchor}" aria-labelledby="{anchor}-title">\n'
            f'<h2 id="{anchor}-title">{s.number}. {escape(s.title)}</h2>\n'
        )
        for b in s.blocks:
            if isinstance(b, Table):
                for _ in _table(b, out):
                    yield "".join(out)
                    out.clear()
            else:
                _block(b, doc, figures, out)
        out.append("</section>\n")
    out.append(
        "</main>\n<footer>\n"
        f"<p>{escape(doc.header)} · {escape(doc.tool)}</p>\n"
        "</footer>\n</body>\n</html>\n"
    )
    yield "".join(out)


def write(doc: Document, styles: str | None = None) -> str:
    """The document as one HTML page, with ``styles`` (default: the report's stylesheet)."""
    return "".join(pieces(doc, styles))


def render(result: Result, options: RenderOptions) -> bytes:
    """The HTML report in ``options.lang``."""
    return write(sections.build(result, options)).encode("utf-8")
