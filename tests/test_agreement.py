# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``evaluate`` and ``check`` give one verdict for every request the test suite has.

The verdict is computed once, in the engine; ``check`` reports its breaches as errors. So
for every request in ``examples/`` and in ``tests/cases/`` (valid, markup and scenario
cases), judged on the same day (the request's date, which is also the reference date of
the report), both commands exit with the same code, ``check`` states the same verdict, and
its errors are exactly the verdict's breaches. The repository's policy file
(``ossfirst.toml``) is left out here, because it may make a rule stricter; where the sample
repository's policy does, the last test says how.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import CASES, EXAMPLES, ROOT

_DATE = re.compile(r"^date: (\d{4}-\d{2}-\d{2})\s*$", re.MULTILINE)


def _is_request(path: Path) -> bool:
    return re.search(r"^ossfirst: 1\s*$", path.read_text("utf-8"), re.MULTILINE) is not None


def requests() -> list[Path]:
    """Every valid request file of the examples and of the test cases, known by its content
    (the invalid corpora, whose files are refused before any verdict, are left out)."""
    found = [p for p in sorted(EXAMPLES.rglob("*.yaml")) if _is_request(p)]
    for path in sorted(CASES.rglob("*.yaml")):
        group = path.relative_to(CASES).parts[0]
        if not group.startswith("invalid") and _is_request(path):
            found.append(path)
    return found


REQUESTS = requests()


def test_every_kind_of_request_is_covered() -> None:
    names = {p.relative_to(ROOT).as_posix() for p in REQUESTS}
    assert len(REQUESTS) >= 25
    assert "examples/repo/requests/2026/LK-IT-2026-031-office.yaml" in names
    assert "tests/cases/scenarios/all-proprietary-justified.yaml" in names
    assert "tests/cases/valid/minimal.yaml" in names


def evaluate(cli, path: Path, out: Path) -> tuple[int, dict]:  # type: ignore[no-untyped-def,type-arg]
    run = cli("evaluate", path, "-f", "json", "-o", out / "result.json", "--draws", "0", "-q")
    assert run.code in (0, 1), run.stderr
    return run.code, json.loads((out / "result.json").read_text("utf-8"))


def check(cli, path: Path, out: Path, date: str, *config: str | Path) -> tuple[int, dict]:  # type: ignore[no-untyped-def,type-arg]
    run = cli("check", path, *config, "--date", date, "-f", "json", "-o", out / "check.json", "-q")
    assert run.code in (0, 1), run.stderr
    [report] = json.loads((out / "check.json").read_text("utf-8"))["files"]
    return run.code, report


@pytest.mark.parametrize("path", REQUESTS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_evaluate_and_check_give_the_same_verdict(cli, path: Path, tmp_path: Path) -> None:
    match = _DATE.search(path.read_text("utf-8"))
    assert match, path
    no_policy = tmp_path / "ossfirst.toml"
    no_policy.write_text("", "utf-8")
    evaluated, result = evaluate(cli, path, tmp_path)
    checked, report = check(cli, path, tmp_path, match[1], "--config", no_policy)
    verdict = result["verdict"]
    assert checked == evaluated, report["findings"]
    assert report["verdict"] == verdict["status"]
    errors = sorted({f["rule"] for f in report["findings"] if f["level"] == "error"})
    assert errors == sorted({b["code"] for b in verdict["breaches"]})


def test_where_the_sample_repository_is_stricter_the_check_says_why(cli, tmp_path: Path) -> None:
    """The sample repository's policy raises stale-evidence to an error, and on a later day a
    recorded deviation can expire: LK-IT-2026-031 keeps the Open Source first rule (evaluate:
    exit 0), but check fails it on 27 November 2026 for exactly these two reasons, neither
    of which is the rule itself."""
    office = EXAMPLES / "repo" / "requests" / "2026" / "LK-IT-2026-031-office.yaml"
    evaluated, result = evaluate(cli, office, tmp_path)
    assert evaluated == 0 and result["verdict"]["breaches"] == []
    checked, report = check(cli, office, tmp_path, "2026-11-27")  # finds examples/repo's policy
    assert checked == 1 and report["verdict"] == result["verdict"]["status"]
    errors = {(f["rule"], (f.get("deviation") or {}).get("status")) for f in report["findings"]}
    assert {e for e in errors if e[0] != "unassessed-criterion"} == {
        ("stale-evidence", "expired"),  # [rules] stale-evidence = "error", its deviation over
        ("deviation-expired", None),  # the deviation's own record
    }
    levels = {f["rule"]: f["level"] for f in report["findings"]}
    assert levels["stale-evidence"] == levels["deviation-expired"] == "error"
    # on the request's own day, under the same policy, the deviation is in force: they agree
    checked, report = check(cli, office, tmp_path, "2026-10-26")
    assert checked == 0
