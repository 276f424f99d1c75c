# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Charts as plain geometry, drawn alike by the HTML (SVG) and the PDF (Typst shapes).

A chart is a *scene*: a width and height in points and a list of shapes (``rect``,
``line``, ``polygon``, ``text``) with coordinates from the top left corner. The writers
only draw what the scene says, so the two formats cannot drift apart; the transparency
portfolio's charts (amounts per year and category) are drawn here too. Every series has a
fill pattern and a line style besides its colour, so that a chart stays readable when
printed in greyscale. Values come from the Result; nothing is computed here but positions.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ossfirst.prose import CONTROL

Shape = dict[str, Any]
Scene = dict[str, Any]

#: Series styles: fill colour, hatching, outline colour, dash of the radar line, marker.
#: Dark, hatched, light, white: distinct in greyscale without the colours.
_REGULAR: tuple[dict[str, str], ...] = tuple(
    {"fill": fill, "hatch": hatch, "stroke": stroke, "dash": dash, "marker": marker}
    for fill, hatch, stroke, dash, marker in (
        ("#1d3b5c", "none", "#1d3b5c", "solid", "circle"),
        ("#8fb3d9", "diagonal", "#2f6a9f", "dashed", "square"),
        ("#e8c27a", "dots", "#8a5a00", "dotted", "triangle"),
        ("#ffffff", "cross", "#333333", "dash-dotted", "diamond"),
        ("#b05a4a", "none", "#7a2e21", "solid", "square"),
        ("#c9c9c9", "horizontal", "#555555", "dashed", "circle"),
    )
)
#: The same series greyed out, for an excluded alternative: pale grey, hatched, with the
#: dash and marker of its own style, so that it stays apart from the others.
_EXCLUDED: tuple[dict[str, str], ...] = tuple(
    {**base, "fill": "#f2f2f2", "hatch": hatch, "stroke": "#8c8c8c"}
    for base, hatch in zip(
        _REGULAR, ("diagonal", "cross", "horizontal", "dots", "diagonal", "cross"), strict=True
    )
)
#: Every style a chart may use: the regular ones, then their greyed-out counterparts.
SERIES: tuple[dict[str, str], ...] = _REGULAR + _EXCLUDED
#: How many regular styles there are (the greyed-out ones follow them).
REGULAR = len(_REGULAR)
GRID = "#c8c8c8"
AXIS = "#555555"
INK = "#222222"
#: Average advance of a character as a share of the font size, for wrapping labels; the
#: report font (Noto Sans) runs narrower than this for German text.
_CHAR_WIDTH = 0.55


@dataclass(frozen=True)
class Series:
    """One alternative in a chart: its name and a value (0 to 100) per axis, ``None``
    where there is none."""

    label: str
    values: Sequence[float | None]
    #: An excluded alternative: drawn greyed out and hatched.
    excluded: bool = False


def look(index: int, excluded: bool = False) -> int:
    """The style (an index of :data:`SERIES`) of series ``index``: the regular styles
    repeat when they run out; an excluded series has the greyed-out counterpart."""
    regular = index % len(_REGULAR)
    return regular + len(_REGULAR) if excluded else regular


def style(index: int, excluded: bool = False) -> dict[str, str]:
    """The look of series ``index``."""
    return SERIES[look(index, excluded)]


def wrap(text: str, width: float, size: float) -> list[str]:
    """``text`` broken into lines that fit ``width`` points at font ``size`` (estimated);
    control and bidirectional-formatting characters removed, as from every report text (a
    right-to-left override in an alternative's name must not reorder a chart label)."""
    limit = max(4, int(width / (size * _CHAR_WIDTH)))
    lines: list[str] = []
    for word in CONTROL.sub(" ", text).split():
        if lines and len(lines[-1]) + 1 + len(word) <= limit:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _text(
    x: float,
    y: float,
    width: float,
    lines: list[str],
    size: float,
    align: str = "middle",
    bold: bool = False,
) -> Shape:
    """A label whose box starts at ``x`` (left) and ``y`` (top); ``align`` places the lines
    inside the box."""
    return {
        "kind": "text",
        "x": round(x, 2),
        "y": round(y, 2),
        "w": round(width, 2),
        "lines": lines,
        "size": size,
        "align": align,
        "bold": bold,
    }


