# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The portfolio's charts as geometry, in the shapes of :mod:`ossfirst.render.charts`.

The dashboard (SVG) and the annual report (Typst) draw the same scenes as the evaluation
report does, with its series styles (colour, hatching), so that a chart stays readable in
greyscale print. Only positions are computed here; every value comes from the figures.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from ossfirst.render.charts import SERIES, Scene, Shape, wrap

GRID = "#c8c8c8"
AXIS = "#555555"


def nice_top(value: float) -> float:
    """The top of a scale that holds ``value``: 1, 2, 2.5 or 5 times a power of ten."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power  # pragma: no cover - the loop ends at 10


def _text(
    x: float, y: float, width: float, lines: list[str], size: float, align: str = "middle"
) -> Shape:
    return {
        "kind": "text",
        "x": round(x, 2),
        "y": round(y, 2),
        "w": round(width, 2),
        "lines": lines,
        "size": size,
        "align": align,
        "bold": False,
    }


def _line(x1: float, y1: float, x2: float, y2: float, stroke: str) -> Shape:
    return {
        "kind": "line",
        "x1": round(x1, 2),
        "y1": round(y1, 2),
        "x2": round(x2, 2),
        "y2": round(y2, 2),
        "stroke": stroke,
        "width": 0.5,
        "dash": "solid",
    }


def grouped_bars(
    groups: Sequence[str],
    values: Sequence[Sequence[float]],
    tick: Callable[[float], str],
    label: Callable[[float], str],
    width: float = 468.0,
) -> Scene:
    """Grouped bars on a scale from 0 to a round top: one group per entry of ``groups``
    (a year), one bar per series (a category) with ``values[group][series]``; ``tick``
    labels the scale, ``label`` the value above a bar that is not zero."""
    size = 7.0
    left, right, top = 58.0, 4.0, 12.0
    plot_w = width - left - right
    plot_h = 150.0
    count = max(1, len(groups))
    group_w = plot_w / count
    label_lines = [wrap(g, group_w - 4, size) for g in groups]
    label_h = max((len(lines) for lines in label_lines), default=1) * size * 1.25
    height = top + plot_h + 6 + label_h
    highest = max((v for row in values for v in row), default=0.0)
    scale = nice_top(highest)
    shapes: list[Shape] = []
    for step in range(5):
        share = step / 4
        y = top + plot_h * (1 - share)
        shapes.append(_line(left, y, width - right, y, AXIS if step == 0 else GRID))
        shapes.append(_text(0, y - size * 0.65, left - 4, [tick(scale * share)], size, "end"))
    series = max((len(row) for row in values), default=1)
    bar_w = min(26.0, group_w * 0.8 / max(1, series))
    value_size = 5.5
    # the amounts go on top of every bar, so that a neighbouring bar never covers one
    amounts: list[Shape] = []
    for g, lines in enumerate(label_lines):
        x0 = left + group_w * g + (group_w - bar_w * series) / 2
        for s, value in enumerate(values[g]):
            x = x0 + s * bar_w
            h = plot_h * max(0.0, value) / scale
            if h > 0:
                shapes.append(
                    {
                        "kind": "rect",
                        "x": round(x, 2),
                        "y": round(top + plot_h - h, 2),
                        "w": round(bar_w, 2),
                        "h": round(h, 2),
                        "series": s % len(SERIES),
                    }
                )
            amounts.append(
                _text(
                    x - 6,
                    top + plot_h - h - value_size * 1.4,
                    bar_w + 12,
                    [label(value)],
                    value_size,
                )
            )
        shapes.append(_text(left + group_w * g + 2, top + plot_h + 6, group_w - 4, lines, size))
    return {"width": width, "height": round(height, 2), "shapes": shapes + amounts}
