# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Every released catalogue version ships, unchanged; references pick one by its version."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from ossfirst.errors import InputError
from ossfirst.load import catalogue as catalogues
from ossfirst.load.catalogue import (
    is_pinned,
    load_catalogue,
    pinned_ref,
    resolve_version,
    shipped_versions,
    split_ref,
)
from ossfirst.load.yamlsource import parse
from tests.conftest import ROOT

CRITERIA = ROOT / "criteria"

#: The SHA-256 of every released catalogue file. A released version never changes: a
#: correction is a new version. Add a line when a version is released; never edit one.
RELEASED = {
    "standard/1.1.0.yaml": "9336b7431330dc40663eed014b908c42bba493913f2c867c142ab0c2af369e68",
    "eu-csf/1.0.0.yaml": "93c09e413805a310d722963c234633fe18eaca81fc0e3863429242426ccb298b",
}


def test_released_files_never_change() -> None:
    for relative, digest in RELEASED.items():
        assert hashlib.sha256((CRITERIA / relative).read_bytes()).hexdigest() == digest, relative


def test_every_shipped_file_is_a_release_named_by_its_version() -> None:
    files = sorted(CRITERIA.glob("*/*.yaml"))
    assert {f"{p.parent.name}/{p.name}" for p in files} >= set(RELEASED)
    for path in files:
        data, _ = parse(path.read_text("utf-8"), str(path))
        assert data["id"] == path.parent.name, path
        assert data["version"] == path.stem, path
    assert list(CRITERIA.glob("*.yaml")) == []  # no unversioned catalogue besides them


def test_a_shipped_catalogue_pins_the_version_it_extends() -> None:
    """Otherwise a release of its base would change it, and its own pin would mean nothing."""
    for path in CRITERIA.glob("*/*.yaml"):
        data, _ = parse(path.read_text("utf-8"), str(path))
        if "extends" in data:
            assert is_pinned(data["extends"]), path


def test_versions_are_ordered_by_number() -> None:
    versions = shipped_versions("standard")
    assert versions[0] == "1.1.0"
    assert versions == sorted(versions, key=lambda v: tuple(map(int, v.split("."))))


@pytest.mark.parametrize(
    ("ref", "expected"),
    [("standard@1", "1.1.0"), ("standard@1.1", "1.1.0"), ("standard@1.1.0", "1.1.0")],
)
def test_a_version_prefix_picks_the_newest_matching_release(ref: str, expected: str) -> None:
    assert resolve_version(ref) == ("standard", expected)
    assert load_catalogue(ref).version == expected


def test_without_a_version_the_newest_release() -> None:
    newest = shipped_versions("standard")[-1]
    assert resolve_version("standard") == ("standard", newest)
    assert load_catalogue("standard").version == newest


@pytest.mark.parametrize(
    ("ref", "pinned"),
    [
        ("standard", False),
        ("standard@2", False),
        ("standard@1.1", True),
        ("standard@1.1.0", True),
        ("local.yaml", False),
    ],
)
def test_only_major_and_minor_pin(ref: str, pinned: bool) -> None:
    assert is_pinned(ref) is pinned


def test_paths_are_not_shipped_references() -> None:
    assert split_ref("./standard@1.1.yaml") is None
    assert split_ref("standard@1.1") == ("standard", "1.1")
    assert pinned_ref("standard", "1.1.0") == "standard@1.1"


def test_an_unknown_version_names_the_shipped_ones() -> None:
    with pytest.raises(InputError) as info:
        load_catalogue("standard@7.3")
    problem = info.value.problems[0]
    assert problem.code == "catalogue-version"
    text = problem.text("en")
    assert "no version 7.3 of the catalogue 'standard'" in text
    assert "1.1.0" in text


def test_an_unknown_version_in_a_request_is_placed_on_its_catalogue_key(
    tmp_path: Path, cli
) -> None:
    request = (ROOT / "tests" / "cases" / "valid" / "minimal.yaml").read_text("utf-8")
    path = tmp_path / "r.yaml"
    path.write_text(request.replace("\nlanguage: en\n", "\nlanguage: en\ncatalogue: standard@9\n"))
    run = cli("validate", path)
    assert run.code == 2
    assert "r.yaml:9:12: error: ossfirst ships no version 9 of the catalogue" in run.stderr


def test_a_local_catalogue_extends_a_pinned_version(tmp_path: Path) -> None:
    local = tmp_path / "local.yaml"
    local.write_text(
        "ossfirst_catalogue: 1\nid: musterstadt\nversion: '2026.1'\n"
        "title: {de: Musterstadt, en: Exampletown}\nextends: standard@1.1\n"
        "policy: {margin: 5}\n",
        "utf-8",
    )
    resolved = load_catalogue(str(local))
    assert [(r.id, r.version) for r in resolved.lineage] == [
        ("standard", "1.1.0"),
        ("musterstadt", "2026.1"),
    ]
    assert resolved.policy.margin == 5


def test_rebase_tries_a_chain_on_another_version(tmp_path: Path) -> None:
    local = tmp_path / "local.yaml"
    local.write_text(
        "ossfirst_catalogue: 1\nid: musterstadt\nversion: '1'\n"
        "title: {de: M, en: M}\nextends: standard@1.1\n",
        "utf-8",
    )
    newest = shipped_versions("standard")[-1]
    moved = load_catalogue(str(local), rebase={"standard": "standard"})
    assert moved.lineage[0].version == newest
    direct = load_catalogue("standard@1.1", rebase={"standard": "standard"})
    assert direct.version == newest
    # a compiled catalogue whose chain holds the replaced one is resolved from its files
    eu = load_catalogue("eu-csf@1.0", rebase={"standard": "standard@1.1"})
    assert [r.version for r in eu.lineage] == ["1.1.0", "1.0.0"]


def test_the_compiled_form_of_every_release_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = catalogues._read

    def spy(ref: str, *args: object) -> object:
        calls.append(ref)
        return real(ref, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(catalogues, "_read", spy)
    for name in catalogues.shipped_catalogues():
        for version in shipped_versions(name):
            load_catalogue(f"{name}@{version}")
    assert calls == []
