# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
"""``ossfirst check``: the OSS-first policy over a repository of requests, for CI.

Each request runs through the usual pipeline (load, enrich, evaluate); :mod:`.findings`
turns its Result into findings with rule ids and ``file:line:col``, :mod:`.config` reads the
repository's policy, :mod:`.run` checks many files in parallel and in a fixed order, and
:mod:`.formats` writes them for people, GitLab, GitHub and other tools.
"""
