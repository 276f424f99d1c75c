# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The report as a document in words: what the HTML and the PDF report show, in one place.

:func:`build` puts a Result into words in one language: a title block and numbered
sections made of a few kinds of blocks (paragraphs, lists, tables, figures). Every value in
it is a finished string (numbers and dates formatted for the language) or chart geometry,
so the HTML and the Typst template only lay it out, and the two formats show the same
content. It has the sections of the Markdown report, in the same order.

Text from a request is data here, never markup: the builder only strips control characters
and bidirectional overrides; each template then treats every string as plain text.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ossfirst.model.result import (
    AlternativeResult,
    PubliccodeFacts,
    Result,
    SbomFacts,
    ScorecardFacts,
)
from ossfirst.render import RenderOptions, charts, prose
from ossfirst.render.words import Words

Block = dict[str, Any]
Cell = dict[str, Any]

# The space between a number and its unit, where a line must not break ("5,0 %" on one line).
_UNIT = re.compile(r"(?<=\d) (?=%|EUR\b)")
MISSING = "–"


def keep_units(text: str) -> str:
    """``text`` with a no-break space between a number and ``%`` or ``EUR``."""
    return _UNIT.sub("\u00a0", text)


def clean(value: object) -> str:
    """One line of text: control characters removed, white space collapsed, a number kept
    on one line with its unit."""
    # A control character becomes a space (a tab, which prose.CONTROL keeps, is white space
    # to split() anyway); an isolate around a name written right to left stays.
    return keep_units(" ".join(prose.strip_controls(str(value), " ").split()))


def paragraphs(value: object) -> list[list[str]]:
    """Multi-line text as paragraphs of lines (:func:`prose.paragraphs`), with numbers kept
    on the line of their unit."""
    # A tab or other control character becomes a space here: the formats set text in cells.
    return [[keep_units(line) for line in lines] for lines in prose.paragraphs(value, " ")]


def paragraph(text: object, *, strong: bool = False) -> Block:
    """A block of running text; ``strong`` sets it in bold (a conclusion the reader should
    not miss)."""
    return {"type": "paragraph", "paragraphs": paragraphs(text), "strong": strong}


def _decimals(value: float) -> int:
    """As many decimals as the value has, up to two: 70, 62.5, 96.25 (no rounding that
    would make a chart label differ from the table beside it)."""
    for decimals in (0, 1):
        if round(value, decimals) == round(value, 2):
            return decimals
    return 2


def note(text: object, *, mono: bool = False) -> dict[str, Any]:
    """A line shown smaller beneath a cell's text; ``mono`` sets it in a monospaced font
    (a hash, which must stay whole and copyable)."""
    return {"text": clean(text), "mono": mono}


def cell(
    text: object = "",
    *,
    notes: list[dict[str, Any]] | None = None,
    mono: bool = False,
    strong: bool = False,
) -> Cell:
    """A table cell: its text, notes shown smaller beneath it, each on a line of its own
    (evidence, dates, hashes), whether the text is set in a monospaced font (hashes) and
    whether it is bold (the result a row leads to)."""
    shown = [n for n in notes or [] if n["text"]]
    return {"text": clean(text), "notes": shown, "mono": mono, "strong": strong}


def column(
    label: str, align: str = "left", width: float = 1.0, *, detail: bool = False
) -> dict[str, Any]:
    """A table column: its heading, alignment (left, center, right) and relative width.

    A ``detail`` column holds running text (a reason, a justification) for a table that is
    too wide for A4 portrait otherwise: the HTML report shows it as a column like any other;
    the PDF sets each of its cells as a line of its own beneath its row, across the whole
    table and led by the column's heading, and leaves it out of the width shares."""
    return {"label": clean(label), "align": align, "width": width, "detail": detail}


def page_parts(template: str) -> list[str]:
    """``"Seite {page} von {pages}"`` as ``["Seite ", "{page}", " von ", "{pages}"]``, so
    that each format can put its own page counters in place."""
    return [part for part in re.split(r"(\{pages?\})", template) if part]


