# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The portfolio as open data: two CSV files, their Data Package descriptor, and the JSON.

``decisions.csv`` has a row per request, ``alternatives.csv`` a row per alternative of each
request; both are UTF-8 and RFC 4180 (comma, double quotes, CRLF), written row by row as the
summaries arrive, so that no run holds them all. ``datapackage.json`` describes both as a
Frictionless Data Package: a Table Schema per file (types, units, required fields, allowed
values, keys) with titles and descriptions in German and English, the licence of the data,
and the fields a DCAT-AP.de dataset entry needs (title, description, publisher, licence,
temporal coverage, modified), so that a municipal open-data portal can take it.
``portfolio.json`` is the whole portfolio (:class:`~ossfirst.model.portfolio.Portfolio`).

Text from a request is data: a cell that starts with ``=``, ``+``, ``-``, ``@`` or a tab is
written with a leading apostrophe, so that a spreadsheet opening the file does not take it
for a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, get_args

from ossfirst.model.portfolio import (
    SCHEMA_VERSION,
    AlternativeSummary,
    Grade,
    NotEvaluable,
    RequestSummary,
)
from ossfirst.model.request import RequestStatus
from ossfirst.model.result import Category, VerdictStatus
from ossfirst.texts import text

DECISIONS = "decisions.csv"
ALTERNATIVES = "alternatives.csv"
DESCRIPTOR = "datapackage.json"
PORTFOLIO = "portfolio.json"

#: The licences the policy may choose for the data: the URI of DCAT-AP.de's licence
#: vocabulary, the licence text, and its title.
LICENCES: dict[str, tuple[str, str, str]] = {
    "DL-DE-BY-2.0": (
        "http://dcat-ap.de/def/licenses/dl-by-de/2.0",
        "https://www.govdata.de/dl-de/by-2-0",
        "Datenlizenz Deutschland – Namensnennung – Version 2.0",
    ),
    "DL-DE-ZERO-2.0": (
        "http://dcat-ap.de/def/licenses/dl-zero-de/2.0",
        "https://www.govdata.de/dl-de/zero-2-0",
        "Datenlizenz Deutschland – Zero – Version 2.0",
    ),
    "CC-BY-4.0": (
        "http://dcat-ap.de/def/licenses/cc-by/4.0",
        "https://creativecommons.org/licenses/by/4.0/",
        "Creative Commons Namensnennung – 4.0 International (CC BY 4.0)",
    ),
    "CC0-1.0": (
        "http://dcat-ap.de/def/licenses/cc-zero",
        "https://creativecommons.org/publicdomain/zero/1.0/",
        "Creative Commons CC Zero License (CC0 1.0)",
    ),
}
_EU = "http://publications.europa.eu/resource/authority"
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Column:
    """A column of a CSV file and its Table Schema field."""

    name: str
    type: str
    required: bool = False
    enum: tuple[str, ...] = ()
    unit: str | None = None

    def field(self, lang: str) -> dict[str, Any]:
        """The Table Schema field: type, constraints and the column's words in German and
        English (``title`` and ``description`` in the language of the run)."""
        titles = {lang: text(f"portfolio.field.{self.name}", lang) for lang in ("de", "en")}
        about = {lang: text(f"portfolio.field.{self.name}.about", lang) for lang in ("de", "en")}
        found: dict[str, Any] = {
            "name": self.name,
            "type": self.type,
            "title": titles[lang],
            "description": about[lang],
            "titles": titles,
            "descriptions": about,
        }
        if self.type == "boolean":
            found["trueValues"] = ["true"]
            found["falseValues"] = ["false"]
        if self.unit is not None:
            found["unit"] = self.unit
        constraints: dict[str, Any] = {}
        if self.required:
            constraints["required"] = True
        if self.enum:
            constraints["enum"] = list(self.enum)
        if self.type in ("number", "integer") and self.unit == "EUR":
            constraints["minimum"] = 0
        if constraints:
            found["constraints"] = constraints
        return found


def _values(kind: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in get_args(kind))


CATEGORY = _values(Category)
#: The verdict of a file that could not be evaluated, in ``decisions.csv``.
NOT_EVALUABLE = "not-evaluable"


