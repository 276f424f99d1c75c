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


@pytest.mark.parametrize(
    "release",
    sorted((ROOT / "criteria").glob("*/*.yaml")),
    ids=lambda p: f"{p.parent.name}@{p.stem}",
)
def test_catalogue_schema_accepts_every_shipped_catalogue(cli, release: Path) -> None:
    validator = jsonschema.Draft202012Validator(schema(cli, "catalogue"))
    data = yaml.safe_load(release.read_text("utf-8"))
    assert not list(validator.iter_errors(json.loads(json.dumps(data, default=str))))


def test_result_schema_describes_the_json_report(cli, tmp_path: Path) -> None:
    validator = jsonschema.Draft202012Validator(schema(cli, "result"))
    run = cli("evaluate", CASES / "valid" / "minimal.yaml", "-f", "json", "-o", "-", "-q")
    errors = list(validator.iter_errors(json.loads(run.stdout)))
    assert not errors, errors[0].message


@pytest.mark.parametrize("kind", ["nope"])
def test_unknown_schema_kind(cli, kind: str) -> None:
    assert cli("schema", kind).code == 2


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


def test_every_schema_has_its_published_id(cli) -> None:
    from ossfirst.cli.schema import Kind, schema_id

    ids = []
    for kind in Kind:
        data = schema(cli, kind.value)
        assert data["$id"] == schema_id(kind.value)
        # the address is the file in docs/schemas/ of the release tag
        published = data["$id"].split("/-/raw/v0.1.0/", 1)[1]
        assert json.loads((ROOT / published).read_text("utf-8")) == data
        ids.append(data["$id"])
    assert len(set(ids)) == len(ids)


def test_check_schema_describes_check_json(cli, tmp_path: Path, monkeypatch) -> None:
    validator = jsonschema.Draft202012Validator(
        schema(cli, "check"), format_checker=jsonschema.FormatChecker()
    )
    monkeypatch.chdir(ROOT / "examples" / "repo")
    run = cli("check", "--date", "2026-11-27", "-q", "-f", "json")
    assert run.code == 1
    data = json.loads(run.stdout)
    errors = list(validator.iter_errors(data))
    assert not errors, errors[0]
    assert {
        f["deviation"]["status"] for x in data["files"] for f in x["findings"] if f["deviation"]
    }
    # broken and unreadable files too
    (tmp_path / "bad.yaml").write_text("ossfirst: 1\nid: [\n", "utf-8")
    (tmp_path / "empty.yaml").write_text("ossfirst: 1\n", "utf-8")
    run = cli("check", tmp_path, "-q", "-f", "json")
    data = json.loads(run.stdout)
    assert {f["status"] for f in data["files"]} == {"invalid"}
    assert not list(validator.iter_errors(data))
    # the schema can fail: an unknown rule or a missing field is refused
    data["files"][0]["findings"][0]["rule"] = "no-such-rule"
    assert not validator.is_valid(data)


EVIDENCE_FILES = sorted(
    [
        *(CASES / "evidence" / "real").iterdir(),
        *(CASES / "evidence" / "spec").iterdir(),
        *(ROOT / "examples" / "evidence").glob("*/*.*"),
    ]
)


@pytest.mark.parametrize("evidence", EVIDENCE_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_evidence_schema_describes_evidence_show_json(cli, evidence: Path) -> None:
    validator = jsonschema.Draft202012Validator(
        schema(cli, "evidence"), format_checker=jsonschema.FormatChecker()
    )
    run = cli("evidence", "show", evidence, "-f", "json", "--horizon-end", "2031-12-31")
    if evidence.name == "open-zaak__open-zaak.publiccode.yml":
        # a contract without its end date: refused with the position (as the reader tests say)
        assert run.code == 2 and ":181:7: error:" in run.stderr
        return
    assert run.code == 0, run.stderr
    errors = list(validator.iter_errors(json.loads(run.stdout)))
    assert not errors, errors[0]


def test_init_names_the_request_schema_for_the_editor(cli, tmp_path: Path) -> None:
    from ossfirst.cli.schema import schema_id

    target = tmp_path / "r.yaml"
    assert cli("init", target, "--lang", "de").code == 0
    first = target.read_text("utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema={schema_id('request')}"
