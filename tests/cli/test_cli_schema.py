# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst schema``: the JSON Schemas describe what the loader accepts and the engine
writes."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.conftest import CASES, ROOT, example_paths


def schema(cli, kind: str) -> dict:  # type: ignore[type-arg]
    run = cli("schema", kind)
    assert run.code == 0
    data = json.loads(run.stdout)
    jsonschema.Draft202012Validator.check_schema(data)
    return data  # type: ignore[no-any-return]


def test_request_schema_accepts_the_examples(cli) -> None:
    validator = jsonschema.Draft202012Validator(schema(cli, "request"))
    for path in [*example_paths(), CASES / "valid" / "minimal.yaml"]:
        data = yaml.safe_load(path.read_text("utf-8"))
        # YAML 1.1 loaders read dates as dates; the schema describes them as strings
        data = json.loads(json.dumps(data, default=str))
        errors = list(validator.iter_errors(data))
        assert not errors, f"{path.name}: {errors[0].message}"


def test_request_schema_rejects_unknown_keys(cli) -> None:
    validator = jsonschema.Draft202012Validator(schema(cli, "request"))
    data = yaml.safe_load((CASES / "valid" / "minimal.yaml").read_text("utf-8"))
    data["titel"] = "x"
    assert not validator.is_valid(json.loads(json.dumps(data, default=str)))


def test_catalogue_schema_accepts_the_standard_catalogue(cli) -> None:
    validator = jsonschema.Draft202012Validator(schema(cli, "catalogue"))
    data = yaml.safe_load((ROOT / "criteria" / "standard.yaml").read_text("utf-8"))
    assert not list(validator.iter_errors(json.loads(json.dumps(data, default=str))))


def test_result_schema_describes_the_json_report(cli, tmp_path: Path) -> None:
    validator = jsonschema.Draft202012Validator(schema(cli, "result"))
    run = cli("evaluate", CASES / "valid" / "minimal.yaml", "-f", "json", "-o", "-", "-q")
    errors = list(validator.iter_errors(json.loads(run.stdout)))
    assert not errors, errors[0].message


@pytest.mark.parametrize("kind", ["nope"])
def test_unknown_schema_kind(cli, kind: str) -> None:
    assert cli("schema", kind).code == 2


def test_catalogue_schema_accepts_the_eu_csf_catalogue(cli) -> None:
    validator = jsonschema.Draft202012Validator(schema(cli, "catalogue"))
    data = yaml.safe_load((ROOT / "criteria" / "eu-csf.yaml").read_text("utf-8"))
    assert not list(validator.iter_errors(json.loads(json.dumps(data, default=str))))


@pytest.mark.parametrize("example", example_paths(), ids=lambda p: p.stem)
def test_result_schema_describes_every_example(cli, example: Path) -> None:
    validator = jsonschema.Draft202012Validator(schema(cli, "result"))
    run = cli("evaluate", example, "-f", "json", "-o", "-", "-q", "--draws", "100")
    errors = list(validator.iter_errors(json.loads(run.stdout)))
    assert not errors, errors[0].message


def test_pairwise_schema_accepts_the_readme_example(cli) -> None:
    validator = jsonschema.Draft202012Validator(schema(cli, "pairwise"))
    data = {
        "ossfirst_pairwise": 1,
        "catalogue": "standard",
        "profile": {
            "id": "council-2026",
            "title": {"de": "R", "en": "C"},
            "rationale": {"de": "R", "en": "R"},
        },
        "judgements": [{"more": "sovereignty", "than": "economics", "by": 3}],
    }
    assert validator.is_valid(data)
    data["judgements"][0]["by"] = 10
    assert not validator.is_valid(data)
