# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The layout of the request form: its sheets, the fields of the request sheet, and the
columns of every table, each with the kind of value it holds. The writer
(:mod:`ossfirst.forms.workbook`) and the reader (:mod:`ossfirst.load.form`) both follow it,
so that what one writes the other reads back.

Labels come from the texts (``form.*``) in both languages: a form is read whichever
language it was written in. A kind says how a cell becomes a value of the request:

- ``text``: a text (a number typed into it is taken as written);
- ``long``: a text of several lines;
- ``whole``, ``number``, ``money`` (EUR, at most two decimals), ``rate`` (a fraction, shown
  as per cent): numbers;
- ``date``; ``flag`` (yes or no); ``choice`` (one of ``choices``, or its word in either
  language);
- ``list`` (entries separated by semicolons or line breaks), ``ids`` (identifiers separated
  by commas, semicolons or spaces), ``lines`` (one entry per line; one line is one text);
- ``level`` (0 to 4, or yes or no for a knock-out criterion), ``seal`` (a level, or levels
  per objective ``SOV-2: 2; SOV-3: 2``);
- ``info``: shown for the reader of the form, not read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import get_args

from ossfirst.model.request import (
    Procedure,
    ProcurementRules,
    Publication,
    RequestStatus,
    Threshold,
)
from ossfirst.texts import TEXTS, text

FORM_VERSION = 1


@dataclass(frozen=True)
class Column:
    """A field of the request sheet or a column of a table. ``key`` is where its value goes
    in the request (``award.method``: ``method`` under ``award``)."""

    key: str
    kind: str
    #: Codes allowed (``choice``); ``words`` maps a code to the text key of its word.
    choices: tuple[str, ...] = ()
    words: dict[str, str] = field(default_factory=dict)
    width: float = 16.0
    #: The text key of its label, when it is not ``form.col.<key>``.
    label_key: str = ""

    def labels(self) -> tuple[str, str]:
        """Its label in German and in English."""
        return TEXTS[self.label_key or f"form.col.{self.key}"]

    def label(self, lang: str) -> str:
        return text(self.label_key or f"form.col.{self.key}", lang)

    def word(self, code: str, lang: str) -> str:
        """The word a form in ``lang`` shows for the code ``code``."""
        key = self.words.get(code)
        if key is None:
            return code
        return text(key, lang)


def _field(key: str, kind: str, choices: tuple[str, ...] = ()) -> Column:
    return Column(key, kind, choices, label_key=f"form.field.{key}")


@dataclass(frozen=True)
class Table:
    """A sheet holding one table: a heading row, then one row per entry."""

    key: str
    columns: tuple[Column, ...]

    def name(self, lang: str) -> str:
        return sheet_name(self.key, lang)


def sheet_name(key: str, lang: str) -> str:
    return text(f"form.sheet.{key}", lang)


def normal(text: str) -> str:
    """A label or word as it is compared: case and runs of white space do not count."""
    return " ".join(text.split()).casefold()


YES_NO = {"true": "yes", "false": "no"}
COVERAGE = ("met", "partial", "unmet")
COVERAGE_WORDS = {c: f"coverage.{c}" for c in COVERAGE}
DEPLOYMENTS = ("on-premises", "private-cloud", "public-cloud", "saas")
DEPLOYMENT_WORDS = {d: f"deployment.{d}" for d in DEPLOYMENTS}
CONTRACT_HOLDERS = ("body", "service-provider", "other-body")
CONTRACT_SCOPES = ("full", "partial")
COST_KINDS = ("one_time", "yearly", "exit")
COST_WORDS = {k: f"form.kind.{k}" for k in COST_KINDS}

#: The bodies whose involvement a council paper reports.
INVOLVED = ("data_protection_officer", "staff_council", "disability_representative")

