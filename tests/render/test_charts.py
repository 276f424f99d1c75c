# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Chart geometry: bars and radar stay inside their scene and show what the values say."""

from __future__ import annotations

import math

import pytest

from ossfirst.render import charts

AXES = ["Wirtschaftlichkeit", "Sicherheit", "Praktikabilität", "Digitale Souveränität", "Lock-in"]
SERIES = [
    charts.Series("A", [100, 50, 0, 25, 75]),
    charts.Series("B", [80, None, 60, 40, 20]),
]


def inside(scene: charts.Scene) -> None:
    for shape in scene["shapes"]:
        if shape["kind"] == "rect":
            xs, ys = [shape["x"], shape["x"] + shape["w"]], [shape["y"], shape["y"] + shape["h"]]
        elif shape["kind"] == "line":
            xs, ys = [shape["x1"], shape["x2"]], [shape["y1"], shape["y2"]]
        elif shape["kind"] == "polygon":
            xs, ys = [p[0] for p in shape["points"]], [p[1] for p in shape["points"]]
        else:
            xs, ys = [shape["x"], shape["x"] + shape["w"]], [shape["y"]]
        assert min(xs) >= -0.01 and max(xs) <= scene["width"] + 0.01, shape
        assert min(ys) >= -0.01 and max(ys) <= scene["height"] + 0.01, shape


def test_bars_are_proportional_and_missing_values_are_marked() -> None:
    scene = charts.bars(AXES, SERIES, lambda v: f"{v:.0f}", "–")
    inside(scene)
    bars = [s for s in scene["shapes"] if s["kind"] == "rect"]
    assert len(bars) == 9  # ten values, one missing
    a = [b["h"] for b in bars if b["series"] == 0]
    assert a[0] == pytest.approx(2 * a[1]) and a[2] == 0 and a[4] == pytest.approx(3 * a[3])
    labels = [s["lines"] for s in scene["shapes"] if s["kind"] == "text"]
    assert ["–"] in labels and ["100"] in labels
    assert ["Digitale", "Souveränität"] in labels or ["Digitale Souveränität"] in labels


def test_radar_puts_each_value_on_its_spoke() -> None:
    scene = charts.radar(AXES, SERIES)
    inside(scene)
    lines = [s for s in scene["shapes"] if s["kind"] == "polygon" and s["width"] == 1.4]
    assert len(lines) == 2
    rim = next(s for s in scene["shapes"] if s["kind"] == "polygon" and s["stroke"] == charts.AXIS)
    centre = charts_centre(rim["points"])
    top = rim["points"][0]
    assert top[0] == pytest.approx(centre[0], abs=0.05)  # the first spoke points straight up
    first = lines[0]["points"]
    assert first[0] == pytest.approx(top, abs=0.05)  # 100 at the rim
    assert first[2] == pytest.approx(centre, abs=0.05)  # 0 in the centre
    half = math.dist(first[1], centre) / math.dist(rim["points"][1], centre)
    assert half == pytest.approx(0.5, abs=0.01)  # 50 half way
    assert lines[0]["dash"] != lines[1]["dash"]


def test_radars_of_the_same_axes_share_a_frame_that_stays_as_drawn() -> None:
    # The rings, spokes and labels are drawn once per set of axes: a second chart of other
    # values gets the same frame, and neither chart's series alter it.
    first = charts.radar(AXES, SERIES)
    again = charts.radar(AXES, [charts.Series("C", [10, 20, 30, 40, 50])])
    frame = len(first["shapes"]) - sum(1 + len(s.values) for s in SERIES)
    assert frame == 4 * 2 + 2 * len(AXES)  # a ring and its scale, a spoke and its label
    assert first["shapes"][:frame] == again["shapes"][:frame]
    assert first["height"] == again["height"]
    assert again["shapes"][frame]["stroke"] == charts.style(0)["stroke"]
    other = charts.radar(AXES[:3], SERIES)
    assert len(other["shapes"]) == 4 * 2 + 2 * 3 + 2 * (1 + 3)


def charts_centre(points: list[list[float]]) -> tuple[float, float]:
    return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)


def test_series_differ_without_colour() -> None:
    looks = {(s["hatch"], s["dash"], s["marker"]) for s in charts.SERIES}
    assert len(looks) == len(charts.SERIES)
    # the regular styles repeat; the greyed-out ones are only for excluded alternatives
    assert charts.style(charts.REGULAR) == charts.SERIES[0]
    assert charts.style(charts.REGULAR, excluded=True) == charts.SERIES[charts.REGULAR]


def test_an_excluded_alternative_is_greyed_out_and_hatched() -> None:
    series = [
        charts.Series("Open", [80.0, 60.0], excluded=True),
        charts.Series("Closed", [50.0, 40.0]),
    ]
    scene = charts.bars(["A", "B"], series, str, "-")
    looks = [s["series"] for s in scene["shapes"] if s["kind"] == "rect"]
    assert looks == [charts.REGULAR, 1, charts.REGULAR, 1]
    greyed = charts.SERIES[charts.REGULAR]
    assert greyed["hatch"] != "none" and greyed["fill"] == "#f2f2f2"
    assert [item["series"] for item in charts.legend(series, "fill")] == [charts.REGULAR, 1]
    radar = charts.radar(["A", "B", "C"], series)
    lines = [s for s in radar["shapes"] if s["kind"] == "polygon" and s["width"] == 1.4]
    assert lines[0]["stroke"] == greyed["stroke"] != lines[1]["stroke"]


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("Digitale Souveränität", 40, ["Digitale", "Souveränität"]),
        ("Sicherheit", 200, ["Sicherheit"]),
        ("", 50, [""]),
    ],
)
def test_wrap(text: str, width: float, expected: list[str]) -> None:
    assert charts.wrap(text, width, 7) == expected


def test_legend_shows_the_radar_marker_of_each_series() -> None:
    bars, lines = charts.legend(SERIES, "fill"), charts.legend(SERIES, "line")
    assert [item["marker"] for item in bars] == [[], []]
    assert lines[0]["marker"] != lines[1]["marker"]
    for item in lines:
        assert all(0 <= x <= 18 and 0 <= y <= 10 for x, y in item["marker"])


def test_shares_are_bars_in_proportion_named_on_the_axis() -> None:
    names = ["Zammad beim kommunalen IT-Dienstleister", "OTOBO", "ITSM-Cloud-Dienst"]
    scene = charts.shares(names, [97.7, 2.3, 0.0], [0, 1, 2], lambda v: f"{v:.1f} %")
    inside(scene)
    bars = [s for s in scene["shapes"] if s["kind"] == "rect"]
    assert [b["series"] for b in bars] == [0, 1]  # no bar for 0 %, only its value
    assert bars[0]["w"] / 97.7 == pytest.approx(bars[1]["w"] / 2.3, rel=0.01)
    assert bars[0]["x"] == bars[1]["x"]
    labels = [" ".join(s["lines"]) for s in scene["shapes"] if s["kind"] == "text"]
    assert all(name in labels for name in names)
    assert {"97.7 %", "2.3 %", "0.0 %", "0\u00a0%", "100\u00a0%"} <= set(labels)
    # each bar's row lies below the one before
    rows = sorted(b["y"] for b in bars)
    assert rows == [b["y"] for b in bars]
