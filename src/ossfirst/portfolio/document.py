# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The portfolio in words: what the dashboard and the annual report show, in one place.

:func:`build` puts the figures and the kept entries into words in one language, as a
:class:`~ossfirst.render.document.Document` of the blocks the evaluation report is made of
(paragraphs, lists, tables, figures, key figures). Every value is a finished string; the
dashboard (written by the evaluation report's HTML writer) and the Typst template only lay
it out. A table cell or a list entry may carry a link to a file of the site (a request's
report, the open data), which the dashboard shows and the annual report leaves out. Text
from a request is data, never markup.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ossfirst.model.portfolio import Amount, DeviationSummary, Figures, NotEvaluable
from ossfirst.portfolio.figures import CATEGORIES, STATUSES, Entry, Tally
from ossfirst.render import charts, document
from ossfirst.render.document import (
    Block,
    Bullets,
    Cell,
    Column,
    Document,
    Field,
    Figure,
    KeyFigures,
    Row,
    Section,
    Tile,
    bullets,
    cell,
    clean,
    column,
    figure,
    note,
    page_parts,
    paragraph,
    table,
)
from ossfirst.words import Phrases

#: The files of the site, for the list of open data.
FILES = ("decisions.csv", "alternatives.csv", "datapackage.json", "portfolio.json", "portfolio.pdf")


@dataclass(frozen=True)
class Context:
    """What the document says besides the figures."""

    lang: str
    title: str
    publisher: str
    date: dt.date
    year: int | None
    licence: str
    licence_title: str
    publish_names: bool
    reports: bool
    tool: str
    #: Rows per table at most (the annual report); ``None``: every row (the dashboard).
    limit: int | None = None
    #: Whether links to the reports and files are shown (the dashboard).
    links: bool = True


@dataclass(frozen=True)
class Rows:
    """A long table's rows, each made from its item only when it is read: the dashboard
    writes its lists of all requests as it makes them instead of holding them whole, and
    the annual report makes only the rows it shows."""

    items: Sequence[Any]
    make: Callable[[Any], list[Cell]]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[list[Cell]]:
        return (self.make(item) for item in self.items)

    def head(self, count: int) -> Rows:
        return Rows(self.items[:count], self.make)


@dataclass(frozen=True)
class _Lazy:
    """Table rows for the dashboard, made anew each time they are read."""

    rows: Rows

    def __iter__(self) -> Iterator[Row]:
        return (Row(tuple(row)) for row in self.rows)


class _Builder:
    def __init__(self, figures: Figures, tally: Tally, context: Context) -> None:
        self.f = figures
        self.tally = tally
        self.c = context
        self.w = Phrases(context.lang, {}, {})
        self.sections: list[tuple[str, str, list[Block]]] = []
        self.tables = 0
        self.figures = 0

    # -- blocks ---------------------------------------------------------------------------

    def section(self, key: str, anchor: str) -> list[Block]:
        """Begin the section ``key``: the list its blocks are added to."""
        blocks: list[Block] = []
        self.sections.append((anchor, self.w.t(f"portfolio.sec.{key}"), blocks))
        return blocks

    def table(
        self,
        caption: str,
        columns: list[Column],
        rows: Sequence[list[Cell]] | Rows,
        *,
        strong_last: bool = False,
        limited: bool = False,
    ) -> list[Block]:
        """A table, and where the annual report shows only the first rows, a line that
        says how many more the open data has. :class:`Rows` stay unmade on the dashboard
        until its writer reads them."""
        more = 0
        if limited and self.c.limit is not None and len(rows) > self.c.limit:
            more = len(rows) - self.c.limit
            rows = rows.head(self.c.limit) if isinstance(rows, Rows) else rows[: self.c.limit]
        self.tables += 1
        if isinstance(rows, Rows) and self.c.limit is None and not strong_last:
            made = table(caption, columns, [])
            made = dataclasses.replace(made, rows=_Lazy(rows))
        else:
            made = table(caption, columns, list(rows), strong_last=strong_last)
        found: list[Block] = [
            dataclasses.replace(made, label=self.w.t("table.label", n=self.tables))
        ]
        if more:
            found.append(paragraph(self.w.t("portfolio.more", count=more)))
        return found

    def figure(
        self, caption: str, alt: str, chart: charts.Scene, legend: list[dict[str, Any]]
    ) -> Figure:
        self.figures += 1
        made = figure(caption, alt, chart, legend)
        return dataclasses.replace(made, label=self.w.t("figure.label", n=self.figures))

    def request_cell(self, entry: Entry) -> Cell:
        """The request's id, linked to its report on the dashboard, its title beneath."""
        link = entry.report if self.c.links and entry.report else ""
        return cell(entry.id, notes=[note(entry.title)], link=link)

    # -- words ----------------------------------------------------------------------------

    def money(self, value: float | None) -> str:
        return "–" if value is None else self.w.money(value)

    def share(self, part: float, whole: float) -> str:
        return self.w.pct(part / whole if whole else 0.0, 1)

    def category(self, category: str | None) -> str:
        return "–" if category is None else self.w.t(f"category.{category}")

    def status(self, status: str) -> str:
        return self.w.t(f"portfolio.status.{status}")

    def verdict(self, verdict: str) -> str:
        return self.w.t(f"portfolio.verdict.{verdict}")

    def short_money(self, top: float) -> Callable[[float], str]:
        """Amounts on a chart's scale, in thousands or millions of EUR as the scale's top
        suggests, with as many decimals as a quarter of it needs (0,25 Mio. EUR)."""

        def trimmed(value: float) -> str:
            shown = self.w.num(value, 2)
            decimal = self.w.t("locale.decimal")
            return shown.rstrip("0").rstrip(decimal) if decimal in shown else shown

        if top >= 1_000_000:
            return lambda v: self.w.t("portfolio.million", value=trimmed(v / 1_000_000))
        return lambda v: self.w.t("portfolio.thousand", value=trimmed(v / 1_000))

    def short_number(self, top: float) -> Callable[[float], str]:
        """A bar's amount in the unit of the scale (:meth:`short_money`), without the unit,
        which the scale shows: narrow enough to stand above its bar."""
        divisor = 1_000_000 if top >= 1_000_000 else 1_000

        def shown(value: float) -> str:
            if not value:
                return ""
            digits = self.w.num(value / divisor, 2)
            decimal = self.w.t("locale.decimal")
            return digits.rstrip("0").rstrip(decimal) if decimal in digits else digits

        return shown

    # -- the document ---------------------------------------------------------------------

    def build(self) -> Document:
        w, c = self.w, self.c
        for add in (
            self.key_figures,
            self.years,
            self.categories,
            self.spending,
            self.proprietary,
            self.deviations,
            self.lock_in,
            self.standards,
            self.evidence,
            self.requests,
            self.not_evaluable,
            self.data,
        ):
            add()
        period = self.period()
        meta = [
            (self.w.t("portfolio.meta.publisher"), c.publisher),
            (self.w.t("portfolio.meta.period"), period),
            (self.w.t("portfolio.meta.date"), w.date(c.date)),
            (self.w.t("portfolio.meta.requests"), str(self.f.requests)),
            (self.w.t("portfolio.meta.licence"), f"{c.licence_title} ({c.licence})"),
        ]
        return Document(
            lang=c.lang,
            title=clean(c.title),
            request_title=clean(self.w.t("portfolio.doc.title", period=period)),
            subtitle=self.w.t("portfolio.doc.subtitle"),
            organisation=clean(c.publisher),
            department="",
            request_id="",
            header=clean(c.title),
            footer=page_parts(w.t("page.footer")),
            meta=tuple(Field(label, clean(value)) for label, value in meta),
            contents=w.t("doc.contents"),
            skip=w.t("doc.skip"),
            sections=tuple(
                Section(anchor, number, title, tuple(blocks))
                for number, (anchor, title, blocks) in enumerate(self.sections, 1)
            ),
            series=charts.SERIES,
            issued=c.date.isoformat(),
            tool=c.tool,
        )

    def period(self) -> str:
        years = [y.year for y in self.f.years]
        if self.c.year is not None:
            return str(self.c.year)
        if not years:
            return "–"
        return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"

    def key_figures(self) -> None:
        f, w = self.f, self.w
        blocks = self.section("summary", "summary")
        total = f.total
        free = f.categories["open-source"].count + f.categories["reuse"].count
        free_pv = f.categories["open-source"].present_value + f.categories["reuse"].present_value
        tiles = [
            (
                self.w.t("portfolio.key.requests"),
                str(f.requests),
                self.w.t("portfolio.key.requests.note"),
            ),
            (
                self.w.t("portfolio.key.counted"),
                str(f.counted),
                self.w.t("portfolio.key.counted.note"),
            ),
            (
                self.w.t("portfolio.key.open-count"),
                self.share(free, total.count),
                self.w.t("portfolio.key.open-count.note", count=free, total=total.count),
            ),
            (
                self.w.t("portfolio.key.open-value"),
                self.share(free_pv, total.present_value),
                self.w.t("portfolio.key.open-value.note", value=w.money(free_pv)),
            ),
            (
                self.w.t("portfolio.key.spend"),
                w.money(total.present_value),
                self.w.t("portfolio.key.spend.note", nominal=w.money(total.nominal_total)),
            ),
            (
                self.w.t("portfolio.key.proprietary"),
                str(f.proprietary),
                self.w.t(
                    "portfolio.key.proprietary.note",
                    value=w.money(f.categories["proprietary"].present_value),
                ),
            ),
            (
                self.w.t("portfolio.key.deviations"),
                str(f.deviations_in_force),
                self.w.t("portfolio.key.deviations.note", count=f.deviations_expired),
            ),
            (
                self.w.t("portfolio.key.policy"),
                str(f.policy_holds),
                self.w.t("portfolio.key.policy.note", count=f.requests - f.policy_holds),
            ),
        ]
        self.tables += 1
        blocks.append(
            KeyFigures(
                label=self.w.t("table.label", n=self.tables),
                caption=self.w.t("portfolio.key.caption"),
                tiles=tuple(Tile(clean(a), clean(b), clean(n)) for a, b, n in tiles),
            )
        )
        blocks.append(paragraph(self.w.t("portfolio.key.counting")))
        if f.not_evaluable:
            blocks.append(
                paragraph(
                    self.w.t("portfolio.key.not-evaluable", count=f.not_evaluable), strong=True
                )
            )

    def years(self) -> None:
        f = self.f
        blocks = self.section("years", "years")
        if not f.years:
            blocks.append(paragraph(self.w.t("portfolio.none")))
            return
        columns = [
            column(self.w.t("portfolio.col.year"), width=1.0),
            *(column(self.status(s), "right", 1.1) for s in STATUSES),
            column(self.w.t("portfolio.col.total"), "right", 1.0),
        ]
        rows = [
            [
                cell(str(y.year)),
                *(cell(str(y.statuses[s])) for s in STATUSES),
                cell(str(sum(y.statuses.values()))),
            ]
            for y in f.years
        ]
        rows.append(
            [
                cell(self.w.t("portfolio.col.all")),
                *(cell(str(f.statuses[s])) for s in STATUSES),
                cell(str(f.requests)),
            ]
        )
        blocks.extend(self.table(self.w.t("portfolio.tab.years"), columns, rows, strong_last=True))

    def categories(self) -> None:
        f, w = self.f, self.w
        blocks = self.section("categories", "categories")
        total = f.total
        blocks.append(paragraph(self.w.t("portfolio.categories.intro", count=total.count)))
        columns = [
            column(self.w.t("portfolio.col.category"), width=1.6),
            column(self.w.t("portfolio.col.count"), "right", 1.0),
            column(self.w.t("portfolio.col.share-count"), "right", 1.1),
            column(self.w.t("portfolio.col.present-value"), "right", 1.8),
            column(self.w.t("portfolio.col.share-value"), "right", 1.1),
            column(self.w.t("portfolio.col.nominal"), "right", 1.8),
        ]

        def row(label: str, amount: Amount) -> list[Cell]:
            return [
                cell(label),
                cell(str(amount.count)),
                cell(self.share(amount.count, total.count)),
                cell(w.money(amount.present_value)),
                cell(self.share(amount.present_value, total.present_value)),
                cell(w.money(amount.nominal_total)),
            ]

        rows = [row(self.category(k), f.categories[k]) for k in CATEGORIES]
        rows.append(row(self.w.t("portfolio.col.all"), total))
        blocks.extend(
            self.table(self.w.t("portfolio.tab.categories"), columns, rows, strong_last=True)
        )
        if not total.count:
            return
        labels: list[str] = []
        values: list[float] = []
        looks: list[int] = []
        spoken: list[str] = []
        for index, key in enumerate(CATEGORIES):
            amount = f.categories[key]
            for measure, part, whole in (
                ("count", amount.count, total.count),
                ("value", amount.present_value, total.present_value),
            ):
                share = part / whole * 100 if whole else 0.0
                labels.append(
                    self.w.t(f"portfolio.chart.by-{measure}", category=self.category(key))
                )
                values.append(share)
                looks.append(index)
                spoken.append(f"{labels[-1]}: {w.pct(share / 100, 1)}")
        scene = charts.shares(labels, values, looks, lambda v: w.pct(v / 100, 1))
        blocks.append(
            self.figure(self.w.t("portfolio.fig.categories"), "; ".join(spoken) + ".", scene, [])
        )

    def spending(self) -> None:
        f, w = self.f, self.w
        blocks = self.section("spending", "spending")
        if not f.total.count:
            blocks.append(paragraph(self.w.t("portfolio.none-counted")))
            return
        blocks.append(paragraph(self.w.t("portfolio.spending.intro")))
        values = [[y.categories[k].present_value for k in CATEGORIES] for y in f.years]
        top = charts.nice_top(max(v for row in values for v in row))
        short = self.short_money(top)
        scene = charts.amounts(
            [str(y.year) for y in f.years], values, short, self.short_number(top)
        )
        legend = charts.legend([charts.Series(self.category(k), []) for k in CATEGORIES], "fill")
        spoken = "; ".join(
            f"{y.year}: "
            + ", ".join(
                f"{self.category(k)} {w.money(y.categories[k].present_value)}" for k in CATEGORIES
            )
            for y in f.years
        )
        blocks.append(self.figure(self.w.t("portfolio.fig.spending"), spoken + ".", scene, legend))
        columns = [
            column(self.w.t("portfolio.col.year"), width=0.8),
            *(column(self.category(k), "right", 1.6) for k in CATEGORIES),
            column(self.w.t("portfolio.col.total"), "right", 1.7),
        ]
        rows = [
            [
                cell(str(y.year)),
                *(
                    cell(
                        w.money(y.categories[k].present_value),
                        notes=[note(self.w.t("portfolio.count", count=y.categories[k].count))],
                    )
                    for k in CATEGORIES
                ),
                cell(w.money(y.total.present_value)),
            ]
            for y in f.years
        ]
        blocks.extend(self.table(self.w.t("portfolio.tab.spending"), columns, rows))

    def proprietary(self) -> None:
        blocks = self.section("proprietary", "proprietary")
        chosen = [e for e in self.tally.entries if e.counted and e.category == "proprietary"]
        chosen.sort(key=lambda e: (-e.year, -(e.present_value or 0.0), e.id))
        if not chosen:
            blocks.append(paragraph(self.w.t("portfolio.proprietary.none")))
            return
        blocks.append(paragraph(self.w.t("portfolio.proprietary.intro", count=len(chosen))))
        columns = [
            column(self.w.t("portfolio.col.request"), width=2.0),
            column(self.w.t("portfolio.col.year"), width=0.7),
            column(self.w.t("portfolio.col.selection"), width=2.0),
            column(self.w.t("portfolio.col.supplier"), width=1.5),
            column(self.w.t("portfolio.col.present-value"), "right", 1.4),
            column(self.w.t("portfolio.col.why"), width=3.2, detail=True),
        ]

        def row(e: Entry) -> list[Cell]:
            return [
                self.request_cell(e),
                cell(str(e.year)),
                cell(e.selection or "–"),
                cell(e.supplier or "–"),
                cell(self.money(e.present_value)),
                cell(e.why_no_oss or "–"),
            ]

        blocks.extend(
            self.table(
                self.w.t("portfolio.tab.proprietary"), columns, Rows(chosen, row), limited=True
            )
        )

    def deviations(self) -> None:
        w = self.w
        blocks = self.section("deviations", "deviations")
        found = self.tally.deviations
        if not found:
            blocks.append(paragraph(self.w.t("portfolio.deviations.none")))
            return
        in_force = sorted(
            (p for p in found if p[1].in_force), key=lambda p: (p[1].expires, p[0].path, p[1].rule)
        )
        expired = sorted(
            (p for p in found if not p[1].in_force),
            key=lambda p: (p[1].expires, p[0].path, p[1].rule),
            reverse=True,
        )
        blocks.append(
            paragraph(
                self.w.t(
                    "portfolio.deviations.intro",
                    date=w.date(self.c.date),
                    valid=len(in_force),
                    expired=len(expired),
                )
            )
        )
        columns = [
            column(self.w.t("portfolio.col.request"), width=1.8),
            column(self.w.t("portfolio.col.rule"), width=1.6),
            column(self.w.t("portfolio.col.scope"), width=1.8),
            column(self.w.t("portfolio.col.decision"), width=1.8),
            column(self.w.t("portfolio.col.expires"), width=1.1),
        ]

        def row(pair: tuple[Entry, DeviationSummary]) -> list[Cell]:
            entry, d = pair
            scope = " · ".join(x for x in (d.alternative, d.criterion) if x) or self.w.t(
                "portfolio.whole"
            )
            decision = d.decision
            if d.approver:
                decision = f"{decision} ({d.approver})"
            return [
                self.request_cell(entry),
                cell(d.rule),
                cell(scope),
                cell(decision),
                cell(w.date(d.expires)),
            ]

        if in_force:
            blocks.extend(
                self.table(
                    self.w.t("portfolio.tab.deviations-in-force"),
                    columns,
                    Rows(in_force, row),
                    limited=True,
                )
            )
        if expired:
            blocks.extend(
                self.table(
                    self.w.t("portfolio.tab.deviations-expired"),
                    columns,
                    Rows(expired, row),
                    limited=True,
                )
            )

    def lock_in(self) -> None:
        f, w = self.f, self.w
        lock = f.lock_in
        blocks = self.section("lock-in", "lock-in")
        if not f.total.count:
            blocks.append(paragraph(self.w.t("portfolio.none-counted")))
            return
        blocks.append(
            bullets(
                [
                    (
                        self.w.t("portfolio.lock.exit-proprietary"),
                        self.w.t(
                            "portfolio.lock.exit-proprietary.text",
                            value=w.money(lock.exit_cost_proprietary),
                            count=f.proprietary,
                        ),
                    ),
                    (
                        self.w.t("portfolio.lock.exit-total"),
                        self.w.t(
                            "portfolio.lock.exit-total.text",
                            value=w.money(lock.exit_cost_total),
                            count=f.counted,
                        ),
                    ),
                    (
                        self.w.t("portfolio.lock.sole"),
                        self.w.t(
                            "portfolio.lock.sole.text",
                            count=lock.sole_provider,
                            proprietary=lock.sole_provider_proprietary,
                        ),
                    ),
                ]
            )
        )
        sole = [e for e in self.tally.entries if e.counted and (e.providers or 0) <= 1]
        sole.sort(key=lambda e: (-(e.present_value or 0.0), e.id))
        if sole:
            columns = [
                column(self.w.t("portfolio.col.request"), width=2.0),
                column(self.w.t("portfolio.col.selection"), width=2.2),
                column(self.w.t("portfolio.col.category"), width=1.2),
                column(self.w.t("portfolio.col.supplier"), width=1.6),
                column(self.w.t("portfolio.col.exit"), "right", 1.4),
                column(self.w.t("portfolio.col.present-value"), "right", 1.5),
            ]

            def sole_row(e: Entry) -> list[Cell]:
                return [
                    self.request_cell(e),
                    cell(e.selection or "–"),
                    cell(self.category(e.category)),
                    cell(e.supplier or "–"),
                    cell(self.money(e.exit_cost)),
                    cell(self.money(e.present_value)),
                ]

            blocks.extend(
                self.table(
                    self.w.t("portfolio.tab.sole"), columns, Rows(sole, sole_row), limited=True
                )
            )
        if lock.suppliers:
            blocks.append(paragraph(self.w.t("portfolio.lock.suppliers.intro", count=lock.unnamed)))
            columns = [
                column(self.w.t("portfolio.col.supplier"), width=2.6),
                column(self.w.t("portfolio.col.count"), "right", 1.0),
                column(self.w.t("portfolio.col.present-value"), "right", 1.8),
                column(self.w.t("portfolio.col.share-value"), "right", 1.2),
            ]
            rows = [
                [
                    cell(s.supplier),
                    cell(str(s.count)),
                    cell(w.money(s.present_value)),
                    cell(w.pct(s.share, 1)),
                ]
                for s in lock.suppliers
            ]
            blocks.extend(
                self.table(self.w.t("portfolio.tab.suppliers"), columns, rows, limited=True)
            )
        else:
            blocks.append(paragraph(self.w.t("portfolio.lock.suppliers.none")))

    def standards(self) -> None:
        f = self.f
        s = f.standards
        blocks = self.section("standards", "standards")
        if not s.selections:
            blocks.append(paragraph(self.w.t("portfolio.none-counted")))
            return
        blocks.append(
            bullets(
                [
                    (
                        self.w.t("portfolio.std.declared"),
                        self.w.t(
                            "portfolio.std.declared.text",
                            declared=s.declared,
                            open=s.open,
                            share=self.share(s.open, s.declared),
                            unknown=s.unknown,
                        ),
                    ),
                    (
                        self.w.t("portfolio.std.all-open"),
                        self.w.t(
                            "portfolio.std.all-open.text", count=s.all_open, total=s.selections
                        ),
                    ),
                    (
                        self.w.t("portfolio.std.none"),
                        self.w.t("portfolio.std.none.text", count=s.none_declared),
                    ),
                ]
            )
        )

    def evidence(self) -> None:
        f = self.f
        blocks = self.section("evidence", "evidence")
        blocks.append(
            paragraph(
                self.w.t(
                    "portfolio.evidence.stale",
                    requests=f.stale_requests,
                    assessments=f.stale_assessments,
                    total=f.requests,
                )
            )
        )
        columns = [
            column(self.w.t("portfolio.col.grade"), width=3.0),
            column(self.w.t("portfolio.col.count"), "right", 1.0),
            column(self.w.t("portfolio.col.share-count"), "right", 1.0),
        ]
        rows = [
            [
                cell(self.w.t(f"portfolio.grade.{grade}")),
                cell(str(count)),
                cell(self.share(count, f.requests)),
            ]
            for grade, count in f.robustness.items()
        ]
        blocks.extend(self.table(self.w.t("portfolio.tab.robustness"), columns, rows))
        stale = [e for e in self.tally.entries if e.stale]
        stale.sort(key=lambda e: (-e.stale, e.id))
        if stale:
            columns = [
                column(self.w.t("portfolio.col.request"), width=2.4),
                column(self.w.t("portfolio.col.status"), width=1.2),
                column(self.w.t("portfolio.col.stale"), "right", 1.2),
            ]

            def stale_row(e: Entry) -> list[Cell]:
                return [self.request_cell(e), cell(self.status(e.status)), cell(str(e.stale))]

            blocks.extend(
                self.table(
                    self.w.t("portfolio.tab.stale"), columns, Rows(stale, stale_row), limited=True
                )
            )

    def requests(self) -> None:
        blocks = self.section("requests", "requests")
        entries = self.tally.entries
        if not entries:
            blocks.append(paragraph(self.w.t("portfolio.none")))
            return
        columns = [
            column(self.w.t("portfolio.col.request"), width=2.4),
            column(self.w.t("portfolio.col.year"), width=0.7),
            column(self.w.t("portfolio.col.status"), width=1.1),
            column(self.w.t("portfolio.col.selection"), width=2.0),
            column(self.w.t("portfolio.col.category"), width=1.1),
            column(self.w.t("portfolio.col.present-value"), "right", 1.4),
            column(self.w.t("portfolio.col.verdict"), width=1.5),
        ]

        def row(e: Entry) -> list[Cell]:
            decided = self.status(e.status)
            notes = []
            if e.decided_on:
                notes.append(note(self.w.date(e.decided_on)))
            if e.decided_by:
                notes.append(note(e.decided_by))
            verdict = cell(
                self.verdict(e.verdict), notes=[note(self.w.t(f"portfolio.check.{e.check}"))]
            )
            return [
                self.request_cell(e),
                cell(str(e.year)),
                cell(decided, notes=notes),
                cell(e.selection or "–"),
                cell(self.category(e.category)),
                cell(self.money(e.present_value)),
                verdict,
            ]

        ordered = sorted(entries, key=lambda e: (-e.year, e.id, e.path))
        counted = [e for e in ordered if e.counted]
        others = [e for e in ordered if not e.counted]
        if not self.c.reports:
            blocks.append(paragraph(self.w.t("portfolio.requests.no-reports")))
        if counted:
            blocks.extend(
                self.table(
                    self.w.t("portfolio.tab.counted"),
                    columns,
                    Rows(counted, row),
                    limited=True,
                )
            )
        if others:
            blocks.append(paragraph(self.w.t("portfolio.requests.others")))
            blocks.extend(
                self.table(
                    self.w.t("portfolio.tab.others"),
                    columns,
                    Rows(others, row),
                    limited=True,
                )
            )

    def not_evaluable(self) -> None:
        problems: list[NotEvaluable] = self.tally.problems
        if not problems:
            return
        blocks = self.section("not-evaluable", "not-evaluable")
        blocks.append(paragraph(self.w.t("portfolio.not-evaluable.intro", count=len(problems))))
        columns = [
            column(self.w.t("portfolio.col.file"), width=2.0),
            column(self.w.t("portfolio.col.error"), width=4.0),
        ]
        rows = [
            [
                cell(p.path),
                cell(
                    f"{p.location}: {p.message}",
                    notes=[note(self.w.t("portfolio.problems", count=p.problems))]
                    if p.problems > 1
                    else [],
                ),
            ]
            for p in problems
        ]
        blocks.extend(
            self.table(self.w.t("portfolio.tab.not-evaluable"), columns, rows, limited=True)
        )

    def data(self) -> None:
        c = self.c
        blocks = self.section("data", "data")
        blocks.append(
            paragraph(
                self.w.t("portfolio.data.intro", publisher=c.publisher, licence=c.licence_title)
            )
        )
        files = [
            document.Entry(
                name, clean(self.w.t(f"portfolio.file.{name}.about")), name if c.links else ""
            )
            for name in FILES
        ]
        blocks.append(Bullets(tuple(files)))
        blocks.append(paragraph(self.w.t("portfolio.data.method")))
        blocks.append(
            paragraph(
                self.w.t("portfolio.data.names" if c.publish_names else "portfolio.data.no-names")
            )
        )
        blocks.append(
            paragraph(self.w.t("portfolio.data.tool", tool=c.tool, date=self.w.date(c.date)))
        )


def build(figures: Figures, tally: Tally, context: Context) -> Document:
    """The portfolio in ``context.lang``."""
    return _Builder(figures, tally, context).build()