REQUEST_FIELDS: tuple[Column, ...] = (
    _field("ossfirst", "whole"),
    _field("id", "text"),
    _field("title", "text"),
    _field("organisation", "text"),
    _field("department", "text"),
    _field("contact", "text"),
    _field("country", "text"),
    _field("date", "date"),
    _field("language", "choice", ("de", "en")),
    _field("catalogue", "text"),
    _field("profile", "text"),
    _field("horizon_years", "whole"),
    _field("discount_rate", "rate"),
    _field("budget", "money"),
    _field("need", "long"),
    _field("proposed", "text"),
    _field("justification", "long"),
    _field("market_search", "long"),
    _field("status", "choice", get_args(RequestStatus)),
    _field("decided_on", "date"),
    _field("decided_by", "text"),
    _field("budget_line", "text"),
    _field("first_budget_year", "whole"),
    _field("procurement.rules", "choice", get_args(ProcurementRules)),
    _field("procurement.threshold", "choice", get_args(Threshold)),
    _field("procurement.procedure", "choice", get_args(Procedure)),
    _field("procurement.competition", "flag"),
    _field("procurement.note", "long"),
    _field("prepared_by.name", "text"),
    _field("prepared_by.role", "text"),
    _field("prepared_by.date", "date"),
    _field("approved_by.name", "text"),
    _field("approved_by.role", "text"),
    _field("approved_by.date", "date"),
    *(
        _field(f"involvement.{body}.{key}", kind)
        for body in INVOLVED
        for key, kind in (("required", "flag"), ("date", "date"), ("note", "long"))
    ),
    _field("award.method", "choice", ("weighted", "ufab-simple", "ufab-extended", "price-points")),
    _field("award.corridor", "rate"),
    _field("award.tie_breaker", "choice", ("highest-performance", "lowest-price")),
    _field("award.price_basis", "choice", ("present-value", "nominal")),
    _field("award.conversion", "choice", ("ratio", "one-sided", "two-sided")),
    _field("award.price_weight", "rate"),
    _field("sensitivity.draws", "whole"),
    _field("sensitivity.concentration", "number"),
    _field("strict_selection.critical", "ids"),
    _field("strict_selection.relevant", "ids"),
    _field("minimum_seal", "seal"),
)

REQUIREMENTS = Table(
    "requirements",
    (
        Column("id", "text", width=12),
        Column("text", "long", width=60),
        Column("must", "flag", width=8),
    ),
)
#: The coverage columns of the requirements sheet: one per alternative, headed by its id.
COVERAGE_COLUMN = Column(
    "coverage", "choice", COVERAGE, COVERAGE_WORDS, width=18, label_key="form.col.alternative"
)

ALTERNATIVES = Table(
    "alternatives",
    (
        Column("id", "text", width=22),
        Column("name", "text", width=36),
        Column("description", "long", width=50),
        Column("licence", "text", width=26),
        Column("reuse", "flag", width=12),
        Column("deployment", "choice", DEPLOYMENTS, DEPLOYMENT_WORDS, width=22),
        Column("operator_jurisdiction", "text", width=14),
        Column("parent_jurisdiction", "text", width=14),
        Column("providers", "whole", width=11),
        Column("operators", "whole", width=11),
        Column("standards", "list", width=40),
        Column("evidence.publiccode", "text", width=30),
        Column("evidence.scorecard", "text", width=30),
        Column("evidence.sbom", "text", width=30),
        # The exit plan: its document, or "none" there to record that there is none.
        Column("exit_plan.document", "text", width=30),
        Column("exit_plan.roles", "long", width=30),
        Column("exit_plan.triggers", "long", width=30),
        Column("exit_plan.target", "long", width=30),
        Column("exit_plan.data_export", "long", width=30),
        Column("exit_plan.tested_on", "date", width=13),
        Column("exit_plan.reviewed_on", "date", width=13),
        Column("exit_plan.review_months", "whole", width=11),
        # A framework contract: its name, or "none" there to record that there is none.
        Column("framework_contract.name", "text", width=30),
        Column("framework_contract.holder", "choice", CONTRACT_HOLDERS, width=18),
        Column("framework_contract.scope", "choice", CONTRACT_SCOPES, width=12),
        Column("framework_contract.until", "date", width=13),
        Column("supplier", "text", width=26),
        # A gap closing: the development that would close the named gaps (requirement ids),
        # evaluated as an alternative of its own.
        Column("gap_closing.requirements", "ids", width=16),
        Column("gap_closing.name", "text", width=30),
        Column("gap_closing.one_time", "money", width=16),
        Column("gap_closing.yearly", "money", width=16),
        Column("gap_closing.months", "whole", width=11),
        Column("gap_closing.published", "choice", get_args(Publication), width=14),
        Column("gap_closing.description", "long", width=40),
    ),
)

