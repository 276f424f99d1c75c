# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""Office Open XML workbooks (``.xlsx``), written and read without a spreadsheet library.

:mod:`ossfirst.xlsx.book` writes what the evaluation workbook and the request form need
(text, numbers, dates, live formulas, number formats, frozen headers, column widths,
drop-down lists, named cells) as byte-identical files; :mod:`ossfirst.xlsx.read` reads a
workbook defensively (its size bounded before anything is unpacked, macros and encrypted
files refused, XML parsed without entities). Both take a few milliseconds: a general
spreadsheet library costs more to import than a whole evaluation.
"""
