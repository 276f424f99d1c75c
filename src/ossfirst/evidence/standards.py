# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Open-standards screening ("Normenscreening"): is a declared format or protocol open?

The assessments come from the shipped ``data/standards.yaml`` (ossfirst's own list, see
``data/README.md``). A standard counts as open when all four criteria of the list's
definition hold: free specification, royalty-free implementation, open participation,
maintenance by an independent body. The file is read once and validated on load; a
malformed file is a bug in the shipped data and raises :class:`StandardsDataError`
(deliberately not an :class:`~ossfirst.errors.OssfirstError`: it is an internal error,
not a problem with the user's input).

Lookups accept an id, the canonical name or any alias, compared case-insensitively and
ignoring surrounding whitespace and any spaces, hyphens, underscores and slashes inside
(``"PDF/A"``, ``"pdf-a"`` and ``"pdfa"`` are the same key).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

try:  # the C loader is much faster; both construct plain data only
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

__all__ = [
    "CATEGORIES",
    "CRITERIA",
    "Criteria",
    "Standard",
    "StandardsDataError",
    "StandardsList",
    "lookup",
    "normalise",
    "parse_standards",
    "standards_list",
    "suggest",
]

#: The categories an entry may belong to.
CATEGORIES = frozenset(
    {
        "documents",
        "mail-calendar",
        "identity",
        "communication",
        "e-government",
        "geodata",
        "web",
        "data",
        "infrastructure",
        "security",
    }
)
#: The four openness criteria, in the order of the definition.
CRITERIA = ("free_spec", "royalty_free", "open_participation", "independent_body")

_LANGS = ("de", "en")
_TOP_KEYS = frozenset({"version", "date", "definition", "standards"})
_REQUIRED_KEYS = frozenset(
    {"id", "name", "aliases", "category", "body", "open", "criteria", "source"}
)
_ENTRY_KEYS = _REQUIRED_KEYS | {"note"}
#: Compiled by the re module on first use: only the list's checks need it.
_ID = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_SEPARATORS = re.compile(r"[\s\-_/]+")
#: How similar (difflib ratio) a misspelling must be to be offered as "did you mean".
SUGGEST_CUTOFF = 0.8


class StandardsDataError(RuntimeError):
    """The shipped standards list is malformed: a bug in ``data/standards.yaml``."""


@dataclass(frozen=True)
class Criteria:
    """The four openness criteria of one standard."""

    free_spec: bool
    royalty_free: bool
    open_participation: bool
    independent_body: bool

    def all_met(self) -> bool:
        """True when every criterion holds, i.e. the standard is open."""
        return all(self.as_dict().values())

    def as_dict(self) -> dict[str, bool]:
        """The criteria as a mapping, in the order of :data:`CRITERIA`."""
        return {name: bool(getattr(self, name)) for name in CRITERIA}


@dataclass(frozen=True)
class Standard:
    """One assessed standard, format or protocol.

    ``note`` (per language code ``de``/``en``) explains the judgement; every entry that is
    not open has one. ``source`` is the URL of the specification or of its body.
    """

    id: str
    name: str
    aliases: tuple[str, ...]
    category: str
    body: str
    open: bool
    criteria: Criteria
    note: dict[str, str] | None
    source: str

    def __hash__(self) -> int:  # ids are unique within a list; ``note`` is a dict
        return hash(self.id)


@dataclass(frozen=True)
class StandardsList:
    """The whole shipped list: its version and date, the definition used, the entries."""

    version: str
    date: dt.date
    definition: dict[str, str]
    standards: tuple[Standard, ...]

    def __hash__(self) -> int:
        return hash((self.version, self.date))


def normalise(name: str) -> str:
    """The lookup key of ``name``: case-folded, without whitespace, ``-``, ``_`` and ``/``."""
    return _SEPARATORS.sub("", name.strip().casefold())


def standards_list() -> StandardsList:
    """The shipped standards list, read and validated once per process."""
    return _shipped()[0]


@functools.lru_cache(maxsize=4096)  # requests declare the same few formats again and again
def lookup(name: str) -> Standard | None:
    """The standard whose id, name or alias matches ``name``, or ``None``.

    Matching ignores case, surrounding whitespace and spaces, hyphens, underscores and
    slashes inside the name: ``"PDF/A"``, ``"PDF-A"`` and ``"pdfa"`` find the same entry.
    """
    key = normalise(name)
    if not key:
        return None
    return _shipped()[1].get(key)


@functools.lru_cache(maxsize=1024)
def suggest(name: str) -> str | None:
    """Did-you-mean for an unknown ``name``: the canonical name of the closest standard.

    Compares the normalised ``name`` with every normalised id, name and alias
    (:func:`difflib.get_close_matches`); ``None`` when nothing is similar enough.
    A name that matches exactly yields that standard's canonical name. A known name that
    ``name`` merely extends or shortens is no suggestion: "SIP2" (the library protocol) is
    not a misspelling of "SIP", but another standard.
    """
    key = normalise(name)
    if not key:
        return None
    index = _shipped()[1]
    if key in index:
        return index[key].name
    import difflib  # only for an unknown name: keeps imports cheap

    for match in difflib.get_close_matches(key, list(index), n=3, cutoff=SUGGEST_CUTOFF):
        if not (match.startswith(key) or key.startswith(match) or key.endswith(match)):
            return index[match].name
    return None


def parse_standards(data: Any, origin: str = "standards.yaml") -> StandardsList:
    """Validate already-parsed YAML ``data`` and build the :class:`StandardsList`.

    Raises :class:`StandardsDataError` naming ``origin`` and the entry for any problem:
    missing or unknown keys, wrong types, an unknown category, ``open`` disagreeing with
    the criteria, a closed standard without a note, a source that is not ``https://``,
    duplicate ids, or a name or alias that normalises to the key of another entry.
    """
    return _build(data, origin)[0]


@cache
def _shipped() -> tuple[StandardsList, dict[str, Standard]]:
    from ossfirst import compiled

    data = compiled.load("standards")
    if data is not None:
        return _from_compiled(data)
    return _build(shipped_data(), "standards.yaml")


def _from_compiled(data: Any) -> tuple[StandardsList, dict[str, Standard]]:
    """The list from its compiled form (``make compiled``), which :func:`parse_standards`
    accepted before it was written: built as :func:`_build` builds it, without the checks,
    which cost more than the rest of reading it (a test compares the two)."""
    standards: list[Standard] = []
    index: dict[str, Standard] = {}
    for raw in data["standards"]:
        criteria = raw["criteria"]
        note = raw.get("note")
        standard = Standard(
            id=raw["id"],
            name=raw["name"].strip(),
            aliases=tuple(alias.strip() for alias in raw["aliases"]),
            category=str(raw["category"]),
            body=raw["body"].strip(),
            open=raw["open"],
            criteria=Criteria(**{name: criteria[name] for name in CRITERIA}),
            note=None if note is None else {lang: note[lang].strip() for lang in _LANGS},
            source=raw["source"].strip(),
        )
        for text in (standard.id, standard.name, *standard.aliases):
            index[normalise(text)] = standard
        standards.append(standard)
    result = StandardsList(
        version=data["version"].strip(),
        date=_date(data["date"], "standards.yaml"),
        definition={lang: data["definition"][lang].strip() for lang in _LANGS},
        standards=tuple(standards),
    )
    return result, index


def shipped_data() -> Any:
    """The shipped standards.yaml, parsed (for :mod:`ossfirst.compiled`)."""
    resource = files("ossfirst") / "data" / "standards.yaml"
    text = resource.read_text(encoding="utf-8")
    try:
        data = yaml.load(text, Loader=_SafeLoader)  # (C)SafeLoader: plain data only
    except yaml.YAMLError as exc:
        raise StandardsDataError(f"standards.yaml: not valid YAML: {exc}") from exc
    return data


def _build(data: Any, origin: str) -> tuple[StandardsList, dict[str, Standard]]:
    if not isinstance(data, Mapping):
        raise StandardsDataError(f"{origin}: the top level must be a mapping")
    _check_keys(data, required=_TOP_KEYS, allowed=_TOP_KEYS, where=origin)
    version = data["version"]
    if not isinstance(version, str) or not version.strip():
        raise StandardsDataError(f"{origin}: 'version' must be a non-empty string (quote it)")
    date = _date(data["date"], origin)
    definition = _texts(data["definition"], f"{origin}: 'definition'")
    raw_entries = data["standards"]
    if not isinstance(raw_entries, list) or not raw_entries:
        raise StandardsDataError(f"{origin}: 'standards' must be a non-empty list")

    standards: list[Standard] = []
    ids: set[str] = set()
    index: dict[str, Standard] = {}
    for position, raw in enumerate(raw_entries, start=1):
        standard = _entry(raw, f"{origin}: standards[{position}]")
        if standard.id in ids:
            raise StandardsDataError(f"{origin}: duplicate id {standard.id!r}")
        ids.add(standard.id)
        for text in (standard.id, standard.name, *standard.aliases):
            key = normalise(text)
            if not key:
                raise StandardsDataError(
                    f"{origin}: {standard.id!r}: {text!r} has no letters or digits"
                )
            other = index.get(key)
            if other is not None and other.id != standard.id:
                raise StandardsDataError(
                    f"{origin}: {text!r} of {standard.id!r} has the same lookup key "
                    f"{key!r} as an id, name or alias of {other.id!r}"
                )
            index[key] = standard
        standards.append(standard)
    result = StandardsList(
        version=version.strip(), date=date, definition=definition, standards=tuple(standards)
    )
    return result, index


def _entry(raw: Any, where: str) -> Standard:
    if not isinstance(raw, Mapping):
        raise StandardsDataError(f"{where}: an entry must be a mapping")
    ident = raw.get("id")
    if isinstance(ident, str):
        where = f"{where} ({ident})"
    _check_keys(raw, required=_REQUIRED_KEYS, allowed=_ENTRY_KEYS, where=where)
    if not isinstance(ident, str) or not re.match(_ID, ident):
        raise StandardsDataError(f"{where}: 'id' must be a lower-case slug like 'pdf-a'")
    name = _string(raw["name"], f"{where}: 'name'")
    body = _string(raw["body"], f"{where}: 'body'")
    source = _string(raw["source"], f"{where}: 'source'")
    if not source.startswith("https://"):
        raise StandardsDataError(f"{where}: 'source' must be an https:// URL")
    aliases = raw["aliases"]
    if not isinstance(aliases, list):
        raise StandardsDataError(f"{where}: 'aliases' must be a list of strings")
    alias_tuple = tuple(_string(a, f"{where}: alias {a!r}") for a in aliases)
    category = raw["category"]
    if category not in CATEGORIES:
        raise StandardsDataError(
            f"{where}: unknown category {category!r} (one of: {', '.join(sorted(CATEGORIES))})"
        )
    is_open = raw["open"]
    if not isinstance(is_open, bool):
        raise StandardsDataError(f"{where}: 'open' must be true or false")
    criteria = _criteria(raw["criteria"], where)
    if is_open != criteria.all_met():
        raise StandardsDataError(
            f"{where}: 'open' is {str(is_open).lower()}, but the criteria say "
            f"{str(criteria.all_met()).lower()} (open means all four criteria hold)"
        )
    note = raw.get("note")
    notes = None if note is None else _texts(note, f"{where}: 'note'")
    if not is_open and notes is None:
        raise StandardsDataError(f"{where}: a standard that is not open needs a 'note'")
    return Standard(
        id=ident,
        name=name,
        aliases=alias_tuple,
        category=str(category),
        body=body,
        open=is_open,
        criteria=criteria,
        note=notes,
        source=source,
    )


def _criteria(raw: Any, where: str) -> Criteria:
    if not isinstance(raw, Mapping):
        raise StandardsDataError(f"{where}: 'criteria' must be a mapping")
    keys = frozenset(CRITERIA)
    _check_keys(raw, required=keys, allowed=keys, where=f"{where}: 'criteria'")
    for key in CRITERIA:
        if not isinstance(raw[key], bool):
            raise StandardsDataError(f"{where}: criterion {key!r} must be true or false")
    return Criteria(
        free_spec=raw["free_spec"],
        royalty_free=raw["royalty_free"],
        open_participation=raw["open_participation"],
        independent_body=raw["independent_body"],
    )


def _check_keys(
    raw: Mapping[Any, Any], *, required: frozenset[str], allowed: frozenset[str], where: str
) -> None:
    missing = sorted(required - set(raw))
    if missing:
        raise StandardsDataError(f"{where}: missing {', '.join(map(repr, missing))}")
    unknown = sorted(str(k) for k in raw if k not in allowed)
    if unknown:
        raise StandardsDataError(f"{where}: unknown {', '.join(map(repr, unknown))}")


def _string(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise StandardsDataError(f"{where} must be a non-empty string (quote it in YAML)")
    return value.strip()


def _texts(raw: Any, where: str) -> dict[str, str]:
    if not isinstance(raw, Mapping):
        raise StandardsDataError(f"{where} must be a mapping with 'de' and 'en'")
    keys = frozenset(_LANGS)
    _check_keys(raw, required=keys, allowed=keys, where=where)
    return {lang: _string(raw[lang], f"{where}.{lang}") for lang in _LANGS}


def _date(raw: Any, origin: str) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, str):
        try:
            return dt.date.fromisoformat(raw.strip())
        except ValueError:
            pass
    raise StandardsDataError(f"{origin}: 'date' must be a date like 2026-11-27")