def decision_columns(publish_names: bool) -> list[Column]:
    """The columns of ``decisions.csv``; the contact only where names are published.

    A file that could not be evaluated has a row too (:func:`problem_row`): its source, the
    verdict ``not-evaluable``, check's status of it (``invalid`` or ``error``) and its first
    error; the columns of the request are empty in that row, so only those that every row
    fills are required."""
    return [
        Column("source", "string", required=True),
        Column("request_id", "string"),
        Column("title", "string"),
        Column("organisation", "string"),
        Column("department", "string"),
        *([Column("contact", "string")] if publish_names else []),
        Column("date", "date"),
        Column("year", "year"),
        Column("status", "string", enum=_values(RequestStatus)),
        Column("decided_on", "date"),
        Column("decided_by", "string"),
        Column("counted", "boolean", required=True),
        Column("proposed_id", "string"),
        Column("proposed_name", "string"),
        Column("proposed_category", "string", enum=CATEGORY),
        Column("recommended_id", "string"),
        Column("recommended_name", "string"),
        Column("recommended_category", "string", enum=CATEGORY),
        Column("selection_id", "string"),
        Column("verdict", "string", required=True, enum=(*_values(VerdictStatus), NOT_EVALUABLE)),
        Column("policy_holds", "boolean"),
        Column("check", "string", required=True, enum=("pass", "fail", "invalid", "error")),
        Column("error", "string"),
        Column("present_value", "number", unit="EUR"),
        Column("nominal_total", "number", unit="EUR"),
        Column("exit_cost", "number", unit="EUR"),
        Column("licence", "string"),
        Column("open_source", "boolean"),
        Column("category", "string", enum=CATEGORY),
        Column("supplier", "string"),
        Column("providers", "integer"),
        Column("standards_declared", "integer"),
        Column("standards_open", "integer"),
        Column("deviations", "integer"),
        Column("deviations_in_force", "integer"),
        Column("stale_assessments", "integer"),
        Column("robustness", "string", enum=_values(Grade)),
        Column("why_no_oss", "string"),
        Column("report", "string"),
    ]


def alternative_columns(dimensions: Sequence[str]) -> list[Column]:
    """The columns of ``alternatives.csv``, with a points column per dimension."""
    return [
        Column("source", "string", required=True),
        Column("request_id", "string", required=True),
        Column("alternative_id", "string", required=True),
        Column("name", "string", required=True),
        Column("category", "string", required=True, enum=CATEGORY),
        Column("licence", "string", required=True),
        Column("open_source", "boolean", required=True),
        Column("supplier", "string"),
        Column("providers", "integer", required=True),
        Column(
            "deployment",
            "string",
            required=True,
            enum=("on-premises", "private-cloud", "public-cloud", "saas"),
        ),
        Column("eligible", "boolean", required=True),
        Column("rank", "integer"),
        Column("total", "number", required=True, unit="points"),
        *(Column(f"points_{d}", "number", unit="points") for d in dimensions),
        Column("present_value", "number", required=True, unit="EUR"),
        Column("nominal_total", "number", required=True, unit="EUR"),
        Column("exit_cost", "number", required=True, unit="EUR"),
        Column("recommended", "boolean", required=True),
        Column("proposed", "boolean", required=True),
        Column("selected", "boolean", required=True),
        Column("standards_declared", "integer", required=True),
        Column("standards_open", "integer", required=True),
    ]


