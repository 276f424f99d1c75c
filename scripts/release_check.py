# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Check that a release is what the documentation says it is (docs/releasing.md).

python scripts/release_check.py               # everything, the signed tag included
python scripts/release_check.py --no-tag      # the files only (what the tests run)

- one version everywhere: pyproject.toml, ossfirst.__version__, publiccode.yml
  (softwareVersion, releaseDate = the CHANGELOG's date), the newest CHANGELOG section, the
  Containerfile's VERSION;
- every ref the documentation names (`ref: vX.Y.Z`, `rev: vX.Y.Z`, `@vX.Y.Z`, `/-/raw/vX.Y.Z/`,
  `/-/blob/vX.Y.Z/`, image tags `ossfirst:X.Y.Z`, wheels `ossfirst-X.Y.Z-...`) is that version;
- without --no-tag: the tag vX.Y.Z exists, is annotated and signed, and points at HEAD.

Exit code 0 when all holds, 1 with one line per problem otherwise.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Files whose refs users copy.
DOCUMENTED = [
    "README.md",
    "CHANGELOG.md",
    "Containerfile",
    ".pre-commit-hooks.yaml",
    "ci/ossfirst.gitlab-ci.yml",
    "ci/github-workflow.yml",
    "docs/releasing.md",
    "docs/evidence.md",
    "publiccode.yml",
]
_REFS = [
    re.compile(r"\b(?:ref|rev): *v(\d+\.\d+\.\d+)\b"),
    re.compile(r"@v(\d+\.\d+\.\d+)\b"),
    re.compile(r"/-/(?:raw|blob|tree)/v(\d+\.\d+\.\d+)/"),
    re.compile(r"\bossfirst:(\d+\.\d+\.\d+)\b"),
    re.compile(r"\bossfirst-(\d+\.\d+\.\d+)(?:-py3-none-any\.whl|\.tar\.gz)"),
    re.compile(r"\bgit tag -s v(\d+\.\d+\.\d+)\b"),
]
_SECTION = re.compile(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", re.MULTILINE)


def version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return str(data["project"]["version"])


def file_problems() -> list[str]:
    """Every way the files disagree with the version in pyproject.toml."""
    wanted = version()
    problems: list[str] = []
    init = (ROOT / "src" / "ossfirst" / "__init__.py").read_text("utf-8")
    if f'__version__ = "{wanted}"' not in init:
        problems.append(f"src/ossfirst/__init__.py: __version__ is not {wanted}")
    changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
    sections = _SECTION.findall(changelog)
    if not sections or sections[0][0] != wanted:
        problems.append(f"CHANGELOG.md: the newest section is not '## [{wanted}] - YYYY-MM-DD'")
    date = sections[0][1] if sections else None
    publiccode = (ROOT / "publiccode.yml").read_text("utf-8")
    if f'softwareVersion: "{wanted}"' not in publiccode:
        problems.append(f"publiccode.yml: softwareVersion is not {wanted}")
    if date and f'releaseDate: "{date}"' not in publiccode:
        problems.append(f"publiccode.yml: releaseDate is not the CHANGELOG's date {date}")
    containerfile = (ROOT / "Containerfile").read_text("utf-8")
    if f"ARG VERSION={wanted}\n" not in containerfile:
        problems.append(f"Containerfile: ARG VERSION is not {wanted}")
    for name in DOCUMENTED:
        text = (ROOT / name).read_text("utf-8")
        for number, line in enumerate(text.splitlines(), start=1):
            for pattern in _REFS:
                for found in pattern.findall(line):
                    if found != wanted:
                        problems.append(f"{name}:{number}: names {found}, the release is {wanted}")
    return problems


def tag_problems() -> list[str]:
    """Whether the tag of the version exists, is annotated and signed, and is HEAD."""
    tag = f"v{version()}"

    def git(*args: str) -> subprocess.CompletedProcess[str]:
        # git from the path with fixed arguments: a maintainer's command, no untrusted input
        return subprocess.run(  # noqa: S603
            ["git", *args],  # noqa: S607
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )

    if git("rev-parse", "--verify", "--quiet", f"refs/tags/{tag}").returncode != 0:
        return [f"the tag {tag} does not exist (git tag -s {tag}, see docs/releasing.md)"]
    problems = []
    if git("cat-file", "-t", tag).stdout.strip() != "tag":
        problems.append(f"the tag {tag} is not annotated (git tag -s)")
    body = git("cat-file", "-p", tag).stdout
    if "-----BEGIN PGP SIGNATURE-----" not in body and "-----BEGIN SSH SIGNATURE-----" not in body:
        problems.append(f"the tag {tag} is not signed (git tag -s)")
    elif git("tag", "-v", tag).returncode != 0:
        problems.append(f"the signature of {tag} does not verify (git tag -v {tag})")
    head = git("rev-parse", "HEAD").stdout.strip()
    if git("rev-parse", f"{tag}^{{commit}}").stdout.strip() != head:
        problems.append(f"the tag {tag} does not point at HEAD")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-tag", action="store_true", help="check the files only")
    args = parser.parse_args()
    problems = file_problems() + ([] if args.no_tag else tag_problems())
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"release {version()}: consistent" + ("" if args.no_tag else ", tag signed"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
