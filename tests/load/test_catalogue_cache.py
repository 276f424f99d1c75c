# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The catalogues a batch run keeps between requests (``resolve_catalogue``'s cache): a
shipped catalogue once for every folder, a local one per folder it is named from, and never
more than a bounded number of them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ossfirst.load import request as request_module
from ossfirst.load.request import read_request, resolve_catalogue
from ossfirst.model.catalogue import Catalogue
from tests.conftest import EXAMPLES

REPOSITORY = Path(__file__).parents[1] / "cases" / "repository"


def _copy(source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(source, folder / source.name))


def test_a_shipped_catalogue_is_read_once_for_requests_in_many_folders(tmp_path: Path) -> None:
    cache: dict[tuple[str, str], Catalogue] = {}
    source = EXAMPLES / "web-cms.yaml"
    found = [
        resolve_catalogue(read_request(_copy(source, tmp_path / f"f{i}")), cache=cache)
        for i in range(5)
    ]
    assert len(cache) == 1
    assert all(c is found[0] for c in found)
    assert found[0] == resolve_catalogue(read_request(source))


def test_a_local_catalogue_is_its_folders_own(tmp_path: Path) -> None:
    request = REPOSITORY / "requests" / "2026-001-passes.yaml"  # catalogue: ../catalogues/town.yaml
    loaded = []
    for i in range(2):
        root = tmp_path / f"repo{i}"
        (root / ".git").mkdir(parents=True)
        _copy(request, root / "requests")
        _copy(REPOSITORY / "catalogues" / "town.yaml", root / "catalogues")
        loaded.append(read_request(root / "requests" / request.name))
    cache: dict[tuple[str, str], Catalogue] = {}
    first, second = (resolve_catalogue(each, cache=cache) for each in loaded)
    assert len(cache) == 2
    assert first is not second  # the same text, but each folder's own file
    assert resolve_catalogue(loaded[1], cache=cache) is second


def test_the_kept_catalogues_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(request_module, "KEPT_CATALOGUES", 3)
    request = REPOSITORY / "requests" / "2026-001-passes.yaml"
    cache: dict[tuple[str, str], Catalogue] = {}
    for i in range(6):
        root = tmp_path / f"repo{i}"
        (root / ".git").mkdir(parents=True)
        _copy(request, root / "requests")
        _copy(REPOSITORY / "catalogues" / "town.yaml", root / "catalogues")
        resolve_catalogue(read_request(root / "requests" / request.name), cache=cache)
        assert len(cache) <= 3
    assert [key[1] for key in cache] == [
        str((tmp_path / f"repo{i}" / "requests").resolve()) for i in (3, 4, 5)
    ]
