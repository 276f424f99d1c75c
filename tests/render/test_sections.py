# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Every module of ``render/sections`` is a section of the report, in :data:`SECTIONS`, and
every kind of evidence file has its way of being shown."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

from ossfirst.render import sections
from ossfirst.texts import TEXTS

MODULES = sorted(
    m.name for m in pkgutil.iter_modules(sections.__path__) if not m.name.startswith("_")
)


def test_there_are_section_modules() -> None:
    assert len(MODULES) >= 15


@pytest.mark.parametrize("name", MODULES)
def test_the_section_module_is_in_the_report(name: str) -> None:
    module = importlib.import_module(f"ossfirst.render.sections.{name}")
    assert module.SECTION in sections.SECTIONS, f"add {name}.SECTION to SECTIONS"
    assert module.SECTION.build.__module__ == module.__name__


def test_sections_have_their_own_anchor_and_a_title_in_both_languages() -> None:
    anchors = [s.anchor for s in sections.SECTIONS]
    assert len(set(anchors)) == len(anchors) == len(MODULES)
    for section in sections.SECTIONS:
        assert section.title in TEXTS, section.title


def test_every_kind_of_evidence_file_is_shown() -> None:
    from ossfirst.model.evidence import EVIDENCE_KINDS
    from ossfirst.model.result import EvidenceFacts
    from ossfirst.render.sections import evidence

    assert list(evidence.KINDS) == list(EVIDENCE_KINDS)
    # each is the field of an alternative's evidence of the same name
    assert set(evidence.KINDS) <= set(EvidenceFacts.model_fields)
