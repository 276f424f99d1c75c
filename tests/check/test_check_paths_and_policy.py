# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Finding the policy file, reading it, and choosing the files to check."""

from __future__ import annotations

from pathlib import Path

import pytest

from ossfirst.check.config import CheckConfig, find_config, load_config
from ossfirst.check.files import discover, kind_of, matches
from ossfirst.errors import InputError


def test_policy_is_found_upward_and_a_plain_pyproject_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "ossfirst.toml").write_text('fail-on = "warning"\n')
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    (tmp_path / "a" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(inner) == tmp_path / "ossfirst.toml"
    (tmp_path / "a" / "pyproject.toml").write_text('[tool.ossfirst]\nlang = "de"\n')
    found = find_config(inner / "file.yaml")
    assert found == tmp_path / "a" / "pyproject.toml"
    config = load_config(found)
    assert config.lang == "de" and config.fail_on == "error" and config.root == tmp_path / "a"


def test_paths_in_the_policy_are_relative_to_it(tmp_path: Path) -> None:
    (tmp_path / "catalogues").mkdir()
    (tmp_path / "catalogues" / "town.yaml").write_text(
        "ossfirst_catalogue: 1\nid: town\nversion: '1'\ntitle: {de: Stadt, en: Town}\n"
        "extends: standard\nprofiles:\n  town:\n    title: {de: Stadt, en: Town}\n"
        "    rationale: {de: Ratsbeschluss, en: Council decision}\n"
        "    weights: {economics: 20, security: 20, practicality: 20, sovereignty: 20,"
        " lock-in: 20}\n"
    )
    (tmp_path / "ossfirst.toml").write_text(
        'catalogue = "catalogues/town.yaml"\nprofile = "town"\n[rules]\nno-proposal = "off"\n'
    )
    config = load_config(tmp_path / "ossfirst.toml")
    assert config.catalogue == str(tmp_path / "catalogues" / "town.yaml")
    assert config.profile == "town" and config.levels["no-proposal"] == "off"


def test_several_problems_are_reported_together(tmp_path: Path) -> None:
    (tmp_path / "ossfirst.toml").write_text(
        'lang = "fr"\ninclude = "requests"\n[rules]\nx = "on"\n'
    )
    with pytest.raises(InputError) as caught:
        load_config(tmp_path / "ossfirst.toml")
    lines = [(p.location.line, p.text("en")) for p in caught.value.problems]
    assert [line for line, _ in lines] == [1, 2, 4]


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("requests/**/*.yaml", "requests/2026/a.yaml", True),
        ("requests/**/*.yaml", "requests/a.yaml", True),
        ("requests/**/*.yaml", "other/a.yaml", False),
        ("requests/archiv/", "requests/archiv/2019/x.yaml", True),
        ("requests/archiv/**", "requests/archive/x.yaml", False),
        ("*.draft.yaml", "requests/2026/a.draft.yaml", True),
        ("requests/*.yaml", "requests/2026/a.yaml", False),
    ],
)
def test_patterns(pattern: str, path: str, expected: bool) -> None:
    assert matches(pattern, path) is expected


