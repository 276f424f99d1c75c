# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Writing a request as a form to fill in with Excel or LibreOffice (``ossfirst init
form.xlsx``, ``init --from request.yaml form.xlsx``, ``convert request.yaml -o form.xlsx``).

One sheet per part of the request (see :mod:`ossfirst.forms.layout`), the cells to fill in
shaded, drop-down lists for every enumeration (each level of a criterion with its written
meaning), checks for dates and numbers, the criterion's question beside each assessment.
What is written is read back before it is handed out: a request the form cannot hold
without loss is refused (:func:`comparable` says what counts as the same request).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ossfirst.errors import InputError, Location, Problem
from ossfirst.forms import layout
from ossfirst.forms.layout import Column, Table
from ossfirst.model.catalogue import Catalogue, Criterion
from ossfirst.model.request import Assessment, Request
from ossfirst.texts import TEXTS, both, text
from ossfirst.xlsx.book import Sheet, Style, Workbook, area, quoted, ref, sheet_ref

INPUT_FILL = "FFF2CC"
TITLE = Style(bold=True, size=14.0)
HEADER = Style(bold=True, fill="DDEBF7", wrap=True, border_bottom=True, vertical="bottom")
LABEL = Style(bold=True, wrap=True)
NOTE = Style(italic=True, color="595959", wrap=True)
NOTE_LINE = Style(italic=True, color="595959")
INFO = Style(color="595959", wrap=True)
TEXT = Style(fill=INPUT_FILL, number_format="@", wrap=True)
LONG = Style(fill=INPUT_FILL, number_format="@", wrap=True)
WHOLE = Style(fill=INPUT_FILL, number_format="0", horizontal="left")
NUMBER = Style(fill=INPUT_FILL, number_format="General", horizontal="left")
MONEY = Style(fill=INPUT_FILL, number_format='#,##0.00" €"')
RATE = Style(fill=INPUT_FILL, number_format="0.0##%", horizontal="left")
CHOICE = Style(fill=INPUT_FILL, wrap=True)
#: Rows below the last entry that still get drop-down lists and checks.
SPARE = 100


def _date_style(lang: str) -> Style:
    return Style(
        fill=INPUT_FILL,
        number_format="DD.MM.YYYY" if lang == "de" else "YYYY-MM-DD",
        horizontal="left",
    )


def _style(spec: Column, lang: str) -> Style:
    return {
        "text": TEXT,
        "long": LONG,
        "whole": WHOLE,
        "number": NUMBER,
        "money": MONEY,
        "rate": RATE,
        "date": _date_style(lang),
        "flag": CHOICE,
        "choice": CHOICE,
        "list": TEXT,
        "ids": TEXT,
        "lines": LONG,
        "seal": TEXT,
        "level": CHOICE,
        "info": INFO,
    }[spec.kind]


def level_text(criterion: Criterion, level: int, lang: str) -> str:
    """A level as the drop-down list offers it: ``3 – what level 3 means``."""
    meaning = criterion.levels.get(level) if criterion.levels else None
    return f"{level} – {meaning.get(lang)}" if meaning is not None else str(level)


