# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The limits on what an input may hold, in one place (the README's security model lists
them).

They bound what costs, not only how many values a file has: every request within them
evaluates to every report format in a few seconds and a few hundred megabytes, and every
request beyond them is refused in well under a second, at the line that crosses the limit
and naming it. Each lies far beyond what a real request holds (the largest shipped example
has 5 alternatives, 9 requirements and 33 KB).
"""

from __future__ import annotations

#: A request file, in bytes (the largest example has 33 KB).
REQUEST_BYTES = 150_000
#: Values in a request after its aliases are expanded (a full request has about 2,000).
REQUEST_VALUES = 50_000
#: Characters of all texts of a request after its aliases are expanded.
REQUEST_CHARACTERS = 300_000
#: A request form (an Excel workbook), in bytes as stored and unpacked: a form of the
#: largest request within the other limits has about 300 KB unpacked. Unpacked sizes are
#: bounded before anything is decompressed (zip bombs), and the form's values and texts
#: count against REQUEST_VALUES and REQUEST_CHARACTERS like a YAML request's.
FORM_BYTES = 2_000_000
FORM_UNPACKED = 10_000_000
#: Parts of a workbook (sheets, styles, ...) and the rows and columns of one sheet read.
FORM_PARTS = 200
FORM_ROWS = 10_000
FORM_COLUMNS = 200
#: A catalogue file, in bytes (the standard catalogue has 98 KB).
CATALOGUE_BYTES = 300_000

ALTERNATIVES = 12
REQUIREMENTS = 500
#: Coverage statements (alternatives × requirements): each is a cell of the reports' table.
COVERAGE_CELLS = 2_000
#: Named assessors of one criterion.
ASSESSORS = 10
#: Criteria of a catalogue, inherited ones included (the standard catalogue has 25).
CRITERIA = 50
#: Dimensions and weight profiles of a catalogue.
DIMENSIONS = 12
PROFILES = 50
DEVIATIONS = 30
#: Standards, cost items and evidence references of one alternative or assessment.
STANDARDS = 30
COST_ITEMS = 20
EVIDENCE_REFERENCES = 20
#: Characters of one text (a need, a rationale, a justification), of a name and an id.
TEXT = 20_000
NAME = 200

#: Monte-Carlo draws a request or a catalogue may ask for, and draws × alternatives (the
#: work of the robustness analysis); ``--draws`` on the command line may ask for more.
DRAWS = 100_000
DRAW_WORK = 200_000
#: Draws ``--draws`` may ask for.
COMMAND_LINE_DRAWS = 1_000_000

#: Evidence files: per file, and all files one request names together.
PUBLICCODE_BYTES = 100_000
PUBLICCODE_VALUES = 5_000
SCORECARD_BYTES = 1_000_000
SCORECARD_CHECKS = 25
#: Characters of a Scorecard check's reason (Scorecard writes one short sentence).
SCORECARD_REASON = 200
SBOM_BYTES = 10_000_000
SBOM_COMPONENTS = 10_000
EVIDENCE_BYTES = 10_000_000
#: Components without an open-source licence listed per SBOM in Markdown, HTML and PDF (the
#: JSON report lists them all).
SBOM_LISTED = 20

#: Items one file of pairwise comparisons may compare (Saaty's random consistency index,
#: which the AHP needs, is tabulated up to 10).
PAIRWISE_ITEMS = 10

#: The market exploration a request records (``market_exploration``): catalogues searched,
#: searches, and hits, each a row of the report's section (a real exploration has a few
#: searches and some dozen hits; ``market search --limit`` records at most 1,000 at once).
MARKET_CATALOGUES = 20
MARKET_SEARCHES = 100
MARKET_HITS = 1_000

#: Problems reported per file; the rest are counted.
PROBLEMS = 100