#: The keys of the alternatives sheet that hold one object of the request each, and the
#: column whose "none" records that there is none.
NESTED = {"exit_plan": "document", "framework_contract": "name", "gap_closing": "requirements"}

COSTS = Table(
    "costs",
    (
        Column("alternative", "text", width=24),
        Column("kind", "choice", COST_KINDS, COST_WORDS, width=14),
        Column("item", "text", width=28),
        Column("amount", "money", width=18),
    ),
)

ASSESSMENTS = Table(
    "assessments",
    (
        Column("alternative", "text", width=22),
        Column("criterion", "text", width=30),
        Column("criterion_title", "info", width=28),
        Column("question", "info", width=44),
        Column("score", "level", width=30),
        Column("rationale", "long", width=50),
        Column("evidence", "lines", width=36),
        Column("assessed_on", "date", width=13),
        Column("assessor", "text", width=20),
    ),
)

ASSESSORS = Table(
    "assessors",
    (
        Column("alternative", "text", width=22),
        Column("criterion", "text", width=30),
        Column("assessor", "text", width=26),
        Column("score", "level", width=30),
        Column("rationale", "long", width=50),
        Column("evidence", "lines", width=36),
        Column("assessed_on", "date", width=13),
    ),
)

DEVIATIONS = Table(
    "deviations",
    (
        Column("rule", "text", width=26),
        Column("alternative", "text", width=22),
        Column("criterion", "text", width=30),
        Column("justification", "long", width=50),
        Column("approver", "text", width=26),
        Column("decision", "text", width=26),
        Column("decided_on", "date", width=13),
        Column("expires", "date", width=13),
    ),
)

CATALOGUES = Table(
    "catalogues",
    (
        Column("name", "text", width=26),
        Column("snapshot", "date", width=13),
        Column("entries", "whole", width=12),
    ),
)

SEARCHES = Table(
    "searches",
    (
        Column("query", "text", width=30),
        Column("date", "date", width=13),
        Column("raw", "flag", width=12),
        Column("category", "ids", width=24),
        Column("country", "text", width=10),
        Column("lang", "ids", width=12),
        Column("maintained", "flag", width=12),
        Column("status", "ids", width=20),
        Column("found", "whole", width=10),
    ),
)

HITS = Table(
    "hits",
    (
        Column("repository", "text", width=40),
        Column("name", "text", width=30),
        Column("catalogue", "text", width=20),
        Column("alternative", "text", width=22),
        Column(
            "set_aside",
            "choice",
            (
                "function-missing",
                "not-relevant",
                "country-specific",
                "not-maintained",
                "not-mature",
                "wrong-platform",
                "licence-not-open",
                "language-missing",
                "duplicate",
                "other",
            ),
            width=20,
        ),
        Column("note", "long", width=40, label_key="form.col.note_text"),
    ),
)

#: The sheets every form has, and those of the market exploration (all three or none).
REQUIRED = (
    "request",
    "requirements",
    "alternatives",
    "costs",
    "assessments",
    "assessors",
    "deviations",
)
MARKET = ("catalogues", "searches", "hits")
#: Sheets the reader does not read (they help whoever fills in the form).
HELPERS = ("guide", "levels")
TABLES = {
    table.key: table
    for table in (
        REQUIREMENTS,
        ALTERNATIVES,
        COSTS,
        ASSESSMENTS,
        ASSESSORS,
        DEVIATIONS,
        CATALOGUES,
        SEARCHES,
        HITS,
    )
}


def sheet_keys_by_name() -> dict[str, str]:
    """Every sheet name (lower case, either language) -> its key."""
    found: dict[str, str] = {}
    for key in (*REQUIRED, *MARKET, *HELPERS):
        for name in TEXTS[f"form.sheet.{key}"]:
            found[normal(name)] = key
    return found