class _Writer:
    def __init__(self, request: Request, catalogue: Catalogue, lang: str, filename: str) -> None:
        self.request = request
        self.catalogue = catalogue
        self.lang = lang
        self.filename = filename
        self.book = Workbook()
        self.yes = text("yes", lang)
        self.no = text("no", lang)
        self.criteria = {c.id: c for c in catalogue.criteria}
        self.names = {
            key: layout.sheet_name(key, lang)
            for key in (*layout.HELPERS, *layout.REQUIRED, *layout.MARKET)
        }
        #: The row of each criterion on the levels sheet.
        self.level_rows: dict[str, int] = {}

    # -- values ----------------------------------------------------------------------------

    def shown(self, spec: Column, value: Any) -> Any:
        """A request value as the form's cell holds it."""
        if value is None:
            return None
        kind = spec.kind
        if kind == "flag":
            return self.yes if value else self.no
        if kind == "choice":
            return spec.word(str(value), self.lang)
        if kind == "date":
            return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
        if kind in ("list",):
            return "; ".join(value) if value else None
        if kind == "ids":
            return "; ".join(value) if value else None
        if kind == "lines":
            return value if isinstance(value, str) else "\n".join(value)
        if kind == "seal":
            if isinstance(value, dict):
                return "; ".join(f"{k}: {v}" for k, v in value.items())
            return value
        return value

    def put(self, sheet: Sheet, row: int, column: int, spec: Column, value: Any) -> None:
        sheet.put(row, column, self.shown(spec, value), _style(spec, self.lang))

    def validate(self, sheet: Sheet, cells: list[str], spec: Column) -> None:
        """The drop-down list or check of a column (cells: ranges)."""
        lang = self.lang
        invalid = text("form.prompt.invalid", lang)
        if spec.kind in ("flag",):
            sheet.validate(
                cells,
                "list",
                quoted(f"{self.yes},{self.no}"),
                prompt_title=spec.label(lang),
                prompt=text("form.prompt.list", lang),
                error_title=invalid,
                error=f"{self.yes} / {self.no}",
            )
        elif spec.kind == "choice":
            words = [spec.word(code, lang) for code in spec.choices]
            if spec.key == "award.conversion":
                words = [w for w in words if w != "two-sided"]
            sheet.validate(
                cells,
                "list",
                quoted(",".join(words)),
                prompt_title=spec.label(lang),
                prompt=text("form.prompt.list", lang),
                error_title=invalid,
                error=", ".join(words),
            )
        elif spec.kind == "date":
            sheet.validate(
                cells,
                "date",
                "1",
                formula2="109574",
                operator="between",
                prompt_title=text("form.prompt.date", lang),
                prompt=text("form.prompt.date.text", lang),
                error_title=invalid,
                error=text("form.prompt.date.text", lang),
            )
        elif spec.kind == "money":
            sheet.validate(
                cells,
                "decimal",
                "0",
                operator="greaterThanOrEqual",
                prompt_title=text("form.prompt.amount", lang),
                prompt=text("form.prompt.amount.text", lang),
                error_title=invalid,
                error=text("form.prompt.amount.text", lang),
            )
        elif spec.kind == "whole":
            sheet.validate(
                cells,
                "whole",
                "0",
                operator="greaterThanOrEqual",
                prompt_title=text("form.prompt.whole", lang),
                prompt="",
                error_title=invalid,
                error=text("form.prompt.whole", lang),
            )

    # -- sheets ----------------------------------------------------------------------------

    def guide(self) -> None:
        lang = self.lang
        sheet = self.book.sheet(self.names["guide"])
        sheet.put(1, 1, text("form.guide.title", lang), TITLE)
        catalogue = self.catalogue
        title = f"{catalogue.title.get(lang)} ({catalogue.id} {catalogue.version})"
        sheet.put(2, 1, text("form.guide.catalogue", lang, catalogue=title), NOTE_LINE)
        row = 4
        for line in text("form.guide.lines", lang).split("\n"):
            sheet.put(row, 1, line, Style(wrap=True))
            row += 1
        row += 1
        sheet.put(row, 1, text("form.guide.check", lang, file=self.filename), NOTE)
        sheet.width(1, 120.0)
        sheet.landscape = False

    def request_sheet(self) -> None:
        lang, request = self.lang, self.request
        sheet = self.book.sheet(self.names["request"])
        for column, key in enumerate(("form.col.field", "form.col.value", "form.col.note"), 1):
            sheet.put(1, column, text(key, lang), HEADER)
        sheet.freeze(1)
        rate = self.catalogue.policy.discount_rate.value
        notes = {
            "profile": {"profiles": ", ".join(self.catalogue.profiles)},
            "discount_rate": {"rate": f"{rate * 100:g} %"},
        }
        for offset, spec in enumerate(layout.REQUEST_FIELDS):
            row = 2 + offset
            sheet.put(row, 1, spec.label(lang), LABEL)
            value: Any = request
            for part in spec.key.split("."):
                value = getattr(value, part, None) if value is not None else None
            if spec.key == "ossfirst":
                value = layout.FORM_VERSION
            self.put(sheet, row, 2, spec, value)
            note = f"form.note.{spec.key}"
            if note in TEXTS:
                sheet.put(row, 3, text(note, lang, **notes.get(spec.key, {})), NOTE)
            cell = [ref(row, 2)]
            if spec.key == "profile":
                profiles = ",".join(self.catalogue.profiles)
                if len(profiles) < 250:
                    sheet.validate(
                        cell,
                        "list",
                        quoted(profiles),
                        prompt_title=spec.label(lang),
                        prompt=text("form.prompt.list", lang),
                    )
            elif spec.key == "proposed":
                ids = sheet_ref(self.names["alternatives"], area(2, 1, 1 + 12 + SPARE, 1))
                sheet.validate(
                    cell,
                    "list",
                    ids,
                    prompt_title=spec.label(lang),
                    prompt=text("form.prompt.list", lang),
                )
            elif spec.key != "ossfirst":
                self.validate(sheet, cell, spec)
        sheet.width(1, 34.0)
        sheet.width(2, 70.0)
        sheet.width(3, 60.0)
        sheet.landscape = False

    def table(self, table: Table, rows: list[dict[str, Any]]) -> Sheet:
        """A table sheet with a row per entry of ``rows`` (values by column key)."""
        lang = self.lang
        sheet = self.book.sheet(self.names[table.key])
        columns = list(table.columns)
        for column, spec in enumerate(columns, start=1):
            sheet.put(1, column, spec.label(lang), HEADER)
            sheet.width(column, spec.width)
        sheet.freeze(1, 0)
        for offset, values in enumerate(rows):
            row = 2 + offset
            for column, spec in enumerate(columns, start=1):
                self.put(sheet, row, column, spec, values.get(spec.key))
        last = 1 + max(len(rows), 1) + SPARE
        for column, spec in enumerate(columns, start=1):
            if spec.kind not in ("level", "info"):
                self.validate(sheet, [f"{ref(2, column)}:{ref(last, column)}"], spec)
        return sheet

    def requirements(self) -> None:
        lang, request = self.lang, self.request
        rows = [{"id": r.id, "text": r.text, "must": r.must} for r in request.requirements]
        sheet = self.table(layout.REQUIREMENTS, rows)
        spec = layout.COVERAGE_COLUMN
        first = len(layout.REQUIREMENTS.columns) + 1
        for index, alternative in enumerate(request.alternatives):
            column = first + index
            sheet.put(1, column, alternative.id, HEADER)
            sheet.width(column, spec.width)
            for offset, requirement in enumerate(request.requirements):
                self.put(
                    sheet, 2 + offset, column, spec, alternative.requirements.get(requirement.id)
                )
        last_column = first + max(len(request.alternatives), 1) + 4
        last_row = 1 + max(len(request.requirements), 1) + SPARE
        self.validate(sheet, [f"{ref(2, first)}:{ref(last_row, last_column)}"], spec)
        del lang

    def alternatives(self) -> None:
        rows = []
        for alternative in self.request.alternatives:
            values: dict[str, Any] = alternative.model_dump(
                exclude={"costs", "requirements", "assessments", "evidence", *layout.NESTED}
            )
            for key, first in layout.NESTED.items():
                nested = getattr(alternative, key)
                if nested == "none":
                    values[f"{key}.{first}"] = "none"
                elif nested is not None:
                    for name, value in nested.model_dump().items():
                        values[f"{key}.{name}"] = value
            if alternative.evidence is not None:
                for kind, path in alternative.evidence.declared():
                    values[f"evidence.{kind}"] = path
            rows.append(values)
        self.table(layout.ALTERNATIVES, rows)

    def costs(self) -> None:
        rows: list[dict[str, Any]] = []
        for alternative in self.request.alternatives:
            costs = alternative.costs
            for kind in ("one_time", "yearly"):
                for item, amount in getattr(costs, kind).items():
                    rows.append(
                        {
                            "alternative": alternative.id,
                            "kind": kind,
                            "item": item,
                            "amount": amount,
                        }
                    )
            rows.append({"alternative": alternative.id, "kind": "exit", "amount": costs.exit})
        self.table(layout.COSTS, rows)

    def assessed(self, criterion: Criterion) -> bool:
        return criterion.kind == "knock-out" or (
            criterion.kind == "assessed" and (criterion.weight > 0 or criterion.floor is not None)
        )

    def assessments(self) -> None:
        lang = self.lang
        rows: list[dict[str, Any]] = []
        panels: list[dict[str, Any]] = []
        kinds: list[str | None] = []
        for alternative in self.request.alternatives:
            order = [c.id for c in self.catalogue.criteria if self.assessed(c)]
            order += [cid for cid in alternative.assessments if cid not in order]
            for criterion_id in order:
                criterion = self.criteria.get(criterion_id)
                assessment = alternative.assessments.get(criterion_id) or Assessment()
                values: dict[str, Any] = {
                    "alternative": alternative.id,
                    "criterion": criterion_id,
                    "criterion_title": criterion.title.get(lang) if criterion else None,
                    "question": criterion.question.get(lang) if criterion else None,
                    "rationale": assessment.rationale,
                    "evidence": assessment.evidence,
                    "assessed_on": assessment.assessed_on,
                    "assessor": assessment.assessor,
                }
                if assessment.passed is not None:
                    values["score"] = self.yes if assessment.passed else self.no
                elif assessment.score is not None:
                    values["score"] = (
                        level_text(criterion, assessment.score, lang)
                        if criterion is not None
                        else assessment.score
                    )
                rows.append(values)
                kinds.append(criterion.kind if criterion else None)
                for entry in assessment.scores or []:
                    panels.append(
                        {
                            "alternative": alternative.id,
                            "criterion": criterion_id,
                            "assessor": entry.assessor,
                            "score": (
                                level_text(criterion, entry.score, lang)
                                if criterion is not None
                                else entry.score
                            ),
                            "rationale": entry.rationale,
                            "evidence": entry.evidence,
                            "assessed_on": entry.assessed_on,
                        }
                    )
        sheet = self.table(layout.ASSESSMENTS, rows)
        self.level_lists(sheet, rows, 5)
        panel_sheet = self.table(layout.ASSESSORS, panels)
        self.level_lists(panel_sheet, panels, 4, levels_only=True)

    def level_lists(
        self, sheet: Sheet, rows: list[dict[str, Any]], column: int, *, levels_only: bool = False
    ) -> None:
        """A drop-down list per criterion over its rows: its levels with their meaning (on the
        levels sheet), or yes and no for a knock-out criterion."""
        lang = self.lang
        by_criterion: dict[str, list[str]] = {}
        for offset, values in enumerate(rows):
            by_criterion.setdefault(str(values["criterion"]), []).append(ref(2 + offset, column))
        for criterion_id, cells in by_criterion.items():
            criterion = self.criteria.get(criterion_id)
            if criterion is None:
                continue
            question = criterion.question.get(lang)
            if criterion.kind == "knock-out" and not levels_only:
                sheet.validate(
                    cells,
                    "list",
                    quoted(f"{self.yes},{self.no}"),
                    prompt_title=text("form.prompt.passed", lang),
                    prompt=question,
                    error_title=text("form.prompt.invalid", lang),
                    error=f"{self.yes} / {self.no}",
                )
            elif criterion.id in self.level_rows:
                row = self.level_rows[criterion.id]
                sheet.validate(
                    cells,
                    "list",
                    sheet_ref(self.names["levels"], area(row, 3, row, 7)),
                    prompt_title=text("form.prompt.level", lang),
                    prompt=question,
                    error_title=text("form.prompt.invalid", lang),
                    error=text("form.hint.level", lang),
                )

    def levels(self) -> None:
        """The levels of every criterion with their meaning: the source of the drop-down
        lists, and a reference for whoever assesses."""
        lang = self.lang
        sheet = self.book.sheet(self.names["levels"])
        headers = ("form.col.criterion", "form.col.criterion_title", "form.col.levels")
        for column, key in enumerate(headers, start=1):
            sheet.put(1, column, text(key, lang), HEADER)
        for column in range(4, 9):
            sheet.put(1, column, None, HEADER)
        sheet.put(1, 8, text("form.col.question", lang), HEADER)
        sheet.freeze(1, 2)
        row = 2
        for criterion in self.catalogue.criteria:
            if criterion.kind != "assessed":
                continue
            self.level_rows[criterion.id] = row
            sheet.put(row, 1, criterion.id)
            sheet.put(row, 2, criterion.title.get(lang), Style(wrap=True))
            for level in range(5):
                sheet.put(row, 3 + level, level_text(criterion, level, lang), Style(wrap=True))
            sheet.put(row, 8, criterion.question.get(lang), Style(wrap=True))
            row += 1
        sheet.width(1, 30.0)
        sheet.width(2, 28.0)
        for column in range(3, 8):
            sheet.width(column, 30.0)
        sheet.width(8, 44.0)

    def deviations(self) -> None:
        rows = [d.model_dump() for d in self.request.deviations]
        self.table(layout.DEVIATIONS, rows)

    def market(self) -> None:
        exploration = self.request.market_exploration
        if exploration is None:
            return
        self.table(layout.CATALOGUES, [c.model_dump() for c in exploration.catalogues])
        self.table(layout.SEARCHES, [s.model_dump() for s in exploration.searches])
        self.table(layout.HITS, [h.model_dump() for h in exploration.hits])

    def build(self) -> Workbook:
        self.guide()
        self.request_sheet()
        self.requirements()
        self.alternatives()
        self.costs()
        # The levels sheet comes last but its rows are known before the lists refer to it.
        self.level_rows = {}
        row = 2
        for criterion in self.catalogue.criteria:
            if criterion.kind == "assessed":
                self.level_rows[criterion.id] = row
                row += 1
        self.assessments()
        self.deviations()
        self.market()
        self.levels()
        return self.book


