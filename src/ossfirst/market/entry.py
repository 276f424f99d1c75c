# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""One catalogue entry: what the index keeps of a publiccode.yml.

Every file goes through the publiccode.yml reader of :mod:`ossfirst.evidence.publiccode`
(:func:`~ossfirst.evidence.publiccode.survey`), so that the index and ``ossfirst evaluate``
read the standard alike. A file the reader cannot take as publiccode.yml at all (not YAML,
not UTF-8, no version key, no name, too large) is *unreadable*: counted and listed, not
indexed. A file whose fields that matter break the standard (a contract without end date,
an unknown ``softwareType``) is indexed with its problems: the software exists and can be
judged by a person, and the hit says what is wrong with its file.

The searchable and displayed fields come from the parsed document, read defensively: every
version in use writes them slightly differently (``description`` keyed by ``it``, ``it-IT``
or ``ita``; ``categories`` or the draft's ``tags``; ``platforms`` as text or a list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ossfirst.errors import Problem

#: ISO 639-2 codes of the drafts (``description: ita:``) and others seen in catalogues.
_LANGUAGE_CODES = {
    "ita": "it",
    "eng": "en",
    "deu": "de",
    "ger": "de",
    "fra": "fr",
    "fre": "fr",
    "nld": "nl",
    "dut": "nl",
    "spa": "es",
    "swe": "sv",
    "por": "pt",
    "pol": "pl",
    "ces": "cs",
    "cze": "cs",
    "ell": "el",
    "gre": "el",
    "fin": "fi",
    "dan": "da",
    "est": "et",
    "lav": "lv",
    "lit": "lt",
    "ron": "ro",
    "rum": "ro",
    "hun": "hu",
    "slk": "sk",
    "slo": "sk",
    "slv": "sl",
    "hrv": "hr",
    "bul": "bg",
    "cat": "ca",
}
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")
#: Problems kept per entry (the rest are counted).
MAX_PROBLEMS = 5
#: Characters of a text field kept for the index (the standard allows 10,000 per text).
MAX_TEXT = 20_000


def language(code: Any) -> str | None:
    """A language tag as its primary subtag (``it-IT`` -> ``it``, ``ita`` -> ``it``), or
    ``None`` when it is not one."""
    if not isinstance(code, str):
        return None
    lowered = code.strip().lower()
    if not _LANGUAGE.match(lowered):
        return None
    primary = re.split(r"[-_]", lowered, maxsplit=1)[0]
    return _LANGUAGE_CODES.get(primary, primary if len(primary) == 2 else None)


def repository_key(url: str) -> str:
    """A repository URL without scheme, ``www.``, ``.git`` and trailing slashes, lower
    case: ``https://github.com/ComuneFI/divo.git`` -> ``github.com/comunefi/divo``."""
    key = url.strip().lower()
    ssh = re.match(r"^(?:ssh://)?git@([^:/]+)[:/](.*)$", key)
    if ssh:
        key = f"{ssh.group(1)}/{ssh.group(2)}"
    key = re.sub(r"^[a-z][a-z0-9+.-]*://", "", key)
    key = re.sub(r"^[^@/]*@", "", key)  # user info
    key = key.removeprefix("www.")
    key = key.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    return key.removesuffix(".git").rstrip("/")


@dataclass
class Entry:
    """What the index holds of one publiccode.yml."""

    name: str
    #: Other names: localised names, the application suite.
    aliases: list[str]
    version: str
    url: str | None
    key: str
    licence: str | None
    osi: bool | None
    fsf: bool | None
    maintenance: str | None
    #: The end of the last maintenance contract (ISO date), for maintenance by contract.
    until: str | None
    status: str | None
    software_type: str | None
    released: str | None
    platforms: list[str]
    used_by: list[str]
    languages: list[str]
    countries: list[str]
    categories: list[str]
    #: Categories whose keywords its name uses.
    named: list[str]
    #: How often its descriptions use the keywords of each category (declared or not).
    topics: dict[str, int]
    publisher: str | None
    #: shortDescription per language.
    summaries: dict[str, str]
    #: Searchable text per language: descriptions, features, generic names, free tags.
    texts: dict[str, str]
    #: Organisation, owners, contacts, contractors, funders: who publishes and maintains.
    people: list[str]
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0


def _text(value: Any) -> str:
    if value is None or isinstance(value, dict | list | bool):
        return ""
    return str(value).strip()[:MAX_TEXT]


def _texts(value: Any) -> list[str]:
    if isinstance(value, list):
        return [t for t in (_text(v) for v in value) if t]
    text = _text(value)
    return [text] if text else []


def _get(data: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _descriptions(data: dict[str, Any]) -> tuple[dict[str, str], dict[str, str], list[str]]:
    summaries: dict[str, str] = {}
    texts: dict[str, list[str]] = {}
    names: list[str] = []
    description = data.get("description")
    if not isinstance(description, dict):
        return summaries, {}, names
    for key in sorted(description, key=str):
        lang = language(key)
        block = description[key]
        if lang is None or not isinstance(block, dict):
            continue
        short = _text(block.get("shortDescription"))
        if short and lang not in summaries:
            summaries[lang] = short
        parts = [
            short,
            _text(block.get("genericName")),
            _text(block.get("longDescription")),
            *_texts(block.get("features")),
            *_texts(block.get("freeTags")),
        ]
        texts.setdefault(lang, []).extend(p for p in parts if p)
        localised = _text(block.get("localisedName"))
        if localised:
            names.append(localised)
    return summaries, {lang: "\n".join(parts) for lang, parts in texts.items()}, names


def _people(data: dict[str, Any]) -> list[str]:
    found = [
        _text(_get(data, "organisation", "name")),
        _text(_get(data, "organisation", "uri")),
        _text(_get(data, "legal", "mainCopyrightOwner")),
        _text(_get(data, "legal", "repoOwner")),
    ]
    for contractor in _list(_get(data, "maintenance", "contractors")):
        found.append(_text(_get(contractor, "name")))
    for contact in _list(_get(data, "maintenance", "contacts")):
        found += [_text(_get(contact, "name")), _text(_get(contact, "affiliation"))]
    for funder in _list(data.get("fundedBy")):
        found.append(_text(_get(funder, "name")))
    for section in ("it", "IT"):
        found.append(_text(_get(data, section, "riuso", "codiceIPA")))
    seen: list[str] = []
    for item in found:
        if item and item not in seen:
            seen.append(item)
    return seen


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _publisher(data: dict[str, Any], key: str) -> str | None:
    for value in (
        _get(data, "organisation", "name"),
        _get(data, "legal", "mainCopyrightOwner"),
        _get(data, "legal", "repoOwner"),
    ):
        text = _text(value)
        if text:
            return text
    parts = key.split("/")
    return parts[1] if len(parts) >= 3 else None


def _countries(data: dict[str, Any]) -> list[str]:
    audience = data.get("intendedAudience")
    declared = _texts(_get(audience, "countries")) if isinstance(audience, dict) else []
    excluded = {
        c.upper() for c in (_texts(_get(audience, "unsupportedCountries")) if audience else [])
    }
    found = [c.upper() for c in declared if _COUNTRY.match(c)]
    # A country section (``it:``) says the software is made for that country's rules.
    found += [
        str(k).upper()
        for k, v in data.items()
        if isinstance(k, str) and _COUNTRY.match(k) and isinstance(v, dict)
    ]
    return sorted({c for c in found if c not in excluded})


def _languages(data: dict[str, Any]) -> list[str]:
    found = {language(c) for c in _texts(_get(data, "localisation", "availableLanguages"))}
    return sorted(c for c in found if c)


def _date(value: Any) -> str | None:
    text = _text(value)
    if not text:
        return None
    return text if _DATE.match(text) else text[:40]


def _until(data: dict[str, Any]) -> str | None:
    dates = [
        _text(_get(c, "until"))
        for c in _list(_get(data, "maintenance", "contractors"))
        if _DATE.match(_text(_get(c, "until")))
    ]
    return max(dates) if dates else None


def _licence(value: str | None) -> tuple[bool | None, bool | None]:
    if not value:
        return None, None
    from ossfirst.evidence import spdx

    try:
        info = spdx.classify(value)
    except spdx.LicenceError:
        return None, None
    return info.open_source, info.fsf_libre


def read_entry(raw: bytes, display: str, url: str | None = None) -> Entry:
    """The entry of one publiccode.yml; raise :class:`InputError` when the file is unreadable.
    ``url`` is the repository URL a catalogue export gives, which wins over the file's."""
    from ossfirst.evidence import publiccode
    from ossfirst.load import yamlsource

    text = yamlsource.decode(raw, display)
    survey = publiccode.survey(text, display)
    data = survey.data
    own_url = _text(data.get("url")) or None
    url = url or own_url
    name = _text(data.get("name"))
    key = repository_key(url) if url else "name:" + name.casefold()
    summaries, texts, localised = _descriptions(data)
    categories = _texts(data.get("categories")) or _texts(data.get("tags"))
    platforms = _texts(data.get("platforms"))
    licence = _text(_get(data, "legal", "license")) or None
    reading = survey.reading
    if reading is not None:
        osi: bool | None = reading.licence.open_source
        fsf: bool | None = reading.licence.fsf_libre
    else:
        osi, fsf = _licence(licence)
    maintenance = _text(_get(data, "maintenance", "type")) or None
    declared = [c.strip().lower() for c in categories]
    from ossfirst.market.vocabulary import vocabulary
    from ossfirst.market.words import topics

    words = vocabulary()
    aliases = [n for n in (*localised, _text(data.get("applicationSuite"))) if n and n != name]
    named = [c for c in topics([name, *aliases], words) if c not in declared]
    spoken = topics(list(texts.values()), words)
    problems = list(survey.problems)
    return Entry(
        name=name,
        aliases=list(dict.fromkeys(aliases)),
        version=survey.version,
        url=url,
        key=key,
        licence=licence,
        osi=osi,
        fsf=fsf,
        maintenance=maintenance,
        until=_until(data) if maintenance == "contract" else None,
        status=_text(data.get("developmentStatus")) or None,
        software_type=_text(data.get("softwareType")) or None,
        released=_date(data.get("releaseDate")),
        platforms=platforms,
        used_by=_texts(data.get("usedBy")),
        languages=_languages(data),
        countries=_countries(data),
        categories=declared,
        named=named,
        topics=spoken,
        publisher=_publisher(data, key),
        summaries=summaries,
        texts=texts,
        people=_people(data),
        problems=problems[:MAX_PROBLEMS],
        problem_count=len(problems),
    )
