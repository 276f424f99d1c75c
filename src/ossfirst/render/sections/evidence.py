# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""What the evidence files say, per alternative and file: one function per kind of file
(:data:`KINDS`). ``ossfirst evidence show`` shows a file with the same function."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ossfirst.model.result import PubliccodeFacts, SbomFacts, ScorecardFacts
from ossfirst.render.document import (
    MISSING,
    Block,
    cell,
    clean,
    column,
    paragraph,
    subheading,
    table,
)
from ossfirst.render.sections._base import Context, ReportSection
from ossfirst.render.words import Phrases


def publiccode(pc: PubliccodeFacts, w: Phrases, name: str) -> list[Block]:
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
        table(
            w.t("tab.publiccode", name=clean(name)),
            [column(w.t("col.field"), width=1.6), column(w.t("col.value"), width=4.4)],
            [[cell(w.t(key)), cell(value)] for key, value in facts],
        )
    ]


def scorecard(sc: ScorecardFacts, w: Phrases, name: str) -> list[Block]:
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
        paragraph(w.scorecard_summary(sc)),
        table(
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


def sbom(bom: SbomFacts, w: Phrases, name: str) -> list[Block]:
    blocks: list[Block] = [paragraph(w.sbom_summary(bom))]
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
            table(
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
            table(
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


#: How a file of each kind is shown: its facts (the field of the same name of an
#: alternative's evidence in the Result), the words and the name of what it is about, as
#: blocks. A new kind of evidence file adds one entry.
KINDS: dict[str, Callable[[Any, Phrases, str], list[Block]]] = {
    "publiccode": publiccode,
    "scorecard": scorecard,
    "sbom": sbom,
}


def build(ctx: Context) -> list[Block] | None:
    w, r = ctx.words, ctx.result
    if not r.audit.evidence:
        return None
    blocks: list[Block] = [paragraph(w.t("ev.intro"))]
    for a in r.alternatives:
        files = [(kind, facts) for kind in KINDS if (facts := getattr(a.evidence, kind))]
        if not files:
            continue
        blocks.append(subheading(w.name(a.id)))
        for kind, facts in files:
            blocks.append(subheading(f"{w.t('ev.kind.' + kind)}: {facts.file}", level=4))
            blocks += KINDS[kind](facts, w, w.name(a.id))
    return blocks


SECTION = ReportSection("evidence", "sec.evidence", build)
