# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Templates ship compiled; a stale compiled module is never used."""

from __future__ import annotations

import pytest

from ossfirst.render import html, templating
from tests.conftest import script_check


def test_compiled_templates_are_current() -> None:
    result = script_check("compile_templates.py")
    assert result.returncode == 0, result.stderr


def test_compiled_module_is_used_when_current() -> None:
    template = templating.template(html.environment(), html.TEMPLATE)
    assert template.root_render_func.__module__ == "ossfirst.render.compiled.report_html"


def test_stale_module_falls_back_to_source(monkeypatch: pytest.MonkeyPatch) -> None:
    original = templating.source_of

    def edited(name: str) -> bytes:
        return original(name) + b"\n{# an edit #}\n"

    monkeypatch.setattr(templating, "source_of", edited)
    template = templating.template(html.environment(), html.TEMPLATE)
    assert template.root_render_func.__module__ != "ossfirst.render.compiled.report_html"
