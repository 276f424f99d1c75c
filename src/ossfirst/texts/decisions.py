# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of the HTML and PDF reports for the decision-method sections (UfAB award,
sovereignty framework, robustness): captions and the chart of the weightings around the
profile."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "tab.award": ("Preis-Leistungs-Verhältnis nach Rang", "Price-performance by rank"),
    "tab.framework": (
        "Sicherungsstufen je Ziel und Alternative",
        "Assurance levels per objective and alternative",
    ),
    "tab.thresholds": (
        "Dimensionsgewichte, bei denen die Empfehlung wechselt",
        "Dimension weights at which the recommendation changes",
    ),
    "tab.shares": (
        "Gestreute Gewichtungen: Anteil, in dem die Alternative empfohlen wird",
        "Weightings around the profile: the share in which each alternative is recommended",
    ),
    "fig.shares": (
        "Anteil von {draws} gestreuten Gewichtungen, in denen die Alternative empfohlen wird",
        "Share of {draws} weightings around the profile in which each alternative is recommended",
    ),
    "fig.shares.alt": (
        "Balkendiagramm, je Alternative ein waagrechter Balken von 0 bis 100 %: der Anteil "
        "von {draws} gestreuten Gewichtungen, in denen sie empfohlen wird. {data}.",
        "Bar chart, one horizontal bar per alternative from 0 to 100 %: the share of "
        "{draws} weightings around the profile in which it is recommended. {data}.",
    ),
}
