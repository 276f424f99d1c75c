# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Texts of the HTML and PDF reports for the screening, evidence and deviation tables:
captions and the column headings that the Markdown report does without."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "tab.screening": ("Offene Standards: {name}", "Open standards: {name}"),
    "tab.publiccode": ("Angaben der publiccode.yml: {name}", "Facts from publiccode.yml: {name}"),
    "tab.scorecard": (
        "Prüfungen der OpenSSF Scorecard: {name}",
        "OpenSSF Scorecard checks: {name}",
    ),
    "tab.sbom_not_open": (
        "Komponenten ohne Open-Source-Lizenz: {name}",
        "Components without an open-source licence: {name}",
    ),
    "tab.sbom_licensing": (
        "Kommerzielle Lizenzbedingungen: {name}",
        "Commercial licensing terms: {name}",
    ),
    "col.field": ("Angabe", "Field"),
    "audit.sha": ("SHA-256 {sha}", "SHA-256 {sha}"),
}
