# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The repository's policy for ``ossfirst check``: ``ossfirst.toml`` or ``[tool.ossfirst]``.

The file is looked for upward from the checked path: the first directory that holds an
``ossfirst.toml``, or a ``pyproject.toml`` with a ``[tool.ossfirst]`` table, wins (a
``pyproject.toml`` without that table is passed over). Paths in it (the catalogue,
``include`` and ``exclude``) are relative to the directory that holds it.

    fail-on = "error"                 # error | warning | note: the lowest level that fails
    catalogue = "standard"            # a shipped name or a path; default: each request's
    profile = "balanced"              # default: each request's, else the catalogue's
    lang = "de"                       # language of the messages; default: the locale
    include = ["requests/**/*.yaml"]  # default: every *.yaml and *.yml below the paths
    exclude = ["requests/archive/**"]

    [rules]                           # error | warning | note | off, per rule id
    stale-evidence = "error"
    unassessed-criterion = "note"

    [portfolio]                       # ossfirst portfolio: the published dashboard and data
    publish-names = false             # names of people (assessors, approvers, contact)
    licence = "DL-DE-BY-2.0"          # licence of the open data
    publisher = "Stadt Musterstadt"   # default: the organisation the requests name
    url = "https://example.org/it/"   # where the site is published (optional)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ossfirst.errors import InputError, Location, Problem, short
from ossfirst.load.validate import suggestion
from ossfirst.model.rules import BY_ID, LEVELS, Level, Setting, default_levels
from ossfirst.texts import both

CONFIG_NAME = "ossfirst.toml"
PYPROJECT = "pyproject.toml"
_KEYS = ("fail-on", "catalogue", "profile", "lang", "include", "exclude", "rules", "portfolio")
_PORTFOLIO_KEYS = ("publish-names", "licence", "publisher", "url")
#: Licences for the portfolio's open data (SPDX ids), with the spellings GovData uses.
DATA_LICENCES = ("DL-DE-BY-2.0", "DL-DE-ZERO-2.0", "CC-BY-4.0", "CC0-1.0")
_LICENCE_ALIASES = {"dl-de/by-2-0": "DL-DE-BY-2.0", "dl-de/zero-2-0": "DL-DE-ZERO-2.0"}


@dataclass(frozen=True)
class PortfolioPolicy:
    """What ``ossfirst portfolio`` publishes: whether people's names appear, the licence of
    the open data, who publishes it, and where (for the data portal's links)."""

    publish_names: bool = False
    licence: str = "DL-DE-BY-2.0"
    publisher: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class CheckConfig:
    """The policy in force: levels per rule, the fail threshold, catalogue, paths."""

    #: The file it came from; None when no file was found (the defaults apply).
    path: Path | None = None
    #: The directory paths in the file are relative to.
    root: Path = field(default_factory=Path.cwd)
    fail_on: Level = "error"
    catalogue: str | None = None
    profile: str | None = None
    lang: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    levels: dict[str, Setting] = field(default_factory=default_levels)
    portfolio: PortfolioPolicy = field(default_factory=PortfolioPolicy)