class _Builder:
    def __init__(self, result: Result, options: RenderOptions) -> None:
        self.r = result
        # names written right to left are set apart (isolates), for the HTML and the PDF
        self.w = Words(result, options.lang, isolate=True)
        self.lang = options.lang
        self.options = options
        self.sections: list[Block] = []
        self.tables = 0
        self.figures = 0

    # -- blocks -------------------------------------------------------------------------

    def section(self, key: str, anchor: str) -> list[Block]:
        blocks: list[Block] = []
        number = len(self.sections) + 1
        self.sections.append(
            {"id": anchor, "number": number, "title": self.w.t(key), "blocks": blocks}
        )
        return blocks

    def table(
        self,
        caption: str,
        columns: list[dict[str, Any]],
        rows: list[list[Cell]],
        *,
        strong_last: bool = False,
        row_headers: bool = True,
    ) -> Block:
        self.tables += 1
        return {
            "type": "table",
            "label": self.w.t("table.label", n=self.tables),
            "caption": clean(caption),
            "columns": columns,
            "rows": [
                {"cells": row, "strong": strong_last and i == len(rows) - 1}
                for i, row in enumerate(rows)
            ],
            "row_headers": row_headers,
        }

    def figure(self, caption: str, alt: str, chart: charts.Scene, legend: list[Any]) -> Block:
        self.figures += 1
        return {
            "type": "figure",
            "label": self.w.t("figure.label", n=self.figures),
            "caption": clean(caption),
            "alt": clean(alt),
            "chart": chart,
            "legend": [{**item, "label": clean(item["label"])} for item in legend],
        }

    @staticmethod
    def items(entries: list[tuple[str, str]]) -> Block:
        """A bulleted list; each entry is (lead in bold, text)."""
        return {
            "type": "list",
            "entries": [{"lead": clean(lead), "text": clean(text)} for lead, text in entries],
        }

    @staticmethod
    def subheading(text: object, level: int = 3) -> Block:
        """A heading inside a section: level 3 for an alternative (Markdown ``###``), 4 for
        a part of it such as one evidence file (``####``)."""
        return {"type": "subheading", "text": clean(text), "level": level}

    # -- the document --------------------------------------------------------------------

    def build(self) -> dict[str, Any]:
        w, r = self.w, self.r
        req = r.request
        # The sections of the Markdown report, in its order; a section that has nothing to
        # show adds nothing. A new section is one method here and one entry below.
        for add in (
            self.summary,
            self.why_no_oss,
            self.market,
            self.decisive,
            self.need,
            self.alternatives,
            self.knockouts,
            self.dimensions,
            self.award,
            self.framework,
            self.sensitivity,
            self.criteria,
            self.screening,
            self.evidence,
            self.floors,
            self.costs,
            self.gaps,
            self.method,
        ):
            add()
        issued = issued_date(self.options, r)
        meta = [
            (w.t("meta.request"), req.id),
            (w.t("meta.organisation"), req.organisation),
            (w.t("meta.department"), req.department),
            (w.t("meta.contact"), req.contact),
            (w.t("meta.request_date"), w.date(req.date)),
            (w.t("meta.issued"), w.date(issued)),
            (
                w.t("meta.catalogue"),
                f"{r.catalogue.title.get(self.lang)} ({r.catalogue.id} {r.catalogue.version})",
            ),
            (w.t("meta.profile"), r.method.profile_title.get(self.lang)),
            (w.t("meta.proposed"), w.name(r.verdict.proposed)),
        ]
        return {
            "lang": self.lang,
            "title": w.t("doc.title"),
            "request_title": clean(req.title),
            "subtitle": w.t("doc.subtitle"),
            "organisation": clean(req.organisation),
            "department": clean(req.department or ""),
            "request_id": clean(req.id),
            "header": w.t("page.header", id=clean(req.id)),
            "footer": page_parts(w.t("page.footer")),
            "meta": [{"label": label, "value": clean(value)} for label, value in meta if value],
            "contents": w.t("doc.contents"),
            "skip": w.t("doc.skip"),
            "sections": self.sections,
            # the greyed-out styles only where an alternative is excluded
            "series": list(
                charts.SERIES
                if any(not a.eligible for a in r.alternatives)
                else charts.SERIES[: charts.REGULAR]
            ),
            "issued": issued.isoformat(),
            "tool": f"ossfirst {r.audit.tool_version}",
        }

    def summary(self) -> None:
        w, r, v = self.w, self.r, self.r.verdict
        blocks = self.section("sec.summary", "summary")
        if v.recommended:
            best = r.alternative(v.recommended)
            recommendation = (
                f"{w.name(v.recommended)} ({w.t('category.' + best.category)}, "
                f"{w.t('sum.points', total=w.num(best.total))})"
            )
        else:
            recommendation = w.t("sum.no_recommendation")
        blocks.append(
            {
                "type": "verdict",
                "holds": v.policy_holds,
                "rows": [
                    {"label": w.t("sum.recommendation"), "value": clean(recommendation)},
                    {"label": w.t("sum.verdict"), "value": w.status()},
                    *(
                        [{"label": w.t("sum.robustness"), "value": clean(w.robustness())}]
                        if r.sensitivity or w.hangs_on()
                        else []
                    ),
                ],
                "policy": w.t("sum.policy_holds" if v.policy_holds else "sum.policy_violated"),
            }
        )
        blocks.append(paragraph(w.t("sum.reasons") + ":"))
        blocks.append(self.items([("", w.message(reason)) for reason in v.reasons]))
        if v.justification:
            blocks.append(
                {
                    "type": "quote",
                    "label": w.t("sum.justification"),
                    "paragraphs": paragraphs(v.justification),
                }
            )
        review = v.justification_review
        if review is not None:
            blocks.append(paragraph(f"{w.t('rev.title')}: {w.review_intro()}"))
            if review.points:
                blocks.append(
                    self.table(
                        w.t("rev.title"),
                        [
                            column(w.t("rev.col.point"), width=2.6),
                            column(w.t("rev.col.standing"), width=3.2),
                            column(w.t("rev.col.named"), width=1.2),
                        ],
                        [[cell(a), cell(b), cell(c)] for a, b, c in w.review_rows()],
                    )
                )
            unsupported = w.unsupported()
            if unsupported:
                blocks.append(paragraph(w.t("rev.cited") + ":"))
                blocks.append(self.items([("", line) for line in unsupported]))

    def why_no_oss(self) -> None:
        w, r, v = self.w, self.r, self.r.verdict
        proprietary = v.recommended and r.alternative(v.recommended).category == "proprietary"
        if not (r.why_no_oss or proprietary):
            return
        blocks = self.section("sec.why_no_oss", "why-no-oss")
        reference = w.market_reference()
        if not r.why_no_oss:
            blocks.append(paragraph(w.t("why.none")))
            if reference:
                blocks.append(paragraph(reference))
            return
        other = w.name(r.why_no_oss[0].compared_with)
        blocks.append(paragraph(w.t("why.intro", name=other)))
        rows = []
        for s in r.why_no_oss:
            rows.append(
                [
                    cell(w.name(s.alternative)),
                    cell(w.t("category." + s.category)),
                    cell(w.num(s.total)),
                    cell(w.shortfall(s)),
                ]
            )
        blocks.append(
            self.table(
                w.t("tab.why"),
                [
                    column(w.t("col.alternative"), width=2.4),
                    column(w.t("col.category"), width=1.1),
                    column(w.t("col.total"), "right", 0.8),
                    column(w.t("col.status"), width=3.2),
                ],
                rows,
            )
        )
        dims = r.catalogue.dimensions
        gap_rows = [
            [cell(w.name(s.alternative))] + [cell(w.dimension_lead(s, d.id)) for d in dims]
            for s in r.why_no_oss
        ]
        blocks.append(
            self.table(
                w.t("why.gaps", name=other),
                [
                    column(w.t("col.alternative"), width=2.0),
                    *(column(d.title.get(self.lang), "right", 1.3) for d in dims),
                ],
                gap_rows,
            )
        )
        if reference:
            blocks.append(paragraph(reference))

    def market(self) -> None:
        """What was searched, when, what was found, and what became of each hit; the
        exploration in words (``market_search``) after it."""
        w, req = self.w, self.r.request
        exploration = req.market_exploration
        if exploration is None and not req.market_search:
            return
        blocks = self.section("sec.market", "market")
        if exploration is None:
            blocks.append(paragraph(w.t("mkt.none")))
        else:
            blocks.append(paragraph(w.market_intro()))
            blocks.extend(paragraph(line, strong=True) for line in w.market_notes())
            blocks.append(
                self.table(
                    w.t("mkt.tab.catalogues"),
                    [
                        column(w.t("mkt.col.catalogue"), width=2.4),
                        column(w.t("mkt.col.snapshot"), width=1.2),
                        column(w.t("mkt.col.entries"), "right", 1.0),
                    ],
                    [[cell(a), cell(b), cell(c)] for a, b, c in w.market_catalogue_rows()],
                )
            )
            blocks.append(
                self.table(
                    w.t("mkt.tab.searches"),
                    [
                        column(w.t("mkt.col.query"), width=2.2),
                        column(w.t("mkt.col.filters"), width=2.2),
                        column(w.t("mkt.col.date"), width=1.2),
                        column(w.t("mkt.col.found"), "right", 0.8),
                    ],
                    [[cell(a), cell(b), cell(c), cell(d)] for a, b, c, d in w.market_search_rows()],
                )
            )
            if exploration.hits:
                blocks.append(
                    self.table(
                        w.t("mkt.tab.hits"),
                        [
                            column(w.t("mkt.col.hit"), width=2.2),
                            column(w.t("mkt.col.repository"), width=2.6),
                            column(w.t("mkt.col.outcome"), width=2.6),
                        ],
                        [[cell(a), cell(b), cell(c)] for a, b, c in w.market_hit_rows()],
                    )
                )
        if req.market_search:
            blocks.append(
                {
                    "type": "quote",
                    "label": w.t("mkt.words"),
                    "paragraphs": paragraphs(req.market_search),
                }
            )

    def decisive(self) -> None:
        """What excludes the open-source and reuse alternatives, whether the decision hangs
        on it, and what closing the gap would cost and bring."""
        w, found = self.w, self.r.decisive
        if found is None:
            return
        blocks = self.section("sec.decisive", "decisive")
        for sentence in w.hangs_on():
            blocks.append(paragraph(sentence, strong=True))
        if found.exclusions:
            blocks.append(paragraph(w.t("dec.intro")))
            blocks.append(
                self.table(
                    w.t("tab.decisive"),
                    [
                        column(w.t("col.alternative"), width=2.0),
                        column(w.t("dec.col.excluded_by"), width=2.4),
                        column(w.t("dec.col.without"), width=1.6),
                        column(w.t("dec.col.available"), width=2.4),
                    ],
                    [[cell(text) for text in w.exclusion_row(e)] for e in found.exclusions],
                )
            )
            if any(e.closed_by is None for e in found.exclusions):
                blocks.append(paragraph(w.t("dec.no_closing")))
        if found.closings:
            blocks.append(paragraph(w.t("dec.closings")))
            blocks.append(
                self.table(
                    w.t("tab.closings"),
                    [
                        column(w.t("dec.col.variant"), width=2.0),
                        column(w.t("dec.col.closes"), width=0.8),
                        column(w.t("dec.col.cost"), width=1.6),
                        column(w.t("dec.col.time"), width=1.5),
                        column(w.t("dec.col.outcome"), width=2.6),
                    ],
                    [[cell(text) for text in w.closing_row(c)] for c in found.closings],
                )
            )

    def need(self) -> None:
        w, req = self.w, self.r.request
        blocks = self.section("sec.need", "need")
        blocks.append(paragraph(req.need))
        blocks.append(
            self.table(
                w.t("tab.requirements"),
                [
                    column("ID", width=0.5),
                    column(w.t("col.requirement"), width=6),
                    column(w.t("col.must"), width=0.6),
                ],
                [
                    [cell(q.id), cell(q.text), cell(w.t("yes") if q.must else w.t("no"))]
                    for q in req.requirements
                ],
            )
        )

    def _ranked(self) -> list[tuple[str, AlternativeResult]]:
        """The alternatives with their rank as shown: the ranked ones in order, then those
        not eligible (no rank)."""
        r = self.r
        ranked = [(str(r.alternative(aid).rank), r.alternative(aid)) for aid in r.ranking]
        return ranked + [(MISSING, a) for a in r.alternatives if not a.eligible]

    def _overview_row(self, a: AlternativeResult, rank: str) -> list[Cell]:
        w = self.w
        total = w.num(a.total)
        return [
            cell(rank),
            cell(self.w.name(a.id)),
            cell(w.t("category." + a.category)),
            cell(a.licence.expression, notes=[note(w.fsf(a))]),
            cell(w.t("deployment." + a.deployment)),
            cell(f"{w.t('jurisdiction.' + a.jurisdiction)} ({a.operator_jurisdiction})"),
            cell(str(a.providers)),
            cell(total if a.eligible else f"{total} ({w.t('col.excluded')})"),
        ]

    def alternatives(self) -> None:
        w, r = self.w, self.r
        blocks = self.section("sec.alternatives", "alternatives")
        rows = [self._overview_row(a, rank) for rank, a in self._ranked()]
        blocks.append(
            self.table(
                w.t("tab.alternatives"),
                [
                    column(w.t("col.rank"), "right", 0.5),
                    column(w.t("col.alternative"), width=2.3),
                    column(w.t("col.category"), width=1.1),
                    column(w.t("col.licence"), width=1.6),
                    column(w.t("col.operation"), width=1.3),
                    column(w.t("col.jurisdiction"), width=1.4),
                    column(w.t("col.providers"), "right", 1.0),
                    column(w.t("col.total"), "right", 0.9),
                ],
                rows,
                row_headers=False,
            )
        )
        described = [(self.w.name(a.id), a.description) for a in r.alternatives if a.description]
        if described:
            blocks.append(self.items([(name + ":", text or "") for name, text in described]))

    def _alternative_columns(self, align: str = "left") -> list[dict[str, Any]]:
        return [column(self.w.name(a.id), align, 1.3) for a in self.r.alternatives]

    def knockouts(self) -> None:
        w, r = self.w, self.r
        blocks = self.section("sec.knockouts", "knockouts")
        rows = []
        # Looked up, not searched: a search per cell is quadratic in the requirements.
        covered = [{c.requirement: c.coverage for c in a.requirements} for a in r.alternatives]
        for q in r.request.requirements:
            row = [cell(f"{q.id} {q.text}"), cell(w.t("yes") if q.must else w.t("no"))]
            for coverage_of in covered:
                coverage = coverage_of.get(q.id)
                row.append(cell(w.t("coverage." + coverage) if coverage else MISSING))
            rows.append(row)
        blocks.append(
            self.table(
                w.t("tab.coverage"),
                [
                    column(w.t("col.requirement"), width=3.2),
                    column(w.t("col.must"), width=0.6),
                    *self._alternative_columns(),
                ],
                rows,
            )
        )
        blocks.append(
            self.table(
                w.t("tab.knockouts"),
                [column(w.t("col.alternative"), width=2.6), column(w.t("col.knockouts"), width=4)],
                [
                    [
                        cell(self.w.name(a.id)),
                        cell(w.knockouts(a.knockouts) if a.knockouts else w.t("ko.none")),
                    ]
                    for a in r.alternatives
                ],
            )
        )

    def dimensions(self) -> None:
        w, r = self.w, self.r
        blocks = self.section("sec.dimensions", "dimensions")
        dims = r.catalogue.dimensions
        # each alternative's score per dimension, in the order of the dimensions
        scores = [
            [next((s.score for s in a.dimensions if s.dimension == d.id), None) for d in dims]
            for a in r.alternatives
        ]
        rows = []
        for i, d in enumerate(dims):
            row = [cell(d.title.get(self.lang)), cell(f"{w.num(d.weight, 0)} %")]
            for values in scores:
                score = values[i]
                row.append(cell(w.num(score) if score is not None else MISSING))
            rows.append(row)
        rows.append(
            [cell(w.t("col.total")), cell("100 %")] + [cell(w.num(a.total)) for a in r.alternatives]
        )
        blocks.append(
            self.table(
                w.t("tab.dimensions"),
                [
                    column(w.t("col.dimension"), width=1.8),
                    column(w.t("col.weight"), "right", 0.7),
                    *self._alternative_columns("right"),
                ],
                rows,
                strong_last=True,
            )
        )
        axes = [d.title.get(self.lang) for d in dims]
        # an excluded alternative is greyed out, with the reason beside its name
        series = [
            charts.Series(
                a.name
                if a.eligible
                else f"{a.name} ({w.t('fig.excluded', reasons=w.knockouts(a.knockouts))})",
                values,
                excluded=not a.eligible,
            )
            for a, values in zip(r.alternatives, scores, strict=True)
        ]
        data = "; ".join(
            w.t(
                "fig.alt.series",
                name=s.label,
                values=", ".join(
                    f"{axis} {w.num(v) if v is not None else MISSING}"
                    for axis, v in zip(axes, s.values, strict=True)
                ),
            )
            for s in series
        )
        blocks.append(
            self.figure(
                w.t("fig.bars"),
                w.t("fig.bars.alt", data=data),
                charts.bars(axes, series, lambda v: w.num(v, _decimals(v)), MISSING),
                charts.legend(series, "fill"),
            )
        )
        blocks.append(
            self.figure(
                w.t("fig.radar"),
                w.t("fig.radar.alt", axes=", ".join(axes), data=data),
                charts.radar(axes, series),
                charts.legend(series, "line"),
            )
        )

    def award(self) -> None:
        w, r, aw = self.w, self.r, self.r.award
        if aw is None:
            return
        blocks = self.section("sec.award", "award")
        blocks.append(paragraph(w.award_method()))
        blocks.append(
            paragraph(
                w.t(f"award.basis.{aw.price_basis}")
                + " "
                + w.t("award.performance", criteria=w.criteria_list(aw.price_criteria))
            )
        )
        if aw.method == "price-points":
            blocks.append(paragraph(w.t("award.margin_points", margin=w.num(r.method.margin))))
        else:
            blocks.append(paragraph(w.t("award.margin", margin=w.points(aw.margin_percent))))
        if aw.corridor_bound is not None:
            corridor = w.t(
                "award.corridor",
                best=w.num(aw.best_ratio or 0.0, 4),
                bound=w.num(aw.corridor_bound, 4),
            )
            blocks.append(paragraph(corridor))
        points = aw.method == "price-points"
        corridor_column = aw.method == "ufab-extended"
        rows = []
        for rank, a in self._ranked():
            score = a.award
            row = [
                cell(rank),
                cell(self.w.name(a.id)),
                cell(w.num(score.performance) if score else MISSING),
                cell(w.money(score.price) if score else MISSING),
            ]
            if points:
                shown = score.price_points if score and a.eligible else None
                row.append(cell(w.num(shown) if shown is not None else MISSING))
                value = score.value if score else None
                if not a.eligible:
                    row.append(cell(w.t("col.excluded")))
                else:
                    row.append(cell(w.num(value) if value is not None else MISSING))
            else:
                ratio = w.num(score.ratio, 4) if score and score.ratio is not None else MISSING
                # an excluded offer keeps its Z, marked beneath it: it does not compete
                excluded = [] if a.eligible else [note(w.t("col.excluded"))]
                row.append(cell(ratio, notes=excluded))
                if corridor_column:
                    inside = score.in_corridor if score and a.eligible else None
                    row.append(cell(MISSING if inside is None else w.t("yes" if inside else "no")))
            rows.append(row)
        columns = [
            column(w.t("col.rank"), "right", 0.45),
            column(w.t("col.alternative"), width=2.5),
            column(w.t("award.col.performance"), "right", 1.15),
            column(w.t("award.col.price"), "right", 1.55),
        ]
        if points:
            columns += [
                column(w.t("award.col.price_points"), "right", 1.05),
                column(w.t("award.col.value"), "right", 1.4),
            ]
        else:
            columns.append(column(w.t("award.col.ratio"), "right", 1.35))
            if corridor_column:
                columns.append(column(w.t("award.col.corridor"), width=1.5))
        blocks.append(self.table(w.t("tab.award"), columns, rows, row_headers=False))

    def framework(self) -> None:
        w, r, fw = self.w, self.r, self.r.sovereignty_framework
        if fw is None:
            return
        blocks = self.section("sec.framework", "framework")
        blocks.append(
            paragraph(
                w.t(
                    "fw.intro",
                    title=fw.title.get(self.lang),
                    version=fw.version,
                    published=fw.published,
                    source=fw.source.get(self.lang),
                )
            )
        )

        def seal(value: float | None) -> str:
            return MISSING if value is None else f"SEAL-{w.level(value)}"

        first = next((a.sovereignty for a in r.alternatives if a.sovereignty), None)
        rows = []
        for o in first.objectives if first else []:
            row = [
                cell(w.objective(o.objective, o.criterion)),
                cell(w.points(o.weight)),
                cell(f"SEAL-{o.minimum_seal}"),
            ]
            for a in r.alternatives:
                y = next(
                    (
                        y
                        for y in (a.sovereignty.objectives if a.sovereignty else [])
                        if y.objective == o.objective
                    ),
                    None,
                )
                if y is None:
                    row.append(cell(MISSING))
                elif y.met:
                    row.append(cell(seal(y.seal)))
                else:
                    # the level that excludes the alternative stands out
                    row.append(cell(f"{seal(y.seal)} ({w.t('fw.below')})", strong=True))
            rows.append(row)
        overall = [cell(w.t("fw.overall"), strong=True), cell(""), cell("")]
        score = [cell(w.t("fw.score"), strong=True), cell("100 %", strong=True), cell("")]
        for a in r.alternatives:
            sov = a.sovereignty
            overall.append(cell(seal(sov.overall_seal) if sov else MISSING, strong=True))
            score.append(cell(w.num(sov.score) if sov else MISSING, strong=True))
        blocks.append(
            self.table(
                w.t("tab.framework"),
                [
                    column(w.t("fw.col.objective"), width=2.4),
                    column(w.t("col.weight"), "right", 0.75),
                    column(w.t("fw.col.minimum"), width=0.95),
                    *self._alternative_columns(),
                ],
                [*rows, overall, score],
            )
        )
        blocks.append(paragraph(w.t("fw.levels") + ":"))
        blocks.append(
            self.items(
                [(f"SEAL-{level}:", meaning.get(self.lang)) for level, meaning in fw.levels.items()]
            )
        )

    def sensitivity(self) -> None:
        w, r, sens = self.w, self.r, self.r.sensitivity
        if sens is None:
            return
        blocks = self.section("sec.sensitivity", "sensitivity")
        mc = sens.monte_carlo
        blocks.append(paragraph(w.sensitivity_intro()))
        blocks.append(paragraph(w.robustness(), strong=True))
        blocks.append(self.subheading(w.t("sens.one_at_a_time")))
        rows = []
        for t in sens.one_at_a_time:
            row = [cell(w.dimension(t.dimension)), cell(w.points(t.weight))]
            for threshold, to in ((t.lower, t.lower_recommended), (t.upper, t.upper_recommended)):
                if threshold is None:
                    row += [cell(w.t("sens.none")), cell(MISSING)]
                else:
                    row += [cell(w.points(threshold)), cell(w.name(to))]
            rows.append(row)
        blocks.append(
            self.table(
                w.t("tab.thresholds"),
                [
                    column(w.t("col.dimension"), width=1.7),
                    column(w.t("sens.col.profile"), "right", 0.85),
                    column(w.t("sens.col.below"), "right", 1.2),
                    column(w.t("sens.col.to"), width=1.75),
                    column(w.t("sens.col.above"), "right", 1.2),
                    column(w.t("sens.col.to"), width=1.75),
                ],
                rows,
            )
        )
        if mc:
            blocks.append(self.subheading(w.t("sens.monte_carlo")))
            order = {a.id: i for i, a in enumerate(r.alternatives)}
            names = [w.name(aid) for aid in mc.shares]
            shares = [share * 100 for share in mc.shares.values()]
            draws = w.num(mc.draws, 0)
            data = "; ".join(
                w.t("fig.alt.series", name=name, values=w.pct(share))
                for name, share in zip(names, mc.shares.values(), strict=True)
            )
            blocks.append(
                self.figure(
                    w.t("fig.shares", draws=draws),
                    w.t("fig.shares.alt", draws=draws, data=data),
                    charts.shares(
                        names,
                        shares,
                        [order.get(aid, 0) for aid in mc.shares],
                        lambda v: keep_units(w.pct(v / 100)),
                    ),
                    [],
                )
            )
            columns = [
                column(w.t("col.alternative"), width=3.0),
                column(w.t("sens.col.share"), "right", 1.6),
            ]
            rows = [[cell(w.name(aid)), cell(w.pct(share))] for aid, share in mc.shares.items()]
            if mc.precision is not None:
                columns.append(column(w.t("sens.col.precision"), "right", 1.1))
                for row, aid in zip(rows, mc.shares, strict=True):
                    row.append(cell(w.precision(mc.precision[aid])))
            blocks.append(self.table(w.t("tab.shares"), columns, rows))
        blocks.append(paragraph(w.t("sens.grades")))

    def _criterion_rows(self, a: AlternativeResult) -> list[list[Cell]]:
        w = self.w
        rows = []
        for row in a.criteria:
            info = w.criteria[row.criterion]
            title = info.title.get(self.lang)
            if info.kind == "knock-out":
                title += f" ({w.t('crit.knock_out')})"
            elif info.floor:
                title += f" ({w.t('crit.floor', floor=info.floor)})"
            score = w.score(row)
            if row.below_floor:
                score += f" ({w.t('crit.below_floor')})"
            source = w.t("source." + row.source)
            if row.stale:
                source += f" ({w.t('col.stale')})"
            notes = []
            if row.source == "computed":
                rationale = w.metric(row, a)
            elif row.source == "imported":
                rationale = w.imported_rationale(row)
                if row.assessed_on:
                    notes.append(note(w.t("crit.dated", date=w.date(row.assessed_on))))
            else:
                # several assessors' levels lead, as the sentence that explains the level
                panel = w.panel(row)
                panel = panel[:1].upper() + panel[1:]
                rationale = " ".join(part for part in (panel, row.rationale or "") if part)
                said = []
                if row.evidence:
                    evidence = ", ".join(clean(e) for e in row.evidence)
                    said.append(f"{w.t('crit.evidence')}: {evidence}")
                if row.assessed_on:
                    assessed = w.t("crit.assessed_on", date=w.date(row.assessed_on))
                    if row.assessor:
                        assessed += " " + w.t("crit.assessor", name=clean(row.assessor))
                    said.append(assessed)
                notes.append(note("; ".join(said)))
                # what the evidence files would give, beside a person's differing level, on
                # a line of its own (so it starts as a sentence does)
                differs = w.imported_note(row)
                notes.append(note(differs[:1].upper() + differs[1:]))
            knock_out = info.kind == "knock-out"
            rows.append(
                [
                    cell(title),
                    cell(score),
                    cell("" if knock_out else f"{w.num(row.weight, 1)} %"),
                    cell("" if knock_out else w.num(row.contribution)),
                    cell(source),
                    cell(rationale, notes=notes),
                ]
            )
        return rows

    def criteria(self) -> None:
        w, r = self.w, self.r
        blocks = self.section("sec.criteria", "criteria")
        blocks.append(paragraph(w.t("crit.weight_note", max=r.method.max_score)))
        for a in r.alternatives:
            blocks.append(self.subheading(self.w.name(a.id)))
            blocks.append(
                self.table(
                    w.t("tab.criteria", name=self.w.name(a.id)),
                    [
                        column(w.t("col.criterion"), width=2.1),
                        column(w.t("col.score"), "right", 0.75),
                        column(w.t("col.weight"), "right", 0.9),
                        column(w.t("col.contribution"), "right", 0.9),
                        column(w.t("col.source"), width=1.0),
                        column(w.t("col.rationale"), width=4.4),
                    ],
                    self._criterion_rows(a),
                )
            )

    def screening(self) -> None:
        w, r = self.w, self.r
        screened = [a for a in r.alternatives if a.standards]
        if not screened:
            return
        blocks = self.section("sec.screening", "screening")
        blocks.append(paragraph(w.t("scr.intro", version=r.audit.standards_list_version)))
        criteria = w.openness_criteria
        for a in screened:
            rows = []
            for s in a.standards:
                if s.id:
                    standard = f"{s.name} ({s.body})"
                elif s.suggestion:
                    standard = w.t("scr.unknown") + w.t("msg.suggestion", name=s.suggestion)
                else:
                    standard = w.t("scr.unknown")
                judged = [
                    cell((w.t("yes") if s.criteria[c] else w.t("no")) if s.criteria else MISSING)
                    for c in criteria
                ]
                # a standard the list does not know counts as not open, as in the share
                # the criterion computes (the intro says so)
                is_open = w.t("yes" if s.open else "no")
                rows.append([cell(s.declared), cell(standard), *judged, cell(is_open, strong=True)])
            blocks.append(self.subheading(self.w.name(a.id)))
            blocks.append(
                self.table(
                    w.t("tab.screening", name=self.w.name(a.id)),
                    [
                        column(w.t("scr.declared"), width=1.3),
                        column(w.t("scr.standard"), width=2.3),
                        *(column(w.t("scr." + c), "center", 1.45) for c in criteria),
                        column(w.t("scr.open"), "center", 0.65),
                    ],
                    rows,
                )
            )

    def evidence(self) -> None:
        w, r = self.w, self.r
        if not r.audit.evidence:
            return
        blocks = self.section("sec.evidence", "evidence")
        blocks.append(paragraph(w.t("ev.intro")))
        for a in r.alternatives:
            facts = a.evidence
            if not (facts.publiccode or facts.scorecard or facts.sbom):
                continue
            blocks.append(self.subheading(self.w.name(a.id)))
            if facts.publiccode:
                blocks += self._publiccode(self.w.name(a.id), facts.publiccode)
            if facts.scorecard:
                blocks += self._scorecard(self.w.name(a.id), facts.scorecard)
            if facts.sbom:
                blocks += self._sbom(self.w.name(a.id), facts.sbom)

    def floors(self) -> None:
        w, r = self.w, self.r
        if not r.catalogue.evidence_floors:
            return
        blocks = self.section("sec.floors", "floors")
        blocks.append(paragraph(w.t("fl.intro")))
        rows = w.floor_rows()
        if rows:
            blocks.append(
                self.table(
                    w.t("tab.floors"),
                    [
                        column(w.t("col.alternative"), width=1.6),
                        column(w.t("fl.col.requirement"), width=2.2),
                        column(w.t("fl.col.found"), width=2.6),
                        column(w.t("fl.col.outcome"), width=2.0),
                    ],
                    [[cell(part) for part in row] for row in rows],
                )
            )
        unjudged = w.floors_unjudged()
        if unjudged:
            blocks.append(paragraph(unjudged))

    def _file_heading(self, kind: str, file: str) -> Block:
        return self.subheading(f"{self.w.t('ev.kind.' + kind)}: {file}", level=4)

    def _publiccode(self, name: str, pc: PubliccodeFacts) -> list[Block]:
        w = self.w

        def listed(items: list[str]) -> str:
            return ", ".join(items) if items else w.t("ev.none")

        maintenance = w.t("ev.maintenance." + pc.maintenance)
        for i, c in enumerate(pc.contractors):
            contractor = w.t("ev.pc.contractor", name=c.name, until=w.date(c.until))
            maintenance += (": " if i == 0 else "; ") + contractor
        version = f" ({pc.software_version})" if pc.software_version else ""
        facts = [
            ("ev.pc.name", pc.name + version),
            ("field.url", pc.url or MISSING),
            ("ev.pc.version", pc.version),
            ("ev.pc.status", w.t("ev.status." + pc.development_status)),
            ("ev.pc.type", pc.software_type),
            ("ev.pc.platforms", ", ".join(pc.platforms)),
            ("ev.pc.licence", pc.licence),
            ("ev.pc.maintenance", maintenance),
            ("ev.pc.used_by", listed(pc.used_by)),
            ("ev.pc.languages", ", ".join(pc.languages)),
            ("ev.pc.proprietary", w.dependencies(pc.depends_proprietary)),
            ("ev.pc.open", w.dependencies(pc.depends_open)),
            ("ev.pc.hardware", w.dependencies(pc.depends_hardware)),
            ("ev.pc.supports", listed(pc.supports)),
        ]
        return [
            self._file_heading("publiccode", pc.file),
            self.table(
                w.t("tab.publiccode", name=clean(name)),
                [column(w.t("col.field"), width=1.6), column(w.t("col.value"), width=4.4)],
                [[cell(w.t(key)), cell(value)] for key, value in facts],
            ),
        ]

    def _scorecard(self, name: str, sc: ScorecardFacts) -> list[Block]:
        w = self.w
        rows = [
            [
                cell(c.name),
                cell(w.t("ev.risk." + c.risk) if c.risk else w.t("ev.sc.unknown_risk")),
                cell(w.num(c.weight, 1)),
                cell(f"{c.score}/10" if c.score is not None else w.t("ev.sc.inconclusive")),
                cell(c.reason or ""),
                cell(w.criterion(c.criterion) if c.criterion else ""),
            ]
            for c in sc.checks
        ]
        return [
            self._file_heading("scorecard", sc.file),
            paragraph(w.scorecard_summary(sc)),
            self.table(
                w.t("tab.scorecard", name=clean(name)),
                [
                    column(w.t("ev.sc.check"), width=2.9),
                    column(w.t("ev.sc.risk"), width=1.6),
                    column(w.t("col.weight"), "right", 1.5),
                    column(w.t("ev.sc.score"), "right", 1.8),
                    column(w.t("ev.sc.reason"), width=3.7, detail=True),
                    column(w.t("ev.sc.criterion"), width=4.5),
                ],
                rows,
            ),
        ]

    def _sbom(self, name: str, bom: SbomFacts) -> list[Block]:
        w = self.w
        blocks = [
            self._file_heading("sbom", bom.file),
            paragraph(w.sbom_summary(bom)),
        ]
        if bom.not_open:
            rows = []
            for c in w.sbom_listed(bom):
                status = w.t("ev.sbom.status." + c.status)
                if c.optional:
                    status += ", " + w.t("ev.pc.optional")
                if c.own:
                    status += ", " + w.t("ev.sbom.own")
                rows.append(
                    [
                        cell(c.name),
                        cell(c.version or MISSING),
                        cell(c.licence or MISSING),
                        cell(status),
                    ]
                )
            blocks.append(
                self.table(
                    w.t("tab.sbom_not_open", name=clean(name)),
                    [
                        column(w.t("ev.sbom.component"), width=2.0),
                        column(w.t("ev.sbom.version"), width=0.9),
                        column(w.t("ev.sbom.licence"), width=2.2),
                        column(w.t("ev.sbom.status"), width=1.9),
                    ],
                    rows,
                )
            )
            if w.sbom_unlisted(bom):
                blocks.append(paragraph(w.sbom_unlisted(bom)))
        elif bom.components:
            blocks.append(paragraph(w.t("ev.sbom.all_open")))
        if bom.licensing:
            blocks.append(
                self.table(
                    w.t("tab.sbom_licensing", name=clean(name)),
                    [
                        column(w.t("ev.sbom.component"), width=1.8),
                        column(w.t("ev.sbom.licence"), width=1.8),
                        column(w.t("ev.sbom.types"), width=1.3),
                        column(w.t("ev.sbom.expiration"), width=0.9),
                        column(w.t("ev.sbom.licensor"), width=1.4),
                    ],
                    [
                        [
                            cell(t.component),
                            cell(t.licence or MISSING),
                            cell(", ".join(t.types) or MISSING),
                            cell(w.date(t.expiration) if t.expiration else MISSING),
                            cell(t.licensor or MISSING),
                        ]
                        for t in bom.licensing
                    ],
                )
            )
        return blocks

    def costs(self) -> None:
        w, r, m = self.w, self.r, self.r.method
        blocks = self.section("sec.costs", "costs")
        blocks.append(paragraph(w.cost_intro()))
        alts = r.alternatives
        lines = [
            (w.t("cost.one_time"), [a.economics.one_time_total for a in alts]),
            (w.t("cost.yearly"), [a.economics.yearly_total for a in alts]),
            (w.t("cost.exit"), [a.economics.exit for a in alts]),
            (
                w.t("cost.nominal_total", count=m.horizon_years, years=m.horizon_years),
                [a.economics.nominal_total for a in alts],
            ),
            (w.t("cost.present_value"), [a.economics.present_value for a in alts]),
        ]
        blocks.append(
            self.table(
                w.t("tab.costs"),
                [column(w.t("col.item"), width=2.2), *self._alternative_columns("right")],
                [[cell(label)] + [cell(w.money(v)) for v in values] for label, values in lines],
                strong_last=True,
            )
        )
        for a in alts:
            e = a.economics
            blocks.append(self.subheading(w.t("cost.flows", name=self.w.name(a.id))))
            if e.one_time or e.yearly:
                items = [
                    [cell(f"{w.t('cost.one_time')}: {w.cost_item(k)}"), cell(w.num(v))]
                    for k, v in e.one_time.items()
                ] + [
                    [cell(f"{w.t('cost.yearly')}: {w.cost_item(k)}"), cell(w.num(v))]
                    for k, v in e.yearly.items()
                ]
                blocks.append(
                    self.table(
                        w.t("tab.cost_items", name=self.w.name(a.id)),
                        [column(w.t("col.item"), width=3), column("EUR", "right", 1)],
                        items,
                    )
                )
            blocks.append(
                self.table(
                    w.t("tab.cash_flows", name=self.w.name(a.id)),
                    [
                        column(w.t("col.year"), "right", 0.6),
                        column(w.t("col.nominal"), "right", 1.5),
                        column(w.t("col.discount_factor"), "right", 1.2),
                        column(w.t("col.present_value"), "right", 1.5),
                    ],
                    [
                        [
                            cell(str(f.year)),
                            cell(w.money(f.nominal)),
                            cell(w.num(f.discount_factor, 4)),
                            cell(w.money(f.present_value)),
                        ]
                        for f in e.cash_flows
                    ],
                )
            )

    def gaps(self) -> None:
        w, r = self.w, self.r
        blocks = self.section("sec.gaps", "gaps")
        blocks.append(paragraph(w.t("gap.rule." + r.method.missing_data)))
        if r.gaps:
            blocks.append(
                self.table(
                    w.t("tab.gaps"),
                    [
                        column(w.t("col.alternative"), width=1.6),
                        column(w.t("col.criterion"), width=2.6),
                        column(w.t("col.gap"), width=2),
                    ],
                    [[cell(a), cell(c), cell(g)] for a, c, g in w.gap_rows()],
                )
            )
        else:
            blocks.append(paragraph(w.t("gap.none")))
        if r.warnings:
            blocks.append(paragraph(w.t("gap.warnings") + ":"))
            blocks.append(self.items([("", w.message(msg)) for msg in r.warnings]))
        deviations = r.request.deviations
        if deviations:
            blocks.append(paragraph(w.t("dev.note")))
            blocks.append(
                self.table(
                    w.t("dev.title"),
                    [
                        column(w.t("check.col.rule"), width=1.3),
                        column(w.t("col.alternative"), width=1.6),
                        column(w.t("col.criterion"), width=1.6),
                        column(w.t("check.col.decision"), width=1.3),
                        column(w.t("check.col.approver"), width=1.4),
                        column(w.t("check.col.expires"), width=1.0),
                        column(w.t("dev.justification"), width=3.0, detail=True),
                    ],
                    [
                        [
                            cell(d.rule),
                            cell(w.name(d.alternative) if d.alternative else MISSING),
                            cell(w.criterion(d.criterion) if d.criterion else MISSING),
                            cell(d.decision),
                            cell(d.approver),
                            cell(w.date(d.expires)),
                            cell(d.justification),
                        ]
                        for d in deviations
                    ],
                )
            )

    def method(self) -> None:
        w, r = self.w, self.r
        blocks = self.section("sec.method", "method")
        blocks.append(self.items([("", " ".join(parts)) for parts in w.method_lines()]))
        blocks.append(self.subheading(w.t("audit.title")))
        a = r.audit
        audit = [
            (w.t("audit.request"), cell(a.request_file)),
            (w.t("audit.request_sha"), cell(a.request_sha256, mono=True)),
            (w.t("audit.catalogue"), cell(f"{a.catalogue_id} {a.catalogue_version}")),
            (w.t("audit.lineage"), cell(" › ".join(c.id for c in r.catalogue.lineage))),
            (w.t("audit.catalogue_sha"), cell(a.catalogue_sha256, mono=True)),
            (w.t("audit.spdx"), cell(a.spdx_list_version)),
            (w.t("audit.standards"), cell(a.standards_list_version)),
            *(
                (
                    w.t(
                        "audit.evidence",
                        kind=w.t("ev.kind." + e.kind),
                        alternative=w.name(e.alternative),
                    ),
                    cell(e.file, notes=[note(w.t("audit.sha", sha=e.sha256), mono=True)]),
                )
                for e in a.evidence
            ),
            (w.t("audit.tool"), cell(f"ossfirst {a.tool_version}")),
            (w.t("audit.schema"), cell(r.schema_version)),
        ]
        blocks.append(
            self.table(
                w.t("audit.title"),
                [column(w.t("col.item"), width=1.6), column(w.t("col.value"), width=3.4)],
                [[cell(label), value] for label, value in audit],
            )
        )
        if self.options.command:
            blocks.append(paragraph(w.t("audit.reproduce", command=self.options.command)))


def build(result: Result, options: RenderOptions) -> dict[str, Any]:
    """The report in ``options.lang`` as plain data (JSON-ready): title block, page
    furniture and numbered sections."""
    return _Builder(result, options).build()


def issued_date(options: RenderOptions, result: Result) -> dt.date:
    """The date a report is issued: the one given, else the request's date."""
    return options.issued.date() if options.issued else result.request.date
