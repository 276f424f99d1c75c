# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The transparency portfolio: many requests, evaluated, become a public dashboard, open
data and an annual report for the council.

The flow runs one way: each request file is evaluated by check's workers and reduced to a
summary (:mod:`~ossfirst.portfolio.collect`, :mod:`~ossfirst.portfolio.summary`); the main
process keeps summaries, never Results, and adds them up as they arrive
(:mod:`~ossfirst.portfolio.figures`), writing the open data row by row
(:mod:`~ossfirst.portfolio.opendata`); at the end the figures are put into words once
(:mod:`~ossfirst.portfolio.document`) for the dashboard (:mod:`~ossfirst.portfolio.html`)
and the annual report (:mod:`~ossfirst.portfolio.pdf`). The whole site is written into a
staging folder and put in place at once (:mod:`~ossfirst.portfolio.site`).
"""
