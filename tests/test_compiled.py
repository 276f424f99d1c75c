# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Compiled data is current, equals what parsing the sources gives, and is never used once a
source changed."""

from __future__ import annotations

import pytest

from ossfirst import compiled
from ossfirst.evidence import standards
from ossfirst.load import catalogue as catalogues
from tests.conftest import script_check


def test_compiled_data_is_current() -> None:
    result = script_check("compile_data.py")
    assert result.returncode == 0, result.stderr


RELEASES = [
    (name, version)
    for name in catalogues.shipped_catalogues()
    for version in catalogues.shipped_versions(name)
]


@pytest.mark.parametrize(("name", "version"), RELEASES, ids=str)
def test_compiled_catalogue_equals_the_parsed_one(name: str, version: str) -> None:
    fast = catalogues._compiled(name, version)
    assert fast is not None
    slow = catalogues._resolve(f"{name}@{version}", None, None, [], use_compiled=False)
    assert fast.model_dump_json() == slow.model_dump_json()


@pytest.mark.parametrize(("name", "version"), RELEASES, ids=str)
def test_a_compiled_catalogue_comes_with_the_digest_it_serialises_to(
    name: str, version: str
) -> None:
    """The digest recorded when compiling, which a run uses instead of serialising the
    catalogue again, is the one serialising it gives."""
    import hashlib

    from ossfirst.engine.info import catalogue_digest

    fast = catalogues._compiled(name, version)
    assert fast is not None
    recorded = catalogue_digest(fast)
    assert recorded == hashlib.sha256(fast.model_dump_json().encode("utf-8")).hexdigest()
    assert recorded == catalogue_digest(fast.model_copy())  # computed, not remembered


def test_a_changed_source_is_never_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    real = compiled.source_digest
    monkeypatch.setattr(
        compiled,
        "source_digest",
        lambda relative: "0" * 64 if relative.endswith("standard/1.1.0.yaml") else real(relative),
    )
    assert compiled.load("standard@1.1.0.catalogue") is None
    assert compiled.load("standards") is not None
    # and the catalogue still loads, from its YAML
    assert catalogues.load_catalogue("standard@1.1").version == "1.1.0"


def test_compiled_standards_equal_the_parsed_list() -> None:
    data = compiled.load("standards")
    assert standards._build(data, "x")[0] == standards.parse_standards(standards.shipped_data())
