# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Jinja2 environments for the report templates, with the templates compiled ahead of time.

Compiling a report template takes longer than evaluating a request, so the templates ship
compiled into Python modules under ``ossfirst.render.compiled`` (``make templates``
writes them; a test fails when one is stale). Each module records the SHA-256 of the
template source and the Jinja2 version it was made from; when either differs, the template
is compiled from source at run time instead, so an edited template is never ignored.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

import jinja2

TEMPLATES = "render/templates"


def _fingerprint(source: bytes) -> str:
    return hashlib.sha256(jinja2.__version__.encode() + b"\0" + source).hexdigest()


def _module_name(template: str) -> str:
    return template.replace(".j2", "").replace(".", "_").replace("-", "_")


def source_of(template: str) -> bytes:
    return (resources.files("ossfirst") / TEMPLATES / template).read_bytes()


@cache
def environment(
    autoescape: bool,
    filters: tuple[tuple[str, Callable[..., Any]], ...] = (),
) -> jinja2.Environment:
    """The environment all report templates of one kind (escaped or not) share."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("ossfirst", TEMPLATES),
        autoescape=autoescape,  # noqa: S701 - Markdown escapes with its own filters
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(dict(filters))
    return env


def template(env: jinja2.Environment, name: str) -> jinja2.Template:
    """The template ``name``: from its compiled module when that is current, else compiled
    from source now."""
    try:
        module = importlib.import_module(f"ossfirst.render.compiled.{_module_name(name)}")
    except ImportError:
        return env.get_template(name)
    if getattr(module, "SOURCE_SHA256", None) != _fingerprint(source_of(name)):
        return env.get_template(name)
    # The compiled functions look up `environment` in their module, so the module itself
    # (not a copy of its namespace) is bound to this environment.
    return env.template_class.from_module_dict(env, vars(module), env.make_globals(None))


def compiled_module(env: jinja2.Environment, name: str) -> str:
    """The Python source of the compiled module for template ``name``."""
    source = source_of(name)
    code = env.compile(source.decode("utf-8"), name, name, raw=True, defer_init=True)
    header = (
        "# SPDX-"
        "FileCopyrightText: 2026 The ossfirst authors\n"
        "# SPDX-"
        "License-Identifier: EUPL-1.2\n"
        f"# Generated from render/templates/{name} by scripts/compile_templates.py; "
        "do not edit.\n"
        "# ruff: noqa\n"
        "# type: ignore\n"
    )
    return f"{header}{code}\nSOURCE_SHA256 = {_fingerprint(source)!r}\n"
