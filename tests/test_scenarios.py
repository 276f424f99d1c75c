# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Decision cases an officer or an auditor would bring, each with what the report must say.

Every file under ``tests/cases/scenarios`` states its verdict and exit code
(``# expect: <status>, exit <code>``), sentences or figures its Markdown report (in the
request's language) must contain (``# says: ...``) and ones it must not (``# not: ...``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import CASES

SCENARIOS = sorted((CASES / "scenarios").glob("*.yaml"))
_EXPECT = re.compile(r"^# expect: ([a-z-]+), exit (\d)$", re.MULTILINE)


def stated(path: Path, key: str) -> list[str]:
    prefix = f"# {key}: "
    return [
        line[len(prefix) :]
        for line in path.read_text("utf-8").splitlines()
        if line.startswith(prefix)
    ]


def test_there_are_scenarios() -> None:
    assert len(SCENARIOS) >= 12


@pytest.mark.parametrize("case", SCENARIOS, ids=lambda p: p.stem)
def test_scenario_reaches_its_verdict_and_says_what_it_must(
    case: Path, cli, tmp_path: Path
) -> None:
    match = _EXPECT.search(case.read_text("utf-8"))
    assert match, f"{case.name} lacks '# expect: <status>, exit <code>'"
    status, code = match[1], int(match[2])
    run = cli("evaluate", case, "-f", "md,json", "-d", tmp_path, "--draws", "0", "-q")
    assert run.code == code, run.stderr
    [report] = tmp_path.glob("*.json")
    result = json.loads(report.read_text("utf-8"))
    assert result["verdict"]["status"] == status
    assert result["verdict"]["policy_holds"] is (code == 0)
    assert (result["verdict"]["breaches"] == []) is (code == 0)
    [markdown] = tmp_path.glob("*.md")
    # what the report says as a reader sees it: Markdown's escapes removed
    text = re.sub(r"\\(.)", r"\1", markdown.read_text("utf-8"))
    says, never = stated(case, "says"), stated(case, "not")
    assert says, f"{case.name} states nothing the report must say"
    for sentence in says:
        assert sentence in text, sentence
    for sentence in never:
        assert sentence not in text, sentence
