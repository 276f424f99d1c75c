# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The request in other shapes than the YAML an officer might not know: a form in Excel
(:mod:`ossfirst.forms.workbook`, read back by :mod:`ossfirst.load.form`) and readable YAML
written from a request (:mod:`ossfirst.forms.yaml`). :mod:`ossfirst.forms.layout` is the
form's layout, which the writer and the reader share.
"""
