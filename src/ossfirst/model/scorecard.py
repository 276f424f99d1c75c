# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The checks of OpenSSF Scorecard and their risk levels: the Scorecard reader weighs them,
and a catalogue's evidence floors name them (the loader checks the names)."""

from ossfirst.model.result import Risk

#: The risk level of every Scorecard check, as Scorecard documents it
#: (docs/checks/internal/checks.yaml in github.com/ossf/scorecard, Apache-2.0).
SCORECARD_RISK: dict[str, Risk] = {
    "Binary-Artifacts": "high",
    "Branch-Protection": "high",
    "CI-Tests": "low",
    "CII-Best-Practices": "low",
    "Code-Review": "high",
    "Contributors": "low",
    "Dangerous-Workflow": "critical",
    "Dependency-Update-Tool": "high",
    "Fuzzing": "medium",
    "License": "low",
    "Maintained": "high",
    "Packaging": "medium",
    "Pinned-Dependencies": "medium",
    "SAST": "medium",
    "SBOM": "medium",
    "Security-Policy": "medium",
    "Signed-Releases": "high",
    "Token-Permissions": "high",
    "Vulnerabilities": "high",
    "Webhooks": "critical",
}
