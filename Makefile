# One entry point for the project's jobs. `make run` and `make test` are the README's two
# commands; each installs what it needs into .venv first (only when pyproject.toml changed).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test check lint typecheck imports install install-test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

## run: install, ingest seeds/ into ./data and serve the API on http://127.0.0.1:8000
run: install
	$(BIN)/ikg ingest seeds/
	$(BIN)/ikg serve --host $(HOST) --port $(PORT)

## test: install the test dependencies and run the whole test suite
test: install-test
	bash scripts/test-prerequisites.sh
	$(BIN)/python -m pytest

## check: tests, lint, types and the import direction
check: test lint typecheck imports

lint: install-test
	$(BIN)/ruff check graph ontology loaders api tests bench

typecheck: install-test
	$(BIN)/mypy

imports: install-test
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
