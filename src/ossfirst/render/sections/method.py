# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The method, and the audit annex: what went in (files and their hashes, catalogue, data
versions, tool) and the command that reproduces the report."""

from __future__ import annotations

from ossfirst.render.document import (
    Block,
    bullets,
    cell,
    column,
    note,
    paragraph,
    subheading,
    table,
)
from ossfirst.render.sections._base import Context, ReportSection


def build(ctx: Context) -> list[Block]:
    w, r, a = ctx.words, ctx.result, ctx.result.audit
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
    blocks: list[Block] = [
        bullets([("", " ".join(parts)) for parts in w.method_lines()]),
        subheading(w.t("audit.title")),
        table(
            w.t("audit.title"),
            [column(w.t("col.item"), width=1.6), column(w.t("col.value"), width=3.4)],
            [[cell(label), value] for label, value in audit],
        ),
    ]
    if ctx.options.command:
        blocks.append(paragraph(w.t("audit.reproduce", command=ctx.options.command)))
    return blocks


SECTION = ReportSection("method", "sec.method", build)
