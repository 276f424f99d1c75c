# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Every word a report shows, as ``key: (German, English)``, one module per area.

A new area (a report section, an output format) adds a module here and one line below; a
key may be defined only once.
"""

from __future__ import annotations

from ossfirst.render.texts import captions, check, core, decisions, evidence, methods, report

AREAS = (
    core.TEXTS,
    report.TEXTS,
    check.TEXTS,
    evidence.TEXTS,
    methods.TEXTS,
    captions.TEXTS,
    decisions.TEXTS,
)


def _merge() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for area in AREAS:
        for key, pair in area.items():
            if key in merged:
                raise ValueError(f"text key defined twice: {key}")
            merged[key] = pair
    return merged


TEXTS = _merge()
