# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""JUnit XML as GitLab reads it: :mod:`ossfirst.check.formats.junit` with the file on every
test case (``testcase/@file``, which GitLab shows and the Jenkins schema does not allow)."""

from __future__ import annotations

from ossfirst.check.formats import junit


class Writer(junit.Writer):
    case_file = True
