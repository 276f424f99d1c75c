# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Hostile request text in every CI finding format: each stays well-formed, a newline in a
message never forges a second finding or workflow command, and the text comes back
literally."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET  # parsing our own output only
from pathlib import Path

import jsonschema
import yaml

from tests.conftest import CASES, ROOT

NAME = 'Evil\n::error file=x.yaml,line=1::forged </failure><script>x</script> "q" & %0A'
#: What every format must carry literally (a newline may become a space in a one-line format).
CORE = 'forged </failure><script>x</script> "q" & %0A'


def hostile_repo(tmp_path: Path) -> Path:
    data = yaml.safe_load((CASES / "valid" / "minimal.yaml").read_text("utf-8"))
    data["alternatives"][1]["name"] = NAME
    data["alternatives"][0]["assessments"]["security.patching"].pop("rationale")
    data["proposed"] = "prop"  # a departure without justification: findings name it
    folder = tmp_path / "requests"
    folder.mkdir()
    (folder / "hostile.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8"
    )
    return folder


def test_every_check_format_stays_well_formed(cli, tmp_path: Path, monkeypatch) -> None:
    hostile_repo(tmp_path)
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    run = cli(
        "check",
        "requests",
        "--date",
        "2026-11-27",
        "-q",
        "-f",
        "json",
        "-o",
        out / "c.json",
        "-f",
        "sarif",
        "-o",
        out / "c.sarif",
        "-f",
        "junit",
        "-o",
        out / "c.xml",
        "-f",
        "gitlab",
        "-o",
        out / "c-gl.json",
        "-f",
        "text",
        "-o",
        out / "c.txt",
    )
    assert run.code == 1, run.stdout + run.stderr
    report = json.loads((out / "c.json").read_text("utf-8"))
    findings = [f for file in report["files"] for f in file["findings"]]
    assert any(NAME in f["message"] for f in findings)

    text = (out / "c.txt").read_text("utf-8").splitlines()
    finding_lines = [line for line in text if line.startswith("requests/hostile.yaml:")]
    assert len(finding_lines) == len(findings)  # one line per finding, none forged

    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(out / "summary.md"))
    github = cli("check", "requests", "--date", "2026-11-27", "-q", "-f", "github").stdout
    github = github.splitlines()
    commands = [line for line in github if line.startswith("::")]
    assert all(
        line.startswith(("::error ", "::warning ", "::notice", "::group", "::endgroup"))
        for line in commands
    ), commands
    assert any(CORE in line for line in github)
    assert not any(
        "::error file=x.yaml" in line.split("::", 2)[1]
        for line in commands
        if line.count("::") >= 2
    )

    tree = ET.parse(out / "c.xml")
    messages = " ".join(
        (node.get("message") or "") + (node.text or "") for node in tree.iter("failure")
    )
    assert CORE in messages

    schema = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text())
    sarif = json.loads((out / "c.sarif").read_text("utf-8"))
    jsonschema.Draft7Validator(schema).validate(sarif)
    assert any(CORE in r["message"]["text"] for r in sarif["runs"][0]["results"])

    gitlab = json.loads((out / "c-gl.json").read_text("utf-8"))
    assert any(CORE in issue["description"] for issue in gitlab)
