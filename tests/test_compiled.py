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


@pytest.mark.parametrize("name", catalogues.shipped_catalogues())
def test_compiled_catalogue_equals_the_parsed_one(name: str) -> None:
    fast = catalogues._compiled(name)
    assert fast is not None
    slow = catalogues._resolve(name, None, None, [], use_compiled=False)
    assert fast.model_dump_json() == slow.model_dump_json()


def test_a_changed_source_is_never_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    real = compiled.source_digest
    monkeypatch.setattr(
        compiled,
        "source_digest",
        lambda relative: "0" * 64 if relative.endswith("standard.yaml") else real(relative),
    )
    assert compiled.load("standard.catalogue") is None
    assert compiled.load("standards") is not None
    # and the catalogue still loads, from its YAML
    assert catalogues.load_catalogue("standard").id == "standard"


def test_compiled_standards_equal_the_parsed_list() -> None:
    data = compiled.load("standards")
    assert standards._build(data, "x")[0] == standards.parse_standards(standards.shipped_data())
