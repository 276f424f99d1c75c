# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The evaluation workbook (``--format xlsx``): the Result as sheets whose figures are live
formulas, so that an auditor can recompute them in Excel or LibreOffice.

The levels, the catalogue's and the profile's weights, the costs and the discount rate are
values (shaded as inputs); every criterion's weight and contribution, the points per
dimension, the totals, the cash flows and present values, the coverage of the requirements
and UfAB's L, P and Z are formulas over them that compute what the engine computes, the
catalogue's rule for missing scores included (the named cell ``MissingData``). The ranking,
the verdict and the robustness are the engine's, as values.

The workbook reads the Result only; it computes nothing itself (the formulas do, in the
spreadsheet application). Text from a request is written as text cells, never as formulas,
with control and bidirectional-formatting characters removed as in every report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ossfirst import prose
from ossfirst.model.result import Result
from ossfirst.render import RenderOptions
from ossfirst.words import Words, procurement
from ossfirst.xlsx.book import (
    Formula,
    Sheet,
    Style,
    Workbook,
    area,
    quoted,
    ref,
    sheet_ref,
)

INPUT_FILL = "FFF2CC"
HEADER_FILL = "DDEBF7"
GROUP_FILL = "BDD7EE"

TITLE = Style(bold=True, size=14.0)
NOTE = Style(italic=True, color="595959", wrap=True)
NOTE_LINE = Style(italic=True, color="595959")
LABEL = Style(bold=True, wrap=True)
TEXT = Style(wrap=True)
HEADER = Style(bold=True, fill=HEADER_FILL, wrap=True, border_bottom=True, vertical="bottom")
GROUP = Style(bold=True, fill=GROUP_FILL, wrap=True, horizontal="center")
STRONG = Style(bold=True)
POINTS = Style(number_format="0.00")
POINTS_BOLD = Style(number_format="0.00", bold=True, border_top=True)
PERCENT_POINTS = Style(number_format='0.00" %"')
LEVEL_INPUT = Style(fill=INPUT_FILL, horizontal="center")
WEIGHT_INPUT = Style(fill=INPUT_FILL, number_format="0.##########")
PERCENT_INPUT = Style(fill=INPUT_FILL, number_format='0.00" %"')
EURO = Style(number_format='#,##0.00" €"')
EURO_BOLD = Style(number_format='#,##0.00" €"', bold=True, border_top=True)
EURO_INPUT = Style(fill=INPUT_FILL, number_format='#,##0.00" €"')
RATE_INPUT = Style(fill=INPUT_FILL, number_format="0.00%")
SHARE = Style(number_format="0.00%")
FACTOR = Style(number_format="0.000000")
RATIO = Style(number_format="0.0000")
CENTER = Style(horizontal="center")


def _note(sheet: Sheet, row: int, text: str, width: int = 120) -> int:
    """A note as lines of its own, one per row (a long text in one cell would either be cut
    off or make its column tall); returns the row after it."""
    import textwrap

    for line in textwrap.wrap(text, width):
        sheet.put(row, 1, line, NOTE_LINE)
        row += 1
    return row


def _clean(value: object) -> str:
    """Request text for a cell: control and bidirectional-formatting characters removed (an
    isolate pair kept), line breaks kept."""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return prose.strip_controls(text.replace("\t", " ").replace("\n", "\0")).replace("\0", "\n")


@dataclass
class _Columns:
    """Where one alternative's columns lie on the scores sheet."""

    level: int
    source: int
    share: int
    contribution: int


