# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst evaluate`` with the HTML and PDF formats: files, the date of issue
(``--date``, ``SOURCE_DATE_EPOCH``) and byte-identical reruns."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from ossfirst.cli.options import issue_date
from ossfirst.errors import UsageError
from tests.conftest import CASES

MINIMAL = CASES / "valid" / "minimal.yaml"


def creation_date(path: Path) -> dt.datetime | None:
    metadata = PdfReader(io.BytesIO(path.read_bytes())).metadata
    assert metadata is not None
    return metadata.creation_date


def test_writes_all_formats(cli, tmp_path: Path) -> None:
    run = cli("evaluate", MINIMAL, "-f", "md,json,html,pdf", "-d", tmp_path, "-q")
    assert run.code == 0, run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "T-1.html",
        "T-1.json",
        "T-1.md",
        "T-1.pdf",
    ]
    assert (tmp_path / "T-1.pdf").read_bytes().startswith(b"%PDF-")
    assert (tmp_path / "T-1.html").read_text("utf-8").startswith("<!DOCTYPE html>")


def test_without_a_date_the_pdf_is_dated_by_the_request(cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        assert cli("evaluate", MINIMAL, "-f", "pdf,html", "-d", out, "-q").code == 0
    for name in ("T-1.pdf", "T-1.html"):
        assert (first / name).read_bytes() == (second / name).read_bytes()
    assert creation_date(first / "T-1.pdf") == dt.datetime(2026, 11, 20, tzinfo=dt.UTC)


def test_date_option(cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")  # --date wins
    run = cli(
        "evaluate", MINIMAL, "-f", "pdf,html,md", "-d", tmp_path, "-q", "--date", "2027-02-03"
    )
    assert run.code == 0, run.stderr
    assert creation_date(tmp_path / "T-1.pdf") == dt.datetime(2027, 2, 3, tzinfo=dt.UTC)
    assert "2027-02-03" in (tmp_path / "T-1.html").read_text("utf-8")
    # the command in the audit annex reproduces the report with the same date
    assert "--date 2027-02-03" in (tmp_path / "T-1.md").read_text("utf-8")


def test_source_date_epoch(cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1798761600")  # 2027-01-01T00:00:00Z
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        assert cli("evaluate", MINIMAL, "-f", "pdf", "-d", out, "-q").code == 0
    assert (first / "T-1.pdf").read_bytes() == (second / "T-1.pdf").read_bytes()
    assert creation_date(first / "T-1.pdf") == dt.datetime(2027, 1, 1, tzinfo=dt.UTC)


@pytest.mark.parametrize("value", ["2027-13-01", "03.02.2027", "20270203", "morgen", ""])
def test_bad_date_is_a_usage_error(value: str, cli, tmp_path: Path) -> None:
    run = cli("evaluate", MINIMAL, "-f", "pdf", "-d", tmp_path, "--date", value)
    assert run.code == 2
    assert "(YYYY-MM-DD)" in run.stderr and "Invalid date" in run.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("value", ["yesterday", "-1", "1.5", "99999999999999"])
def test_bad_source_date_epoch_is_a_usage_error(
    value: str, cli, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    run = cli("evaluate", MINIMAL, "-f", "html", "-d", tmp_path)
    assert run.code == 2
    assert "SOURCE_DATE_EPOCH" in run.stderr and "Traceback" not in run.stderr
    assert list(tmp_path.iterdir()) == []


def test_issue_date() -> None:
    assert issue_date(None, {}) is None
    assert issue_date(None, {"SOURCE_DATE_EPOCH": " "}) is None
    assert issue_date("2026-12-24", {}) == dt.datetime(2026, 12, 24, tzinfo=dt.UTC)
    assert issue_date(None, {"SOURCE_DATE_EPOCH": "86400"}) == dt.datetime(
        1970, 1, 2, tzinfo=dt.UTC
    )
    with pytest.raises(UsageError):
        issue_date("2026-2-3", {})
