# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Deviations a request records appear in the evaluation report, never hidden; the report
does not judge their expiry (it must not depend on the day it is written)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.conftest import EXAMPLES

STANDESAMT = EXAMPLES / "repo" / "requests" / "2026" / "2026-34-004-standesamt.yaml"


def test_recorded_deviations_are_in_the_report_and_the_json(cli, tmp_path: Path) -> None:
    run = cli("evaluate", STANDESAMT, "-f", "md,json", "-d", tmp_path, "-q", "--lang", "en")
    assert run.code == 0
    markdown = (tmp_path / "2026-34-004.md").read_text("utf-8")
    assert re.search(r"^\*\*Table \d+:\*\* Recorded deviations$", markdown, re.MULTILINE)
    assert (
        "| stale-evidence | Eigenentwicklung auf Basis von Flowable | Security attestations and "
        "certifications | Vermerk 10/2026-118 | Dr. M. Kaiser, Leitung Amt 10 | 2027-06-30 |"
    ) in markdown
    result = json.loads((tmp_path / "2026-34-004.json").read_text("utf-8"))
    [deviation] = result["request"]["deviations"]
    assert deviation["expires"] == "2027-06-30" and deviation["decided_on"] == "2026-11-05"


def test_requests_without_deviations_show_no_such_section(cli, tmp_path: Path) -> None:
    cli("evaluate", EXAMPLES / "videoconferencing.yaml", "-f", "md,json", "-d", tmp_path, "-q")
    assert "Festgehaltene Abweichungen" not in (tmp_path / "2026-IT-017.md").read_text("utf-8")
    result = json.loads((tmp_path / "2026-IT-017.json").read_text("utf-8"))
    assert result["request"]["deviations"] == []
