# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Evidence paths stay inside the request's repository: relative to the request, no absolute
paths, no ``..`` or symbolic links that lead out; errors point at the key in the request."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ossfirst.load.confine import repository_root
from tests.evidence.helpers import SPEC, line_of, request_with_evidence

PUBLICCODE = SPEC / "minimal.publiccode.yml"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with the request in requests/ and a publiccode.yml in evidence/."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "evidence").mkdir()
    text = PUBLICCODE.read_text("utf-8").replace("EUPL-1.2", "Apache-2.0")
    (root / "evidence" / "publiccode.yml").write_text(text, "utf-8")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "publiccode.yml").write_text(text, "utf-8")
    return root


def test_the_root_is_the_nearest_directory_with_git(repo: Path, tmp_path: Path) -> None:
    request = repo / "requests" / "2026" / "r.yaml"
    request.parent.mkdir(parents=True)
    request.touch()
    assert repository_root(request) == repo.resolve()
    worktree = tmp_path / "worktree"
    worktree.mkdir()
    (worktree / ".git").write_text("gitdir: /elsewhere\n", "utf-8")  # a git worktree
    assert repository_root(worktree / "r.yaml") == worktree.resolve()
    alone = tmp_path / "alone"
    alone.mkdir()
    assert repository_root(alone / "r.yaml") == alone.resolve()


def test_a_path_up_and_back_inside_the_repository_is_fine(repo: Path, cli) -> None:
    request = request_with_evidence(repo / "requests", "{publiccode: ../evidence/publiccode.yml}")
    run = cli("validate", request)
    assert run.code == 0, run.stderr


def expect_error(cli, request: Path, text: str) -> str:  # type: ignore[no-untyped-def]
    run = cli("validate", request)
    assert run.code == 2
    assert "Traceback" not in run.stderr
    line = line_of(request, "evidence:")
    column = request.read_text("utf-8").splitlines()[line - 1].index("publiccode") + 1
    prefix = f"{request}:{line}:{column}: error: "
    assert run.stderr.startswith(prefix), run.stderr
    assert text in run.stderr, run.stderr
    out = request.parent / "out"
    assert cli("evaluate", request, "-f", "md,json", "-d", out).code == 2
    assert not out.exists()
    return str(run.stderr)


def test_dot_dot_out_of_the_repository_is_refused(repo: Path, cli) -> None:
    request = request_with_evidence(repo / "requests", "{publiccode: ../../outside/publiccode.yml}")
    expect_error(cli, request, "the path leads outside the repository")


def test_an_absolute_path_is_refused(repo: Path, cli) -> None:
    target = repo / "evidence" / "publiccode.yml"
    request = request_with_evidence(repo, "{publiccode: " + str(target) + "}")
    expect_error(cli, request, "is absolute (give the path relative to the request file)")


@pytest.mark.parametrize("declared", ["C:/evidence/publiccode.yml", "\\\\server\\share\\x.yml"])
def test_windows_absolute_paths_are_refused(repo: Path, cli, declared: str) -> None:
    request = request_with_evidence(repo, "{publiccode: '" + declared + "'}")
    expect_error(cli, request, "is absolute")


def test_a_symbolic_link_out_of_the_repository_is_refused(repo: Path, cli) -> None:
    link = repo / "evidence" / "linked.yml"
    link.symlink_to(repo.parent / "outside" / "publiccode.yml")
    request = request_with_evidence(repo, "{publiccode: evidence/linked.yml}")
    expect_error(cli, request, "a symbolic link leads outside the repository")


def test_a_symbolic_link_inside_the_repository_is_fine(repo: Path, cli) -> None:
    link = repo / "evidence" / "alias.yml"
    link.symlink_to(repo / "evidence" / "publiccode.yml")
    request = request_with_evidence(repo, "{publiccode: evidence/alias.yml}")
    assert cli("validate", request).code == 0


def test_a_missing_file(repo: Path, cli) -> None:
    request = request_with_evidence(repo, "{publiccode: evidence/missing.yml}")
    expect_error(cli, request, "The evidence file 'evidence/missing.yml' does not exist")


def test_a_directory(repo: Path, cli) -> None:
    request = request_with_evidence(repo, "{publiccode: evidence}")
    expect_error(cli, request, "is not a regular file")


def test_without_git_the_request_directory_is_the_root(tmp_path: Path, cli) -> None:
    (tmp_path / "outside").mkdir()
    shutil.copy(PUBLICCODE, tmp_path / "outside" / "publiccode.yml")
    request = request_with_evidence(
        tmp_path / "requests", "{publiccode: ../outside/publiccode.yml}"
    )
    expect_error(cli, request, "outside the repository")


def test_an_unknown_kind_of_evidence_is_a_did_you_mean(repo: Path, cli) -> None:
    request = request_with_evidence(repo, "{scorcard: evidence/publiccode.yml}")
    run = cli("validate", request)
    assert run.code == 2
    assert "Unknown key 'scorcard' (did you mean 'scorecard'?)" in run.stderr


def test_errors_in_the_file_name_the_file_as_the_user_can_open_it(repo: Path, cli) -> None:
    (repo / "evidence" / "publiccode.yml").write_text("name: x\n", "utf-8")
    request = request_with_evidence(repo, "{publiccode: evidence/publiccode.yml}")
    run = cli("validate", request)
    assert run.code == 2
    assert run.stderr.startswith(f"{repo / 'evidence' / 'publiccode.yml'}:1:1: error: ")