def test_discovery_is_sorted_and_skips_hidden_folders(tmp_path: Path) -> None:
    for name in ("b.yaml", "a.yml", "sub/c.yaml", ".git/d.yaml", "notes.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("ossfirst: 1\n")
    config = CheckConfig(root=tmp_path)
    found = discover([str(tmp_path), str(tmp_path / "b.yaml")], config, tmp_path)
    assert [t.display for t in found.targets] == ["a.yml", "b.yaml", "sub/c.yaml"]
    named = discover([str(tmp_path / "notes.txt")], config, tmp_path)
    assert [t.display for t in named.targets] == ["notes.txt"]  # a file named outright is checked


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ossfirst: 1\nid: x\n", "request"),
        ("# comment\n---\n'ossfirst': 1\n", "request"),
        ('{"ossfirst": 1, "id": "x"}\n', "request"),
        ("id: x\nossfirst: 1\nneed: [broken\n", "request"),  # broken YAML, still a request
        ("ossfrist: 1\nid: x\n", "request"),  # a misspelt format key: checked, reported
        ("id: x\nneed: y\nalternatives: []\n", "request"),  # a request without its key
        ("ossfirst_catalogue: 1\nid: town\n", "catalogue"),
        ("ossfirst_catalog: 1\nid: town\n", "catalogue"),
        ("ossfirst_pairwise: 1\ncatalogue: standard\n", "pairwise"),
        ("publiccodeYmlVersion: '0.4'\nname: x\n", None),
        ("stages: [test]\ncheck:\n  script: ossfirst check\n", None),
        ("repos:\n  - repo: x\n    hooks:\n      - id: ossfirst-check\n", None),
        ("- ossfirst: 1\n", None),  # a list, not a request
        ("need: only\n", None),
        ("", None),
        ("key: |\n  ossfirst: 1\n", None),  # inside a text block, not a top-level key
    ],
)
def test_files_are_known_by_their_content(text: str, kind: str | None) -> None:
    assert kind_of(text) == kind


def test_top_level_keys_are_the_keys_a_whole_text_scan_finds() -> None:
    """The line-by-line scan finds what the pattern finds scanning the whole text at every
    line start, for every kind of line start, line end and quoting."""
    import random
    import re

    from ossfirst.check import files

    whole = re.compile(files._TOP_KEY.pattern, re.MULTILINE)
    rng = random.Random(13)
    alphabet = " \t\r\n\n:#-\"'ab{}[]?&*!|>%@`\x0b\x0c\x85\u2028"
    texts = ["ossfirst: 1\r\nid: x\r\n", "a:\n  b: 1\n'c' :\n#d: 1\n-e: 1\n\tf: 1\n"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    for text in texts:
        found = {next(g for g in m.groups() if g is not None).strip() for m in whole.finditer(text)}
        if found:
            assert files.top_level_keys(text) == found, repr(text)


def test_a_repository_is_sorted_into_what_its_files_are(tmp_path: Path) -> None:
    files = {
        "requests/a.yaml": "ossfirst: 1\n",
        "requests/evidence/publiccode.yml": "publiccodeYmlVersion: '0.4'\n",
        "catalogues/town.yaml": "ossfirst_catalogue: 1\n",
        "weights.yaml": "ossfirst_pairwise: 1\n",
        ".gitlab-ci.yml": "stages: [test]\n",
        "mkdocs.yml": "site_name: x\n",
        "README.md": "ossfirst: 1\n",
    }
    for name, content in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content)
    found = discover([str(tmp_path)], CheckConfig(root=tmp_path), tmp_path)
    assert [(t.display, t.kind) for t in found.targets] == [
        ("catalogues/town.yaml", "catalogue"),
        ("requests/a.yaml", "request"),
        ("weights.yaml", "pairwise"),
    ]
    assert [s.display for s in found.skipped] == [
        ".gitlab-ci.yml",
        "mkdocs.yml",
        "requests/evidence/publiccode.yml",
    ]
    evidence = {str((tmp_path / "requests/evidence/publiccode.yml").resolve())}
    assert [s.display for s in found.not_named(evidence)] == [".gitlab-ci.yml", "mkdocs.yml"]
    # named outright: checked as a request, unless --by-content asks to recognise it
    named = [str(tmp_path / "mkdocs.yml"), str(tmp_path / "catalogues/town.yaml")]
    found = discover(named, CheckConfig(root=tmp_path), tmp_path)
    assert [(t.display, t.kind) for t in found.targets] == [
        ("catalogues/town.yaml", "catalogue"),
        ("mkdocs.yml", "request"),
    ]
    found = discover(named, CheckConfig(root=tmp_path), tmp_path, by_content=True)
    assert [t.display for t in found.targets] == ["catalogues/town.yaml"]
    assert [s.display for s in found.skipped] == ["mkdocs.yml"]