class _Builder:
    def __init__(self, result: Result, options: RenderOptions) -> None:
        self.result = result
        self.lang = options.lang
        self.words = Words(result, options.lang)
        self.book = Workbook()
        self.t = self.words.t
        self.yes = self.t("yes")
        self.no = self.t("no")
        self.knock_out = self.t("xlsx.kind.knock-out")
        self.ufab = result.award is not None
        names = {
            key: self.t(f"xlsx.sheet.{key}")
            for key in (
                "summary",
                "scores",
                "costs",
                "requirements",
                "award",
                "robustness",
                "market",
            )
        }
        self.names = names
        self.summary = self.book.sheet(names["summary"])
        self.scores = self.book.sheet(names["scores"])
        self.costs = self.book.sheet(names["costs"])
        self.requirements = self.book.sheet(names["requirements"])
        self.award_sheet = self.book.sheet(names["award"]) if self.ufab else None
        self.robustness = (
            self.book.sheet(names["robustness"]) if result.sensitivity is not None else None
        )
        explored = result.request.market_exploration is not None
        self.market = self.book.sheet(names["market"]) if explored else None
        #: Per alternative: the cell of its total, of L, of its present value and nominal
        #: total (references into other sheets).
        self.total_cells: dict[str, str] = {}
        self.performance_cells: dict[str, str] = {}
        self.present_value_cells: dict[str, str] = {}
        self.nominal_cells: dict[str, str] = {}

    # -- helpers ---------------------------------------------------------------------------

    def name(self, alternative_id: str | None) -> str:
        return _clean(self.words.name(alternative_id))

    def text(self, sheet: Sheet, row: int, column: int, value: object, style: Style = TEXT) -> None:
        sheet.put(row, column, _clean(value), style)

    # -- the scores sheet ------------------------------------------------------------------

    def build_scores(self) -> None:
        result, sheet, t = self.result, self.scores, self.t
        sheet.put(1, 1, t("xlsx.title", title=_clean(result.request.title)), TITLE)
        sheet.put(2, 1, t("xlsx.note.short"), NOTE_LINE)
        row = 3
        sheet.put(row, 1, t("xlsx.missing_data"), STRONG)
        rule_cell = sheet.put(row, 3, result.method.missing_data, LEVEL_INPUT)
        sheet.put(row, 4, t(f"xlsx.missing_data.{result.method.missing_data}"), NOTE_LINE)
        sheet.put(row + 1, 1, t("xlsx.max_score"), STRONG)
        max_cell = sheet.put(row + 1, 3, result.method.max_score, CENTER)
        self.book.define("MissingData", sheet_ref(sheet.name, _absolute(rule_cell)))
        self.book.define("MaxScore", sheet_ref(sheet.name, _absolute(max_cell)))

        dimensions = result.catalogue.dimensions
        titles = [d.title.get(self.lang) for d in dimensions]
        if len(set(titles)) != len(titles):  # formulas match dimensions by this column
            titles = [d.id for d in dimensions]
        dimension_title = {d.id: title for d, title in zip(dimensions, titles, strict=True)}
        order = {d.id: i for i, d in enumerate(dimensions)}
        criteria = sorted(result.catalogue.criteria, key=lambda c: order.get(c.dimension, 0))
        price = set(result.award.price_criteria) if result.award else set()

        info = ["dimension", "id", "title", "kind", "criterion_weight", "dimension_weight"]
        if self.ufab:
            info.append("price")
        first_group = len(info) + 1
        group_row, header_row = row + 2, row + 3
        for column, key in enumerate(info, start=1):
            sheet.put(header_row, column, t(f"xlsx.col.{key}"), HEADER)
            sheet.put(group_row, column, None, GROUP)
        groups: dict[str, _Columns] = {}
        for index, alternative in enumerate(result.alternatives):
            base = first_group + 4 * index
            groups[alternative.id] = _Columns(base, base + 1, base + 2, base + 3)
            sheet.put(group_row, base, self.name(alternative.id), GROUP)
            sheet.merge(group_row, base, base + 3)
            for offset, key in enumerate(("level", "source", "share", "contribution")):
                if offset:
                    sheet.put(group_row, base + offset, None, GROUP)
                sheet.put(header_row, base + offset, t(f"xlsx.col.{key}"), HEADER)
        sheet.freeze(header_row, 3)

        first = header_row + 1
        last = first + len(criteria) - 1
        dimension_first = last + 3
        dimension_rows = {d.id: dimension_first + i for i, d in enumerate(dimensions)}
        dimension_last = dimension_first + len(dimensions) - 1

        dim_range = area(first, 1, last, 1)
        kind_range = area(first, 4, last, 4)
        weight_range = area(first, 5, last, 5)
        price_range = area(first, 7, last, 7) if self.ufab else ""
        ko = quoted(self.knock_out)
        zero = 'MissingData="zero"'

        for offset, criterion in enumerate(criteria):
            row = first + offset
            dimension_row = dimension_rows[criterion.dimension]
            sheet.put(row, 1, _clean(dimension_title[criterion.dimension]))
            sheet.put(row, 2, criterion.id)
            self.text(sheet, row, 3, criterion.title.get(self.lang))
            sheet.put(row, 4, t(f"xlsx.kind.{criterion.kind}"))
            sheet.put(row, 5, criterion.weight, WEIGHT_INPUT)
            sheet.put(row, 6, Formula(f"{ref(dimension_row, 6, absolute=True)}"), PERCENT_POINTS)
            if self.ufab:
                sheet.put(row, 7, self.yes if criterion.id in price else "", CENTER)
            for alternative in result.alternatives:
                columns = groups[alternative.id]
                scored = next(c for c in alternative.criteria if c.criterion == criterion.id)
                level = _level_value(scored.kind, scored.score, scored.passed, self.words)
                style = LEVEL_INPUT if scored.kind != "knock-out" else CENTER
                sheet.put(row, columns.level, level, style)
                sheet.put(row, columns.source, self._source(scored.source, scored), TEXT)
                lv = ref(row, columns.level)
                counted = f"AND($D{row}<>{ko},$E{row}>0,OR(ISNUMBER({lv}),{zero}))"
                effective = ref(dimension_row, columns.share, absolute=True)
                counted_weight = ref(dimension_row, columns.source, absolute=True)
                sheet.put(
                    row,
                    columns.share,
                    Formula(f"IF({counted},{effective}*$E{row}/{counted_weight},0)"),
                    POINTS,
                )
                sheet.put(
                    row,
                    columns.contribution,
                    Formula(f"{ref(row, columns.share)}*IF(ISNUMBER({lv}),{lv},0)/MaxScore"),
                    POINTS,
                )

        def block(top: int, heading: str, exclude_price: bool) -> int:
            """A dimension block from row ``top`` (its heading); returns the total row."""
            for column, key in ((1, "dimension"), (6, "dimension_weight")):
                sheet.put(top - 1, column, t(f"xlsx.col.{key}"), HEADER)
            for alternative in result.alternatives:
                columns = groups[alternative.id]
                for column, key in (
                    (columns.level, "points"),
                    (columns.source, "counted"),
                    (columns.share, "effective"),
                    (columns.contribution, "contribution"),
                ):
                    sheet.put(top - 1, column, t(f"xlsx.col.{key}"), HEADER)
            sheet.put(top - 1, 1, heading, HEADER)
            rows = {d.id: top + i for i, d in enumerate(dimensions)}
            bottom = top + len(dimensions) - 1
            for dimension in dimensions:
                row = rows[dimension.id]
                sheet.put(row, 1, _clean(dimension_title[dimension.id]), STRONG)
                if exclude_price:
                    sheet.put(row, 6, Formula(ref(dimension_rows[dimension.id], 6)), PERCENT_POINTS)
                else:
                    sheet.put(row, 6, dimension.weight, PERCENT_INPUT)
                mask = f"--({dim_range}=$A{row}),--({kind_range}<>{ko})"
                if exclude_price:
                    mask += f",--({price_range}<>{quoted(self.yes)})"
                for alternative in result.alternatives:
                    columns = groups[alternative.id]
                    levels = area(first, columns.level, last, columns.level)
                    score_cell = ref(row, columns.level)
                    counted = ref(row, columns.source)
                    sheet.put(
                        row,
                        columns.source,
                        Formula(
                            f"SUMPRODUCT({mask},{weight_range},--((ISNUMBER({levels})+({zero}))>0))"
                        ),
                        Style(number_format="0.##########"),
                    )
                    sheet.put(
                        row,
                        columns.level,
                        Formula(
                            f"IF({counted}>0,100*SUMPRODUCT({mask},{weight_range},{levels})"
                            f'/(MaxScore*{counted}),"")'
                        ),
                        POINTS,
                    )
                    scores = area(top, columns.level, bottom, columns.level)
                    sheet.put(
                        row,
                        columns.share,
                        Formula(
                            f"IF(ISNUMBER({score_cell}),100*$F{row}/"
                            f"SUMPRODUCT($F${top}:$F${bottom},--ISNUMBER({scores})),0)"
                        ),
                        POINTS,
                    )
                    sheet.put(
                        row,
                        columns.contribution,
                        Formula(
                            f"IF(ISNUMBER({score_cell}),"
                            f"{ref(row, columns.share)}*{score_cell}/100,0)"
                        ),
                        POINTS,
                    )
            total_row = bottom + 1
            label = "xlsx.performance_total" if exclude_price else "xlsx.total"
            sheet.put(total_row, 1, t(label), STRONG)
            for alternative in result.alternatives:
                columns = groups[alternative.id]
                contributions = area(top, columns.contribution, bottom, columns.contribution)
                cell = sheet.put(
                    total_row, columns.contribution, Formula(f"SUM({contributions})"), POINTS_BOLD
                )
                target = self.performance_cells if exclude_price else self.total_cells
                target[alternative.id] = sheet_ref(sheet.name, _absolute(cell))
            return total_row

        total_row = block(dimension_first, t("xlsx.dimensions"), False)
        assert total_row == dimension_last + 1
        row = total_row + 1
        for key in ("rank", "eligible", "category", "knockouts"):
            sheet.put(row, 1, t(f"xlsx.{key}"), STRONG)
            for alternative in result.alternatives:
                value: str | int
                if key == "rank":
                    value = alternative.rank if alternative.rank is not None else "–"
                elif key == "eligible":
                    value = self.yes if alternative.eligible else self.no
                elif key == "category":
                    value = t(f"category.{alternative.category}")
                else:
                    knockouts = alternative.knockouts
                    value = _clean(self.words.knockouts(knockouts)) if knockouts else "–"
                style = TEXT if key == "knockouts" else CENTER
                sheet.put(row, groups[alternative.id].level, value, style)
            row += 1
        if self.ufab:
            block(row + 2, t("xlsx.performance"), True)
        for column in range(first_group, first_group + 4 * len(result.alternatives)):
            sheet.width(column, 16.0 if (column - first_group) % 4 == 1 else 12.0)
        sheet.width(1, 24.0)
        sheet.width(2, 30.0)
        sheet.width(3, 44.0)
        sheet.width(4, 11.0)
        sheet.width(5, 12.0)
        sheet.width(6, 14.0)
        if self.ufab:
            sheet.width(7, 12.0)

    def _source(self, source: str, row: object) -> str:
        key = f"source.{source}"
        text = self.t(key)
        panel = getattr(row, "panel", None)
        if panel is not None:
            text += f" ({_clean(self.words.panel(row))})"  # type: ignore[arg-type]
        return text

    # -- the costs sheet -------------------------------------------------------------------

    def build_costs(self) -> None:
        result, sheet, t = self.result, self.costs, self.t
        method = result.method
        horizon = method.horizon_years
        sheet.put(1, 1, t("sec.costs"), TITLE)
        row = _note(sheet, 2, t("xlsx.costs.note")) + 1
        sheet.put(row, 1, t("xlsx.costs.rate"), STRONG)
        rate = sheet.put(row, 2, method.discount_rate.value, RATE_INPUT)
        sheet.put(row + 1, 1, t("xlsx.costs.horizon"), STRONG)
        years = sheet.put(row + 1, 2, horizon, CENTER)
        self.book.define("DiscountRate", sheet_ref(sheet.name, _absolute(rate)))
        self.book.define("Horizon", sheet_ref(sheet.name, _absolute(years)))

        group_row, header_row = row + 3, row + 4
        columns: dict[str, tuple[int, int]] = {}
        sheet.put(group_row, 1, None, GROUP)
        sheet.put(group_row, 2, None, GROUP)
        for index, alternative in enumerate(result.alternatives):
            nominal = 3 + 2 * index
            columns[alternative.id] = (nominal, nominal + 1)
            sheet.put(group_row, nominal, self.name(alternative.id), GROUP)
            sheet.put(group_row, nominal + 1, None, GROUP)
            sheet.merge(group_row, nominal, nominal + 1)
        sheet.put(header_row, 1, t("xlsx.costs.items"), HEADER)
        sheet.put(header_row, 2, None, HEADER)
        for nominal, present in columns.values():
            sheet.put(header_row, nominal, t("xlsx.costs.nominal"), HEADER)
            sheet.put(header_row, present, None, HEADER)
        sheet.freeze(header_row, 2)

        row = header_row + 1
        totals: dict[str, dict[str, str]] = {a.id: {} for a in result.alternatives}
        for group, total_key in (("one_time", "one_time_total"), ("yearly", "yearly_total")):
            sheet.put(row, 1, t(f"cost.{group}"), STRONG)
            row += 1
            items: list[str] = []
            for alternative in result.alternatives:
                for item in getattr(alternative.economics, group):
                    if item not in items:
                        items.append(item)
            first_item = row
            for item in items:
                self.text(sheet, row, 1, self.words.cost_item(item))
                for alternative in result.alternatives:
                    amount = getattr(alternative.economics, group).get(item)
                    nominal = columns[alternative.id][0]
                    sheet.put(row, nominal, amount, EURO_INPUT)
                row += 1
            sheet.put(row, 1, t(f"xlsx.costs.{total_key}"), LABEL)
            for alternative in result.alternatives:
                nominal = columns[alternative.id][0]
                formula = (
                    Formula(f"SUM({area(first_item, nominal, row - 1, nominal)})")
                    if items
                    else Formula("0")
                )
                cell = sheet.put(row, nominal, formula, EURO_BOLD)
                totals[alternative.id][group] = ref(row, nominal, absolute=True)
                del cell
            row += 2
        sheet.put(row, 1, t("xlsx.costs.exit"), LABEL)
        for alternative in result.alternatives:
            nominal = columns[alternative.id][0]
            sheet.put(row, nominal, alternative.economics.exit, EURO_INPUT)
            totals[alternative.id]["exit"] = ref(row, nominal, absolute=True)
        row += 2

        sheet.put(row, 1, t("xlsx.costs.flows"), STRONG)
        row += 1
        sheet.put(row, 1, t("col.year"), HEADER)
        sheet.put(row, 2, t("xlsx.costs.factor"), HEADER)
        for nominal, present in columns.values():
            sheet.put(row, nominal, t("xlsx.costs.nominal"), HEADER)
            sheet.put(row, present, t("xlsx.costs.present_value"), HEADER)
        row += 1
        first_year = row
        for year in range(horizon + 1):
            sheet.put(row, 1, year, CENTER)
            sheet.put(row, 2, Formula(f"1/(1+DiscountRate)^$A{row}"), FACTOR)
            for alternative in result.alternatives:
                nominal, present = columns[alternative.id]
                own = totals[alternative.id]
                flow = (
                    f"IF($A{row}=0,{own['one_time']},IF($A{row}<=Horizon,{own['yearly']},0))"
                    f"+IF($A{row}=Horizon,{own['exit']},0)"
                )
                sheet.put(row, nominal, Formula(flow), EURO)
                sheet.put(row, present, Formula(f"{ref(row, nominal)}*$B{row}"), EURO)
            row += 1
        last_year = row - 1
        sheet.put(row, 1, t("xlsx.costs.sum"), LABEL)
        factors = area(first_year, 2, last_year, 2)
        for alternative in result.alternatives:
            nominal, present = columns[alternative.id]
            flows = area(first_year, nominal, last_year, nominal)
            total = sheet.put(row, nominal, Formula(f"SUM({flows})"), EURO_BOLD)
            value = sheet.put(row, present, Formula(f"SUMPRODUCT({flows},{factors})"), EURO_BOLD)
            self.nominal_cells[alternative.id] = sheet_ref(sheet.name, _absolute(total))
            self.present_value_cells[alternative.id] = sheet_ref(sheet.name, _absolute(value))
        row += 1
        sheet.put(row, 1, t("xlsx.costs.exit_value"), LABEL)
        for alternative in result.alternatives:
            present = columns[alternative.id][1]
            exit_cell = totals[alternative.id]["exit"]
            sheet.put(row, present, Formula(f"{exit_cell}/(1+DiscountRate)^Horizon"), EURO)
        sheet.width(1, 34.0)
        sheet.width(2, 16.0)
        for nominal, present in columns.values():
            sheet.width(nominal, 16.0)
            sheet.width(present, 16.0)

    # -- the requirements sheet ------------------------------------------------------------

    def build_requirements(self) -> None:
        result, sheet, t = self.result, self.requirements, self.t
        sheet.put(1, 1, t("tab.coverage"), TITLE)
        header = 3
        for column, key in ((1, "xlsx.col.id"), (2, "col.requirement"), (3, "col.must")):
            sheet.put(header, column, t(key), HEADER)
        sheet.put(header, 4, t("xlsx.req.weight"), HEADER)
        for index, alternative in enumerate(result.alternatives):
            sheet.put(header, 5 + index, self.name(alternative.id), HEADER)
        sheet.freeze(header, 2)
        first = header + 1
        requirements = result.request.requirements
        for offset, requirement in enumerate(requirements):
            row = first + offset
            sheet.put(row, 1, requirement.id)
            self.text(sheet, row, 2, requirement.text)
            sheet.put(row, 3, self.yes if requirement.must else self.no, CENTER)
            sheet.put(row, 4, Formula(f"IF($C{row}={quoted(self.yes)},2,1)"), CENTER)
            for index, alternative in enumerate(result.alternatives):
                coverage = next(
                    c.coverage for c in alternative.requirements if c.requirement == requirement.id
                )
                sheet.put(row, 5 + index, t(f"coverage.{coverage}"), LEVEL_INPUT)
        last = first + len(requirements) - 1
        weights = area(first, 4, last, 4)
        musts = area(first, 3, last, 3)
        met, partial = quoted(t("coverage.met")), quoted(t("coverage.partial"))
        share_row, musts_row = last + 2, last + 3
        sheet.put(share_row, 2, t("xlsx.req.coverage"), LABEL)
        sheet.put(musts_row, 2, t("xlsx.req.musts"), LABEL)
        for index in range(len(result.alternatives)):
            column = 5 + index
            cells = area(first, column, last, column)
            sheet.put(
                share_row,
                column,
                Formula(
                    f"SUMPRODUCT({weights},({cells}={met})+0.5*({cells}={partial}))/SUM({weights})"
                ),
                SHARE,
            )
            sheet.put(
                musts_row,
                column,
                Formula(
                    f'IF(COUNTIFS({musts},{quoted(self.yes)},{cells},"<>"&{met})=0,'
                    f"{quoted(self.yes)},{quoted(self.no)})"
                ),
                CENTER,
            )
        sheet.width(1, 12.0)
        sheet.width(2, 60.0)
        sheet.width(3, 8.0)
        sheet.width(4, 12.0)
        for index in range(len(result.alternatives)):
            sheet.width(5 + index, 16.0)

    # -- the price-performance sheet -------------------------------------------------------

    def build_award(self) -> None:
        award, sheet, t, result = self.result.award, self.award_sheet, self.t, self.result
        assert award is not None and sheet is not None
        sheet.put(1, 1, self.words.award_method(), TITLE)
        ratio_method = award.method in ("ufab-simple", "ufab-extended")
        rows: list[tuple[str, object, Style]] = [
            ("xlsx.award.method", award.method, TEXT),
            ("xlsx.award.price_basis", t(f"xlsx.award.price_basis.{award.price_basis}"), TEXT),
            ("xlsx.award.margin", award.margin_percent, PERCENT_POINTS),
        ]
        if award.corridor is not None:
            rows.append(("xlsx.award.corridor", award.corridor, RATE_INPUT))
        if award.tie_breaker is not None:
            rows.append(("xlsx.award.tie_breaker", award.tie_breaker, TEXT))
        if award.conversion is not None:
            rows.append(("xlsx.award.conversion", award.conversion, TEXT))
        if award.price_weight is not None:
            rows.append(("xlsx.award.price_weight", award.price_weight, RATE_INPUT))
        row = 3
        for key, value, style in rows:
            sheet.put(row, 1, t(key), LABEL)
            cell = sheet.put(row, 2, value, style)  # type: ignore[arg-type]
            if key == "xlsx.award.corridor":
                self.book.define("Corridor", sheet_ref(sheet.name, _absolute(cell)))
            if key == "xlsx.award.price_weight":
                self.book.define("PriceWeight", sheet_ref(sheet.name, _absolute(cell)))
            row += 1
        header = row + 1
        keys = ["col.alternative", "xlsx.eligible", "xlsx.award.l", "xlsx.award.p"]
        if ratio_method:
            keys += ["xlsx.award.z", "xlsx.award.z_eligible"]
            if award.method == "ufab-extended":
                keys.append("xlsx.award.in_corridor")
        else:
            keys += ["xlsx.award.p_eligible", "xlsx.award.points", "xlsx.award.value"]
        keys.append("xlsx.rank")
        for column, key in enumerate(keys, start=1):
            sheet.put(header, column, t(key), HEADER)
        sheet.freeze(header, 1)
        first = header + 1
        last = first + len(result.alternatives) - 1
        below = last + 2
        yes = quoted(self.yes)
        priced = self.present_value_cells if award.price_basis == "present-value" else None
        for offset, alternative in enumerate(result.alternatives):
            row = first + offset
            self.text(sheet, row, 1, self.name(alternative.id))
            sheet.put(row, 2, self.yes if alternative.eligible else self.no, CENTER)
            sheet.put(row, 3, Formula(f"ROUND({self.performance_cells[alternative.id]},2)"), POINTS)
            price_cell = (priced or self.nominal_cells)[alternative.id]
            sheet.put(row, 4, Formula(f"ROUND({price_cell},2)"), EURO)
            rank_column = len(keys)
            sheet.put(row, rank_column, alternative.rank if alternative.rank else "–", CENTER)
            if ratio_method:
                sheet.put(row, 5, Formula(f'IF($D{row}>0,$C{row}/$D{row}*1000000,"")'), RATIO)
                sheet.put(row, 6, Formula(f'IF($B{row}={yes},$E{row},"")'), RATIO)
                if award.method == "ufab-extended":
                    bound = ref(below + 1, 2, absolute=True)
                    sheet.put(
                        row,
                        7,
                        Formula(
                            f"IF($B{row}={yes},IF($E{row}>={bound}*(1-1E-12),{yes},"
                            f'{quoted(self.no)}),"")'
                        ),
                        CENTER,
                    )
            else:
                lowest = ref(below, 2, absolute=True)
                sheet.put(row, 5, Formula(f'IF($B{row}={yes},$D{row},"")'), EURO)
                if award.conversion == "one-sided":
                    points = f"ROUND(MAX(0,100*(2-$D{row}/{lowest})),2)"
                else:
                    points = f"ROUND(100*{lowest}/$D{row},2)"
                sheet.put(row, 6, Formula(f'IF($B{row}={yes},{points},"")'), POINTS)
                sheet.put(
                    row,
                    7,
                    Formula(
                        f'IF($B{row}={yes},ROUND((1-PriceWeight)*$C{row}+PriceWeight*$F{row},2),"")'
                    ),
                    POINTS,
                )
        if ratio_method:
            sheet.put(below, 1, t("xlsx.award.best"), LABEL)
            sheet.put(below, 2, Formula(f"MAX({area(first, 6, last, 6)})"), RATIO)
            if award.method == "ufab-extended":
                sheet.put(below + 1, 1, t("xlsx.award.bound"), LABEL)
                sheet.put(below + 1, 2, Formula(f"$B${below}*(1-Corridor)"), RATIO)
        else:
            sheet.put(below, 1, t("xlsx.award.lowest"), LABEL)
            sheet.put(below, 2, Formula(f"MIN({area(first, 5, last, 5)})"), EURO)
        sheet.width(1, 34.0)
        for column in range(2, len(keys) + 1):
            sheet.width(column, 16.0)

    # -- the robustness sheet --------------------------------------------------------------

    def build_robustness(self) -> None:
        sensitivity, sheet, t = self.result.sensitivity, self.robustness, self.t
        assert sensitivity is not None and sheet is not None
        sheet.put(1, 1, t("xlsx.summary.robustness"), TITLE)
        row = _note(sheet, 2, _clean(self.words.robustness())) + 1
        sheet.put(row, 1, t("xlsx.robust.one_at_a_time"), STRONG)
        header = row + 1
        for column, key in enumerate(
            (
                "xlsx.col.dimension",
                "xlsx.robust.profile",
                "xlsx.robust.lower",
                "xlsx.robust.to",
                "xlsx.robust.upper",
                "xlsx.robust.to",
            ),
            start=1,
        ):
            sheet.put(header, column, t(key), HEADER)
        row = header + 1
        for threshold in sensitivity.one_at_a_time:
            self.text(sheet, row, 1, self.words.dimension(threshold.dimension))
            sheet.put(row, 2, threshold.weight, PERCENT_POINTS)
            for column, value, to in (
                (3, threshold.lower, threshold.lower_recommended),
                (5, threshold.upper, threshold.upper_recommended),
            ):
                if value is None:
                    sheet.put(row, column, t("xlsx.robust.none"), CENTER)
                else:
                    sheet.put(row, column, value, PERCENT_POINTS)
                    self.text(sheet, row, column + 1, self.name(to))
            row += 1
        row += 1
        sheet.put(row, 1, t("xlsx.robust.monte_carlo"), LABEL)
        row += 1
        simulation = sensitivity.monte_carlo
        if simulation is None:
            sheet.put(row, 1, t("xlsx.robust.none_run"), TEXT)
        else:
            settings: list[tuple[str, str | int | float]] = [
                ("xlsx.robust.method", f"{simulation.method} {simulation.method_version}"),
                ("xlsx.robust.draws", simulation.draws),
                ("xlsx.robust.sets", simulation.sets),
                ("xlsx.robust.concentration", simulation.concentration),
                ("xlsx.robust.seed", simulation.seed),
            ]
            for key, setting in settings:
                sheet.put(row, 1, t(key), LABEL)
                sheet.put(row, 2, setting, CENTER)
                row += 1
            row += 1
            sheet.put(row, 1, t("col.alternative"), HEADER)
            sheet.put(row, 2, t("xlsx.robust.share"), HEADER)
            sheet.put(row, 3, t("xlsx.robust.precision"), HEADER)
            row += 1
            for alternative_id, share in simulation.shares.items():
                self.text(sheet, row, 1, self.name(alternative_id))
                sheet.put(row, 2, round(share * 100, 4), PERCENT_POINTS)
                precision = (simulation.precision or {}).get(alternative_id)
                if precision is not None:
                    sheet.put(row, 3, round(precision * 100, 4), POINTS)
                row += 1
        sheet.width(1, 34.0)
        for column in range(2, 7):
            sheet.width(column, 18.0)

    # -- the summary sheet -----------------------------------------------------------------

    def build_summary(self) -> None:
        result, sheet, t, words = self.result, self.summary, self.t, self.words
        request = result.request
        sheet.put(1, 1, t("xlsx.title", title=_clean(request.title)), TITLE)
        row = _note(sheet, 2, t("xlsx.note")) + 1

        def line(label: str, value: object, style: Style = TEXT) -> None:
            nonlocal row
            sheet.put(row, 1, label, LABEL)
            if isinstance(value, str):
                sheet.put(row, 2, _clean(value), style)
            else:
                sheet.put(row, 2, value, style)  # type: ignore[arg-type]
            row += 1

        date_style = Style(number_format=t("locale.date-format"))
        line(t("xlsx.summary.request"), request.id)
        line(t("xlsx.summary.title"), request.title)
        line(t("meta.organisation"), request.organisation)
        if request.department:
            line(t("meta.department"), request.department)
        if request.contact:
            line(t("meta.contact"), request.contact)
        line(
            t("meta.date"),
            request.date,
            Style(number_format=date_style.number_format, horizontal="left"),
        )
        award_procedure = procurement(words, request.procurement)
        if award_procedure:
            line(t("meta.procurement"), award_procedure)
        catalogue = result.catalogue
        line(
            t("meta.catalogue"),
            f"{catalogue.title.get(self.lang)} ({catalogue.id} {catalogue.version})",
        )
        line(
            t("meta.profile"),
            f"{result.method.profile_title.get(self.lang)} ({result.method.profile})",
        )
        if result.award is not None:
            line(t("xlsx.summary.award"), words.award_method())
        row += 1
        verdict = result.verdict
        line(t("xlsx.summary.recommended"), self.name(verdict.recommended))
        line(t("meta.proposed"), self.name(verdict.proposed))
        line(t("xlsx.summary.verdict"), words.status())
        line(t("xlsx.summary.status"), verdict.status)
        line(t("xlsx.summary.policy"), self.yes if verdict.policy_holds else self.no)
        for index, reason in enumerate(verdict.reasons):
            line(t("xlsx.summary.reasons") if index == 0 else "", words.message(reason))
        if result.sensitivity is not None:
            line(t("xlsx.summary.robustness"), words.robustness())
        row += 1
        sheet.put(row, 1, t("xlsx.summary.ranking"), LABEL)
        row += 1
        for column, key in enumerate(
            ("col.rank", "col.alternative", "col.category", "col.eligible", "col.total"), start=1
        ):
            sheet.put(row, column, t(key), HEADER)
        row += 1
        ordered = sorted(
            result.alternatives,
            key=lambda a: (a.rank is None, a.rank or 0, result.alternatives.index(a)),
        )
        for alternative in ordered:
            sheet.put(row, 1, alternative.rank if alternative.rank else "–", CENTER)
            self.text(sheet, row, 2, self.name(alternative.id))
            sheet.put(row, 3, t(f"category.{alternative.category}"), TEXT)
            sheet.put(row, 4, self.yes if alternative.eligible else self.no, CENTER)
            sheet.put(row, 5, Formula(self.total_cells[alternative.id]), POINTS)
            row += 1
        row += 1
        if result.warnings:
            for index, warning in enumerate(result.warnings):
                line(t("xlsx.summary.warnings") if index == 0 else "", words.message(warning))
            row += 1
        if result.gaps:
            for index, gap in enumerate(result.gaps):
                line(t("xlsx.summary.gaps") if index == 0 else "", _gap(words, gap))
            row += 1
        sheet.put(row, 1, t("xlsx.summary.audit"), LABEL)
        row += 1
        audit = result.audit
        line(t("audit.tool"), f"ossfirst {audit.tool_version}")
        line(t("audit.request"), audit.request_file)
        line(t("audit.request_sha"), audit.request_sha256)
        line(t("audit.catalogue"), f"{audit.catalogue_id} {audit.catalogue_version}")
        line(t("audit.catalogue_sha"), audit.catalogue_sha256)
        line(t("audit.spdx"), audit.spdx_list_version)
        line(t("audit.standards"), audit.standards_list_version)
        for evidence in audit.evidence:
            line(
                t("xlsx.summary.evidence"),
                f"{self.name(evidence.alternative)}: {evidence.file} (SHA-256 {evidence.sha256})",
            )
        sheet.width(1, 30.0)
        sheet.width(2, 90.0)
        sheet.width(3, 16.0)
        sheet.width(4, 12.0)
        sheet.width(5, 14.0)
        sheet.landscape = False

    # -- the market exploration sheet ------------------------------------------------------

    def build_market(self) -> None:
        """What was searched, when, what was found and what became of each hit, as the
        report's section "Markterkundung / Market exploration" says it."""
        sheet, words, t = self.market, self.words, self.t
        exploration = self.result.request.market_exploration
        assert sheet is not None and exploration is not None
        sheet.put(1, 1, t("sec.market"), TITLE)
        row = _note(sheet, 2, _clean(words.market_intro()), 110)
        for line in words.market_notes():
            row = _note(sheet, row, _clean(line), 110)
        tables = (
            (
                "mkt.tab.catalogues",
                ("mkt.col.catalogue", "mkt.col.snapshot", "mkt.col.entries"),
                [
                    (name, snapshot, catalogue.entries)
                    for (name, snapshot, _), catalogue in zip(
                        words.market_catalogue_rows(), exploration.catalogues, strict=True
                    )
                ],
            ),
            (
                "mkt.tab.searches",
                ("mkt.col.query", "mkt.col.filters", "mkt.col.date", "mkt.col.found"),
                [
                    (query, filters, day, search.found)
                    for (query, filters, day, _), search in zip(
                        words.market_search_rows(), exploration.searches, strict=True
                    )
                ],
            ),
            (
                "mkt.tab.hits",
                ("mkt.col.hit", "mkt.col.repository", "mkt.col.outcome"),
                words.market_hit_rows(),
            ),
        )
        row -= 1  # the row of the last line written
        for caption, columns, rows in tables:
            if not rows:
                continue
            row += 2
            sheet.put(row, 1, t(caption), STRONG)
            row += 1
            for column, key in enumerate(columns, start=1):
                sheet.put(row, column, t(key), HEADER)
            for values in rows:
                row += 1
                for column, value in enumerate(values, start=1):
                    if isinstance(value, int):
                        sheet.put(row, column, value)  # entries and hits stay numbers
                    else:
                        self.text(sheet, row, column, value)
        for column, width in ((1, 44.0), (2, 44.0), (3, 50.0), (4, 10.0)):
            sheet.width(column, width)

    def build(self) -> Workbook:
        self.build_scores()
        self.build_costs()
        self.build_requirements()
        if self.ufab:
            self.build_award()
        if self.robustness is not None:
            self.build_robustness()
        if self.market is not None:
            self.build_market()
        self.build_summary()
        return self.book


def _gap(words: Words, gap: object) -> str:
    from ossfirst.model.result import Gap

    assert isinstance(gap, Gap)
    return f"{words.name(gap.alternative)}: {words.criterion(gap.criterion)} – {words.gap(gap)}"


def _level_value(
    kind: str, score: float | None, passed: bool | None, words: Words
) -> str | int | float | None:
    if kind == "knock-out":
        if passed is None:
            return None
        return words.t("passed" if passed else "failed")
    return score


def _absolute(cell: str) -> str:
    letters = "".join(ch for ch in cell if ch.isalpha())
    digits = cell[len(letters) :]
    return f"${letters}${digits}"


def _created(result: Result, options: RenderOptions) -> dt.datetime:
    if options.issued is not None:
        return options.issued
    day = result.request.date
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def render(result: Result, options: RenderOptions) -> bytes:
    """The evaluation workbook in ``options.lang``, the same bytes for the same inputs and
    date of issue."""
    book = _Builder(result, options).build()
    request = result.request
    return book.to_bytes(
        created=_created(result, options),
        title=_clean(f"{request.id}: {request.title}").replace("\n", " "),
        subject=Words(result, options.lang).t("doc.title"),
        language=options.lang,
        description=options.command,
    )
