# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""A request pinned to a catalogue version evaluates byte for byte as it did before.

The sample repository's requests were decided under version 1.1.0 of the standard catalogue
and pin it (``catalogue: standard@1.1``). ``golden/standard-1.1.0.sha256`` holds the digests
of their JSON result and their Markdown and HTML reports in both languages as ossfirst wrote
them before version 2.0.0 shipped, when the same files named ``catalogue: standard``. Newer
versions of the catalogue must not change a single byte of them: not a score, not a text,
not the catalogue's hash in the audit trail. Only the request's own SHA-256 differs, as the
file differs by its pin; it is replaced by zeros on both sides.

The standards list is shipped data of its own, versioned apart from the catalogue: its
version in the audit trail is replaced by the one the digests were recorded with
(``RECORDED_STANDARDS_LIST``). What a newer list judges differently still shows, in the
screening and the scores.

The JSON digest is the evaluation. The report digests also pin the layout: a release that
deliberately changes the layout of every report regenerates them (and says so).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

GOLDEN = Path(__file__).resolve().parent / "golden" / "standard-1.1.0.sha256"
REPO = EXAMPLES / "repo"


def _recorded() -> dict[str, str]:
    digests = {}
    for line in GOLDEN.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            digest, name = line.split("  ")
            digests[name] = digest
    return digests


RECORDED = _recorded()
#: The version of the standards list when the digests were recorded.
RECORDED_STANDARDS_LIST = "2026.11"
OUTPUTS = [("json", None), ("md", "de"), ("md", "en"), ("html", "de"), ("html", "en")]


@pytest.mark.parametrize(
    "request_file", sorted((REPO / "requests" / "2026").glob("*.yaml")), ids=lambda p: p.stem
)
def test_a_request_pinned_to_1_1_evaluates_as_before_2_0(
    request_file: Path, cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ossfirst.evidence.standards import standards_list

    current = standards_list().version
    raw = request_file.read_bytes()
    assert b"\ncatalogue: standard@1.1\n" in raw
    own = hashlib.sha256(raw).hexdigest().encode()
    monkeypatch.chdir(REPO)
    relative = request_file.relative_to(REPO).as_posix()
    for fmt, lang in OUTPUTS:
        args = ["evaluate", relative, "-f", fmt, "-o", "-", "-q"] + (["-l", lang] if lang else [])
        run = cli(*args)
        assert run.code in (0, 1), run.stderr
        written = run.stdout.encode("utf-8")
        assert own in written or fmt != "json"
        masked = written.replace(own, b"0" * 64)
        masked = masked.replace(current.encode(), RECORDED_STANDARDS_LIST.encode())
        name = f"{request_file.stem}.{fmt}" + (f".{lang}" if lang else "")
        assert hashlib.sha256(masked).hexdigest() == RECORDED[name], name


def test_every_request_of_the_sample_repository_is_covered() -> None:
    stems = {name.split(".")[0] for name in RECORDED}
    assert stems == {p.stem for p in (REPO / "requests" / "2026").glob("*.yaml")}
    assert len(RECORDED) == len(stems) * len(OUTPUTS)
