# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What the Word (:mod:`ossfirst.render.docx`) and LibreOffice (:mod:`ossfirst.render.odt`)
documents share: the charts as images, the language tag, the document's dates and a zip
archive made the same for the same inputs.

The charts are the scenes of :mod:`ossfirst.render.charts`, drawn by the PDF report's own
Typst functions (``render/templates/chart.typ``) into PNG images, one page each, which every
word processor shows; their description in words is the image's alternative text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import zipfile
from importlib import resources
from typing import Any

from ossfirst.model.result import Result
from ossfirst.render import RenderOptions, document, glyphs, pdf
from ossfirst.render.document import Block, Document, Figure

CHART_TEMPLATE = "render/templates/chart.typ"
#: The resolution of the chart images: sharp when printed, small enough to mail.
PPI = 200
#: Points per inch, for the size an image is set at.
POINTS = 72


def language_tag(lang: str) -> str:
    """The BCP 47 tag of the document's language: de-DE, en-GB."""
    from ossfirst.texts import text

    return text("locale.tag", lang)


#: The widths of the letters of Arial Bold (and of the metric-compatible Liberation Sans
#: Bold LibreOffice sets it in), in thousandths of an em; other characters count as ``_WIDE``.
_BOLD_WIDTHS = {
    **dict.fromkeys("ijlI.,;/'|!", 278),
    **dict.fromkeys("ft-:()[]", 333),
    **dict.fromkeys("r", 389),
    **dict.fromkeys("z", 500),
    **dict.fromkeys("acekosvxyäöJ0123456789", 556),
    **dict.fromkeys("bdghnpquüßFLTZ", 611),
    **dict.fromkeys("EPSVXY", 667),
    **dict.fromkeys("ABCDHKNRUÄÜ", 722),
    **dict.fromkeys("wGOQÖ", 778),
    **dict.fromkeys("M", 833),
    **dict.fromkeys("m%", 889),
    **dict.fromkeys("W", 944),
}
_WIDE = 722
#: The longest word of a table cell that widens its column, in characters: a German
#: compound such as "Herstellerabhängigkeit"; an address or a digest breaks anyway.
_LONGEST = 24


def column_widths(
    columns: tuple[document.Column, ...],
    rows: list[document.Row],
    total: float,
    font_pt: float,
    padding: float,
) -> list[float]:
    """The widths of a table's columns in centimetres, ``total`` in all: their shares of the
    document, except that each column is at least as wide as the longest word of its heading
    and of its cells (up to :data:`_LONGEST` characters; set bold at ``font_pt``, with
    ``padding`` cm beside it), so that Word and LibreOffice do not break "Muss", "Gewicht" or
    "Ratsinformationssystem" inside the word; the room comes from the columns wider than
    their words. The cells' words count only where all of them fit; where the headings'
    words alone need more than ``total``, each gets its share."""
    share = sum(c.width for c in columns) or 1.0
    wanted = [total * c.width / share for c in columns]
    need = [_word_width(c.label, font_pt) + padding for c in columns]
    cells = list(need)
    for row in rows:
        for i, cell in enumerate(row.cells):
            if not cell.mono:
                cells[i] = max(cells[i], _word_width(cell.text, font_pt, _LONGEST) + padding)
    if sum(cells) <= total:  # the cells' words where they fit, else the headings' alone
        need = cells
    if sum(need) > total:
        need = [total * n / sum(need) for n in need]
    short = sum(max(n - w, 0.0) for n, w in zip(need, wanted, strict=True))
    if short == 0:
        return wanted
    spare = [max(w - n, 0.0) for n, w in zip(need, wanted, strict=True)]
    room = sum(spare)
    return [
        n if w <= n else w - short * s / room for n, w, s in zip(need, wanted, spare, strict=True)
    ]


def _word_width(label: str, font_pt: float, longest: int = 0) -> float:
    """The width of the longest word of ``label`` set bold at ``font_pt``, in centimetres;
    a word breaks after a hyphen, so the parts count apart. With ``longest``, words longer
    than that (an address, a digest) do not count: they break wherever the column ends."""
    words = [w for w in label.replace("-", "- ").split() if not longest or len(w) <= longest]
    ems = max((sum(_BOLD_WIDTHS.get(c, _WIDE) for c in w) / 1000 for w in words), default=0.0)
    return ems * font_pt * 2.54 / POINTS


def issued(result: Result, options: RenderOptions) -> dt.datetime:
    """The document's creation and modification date: the issue date given, else midnight
    UTC of the request date (as the PDF's), so the same inputs give the same file."""
    return pdf.issued(result, options).replace(microsecond=0)


def figures(doc: Document) -> list[Figure]:
    """Every figure of the document, in order."""
    return [b for s in doc.sections for b in s.blocks if isinstance(b, Figure)]


def chart_images(doc: Document, when: dt.datetime) -> dict[str, bytes]:
    """A PNG image of every figure of ``doc`` (chart and legend, without the caption, which
    the document sets as text), by the figure's label."""
    found = figures(doc)
    if not found:
        return {}
    import typst

    # the figures as the one section of a document, made ready as the PDF's are
    charts = document.Section("charts", 1, "", tuple(found))
    report = pdf.template_input(document.data(dataclasses.replace(doc, sections=(charts,))), when)
    report["attachments"] = []
    folder = resources.files("ossfirst") / CHART_TEMPLATE
    with (
        resources.as_file(folder) as template,
        resources.as_file(resources.files("ossfirst") / glyphs.FONTS) as fonts,
    ):
        # a bytes source with a folder as its root: the stubs want both of one type
        compile_: Any = typst.compile
        pages = compile_(
            template.read_bytes(),
            root=str(template.parent),
            format="png",
            ppi=PPI,
            font_paths=[str(fonts)],
            ignore_system_fonts=True,
            sys_inputs={"data": json.dumps(report, ensure_ascii=False)},
        )
    images = pages if isinstance(pages, list) else [pages]
    assert len(images) == len(found)
    return {f.label: image for f, image in zip(found, images, strict=True)}


def image_size(png: bytes) -> tuple[float, float]:
    """The width and height of a PNG image in points, at :data:`PPI`."""
    width = int.from_bytes(png[16:20], "big")
    height = int.from_bytes(png[20:24], "big")
    return width * POINTS / PPI, height * POINTS / PPI


def heading_level(block: Block) -> int | None:
    """The outline level of a subheading (the document's sections are level 1)."""
    if isinstance(block, document.Subheading):
        return block.level - 1
    return None


def same_zip(data: bytes, when: dt.datetime, first: tuple[str, ...] = ()) -> bytes:
    """The zip archive ``data`` with every entry dated ``when`` (no later than 2107, no
    earlier than 1980, as zip dates go), in its order but ``first`` first, stored as the
    OpenDocument ``mimetype`` must be and deflated otherwise: the same archive for the same
    content, whatever the clock said while it was written."""
    stamp = max(min(when.timetuple()[:6], (2107, 12, 31, 23, 59, 58)), (1980, 1, 1, 0, 0, 0))
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        names = source.namelist()
        order = [n for n in first if n in names] + [n for n in names if n not in first]
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as target:
            for name in order:
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.external_attr = 0o644 << 16
                info.create_system = 3
                stored = name == "mimetype"
                info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
                target.writestr(info, source.read(name), compresslevel=None if stored else 9)
    return out.getvalue()
