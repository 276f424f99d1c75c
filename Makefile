# SPDX-FileCopyrightText: 2026 The ossfirst authors
# SPDX-License-Identifier: EUPL-1.2
#
#   make demo   set up .venv, evaluate shipped examples into out/, write the council paper of
#               another (short version and report, also as Word and OpenDocument), build the
#               sample repository's transparency portfolio into out/portfolio/, and index and
#               search the test corpus of publiccode.yml files
#   make test   set up .venv with the test tools and run tests, lint and type checks
#   make dist   build wheel and sdist into dist/, reproducibly (docs/releasing.md)
#   make image  build the container image from Containerfile (docker or podman)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO   := examples/videoconferencing.yaml
# the council paper: the short version and the full report as documents to edit and to file
COUNCIL := examples/council-information-system.yaml
PAPERS := md,html,pdf,docx,odt
MARKET_DEMO := examples/specialised-procedure.yaml
MARKET := out/market.sqlite3
CORPUS := publiccode-corpus=tests/cases/market/corpus
# Tests that need a system program or font (Chromium for the HTML report, LibreOffice for
# the workbooks, Noto Sans CJK for names in Chinese, Japanese and Korean) are skipped where
# it is missing, with one line saying so; `make test OSSFIRST_REQUIRE_TOOLS=1` requires them,
# as .ci/run does after installing them.
OSSFIRST_REQUIRE_TOOLS ?=
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
# Reproducible builds: the time of the last commit, unless given.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 315532800)
ENGINE ?= $(shell command -v podman 2>/dev/null || command -v docker 2>/dev/null)

.PHONY: demo test lint fuzz format compiled docs bench update-data dist image release-check clean

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
	$(BIN)/ossfirst evaluate $(DEMO) --format md,json,html,pdf,xlsx --output-dir out
	@echo "Reports written to out/ (Markdown, JSON, HTML, PDF, Excel workbook)"
	$(BIN)/ossfirst evaluate $(COUNCIL) --format $(PAPERS),json --output-dir out -q
	$(BIN)/ossfirst evaluate $(COUNCIL) --short --format $(PAPERS) --output-dir out -q
	@echo "Council paper of $(COUNCIL) (decisive requirement, gap closing) written to out/:" \
		"2026-IT-061.short.* (short version with the report as its appendix) and" \
		"2026-IT-061.* (the report), as Markdown, HTML, PDF, Word and OpenDocument"
	cd examples/repo && ../../$(BIN)/ossfirst portfolio --date 2026-11-27 -q \
		--output-dir ../../out/portfolio; [ $$? -le 1 ]
	@echo "Transparency portfolio of examples/repo written to out/portfolio/ (index.html)"
	@# the market exploration: an index of the test corpus (200 real publiccode.yml files,
	@# three of them broken on purpose), the search the Standesamt example records, and its report
	$(BIN)/ossfirst market index --db $(MARKET) $(CORPUS) --snapshot 2026-10-01 --fresh
	$(BIN)/ossfirst market search anagrafe --db $(MARKET) --date 2026-10-12 --limit 5
	$(BIN)/ossfirst evaluate $(MARKET_DEMO) --format md,json,html,pdf,xlsx --output-dir out
	@echo "Market index out/market.sqlite3; the exploration of $(MARKET_DEMO) is in its report"

test: $(VENV)/.installed-test
	OSSFIRST_REQUIRE_TOOLS=$(OSSFIRST_REQUIRE_TOOLS) $(BIN)/python -m pytest -q; \
		rc=$$?; [ $$rc -eq 0 ] || [ $$rc -eq 5 ] || exit $$rc
	$(MAKE) --no-print-directory lint

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/python scripts/compile_data.py --check
	$(BIN)/python scripts/gen_cli_reference.py --check
	$(BIN)/python scripts/gen_coverage.py --check
	$(BIN)/reuse lint --quiet || $(BIN)/reuse lint

fuzz: $(VENV)/.installed-test
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q tests/fuzz --hypothesis-show-statistics

format: $(VENV)/.installed-test
	$(BIN)/ruff format src tests bench scripts
	$(BIN)/ruff check --fix src tests bench scripts

compiled: $(VENV)/.installed
	$(BIN)/python scripts/compile_data.py

docs: $(VENV)/.installed
	$(BIN)/python scripts/gen_cli_reference.py
	$(BIN)/python scripts/gen_coverage.py

bench: $(VENV)/.installed
	$(BIN)/python bench/bench_evaluate.py
	$(BIN)/python bench/bench_reports.py
	$(BIN)/python bench/bench_xlsx.py
	$(BIN)/python bench/bench_limits.py --refusals --at-limits

update-data: $(VENV)/.installed-test
	$(BIN)/python scripts/update_spdx.py --check; spdx=$$?; \
		$(BIN)/python scripts/check_standards.py --check; standards=$$?; \
		[ $$spdx -eq 0 ] && [ $$standards -eq 0 ]

dist: $(VENV)/.installed-test
	rm -rf dist
	SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH) $(BIN)/hatchling build -d dist
	cd dist && sha256sum ossfirst-$(VERSION)-py3-none-any.whl ossfirst-$(VERSION).tar.gz > SHA256SUMS
	@cat dist/SHA256SUMS

image: dist
	@[ -n "$(ENGINE)" ] || { echo "make image: neither podman nor docker found" >&2; exit 1; }
	$(ENGINE) build -f Containerfile --build-arg VERSION=$(VERSION) -t ossfirst:$(VERSION) .

release-check: $(VENV)/.installed-test
	$(BIN)/python scripts/release_check.py

clean:
	rm -rf $(VENV) out build dist .pytest_cache .mypy_cache .ruff_cache
