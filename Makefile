# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
#
#   make demo   set up .venv and evaluate a shipped example into out/
#   make test   set up .venv with the test tools and run tests, lint and type checks

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO   := examples/videoconferencing.yaml
# Tests that need a system program (Chromium for the HTML report) are skipped where it is
# missing, with one line saying so; `make test OSSFIRST_REQUIRE_TOOLS=1` requires them, as
# .ci/run does after installing them.
OSSFIRST_REQUIRE_TOOLS ?=

.PHONY: demo test lint fuzz format templates compiled docs bench update-data clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/ossfirst evaluate $(DEMO) --format md,json,html,pdf --output-dir out
	@echo "Reports written to out/ (Markdown, JSON, HTML, PDF)"

test: $(VENV)/.installed-test
	OSSFIRST_REQUIRE_TOOLS=$(OSSFIRST_REQUIRE_TOOLS) $(BIN)/python -m pytest -q; \
		rc=$$?; [ $$rc -eq 0 ] || [ $$rc -eq 5 ] || exit $$rc
	$(MAKE) --no-print-directory lint

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/python scripts/compile_templates.py --check
	$(BIN)/python scripts/compile_data.py --check
	$(BIN)/python scripts/gen_cli_reference.py --check
	$(BIN)/reuse lint --quiet || $(BIN)/reuse lint

fuzz: $(VENV)/.installed-test
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q tests/fuzz --hypothesis-show-statistics

format: $(VENV)/.installed-test
	$(BIN)/ruff format src tests bench scripts
	$(BIN)/ruff check --fix src tests bench scripts

templates: $(VENV)/.installed
	$(BIN)/python scripts/compile_templates.py

compiled: templates
	$(BIN)/python scripts/compile_data.py

docs: $(VENV)/.installed
	$(BIN)/python scripts/gen_cli_reference.py

bench: $(VENV)/.installed
	$(BIN)/python bench/bench_evaluate.py
	$(BIN)/python bench/bench_reports.py
	$(BIN)/python bench/bench_limits.py --refusals --at-limits

update-data: $(VENV)/.installed-test
	$(BIN)/python scripts/update_spdx.py --check

clean:
	rm -rf $(VENV) out build dist .pytest_cache .mypy_cache .ruff_cache
