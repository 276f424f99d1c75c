# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Text from a request is data, never markup, in every report format.

The Markdown report is parsed with a CommonMark parser (with tables, as GitHub and GitLab
render them): the hostile texts must come out as literal text, adding no heading, link,
image, HTML, table cell or list item of their own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt

from tests.conftest import CASES

HOSTILE = {
    "heading": "# Approved by the council",
    "link": "[click here](javascript:alert(1))",
    "image": "![logo](https://tracker.example/pixel.png)",
    "autolink": "<https://evil.example/>",
    "html": "<script>alert('x')</script><img src=x onerror=alert(1)>",
    "table": "| forged | cell |\n|---|---|\n| a | b |",
    "emphasis": "**bold** _it_ `code` ~~strike~~",
    "list": "- item one\n1. item two\n> quote",
    "rule": "text\n---\n===",
    "entity": "&lt;b&gt; &amp; &#x3C;",
    "typst": '#import "x.typ": * #read("/etc/passwd") $x^2$ ] \\',
    "bidi": "harmless\u202etxt.exe",
    "control": "bell\x07 and escape\x1b[31m red",
}


def hostile_request(tmp_path: Path, texts: dict[str, str] = HOSTILE, name: str = "hostile") -> Path:
    """The minimal request with ``texts`` in every free-text field."""
    data = yaml.safe_load((CASES / "valid" / "minimal.yaml").read_text("utf-8"))
    text = " ".join(f"{k}: {v}" for k, v in texts.items() if k not in ("bidi", "control"))
    data["title"] = texts["heading"] + " " + texts["link"]
    data["organisation"] = texts["html"][:200]
    data["need"] = "\n".join(texts.values())
    data["requirements"][0]["text"] = texts["table"]
    data["alternatives"][0]["name"] = texts["image"] + texts["bidi"]
    data["alternatives"][1]["name"] = texts["autolink"] + " " + texts["control"]
    data["alternatives"][0]["assessments"]["security.patching"]["rationale"] = text
    data["alternatives"][0]["assessments"]["security.patching"]["evidence"] = [
        texts["link"],
        texts["entity"],
    ]
    data["proposed"] = "prop"
    data["justification"] = texts["list"] + "\n" + texts["rule"]
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def tokens(markdown: str) -> list:  # type: ignore[type-arg]
    parser = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    flat = []
    for token in parser.parse(markdown):
        flat.append(token)
        flat.extend(token.children or [])
    return flat


@pytest.fixture
def markdown(cli, tmp_path: Path) -> str:
    run = cli("evaluate", hostile_request(tmp_path), "-f", "md", "-o", "-", "-q")
    assert run.code in (0, 1), run.stderr
    return run.stdout


STRUCTURE = {
    "heading_open",
    "html_block",
    "html_inline",
    "image",
    "link_open",
    "code_inline",
    "s_open",
    "em_open",
    "strong_open",
    "blockquote_open",
    "bullet_list_open",
    "ordered_list_open",
    "list_item_open",
    "hr",
    "table_open",
    "tr_open",
    "td_open",
    "th_open",
    "fence",
    "code_block",
}


def structure(markdown: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for token in tokens(markdown):
        if token.type in STRUCTURE:
            counts[token.type] = counts.get(token.type, 0) + 1
    return counts


def test_no_markup_is_injected_into_markdown(markdown: str, cli, tmp_path: Path) -> None:
    # The same request with harmless words of the same shape gives the reference structure.
    plain = dict.fromkeys(HOSTILE, "plain words")
    run = cli("evaluate", hostile_request(tmp_path, plain, "plain"), "-f", "md", "-o", "-", "-q")
    assert structure(markdown) == structure(run.stdout)
    assert not {"html_block", "html_inline", "image", "link_open"} & set(structure(markdown))


def test_hostile_texts_survive_as_readable_text(markdown: str) -> None:
    rendered = "".join(t.content for t in tokens(markdown) if t.type == "text")
    for needle in (
        "javascript:alert(1)",
        "<script>alert('x')</script>",
        "# Approved",
        '#read("/etc/passwd")',
        "**bold**",
        "&lt;b&gt;",
    ):
        assert needle in rendered, needle


def test_control_and_bidi_characters_are_removed(markdown: str) -> None:
    assert "\u202e" not in markdown and "\x07" not in markdown and "\x1b" not in markdown


def test_json_keeps_texts_exact(cli, tmp_path: Path) -> None:
    run = cli("evaluate", hostile_request(tmp_path), "-f", "json", "-o", "-", "-q")
    data = json.loads(run.stdout)
    assert data["request"]["need"].startswith(HOSTILE["heading"])
    assert data["alternatives"][0]["name"].endswith(HOSTILE["bidi"])