def form_bytes(
    request: Request,
    catalogue: Catalogue,
    lang: str,
    *,
    created: dt.datetime,
    filename: str = "form.xlsx",
    display: str = "",
) -> bytes:
    """The form of ``request`` in ``lang``; checked by reading it back (a request that the
    form cannot hold without loss raises :class:`InputError`)."""
    book = _Writer(request, catalogue, lang, filename).build()
    raw = book.to_bytes(
        created=created,
        title=f"{request.id}: {request.title}",
        subject=text("form.guide.title", lang),
        language=lang,
    )
    _check_round_trip(request, raw, display or filename)
    return raw


def _check_round_trip(request: Request, raw: bytes, display: str) -> None:
    from ossfirst.load.form import form_data, validate_form

    data, source, problems = form_data(raw, display)
    read = validate_form(data, source, problems)
    before, after = comparable(request), comparable(read)
    if before == after:
        return
    field = _first_difference(before, after)
    raise InputError(
        [
            Problem(
                Location(display),
                both("form.err.unrepresentable", field=field),
                both("form.hint.unrepresentable"),
                "form-unrepresentable",
            )
        ]
    )


def _first_difference(before: Any, after: Any, path: str = "") -> str:
    if isinstance(before, dict) and isinstance(after, dict):
        for key in list(before) + [k for k in after if k not in before]:
            if before.get(key) != after.get(key):
                return _first_difference(
                    before.get(key), after.get(key), f"{path}.{key}".lstrip(".")
                )
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        for index, (a, b) in enumerate(zip(before, after, strict=True)):
            if a != b:
                return _first_difference(a, b, f"{path}[{index}]")
    return path or "."


def comparable(request: Request) -> dict[str, Any]:
    """``request`` as plain data in which two requests that mean the same are equal: an
    assessment with nothing in it is left out, evidence references are a list, an empty
    ``award``, ``sensitivity``, ``procurement`` or sign-off is none."""
    data = request.model_dump(mode="json")
    for alternative in data["alternatives"]:
        assessments = {}
        for criterion, assessment in alternative["assessments"].items():
            if not any(value is not None for value in assessment.values()):
                continue
            assessment["evidence"] = _as_list(assessment["evidence"])
            for entry in assessment.get("scores") or []:
                entry["evidence"] = _as_list(entry["evidence"])
            assessments[criterion] = assessment
        alternative["assessments"] = assessments
        if alternative.get("evidence") and not any(alternative["evidence"].values()):
            alternative["evidence"] = None
    for key in (
        "award",
        "sensitivity",
        "strict_selection",
        "procurement",
        "prepared_by",
        "approved_by",
    ):
        value = data.get(key)
        if isinstance(value, dict) and not any(v not in (None, []) for v in value.values()):
            data[key] = None
    return data


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)
