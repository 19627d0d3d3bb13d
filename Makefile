# vnmeet: `make run` and `make test` work on a fresh machine with Python >= 3.10 and make.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint typecheck pytest bench clean venv

$(BIN)/vnmeet: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

venv: $(BIN)/vnmeet

run: venv
	$(BIN)/vnmeet process samples -o out/samples.jsonl

lint: venv
	$(BIN)/ruff check cli core tests bench

typecheck: venv
	$(BIN)/mypy core

pytest: venv
	$(BIN)/pytest -q

test: lint typecheck pytest

# Throughput, memory and start-up figures into bench/results.json (ARGS=--all for 35,440).
bench: venv
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run.py $(ARGS)
	$(BIN)/python bench/headset.py --pages 2000

clean:
	rm -rf $(VENV) out build *.egg-info .mypy_cache .pytest_cache .ruff_cache
