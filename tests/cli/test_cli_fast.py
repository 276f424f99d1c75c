# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The quick way into evaluate and validate (ossfirst.cli.fast) answers as typer does, and
leaves to typer every command line that is not a plain one."""

from __future__ import annotations

from pathlib import Path

import pytest

from ossfirst.cli import fast
from ossfirst.cli.app import main
from tests.conftest import CASES, EXAMPLES, fresh_python

VIDEO = EXAMPLES / "videoconferencing.yaml"
MINIMAL = CASES / "valid" / "minimal.yaml"


def _both(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[tuple[int, str, str, dict[str, bytes]], ...]:
    """(exit code, stdout, stderr, files written) by the quick way and by typer."""
    outcomes = []
    for way in ("fast", "typer"):
        folder = tmp_path / way
        folder.mkdir()
        args = [a.replace("{out}", str(folder)) for a in argv]
        if way == "fast":
            code = fast.run(args)
            assert code is not None, f"not taken the quick way: {argv}"
        else:
            with pytest.raises(SystemExit) as info:
                main(args)
            code = info.value.code
        assert isinstance(code, int)
        captured = capsys.readouterr()
        files = {p.name: p.read_bytes() for p in sorted(folder.iterdir())}
        outcomes.append((code, captured.out.replace(str(folder), "{out}"), captured.err, files))
    return tuple(outcomes)


@pytest.mark.parametrize(
    "argv",
    [
        ["evaluate", str(VIDEO), "-q", "-f", "md,json", "-d", "{out}"],
        ["evaluate", str(VIDEO), "--format=md", "--format", "json", "--output-dir={out}"],
        ["evaluate", "-q", str(MINIMAL), "--lang", "en", "--draws", "0", "-d", "{out}"],
        ["evaluate", str(MINIMAL), "-f", "json", "-o", "-", "--date", "2026-01-02"],
        ["evaluate", str(MINIMAL), "-f", "md", "-o", "{out}/report.md", "-l", "de"],
        ["evaluate", str(MINIMAL), "--profile", "no-such-profile", "-d", "{out}"],
        ["evaluate", str(MINIMAL), "--catalogue", "eu-csf", "-q", "-d", "{out}"],
        ["evaluate", str(MINIMAL), "--lang", "fr", "-d", "{out}"],
        ["evaluate", str(MINIMAL), "-f", "mdx", "-d", "{out}"],
        ["evaluate", str(MINIMAL), "-f", "md,json", "-o", "-"],
        ["evaluate", str(MINIMAL), "--date", "2026-13-01", "-d", "{out}"],
        ["evaluate", "no-such-file.yaml", "-d", "{out}"],
        ["evaluate", str(MINIMAL), "--short", "-f", "md,html", "-q", "-d", "{out}"],
        ["evaluate", str(MINIMAL), "--short", "-f", "md,json", "-d", "{out}"],
        ["evaluate", str(CASES / "invalid" / "country-name.yaml"), "-d", "{out}"],
        ["validate", str(VIDEO)],
        ["validate", str(EXAMPLES), "-v"],
        ["validate", str(MINIMAL), "no-such-file.yaml", "--lang", "de"],
        ["validate", str(CASES / "invalid"), "--by-content"],
        ["validate", str(MINIMAL), "--catalogue", "standard@1", "--profile", "default"],
    ],
)
def test_the_quick_way_answers_as_typer_does(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quick, typer = _both(argv, tmp_path, capsys)
    assert quick == typer


@pytest.mark.parametrize(
    "argv",
    [
        ["evaluate"],
        ["evaluate", "--help"],
        ["evaluate", str(MINIMAL), "-h"],
        ["evaluate", str(MINIMAL), "--no-such-option"],
        ["evaluate", str(MINIMAL), str(VIDEO)],
        ["evaluate", str(MINIMAL), "--lang", "de", "--lang", "en"],
        ["evaluate", str(MINIMAL), "-qf", "md"],
        ["evaluate", str(MINIMAL), "-fmd"],
        ["evaluate", str(MINIMAL), "-f"],
        ["evaluate", str(MINIMAL), "-d", "--quiet"],
        ["evaluate", str(MINIMAL), "--quiet=yes"],
        ["evaluate", str(MINIMAL), "--short=yes"],
        ["evaluate", str(MINIMAL), "--draws", "-1"],
        ["evaluate", str(MINIMAL), "--draws", "1000001"],
        ["evaluate", str(MINIMAL), "--draws", "07"],
        ["evaluate", str(MINIMAL), "--draws", "1_000"],
        ["evaluate", "--", str(MINIMAL)],
        ["evaluate", "-"],
        ["evaluate", ""],
        ["validate"],
        ["validate", str(MINIMAL), "--debug"],
        ["validate", str(MINIMAL), "--config", "x.toml"],
        ["check", str(MINIMAL)],
        ["--debug", "evaluate", str(MINIMAL)],
        [],
    ],
)
def test_other_command_lines_are_left_to_typer(argv: list[str]) -> None:
    assert fast.run(argv) is None


def test_the_quick_way_imports_neither_typer_nor_package_metadata(tmp_path: Path) -> None:
    """The two imports the quick way is for: typer's, and importlib.metadata, which
    pydantic's plugin loader would import only to find no plugins."""
    script = (
        "import os, sys\n"
        "os.environ['PYDANTIC_DISABLE_PLUGINS'] = '__all__'\n"
        "from ossfirst.cli import fast\n"
        "fast.without_plugin_discovery()\n"
        f"code = fast.run(['evaluate', {str(VIDEO)!r}, '-q', '-f', 'md,json', '-d', "
        f"{str(tmp_path)!r}])\n"
        f"code2 = fast.run(['validate', {str(VIDEO)!r}])\n"
        "found = sorted(m for m in ('typer', 'click', 'importlib.metadata') if m in sys.modules)\n"
        "print(code, code2, found)\n"
    )
    done = fresh_python(script)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "0 0 []"
