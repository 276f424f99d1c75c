# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Finding the policy file, reading it, and choosing the files to check."""

from __future__ import annotations

from pathlib import Path

import pytest

from ossfirst.check.config import CheckConfig, find_config, load_config
from ossfirst.check.files import discover, matches
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
        (tmp_path / name).write_text("x: 1\n")
    config = CheckConfig(root=tmp_path)
    found = discover([str(tmp_path), str(tmp_path / "b.yaml")], config, tmp_path)
    assert [t.display for t in found] == ["a.yml", "b.yaml", "sub/c.yaml"]
    named = discover([str(tmp_path / "notes.txt")], config, tmp_path)
    assert [t.display for t in named] == ["notes.txt"]  # a file named outright is checked