def _line(x1: float, y1: float, x2: float, y2: float, stroke: str, width: float) -> Shape:
    return {
        "kind": "line",
        "x1": round(x1, 2),
        "y1": round(y1, 2),
        "x2": round(x2, 2),
        "y2": round(y2, 2),
        "stroke": stroke,
        "width": width,
        "dash": "solid",
    }


def _marker(kind: str, x: float, y: float, size: float) -> list[list[float]]:
    r = size / 2
    if kind == "square":
        points = [(-r, -r), (r, -r), (r, r), (-r, r)]
    elif kind == "triangle":
        points = [(0, -r * 1.2), (r * 1.1, r * 0.8), (-r * 1.1, r * 0.8)]
    elif kind == "diamond":
        points = [(0, -r * 1.3), (r * 1.3, 0), (0, r * 1.3), (-r * 1.3, 0)]
    else:  # an octagon reads as a circle at this size
        points = [(r * math.cos(a), r * math.sin(a)) for a in (i * math.pi / 4 for i in range(8))]
    return [[round(x + dx, 2), round(y + dy, 2)] for dx, dy in points]


def nice_top(value: float) -> float:
    """The top of a scale that holds ``value``: 1, 2, 2.5 or 5 times a power of ten."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power  # pragma: no cover - the loop ends at 10


# The frame of grouped bars: the plot's top margin, height and right margin, the font size.
_TOP, _PLOT_H, _RIGHT, _SIZE = 12.0, 150.0, 4.0, 7.0


def _frame(
    groups: Sequence[str], ticks: Sequence[str], left: float, width: float
) -> tuple[list[Shape], list[list[str]], float, float]:
    """What grouped bars share: the lines of the scale from the bottom up, each with its
    label (``ticks``) left of it, and each group's name wrapped to its width. Gives the
    shapes, the names' lines, the width of a group and the height of the chart."""
    size, top, plot_h, right = _SIZE, _TOP, _PLOT_H, _RIGHT
    group = (width - left - right) / max(1, len(groups))
    names = [wrap(name, group - 4, size) for name in groups]
    names_h = max(len(lines) for lines in names) * size * 1.25 if groups else 0
    shapes: list[Shape] = []
    for step, tick in enumerate(ticks):
        y = top + plot_h * (1 - step / (len(ticks) - 1))
        shapes.append(_line(left, y, width - right, y, GRID if step else AXIS, 0.5))
        shapes.append(_text(0, y - size * 0.65, left - 4, [tick], size, "end"))
    return shapes, names, group, top + plot_h + 6 + names_h


def _bar(x: float, h: float, w: float, series: int) -> Shape:
    """A bar of grouped bars, ``h`` high from the plot's bottom, in the style ``series``."""
    return {
        "kind": "rect",
        "x": round(x, 2),
        "y": round(_TOP + _PLOT_H - h, 2),
        "w": round(w, 2),
        "h": round(h, 2),
        "series": series,
    }


def bars(
    axes: Sequence[str],
    series: Sequence[Series],
    label: Callable[[float], str],
    missing: str,
    width: float = 468.0,
) -> Scene:
    """Grouped bars: one group per axis (dimension), one bar per series (alternative),
    on a scale of 0 to 100 with the value above each bar."""
    size, top, plot_h, left = _SIZE, _TOP, _PLOT_H, 26.0
    ticks = ("0", "25", "50", "75", "100")
    shapes, label_lines, group, height = _frame(axes, ticks, left, width)
    n = max(1, len(series))
    bar_w = min(22.0, group * 0.8 / n)
    value_size = 6.0 if bar_w >= 14 else 5.0
    for a, axis_lines in enumerate(label_lines):
        x0 = left + group * a + (group - bar_w * n) / 2
        for s, item in enumerate(series):
            value = item.values[a] if a < len(item.values) else None
            x = x0 + s * bar_w
            if value is None:
                shapes.append(
                    _text(x - 2, top + plot_h - value_size * 1.5, bar_w + 4, [missing], value_size)
                )
                continue
            h = plot_h * max(0.0, min(100.0, value)) / 100
            shapes.append(_bar(x, h, bar_w, look(s, item.excluded)))
            shapes.append(
                _text(
                    x - 4,
                    top + plot_h - h - value_size * 1.4,
                    bar_w + 8,
                    [label(value)],
                    value_size,
                )
            )
        shapes.append(_text(left + group * a + 2, top + plot_h + 6, group - 4, axis_lines, size))
    return {"width": width, "height": round(height, 2), "shapes": shapes}


