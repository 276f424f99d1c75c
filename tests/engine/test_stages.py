# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The engine's stages return what they find: per-criterion scoring gives rows and the gaps
they leave, knock-outs give knock-outs and warnings, gaps are returned, not appended to a
shared list; evaluate.py only orchestrates them."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from ossfirst.api import prepare
from ossfirst.engine import criteria, gaps, knockouts
from ossfirst.engine.context import Context
from ossfirst.engine.info import method_info
from tests.engine.requests import alternative, request, with_tiny

ENGINE = Path(__file__).resolve().parents[2] / "src" / "ossfirst" / "engine"


def context(tmp_path: Path, data: dict[str, Any]) -> Context:
    path = tmp_path / "request.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    with_tiny(tmp_path)
    prepared = prepare(path)
    req = prepared.loaded.request
    method = method_info(prepared.catalogue, req, None)
    return Context(prepared.catalogue, req, prepared.facts, method)


def test_scoring_returns_rows_and_the_gaps_they_leave(tmp_path: Path) -> None:
    old = alternative("old", "open-source", 3, None, assessed_on="2020-01-01")
    ctx = context(tmp_path, request(old))
    alt = ctx.request.alternatives[0]
    facts = ctx.facts.alternatives["old"]
    rows, found = criteria.score_criteria(ctx, 0, alt, facts, "domestic")
    assert [c.id for c, _ in rows] == [c.id for c in ctx.catalogue.criteria]
    by_id = {c.id: row for c, row in rows}
    assert by_id["quality.fit"].score == 3 and by_id["quality.fit"].stale
    assert by_id["sovereignty.control"].source == "missing"
    reasons = {(g.criterion, g.reason) for g in found}
    assert ("quality.fit", "stale") in reasons
    assert ("sovereignty.control", "unassessed") in reasons
    # nothing is kept between calls
    assert criteria.score_criteria(ctx, 0, alt, facts, "domestic") == (rows, found)


def test_date_gaps_are_returned(tmp_path: Path) -> None:
    ctx = context(tmp_path, request(alternative("a", "open-source", 3, 3)))
    today = ctx.request.date
    path: list[str | int] = ["alternatives", 0]
    assert gaps.date_gaps(ctx, "a", "quality.fit", today, path) == []
    (future,) = gaps.date_gaps(ctx, "a", "quality.fit", today + dt.timedelta(days=1), path)
    assert future.reason == "future-date" and not gaps.stale([future])
    (old,) = gaps.date_gaps(ctx, "a", "quality.fit", dt.date(2000, 1, 1), path)
    assert old.reason == "stale" and gaps.stale([future, old])


def test_knockouts_return_knockouts_and_warnings(tmp_path: Path) -> None:
    unmet = alternative("a", "open-source", 0, 3, r1="unmet", legal=None)
    ctx = context(tmp_path, request(unmet))
    alt = ctx.request.alternatives[0]
    rows, _ = criteria.score_criteria(ctx, 0, alt, ctx.facts.alternatives["a"], "domestic")
    found, warnings = knockouts.knockouts(ctx, alt, ctx.economics["a"], rows)
    codes = [k.code for k in found]
    assert codes[0] == "must-requirement"
    # the tiny catalogue counts missing data as zero: an unanswered knock-out criterion fails
    assert "knock-out-criterion" in codes and warnings == []
    assert "floor" in codes  # quality.fit 0 is below its floor 1


def _calls_append_on_parameter(function: ast.FunctionDef) -> bool:
    parameters = {a.arg for a in function.args.args}
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("append", "extend")
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id in parameters
        for node in ast.walk(function)
    )


def test_no_stage_appends_to_a_list_it_was_given() -> None:
    for module in ("evaluate", "criteria", "gaps", "knockouts", "metrics", "award", "info"):
        tree = ast.parse((ENGINE / f"{module}.py").read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                assert not _calls_append_on_parameter(node), f"{module}.{node.name}"
