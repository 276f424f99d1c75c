# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""The evaluation engine: pure functions from (catalogue, request, facts) to a Result."""