def cell(value: object) -> str:
    """A value as CSV text: empty for none, ``true``/``false``, amounts with two decimals,
    dates as ISO 8601; text guarded against spreadsheet formulas."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    shown = " ".join(str(value).split())
    return "'" + shown if shown.startswith(_FORMULA) else shown


def decision_row(s: RequestSummary, publish_names: bool) -> list[str]:
    proposed = s.alternative(s.proposed)
    recommended = s.alternative(s.recommended)
    chosen = s.selection()
    values: list[object] = [
        s.path,
        s.id,
        s.title,
        s.organisation,
        s.department,
        *([s.contact] if publish_names else []),
        s.date,
        s.year,
        s.status,
        s.decided_on,
        s.decided_by,
        s.counted,
        s.proposed,
        proposed.name if proposed else None,
        proposed.category if proposed else None,
        s.recommended,
        recommended.name if recommended else None,
        recommended.category if recommended else None,
        s.selected,
        s.verdict,
        s.policy_holds,
        s.check,
        None,
        chosen.present_value if chosen else None,
        chosen.nominal_total if chosen else None,
        chosen.exit_cost if chosen else None,
        chosen.licence if chosen else None,
        chosen.open_source if chosen else None,
        chosen.category if chosen else None,
        chosen.supplier if chosen else None,
        chosen.providers if chosen else None,
        chosen.standards_declared if chosen else None,
        chosen.standards_open if chosen else None,
        len(s.deviations),
        sum(1 for d in s.deviations if d.in_force),
        s.stale_assessments,
        s.robustness,
        s.why_no_oss,
        s.report,
    ]
    return [cell(v) for v in values]


def problem_row(problem: NotEvaluable, columns: Sequence[Column]) -> list[str]:
    """The row of ``decisions.csv`` for a file that could not be evaluated: listed, never
    left out, with its first error (``file:line:col: what is wrong``); it counts nowhere."""
    values: dict[str, object] = {
        "source": problem.path,
        "counted": False,
        "verdict": NOT_EVALUABLE,
        "check": problem.status,
        "error": f"{problem.location}: {problem.message}" if problem.message else problem.location,
    }
    return [cell(values.get(c.name)) for c in columns]


def alternative_row(
    s: RequestSummary, a: AlternativeSummary, dimensions: Sequence[str]
) -> list[str]:
    values: list[object] = [
        s.path,
        s.id,
        a.id,
        a.name,
        a.category,
        a.licence,
        a.open_source,
        a.supplier,
        a.providers,
        a.deployment,
        a.eligible,
        a.rank,
        a.total,
        *(a.dimensions.get(d) for d in dimensions),
        a.present_value,
        a.nominal_total,
        a.exit_cost,
        a.recommended,
        a.proposed,
        a.id == s.selected,
        a.standards_declared,
        a.standards_open,
    ]
    return [cell(v) for v in values]


def _csv(stream: BinaryIO) -> tuple[io.TextIOWrapper, Any]:
    wrapper = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=True)
    return wrapper, csv.writer(wrapper, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)


class OpenData:
    """The CSV files and the requests of ``portfolio.json``, written as summaries arrive."""

    def __init__(self, folder: Path, publish_names: bool, dimensions: Sequence[str]) -> None:
        self.folder = folder
        self.publish_names = publish_names
        self.dimensions = list(dimensions)
        self.decision_columns = decision_columns(publish_names)
        self.alternative_columns = alternative_columns(self.dimensions)
        self._decisions = (folder / DECISIONS).open("wb")
        self._alternatives = (folder / ALTERNATIVES).open("wb")
        self._decision_text, self._decision_rows = _csv(self._decisions)
        self._alternative_text, self._alternative_rows = _csv(self._alternatives)
        self._decision_rows.writerow([c.name for c in self.decision_columns])
        self._alternative_rows.writerow([c.name for c in self.alternative_columns])
        # The requests of portfolio.json wait here until the figures, which come first in
        # the file, are known.
        self._requests = tempfile.TemporaryFile()  # noqa: SIM115 - closed in close()
        self._count = 0
        self.problems: list[NotEvaluable] = []

    def add(self, summary: RequestSummary) -> None:
        self._decision_rows.writerow(decision_row(summary, self.publish_names))
        for alternative in summary.alternatives:
            self._alternative_rows.writerow(alternative_row(summary, alternative, self.dimensions))
        item = compact(summary.model_dump(mode="json"))
        self._requests.write((",\n" if self._count else "\n").encode() + item.encode("utf-8"))
        self._count += 1

    def add_problem(self, problem: NotEvaluable) -> None:
        self.problems.append(problem)
        self._decision_rows.writerow(problem_row(problem, self.decision_columns))

    def close_tables(self) -> None:
        """Finish the two CSV files."""
        for wrapper in (self._decision_text, self._alternative_text):
            wrapper.flush()
            wrapper.detach()
        self._decisions.close()
        self._alternatives.close()

    def write_json(self, header: dict[str, Any]) -> None:
        """Write ``portfolio.json``: ``header`` (everything but the lists), then the requests
        and the files that could not be evaluated."""
        head = compact({"schema_version": SCHEMA_VERSION, **header})
        problems = compact([p.model_dump(mode="json") for p in self.problems])
        with (self.folder / PORTFOLIO).open("wb") as out:
            out.write(head[:-1].encode("utf-8") + b',"requests":[')
            self._requests.seek(0)
            shutil.copyfileobj(self._requests, out, 1 << 20)
            out.write(b"\n]" if self._count else b"]")
            out.write(b',"not_evaluable":' + problems.encode("utf-8") + b"}\n")
        self._requests.close()

    def discard(self) -> None:
        for stream in (self._decisions, self._alternatives, self._requests):
            if not stream.closed:
                stream.close()


def file_facts(path: Path) -> tuple[int, str]:
    """Size in bytes and SHA-256 of a written file."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()


@dataclass(frozen=True)
class Meta:
    """What the descriptor says about the dataset as a whole."""

    name: str
    title: dict[str, str]
    description: dict[str, str]
    publisher: str
    licence: str
    date: dt.date
    years: tuple[int, int] | None
    url: str | None
    tool: str
    keywords: dict[str, list[str]]