def amounts(
    groups: Sequence[str],
    values: Sequence[Sequence[float]],
    tick: Callable[[float], str],
    label: Callable[[float], str],
    width: float = 468.0,
) -> Scene:
    """Grouped bars of amounts (the portfolio's spending) on a scale from 0 to a round top
    (:func:`nice_top`): one group per entry of ``groups`` (a year), one bar per series (a
    category) with ``values[group][series]``; ``tick`` labels the scale, ``label`` the
    amount above a bar (empty for none). The amounts are wider than the scores of
    :func:`bars`: the scale's labels get more room, the amounts more room beside their bar
    and a smaller font, and they are drawn after every bar, so that a neighbouring bar never
    covers one; a bar of nothing is not drawn."""
    size, top, plot_h, left = _SIZE, _TOP, _PLOT_H, 58.0
    scale = nice_top(max((v for row in values for v in row), default=0.0))
    ticks = [tick(scale * (step / 4)) for step in range(5)]
    shapes, names, group, height = _frame(groups, ticks, left, width)
    series = max((len(row) for row in values), default=1)
    bar_w = min(26.0, group * 0.8 / max(1, series))
    value_size = 5.5
    shown: list[Shape] = []
    for g, lines in enumerate(names):
        x0 = left + group * g + (group - bar_w * series) / 2
        for s, value in enumerate(values[g]):
            x = x0 + s * bar_w
            h = plot_h * max(0.0, value) / scale
            if h > 0:
                shapes.append(_bar(x, h, bar_w, s % len(SERIES)))
            shown.append(
                _text(
                    x - 6,
                    top + plot_h - h - value_size * 1.4,
                    bar_w + 12,
                    [label(value)],
                    value_size,
                )
            )
        shapes.append(_text(left + group * g + 2, top + plot_h + 6, group - 4, lines, size))
    return {"width": width, "height": round(height, 2), "shapes": shapes + shown}


