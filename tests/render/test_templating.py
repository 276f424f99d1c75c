# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The dashboard's template is compiled once into the user's cache directory; an edited
template is compiled anew, and without a cache directory the page is the same. (The HTML
report is written in plain Python and has no template.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jinja2
import pytest

from ossfirst.cli.app import main
from ossfirst.portfolio import html
from ossfirst.render import templating
from tests.conftest import EXAMPLES


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The names of the templates Jinja2 compiles, each time it does; a fresh environment
    before and after the test."""
    compiled: list[str] = []
    original = jinja2.Environment.compile

    def counting(self: jinja2.Environment, source: Any, name: Any = None, *a: Any, **k: Any) -> Any:
        compiled.append(str(name))
        return original(self, source, name, *a, **k)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    templating.environment.cache_clear()
    yield compiled
    templating.environment.cache_clear()


@pytest.fixture
def report(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A function that builds the sample repository's portfolio (lean: no reports, no
    draws) in one process and gives its dashboard."""
    monkeypatch.chdir(EXAMPLES / "repo")
    sites = tmp_path_factory.mktemp("sites")
    runs = iter(range(100))

    def dashboard() -> bytes:
        site = sites / f"site-{next(runs)}"
        arguments = ["portfolio", "--date", "2026-11-27", "-d", str(site), "-q", "-j", "1"]
        with pytest.raises(SystemExit):
            main([*arguments, "--no-reports", "--draws", "0", "--lang", "en"])
        return (site / "index.html").read_bytes()

    return dashboard


def test_compiled_once_then_read_from_the_cache(
    compiles: list[str], report: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(templating.CACHE_VARIABLE, str(tmp_path))
    first = report()
    assert compiles == [html.TEMPLATE]
    [folder] = tmp_path.iterdir()
    assert folder.name == f"templates-{templating.__version__}-jinja2-{jinja2.__version__}"
    assert list(folder.glob("*.cache"))
    # a new process: a new environment, and the template comes from the cache
    templating.environment.cache_clear()
    assert report() == first
    assert compiles == [html.TEMPLATE]


def test_an_edited_template_is_compiled_anew(
    compiles: list[str], report: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(templating.CACHE_VARIABLE, str(tmp_path))
    report()
    original = jinja2.PackageLoader.get_source

    def edited(self: jinja2.PackageLoader, env: jinja2.Environment, name: str) -> Any:
        source, filename, uptodate = original(self, env, name)
        return source.replace("</html>", "</html><!-- edited -->"), filename, uptodate

    monkeypatch.setattr(jinja2.PackageLoader, "get_source", edited)
    templating.environment.cache_clear()
    assert report().endswith(b"<!-- edited -->\n")
    assert compiles == [html.TEMPLATE, html.TEMPLATE]


@pytest.mark.parametrize("where", ["", "a-file"])
def test_without_a_cache_directory_the_page_is_the_same(
    where: str, compiles: list[str], report: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(templating.CACHE_VARIABLE, str(tmp_path / "cache"))
    cached = report()
    # empty: no cache; a file where the directory should be: none can be made
    (tmp_path / "a-file").write_text("", "utf-8")
    monkeypatch.setenv(templating.CACHE_VARIABLE, str(tmp_path / where) if where else "")
    templating.environment.cache_clear()
    assert html.environment().bytecode_cache is None
    assert report() == cached


def test_the_user_cache_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(templating.CACHE_VARIABLE)
    monkeypatch.setattr(templating.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert templating.cache_directory() == tmp_path / "ossfirst"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative")  # not absolute: ignored, as the spec says
    monkeypatch.setenv("HOME", str(tmp_path))
    assert templating.cache_directory() == tmp_path / ".cache" / "ossfirst"
