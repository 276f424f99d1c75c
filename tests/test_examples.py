# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Every shipped example evaluates to the verdict its file states; two have golden reports.

Golden files are reviewed by eye when they change: regenerate them with
``OSSFIRST_UPDATE_GOLDEN=1 pytest tests/test_examples.py`` and read the diff.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, example_paths

GOLDEN = Path(__file__).resolve().parent / "golden"
_EXPECT = re.compile(r"^# expect: ([a-z-]+), exit (\d)$", re.MULTILINE)


def test_there_are_five_examples() -> None:
    assert len(example_paths()) >= 5


@pytest.mark.parametrize("example", example_paths(), ids=lambda p: p.stem)
def test_example_reaches_its_stated_verdict(example: Path, cli, tmp_path: Path) -> None:
    match = _EXPECT.search(example.read_text("utf-8"))
    assert match, f"{example.name} lacks '# expect: <status>, exit <code>'"
    status, code = match[1], int(match[2])
    run = cli("evaluate", example, "--format", "json,md", "--output-dir", tmp_path, "--quiet")
    assert run.code == code, run.stderr
    [report] = tmp_path.glob("*.json")
    result = json.loads(report.read_text("utf-8"))
    assert result["verdict"]["status"] == status
    assert result["verdict"]["policy_holds"] is (code == 0)
    # a realistic example is complete: no warnings (unknown standards and the like)
    assert result["warnings"] == [], result["warnings"]


def test_the_examples_cover_the_verdicts_that_matter() -> None:
    statuses = {_EXPECT.search(p.read_text("utf-8"))[1] for p in example_paths()}  # type: ignore[index]
    assert {"conforms", "unjustified-departure"} <= statuses


@pytest.mark.parametrize(
    ("example", "lang"),
    [
        ("videoconferencing", "de"),
        ("office-suite", "en"),
        ("specialised-procedure", "de"),
        ("service-desk", "de"),
        ("cloud-platform", "en"),
    ],
)
def test_golden_markdown(example: str, lang: str, cli) -> None:
    run = cli("evaluate", EXAMPLES / f"{example}.yaml", "-f", "md", "-o", "-", "--lang", lang, "-q")
    assert run.code in (0, 1)
    golden = GOLDEN / f"{example}.{lang}.md"
    if os.environ.get("OSSFIRST_UPDATE_GOLDEN"):
        golden.write_text(run.stdout, "utf-8")
    assert run.stdout == golden.read_text("utf-8")


def test_golden_short_version(cli) -> None:
    """The council paper's short version of the council example, with its appendix."""
    request = EXAMPLES / "council-information-system.yaml"
    run = cli("evaluate", request, "--short", "-f", "md", "-o", "-", "-q")
    assert run.code == 0, run.stderr
    golden = GOLDEN / "council-information-system.short.de.md"
    if os.environ.get("OSSFIRST_UPDATE_GOLDEN"):
        golden.write_text(run.stdout, "utf-8")
    assert run.stdout == golden.read_text("utf-8")


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("example", example_paths(), ids=lambda p: p.stem)
def test_every_example_renders_in_every_format(
    example: Path, lang: str, cli, tmp_path: Path
) -> None:
    from ossfirst.render import FORMATS

    run = cli("evaluate", example, "-f", ",".join(FORMATS), "-d", tmp_path, "-l", lang, "-q")
    assert run.code in (0, 1), run.stderr
    assert sorted(p.suffix for p in tmp_path.iterdir()) == sorted(
        f".{f.extension}" for f in FORMATS.values()
    )


def _html_digests() -> str:
    """The SHA-256 of the HTML report of every example, in both languages, full and short."""
    import hashlib

    from ossfirst.api import evaluate_file, render

    lines = []
    for example in example_paths():
        result = evaluate_file(example)
        for lang in ("de", "en"):
            for short in (False, True):
                name = f"{example.stem}{'.short' if short else ''}.{lang}.html"
                content = render(result, "html", lang, short=short)
                lines.append(f"{hashlib.sha256(content).hexdigest()}  {name}\n")
    return "".join(lines)


def test_golden_html_digests() -> None:
    """The HTML reports of the examples byte for byte (their digests: the Markdown goldens
    above show what a change of content is; these catch a change of the markup)."""
    golden = GOLDEN / "html.sha256"
    found = _html_digests()
    if os.environ.get("OSSFIRST_UPDATE_GOLDEN"):
        golden.write_text(found, "utf-8")
    assert found == golden.read_text("utf-8")