def _radar_geometry(
    width: float, count: int
) -> tuple[Callable[[float, float], tuple[float, float]], float, float, float]:
    """Where a radar of ``count`` spokes puts the point ``share`` of the way out along
    spoke ``index`` (fractions between spokes too), and its centre and radius."""
    radius = 88.0
    cx = width / 2
    cy = radius + 26

    def point(index: float, share: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * index / count
        return cx + radius * share * math.cos(angle), cy + radius * share * math.sin(angle)

    return point, cx, cy, radius


# The rings, spokes and labels of a radar depend only on its axes (a catalogue's dimensions
# in one language): drawn once, shared by every report that shows them (shapes are only
# read). Bounded, so that memory stays flat however many reports a process writes.
@lru_cache(maxsize=64)
def _radar_frame(axes: tuple[str, ...], width: float) -> tuple[tuple[Shape, ...], float]:
    """The rings with their scale and the spokes with their labels, and the lowest point
    they reach."""
    size = 7.0
    label_w = 110.0
    count = max(3, len(axes))
    point, cx, cy, radius = _radar_geometry(width, count)
    shapes: list[Shape] = []
    for ring in (25, 50, 75, 100):
        ring_points = [point(i, ring / 100) for i in range(count)]
        shapes.append(
            {
                "kind": "polygon",
                "points": [[round(x, 2), round(y, 2)] for x, y in ring_points],
                "stroke": GRID if ring < 100 else AXIS,
                "width": 0.5,
                "dash": "solid",
                "fill": None,
            }
        )
        # the scale runs along the bisector of the first two spokes, clear of the markers
        x, y = point(0.5, ring / 100 * math.cos(math.pi / count))
        shapes.append(_text(x + 1, y - size * 0.55, 20, [str(ring)], size - 1.5, "start"))
    bottom = cy + radius
    for i, axis in enumerate(axes):
        x, y = point(i, 1.0)
        shapes.append(_line(cx, cy, x, y, GRID, 0.5))
        lx, ly = point(i, 1.0 + 14 / radius)
        cos = (lx - cx) / (radius + 14)
        lines = wrap(axis, label_w, size)
        block_h = len(lines) * size * 1.25
        if abs(cos) < 0.2:
            box_x, align = lx - label_w / 2, "middle"
        elif cos > 0:
            box_x, align = lx, "start"
        else:
            box_x, align = lx - label_w, "end"
        box_y = ly - block_h / 2 if abs(cos) >= 0.2 else (ly - block_h if ly < cy else ly)
        shapes.append(_text(box_x, box_y, label_w, lines, size, align))
        bottom = max(bottom, box_y + block_h)
    return tuple(shapes), bottom


def radar(
    axes: Sequence[str],
    series: Sequence[Series],
    width: float = 468.0,
) -> Scene:
    """A radar (spider) chart: one spoke per axis, 0 in the centre and 100 at the rim, one
    closed line with markers per series. A missing value is drawn at 0."""
    count = max(3, len(axes))
    point = _radar_geometry(width, count)[0]
    frame, bottom = _radar_frame(tuple(axes), width)
    shapes: list[Shape] = list(frame)
    for s, item in enumerate(series):
        seen = style(s, item.excluded)
        points = [
            point(i, max(0.0, min(100.0, item.values[i] or 0.0)) / 100)
            for i in range(min(count, len(item.values)))
        ]
        shapes.append(
            {
                "kind": "polygon",
                "points": [[round(x, 2), round(y, 2)] for x, y in points],
                "stroke": seen["stroke"],
                "width": 1.4,
                "dash": seen["dash"],
                "fill": None,
            }
        )
        for x, y in points:
            shapes.append(
                {
                    "kind": "polygon",
                    "points": _marker(seen["marker"], x, y, 5.0),
                    "stroke": seen["stroke"],
                    "width": 0.6,
                    "dash": "solid",
                    "fill": seen["stroke"],
                }
            )
    return {"width": width, "height": round(bottom + 4, 2), "shapes": shapes}


def shares(
    labels: Sequence[str],
    values: Sequence[float],
    looks: Sequence[int],
    label: Callable[[float], str],
    width: float = 468.0,
) -> Scene:
    """Horizontal bars, one per alternative, on a scale of 0 to 100 (per cent): the name to
    the left of its bar, the value at the bar's end. ``looks`` gives each bar the style of
    its alternative in the other charts, so the names need no legend."""
    size = 7.0
    name_w = 176.0
    left = name_w + 8
    right = 36.0  # room for the value beside a full bar
    plot_w = width - left - right
    bar_h = 12.0
    top = 4.0
    rows: list[tuple[float, float, list[str]]] = []  # top and height of each row, name lines
    y = top
    for text in labels:
        lines = wrap(text, name_w, size)
        height = max(bar_h, len(lines) * size * 1.25) + 8
        rows.append((y, height, lines))
        y += height
    bottom = y
    shapes: list[Shape] = []
    for tick in (0, 25, 50, 75, 100):
        x = left + plot_w * tick / 100
        shapes.append(_line(x, top, x, bottom, AXIS if tick == 0 else GRID, 0.5))
        shapes.append(_text(x - 20, bottom + 3, 40, [f"{tick}\u00a0%"], size))
    for (row_y, height, lines), value, shown in zip(rows, values, looks, strict=True):
        middle = row_y + height / 2
        block_h = len(lines) * size * 1.25
        shapes.append(_text(0, middle - block_h / 2, name_w, lines, size, "end"))
        w = plot_w * max(0.0, min(100.0, value)) / 100
        if w > 0:
            shapes.append(
                {
                    "kind": "rect",
                    "x": round(left, 2),
                    "y": round(middle - bar_h / 2, 2),
                    "w": round(w, 2),
                    "h": bar_h,
                    "series": shown % len(_REGULAR),
                }
            )
        shapes.append(
            _text(left + w + 3, middle - size * 0.6, right - 3, [label(value)], size, "start")
        )
    height = bottom + 3 + size * 1.25 + 2
    return {"width": width, "height": round(height, 2), "shapes": shapes}


def legend(series: Sequence[Series], mode: str) -> list[dict[str, Any]]:
    """The legend of a chart: each series' label with its style; ``mode`` is ``fill`` for
    bars and ``line`` for the radar."""
    return [
        {
            "label": item.label,
            "series": look(i, item.excluded),
            "mode": mode,
            # the radar's marker, centred on an 18 x 10 point swatch
            "marker": _marker(style(i)["marker"], 9, 5, 5.0) if mode == "line" else [],
        }
        for i, item in enumerate(series)
    ]