def _resource(
    folder: Path, name: str, file: str, columns: list[Column], keys: dict[str, Any], lang: str
) -> dict[str, Any]:
    size, digest = file_facts(folder / file)
    return {
        "name": name,
        "path": file,
        "profile": "tabular-data-resource",
        "title": text(f"portfolio.file.{file}", lang),
        "description": text(f"portfolio.file.{file}.about", lang),
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": size,
        "hash": f"sha256:{digest}",
        "dialect": {
            "delimiter": ",",
            "lineTerminator": "\r\n",
            "quoteChar": '"',
            "doubleQuote": True,
            "header": True,
        },
        "schema": {"fields": [c.field(lang) for c in columns], **keys},
    }


def descriptor(data: OpenData, meta: Meta, lang: str) -> dict[str, Any]:
    """``datapackage.json`` for the CSV files written by ``data``."""
    uri, licence_path, licence_title = LICENCES[meta.licence]
    resources = [
        _resource(
            data.folder,
            "decisions",
            DECISIONS,
            data.decision_columns,
            {"primaryKey": ["source"]},
            lang,
        ),
        _resource(
            data.folder,
            "alternatives",
            ALTERNATIVES,
            data.alternative_columns,
            {
                "primaryKey": ["source", "alternative_id"],
                "foreignKeys": [
                    {
                        "fields": ["source"],
                        "reference": {"resource": "decisions", "fields": ["source"]},
                    }
                ],
            },
            lang,
        ),
    ]

    def link(file: str) -> str:
        return f"{meta.url}{file}" if meta.url else file

    distributions = [
        {
            "dct:title": resource["title"],
            "dct:description": resource["description"],
            "dcat:accessURL": link(resource["path"]),
            "dcat:downloadURL": link(resource["path"]),
            "dct:format": f"{_EU}/file-type/CSV",
            "dcat:mediaType": "text/csv",
            "dct:license": uri,
            "dcat:byteSize": resource["bytes"],
            "spdx:checksum": {
                "spdx:algorithm": "sha256",
                "spdx:checksumValue": resource["hash"].removeprefix("sha256:"),
            },
        }
        for resource in resources
    ]
    for file, kind, media in (
        (PORTFOLIO, "JSON", "application/json"),
        ("portfolio.pdf", "PDF", "application/pdf"),
        ("index.html", "HTML", "text/html"),
    ):
        distributions.append(
            {
                "dct:title": text(f"portfolio.file.{file}", lang),
                "dct:description": text(f"portfolio.file.{file}.about", lang),
                "dcat:accessURL": link(file),
                "dct:format": f"{_EU}/file-type/{kind}",
                "dcat:mediaType": media,
                "dct:license": uri,
            }
        )
    temporal = (
        {
            "dcat:startDate": f"{meta.years[0]}-01-01",
            "dcat:endDate": f"{meta.years[1]}-12-31",
        }
        if meta.years
        else None
    )
    language = text("locale.iso639-2", lang)
    found: dict[str, Any] = {
        "name": meta.name,
        "title": meta.title[lang],
        "description": meta.description[lang],
        "version": meta.date.isoformat(),
        "created": f"{meta.date.isoformat()}T00:00:00Z",
        "keywords": meta.keywords[lang],
        "licenses": [{"name": meta.licence, "path": licence_path, "title": licence_title}],
        "contributors": [{"title": meta.publisher, "roles": ["publisher"]}],
        "sources": [{"title": meta.tool}],
        **({"homepage": meta.url} if meta.url else {}),
        "resources": resources,
        "dcat": {
            "dct:title": meta.title,
            "dct:description": meta.description,
            "dct:publisher": {"foaf:name": meta.publisher},
            "dct:license": uri,
            **(
                {"dcatde:licenseAttributionByText": meta.publisher}
                if meta.licence in ("DL-DE-BY-2.0", "CC-BY-4.0")
                else {}
            ),
            **({"dct:temporal": temporal} if temporal else {}),
            "dct:issued": meta.date.isoformat(),
            "dct:modified": meta.date.isoformat(),
            "dct:language": [f"{_EU}/language/{language}"],
            "dcat:theme": [f"{_EU}/data-theme/GOVE"],
            "dcat:keyword": meta.keywords[lang],
            **({"dcat:landingPage": meta.url} if meta.url else {}),
            "dcat:distribution": distributions,
        },
    }
    return found


def compact(value: Any) -> str:
    """JSON without spaces, as ``portfolio.json`` is written."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def dump(value: Any) -> bytes:
    """JSON as the site writes it: indented, UTF-8, a newline at the end."""
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