def find_config(start: Path) -> Path | None:
    """The policy file that applies to ``start`` (a file or directory), if any."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_NAME
        if own.is_file():
            return own
        pyproject = candidate / PYPROJECT
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


#: A policy file is a few lines; a pyproject.toml rarely more than a few kilobytes.
MAX_BYTES = 1_000_000


def _read(path: Path) -> str:
    """The policy file's text: a regular file only (never a device or a FIFO, which would
    block or never end), at most :data:`MAX_BYTES`. Raises :class:`InputError`."""
    from ossfirst.load import yamlsource

    raw = yamlsource.read_bytes(path, str(path), MAX_BYTES)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return yamlsource.decode(raw, str(path))  # raises, with the position


def _has_tool_table(path: Path) -> bool:
    # A cheap look before parsing: most pyproject.toml files have no [tool.ossfirst].
    try:
        text = _read(path)
    except InputError:
        return False
    return re.search(r"^\s*\[\s*tool\s*\.\s*ossfirst\s*[\].]", text, re.MULTILINE) is not None


def _locate(text: str, table: tuple[str, ...], key: str | None) -> tuple[int, int]:
    """Line and column of ``key`` in ``table`` (or of the table's header); (1, 1) if unsure.

    tomllib keeps no positions; a line scan is enough for the flat files this reads."""
    current: tuple[str, ...] = ()
    header_at = (1, 1)
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        header = re.match(r"^\[\s*([^\[\]]+?)\s*\]", stripped)
        if header:
            current = tuple(part.strip().strip("\"'") for part in header[1].split("."))
            if current == table:
                header_at = (number, line.index("[") + 1)
            elif key is not None and current == (*table, key):
                return number, line.index("[") + 1  # the key is a table of its own
            continue
        if current != table or key is None:
            continue
        found = re.match(r"^(\s*)[\"']?" + re.escape(key) + r"[\"']?\s*=", line)
        if found:
            return number, len(found[1]) + 1
    return header_at


def _problem(
    path: Path, at: tuple[int, int], message: dict[str, str], hint: dict[str, str]
) -> Problem:
    return Problem(Location(str(path), at[0], at[1]), message, hint, "config")


def load_config(path: Path) -> CheckConfig:
    """Read and check the policy file at ``path``. Raises :class:`InputError`."""
    import tomllib  # only where there is a policy file: keeps imports cheap

    text = _read(path)
    try:
        data = tomllib.loads(text)
    except RecursionError:
        raise InputError(
            [
                _problem(
                    path,
                    (1, 1),
                    both("check.config.too-deep"),
                    {},
                )
            ]
        ) from None
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        at = (int(found[1]), int(found[2])) if found else (1, 1)
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise InputError(
            [
                _problem(
                    path,
                    at,
                    both("check.config.syntax", reason=reason),
                    {},
                )
            ]
        ) from None
    table: tuple[str, ...] = ()
    if path.name == PYPROJECT:
        table = ("tool", "ossfirst")
        data = data.get("tool", {}).get("ossfirst", {})
    return _parse(data, path, text, table)


def _check_references(
    catalogue: str | None, profile: str | None, path: Path, text: str, table: tuple[str, ...]
) -> None:
    """The catalogue the policy names must load, and its profile must exist in it; checked
    here so that the problem is reported once, at the policy file's line, not per request."""
    from ossfirst.load.catalogue import load_catalogue

    if catalogue is None:
        return
    line, column = _locate(text, table, "catalogue")
    resolved = load_catalogue(catalogue, path.parent, Location(str(path), line, column))
    if profile is not None and profile not in resolved.profiles:
        raise InputError(
            [
                _problem(
                    path,
                    _locate(text, table, "profile"),
                    both("req.no-profile", profile=profile, catalogue=resolved.id),
                    suggestion(profile, resolved.profiles),
                )
            ]
        )


def _parse(data: dict[str, Any], path: Path, text: str, table: tuple[str, ...]) -> CheckConfig:
    problems: list[Problem] = []

    def bad(
        key: str, message: dict[str, str], hint: dict[str, str] | None = None, sub: str = ""
    ) -> None:
        where = _locate(text, (*table, key) if sub else table, sub or key)
        problems.append(_problem(path, where, message, hint or {}))

    for key in data:
        if key not in _KEYS:
            bad(
                key,
                both("val.unknown-key", key=short(key)),
                suggestion(key, _KEYS),
            )

    def text_value(key: str) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            bad(key, both("check.config.text", key=key))
            return None
        return value.strip()

    def patterns(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            bad(
                key,
                both("check.config.patterns", key=key),
            )
            return ()
        return tuple(value)

    fail_on: Level = "error"
    threshold = text_value("fail-on")
    if threshold is not None:
        if threshold in LEVELS:
            fail_on = threshold
        else:
            bad(
                "fail-on",
                both("check.config.threshold", value=short(threshold)),
                suggestion(threshold, LEVELS),
            )
    lang = text_value("lang")
    if lang is not None and lang not in ("de", "en"):
        bad(
            "lang",
            both("check.config.lang", value=short(lang)),
            suggestion(lang, ("de", "en")),
        )
        lang = None
    catalogue = text_value("catalogue")
    from ossfirst.load.catalogue import is_path

    if catalogue is not None and is_path(catalogue):
        catalogue = str((path.parent / catalogue).resolve())
    levels = default_levels()
    rules = data.get("rules", {})
    if not isinstance(rules, dict):
        bad(
            "rules",
            both("check.config.table", key="rules"),
        )
        rules = {}
    settings = (*LEVELS, "off")
    for rule_id, setting in rules.items():
        rule = BY_ID.get(rule_id)
        if rule is None:
            bad(
                "rules",
                both("req.no-rule", rule=short(rule_id)),
                suggestion(rule_id, BY_ID),
                sub=rule_id,
            )
        elif setting not in settings:
            bad(
                "rules",
                both("check.config.level", value=short(setting), rule=rule_id),
                both("val.hint.allowed", allowed=", ".join(settings)),
                sub=rule_id,
            )
        elif not rule.configurable and setting != rule.level:
            bad(
                "rules",
                both("check.config.fixed", rule=rule_id, level=rule.level),
                both("check.config.hint.deviation"),
                sub=rule_id,
            )
        else:
            levels[rule_id] = setting
    include, exclude = patterns("include"), patterns("exclude")
    profile = text_value("profile")
    portfolio = _portfolio(data.get("portfolio", {}), bad)
    if problems:
        raise InputError(problems)
    _check_references(catalogue, profile, path, text, table)
    return CheckConfig(
        path=path,
        root=path.parent.resolve(),
        fail_on=fail_on,
        catalogue=catalogue,
        profile=profile,
        lang=lang,
        include=include,
        exclude=exclude,
        levels=levels,
        portfolio=portfolio,
    )


def _portfolio(table: object, bad: Any) -> PortfolioPolicy:
    """The ``[portfolio]`` table; each problem is reported through ``bad``."""
    if not isinstance(table, dict):
        bad(
            "portfolio",
            both("check.config.table", key="portfolio"),
        )
        return PortfolioPolicy()
    for key in table:
        if key not in _PORTFOLIO_KEYS:
            bad(
                "portfolio",
                both("check.config.portfolio-key", key=short(key)),
                suggestion(key, _PORTFOLIO_KEYS),
                sub=key,
            )
    publish = table.get("publish-names", False)
    if not isinstance(publish, bool):
        bad(
            "portfolio",
            both("check.config.publish-names"),
            sub="publish-names",
        )
        publish = False
    texts: dict[str, str | None] = {}
    for key in ("licence", "publisher", "url"):
        value = table.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            bad("portfolio", both("check.config.text", key=key), sub=key)
            value = None
        texts[key] = value.strip() if isinstance(value, str) else None
    licence = texts["licence"] or "DL-DE-BY-2.0"
    licence = _LICENCE_ALIASES.get(licence.lower(), licence)
    if licence not in DATA_LICENCES:
        bad(
            "portfolio",
            both("check.config.data-licence", licence=short(licence)),
            both("val.hint.allowed", allowed=", ".join(DATA_LICENCES)),
            sub="licence",
        )
    url = texts["url"]
    if url is not None and not re.fullmatch(r"https?://[^\s<>\"']+", url):
        bad(
            "portfolio",
            both("check.config.url", url=short(url)),
            sub="url",
        )
        url = None
    if url is not None and not url.endswith("/"):
        url += "/"
    return PortfolioPolicy(
        publish_names=publish, licence=licence, publisher=texts["publisher"], url=url
    )
