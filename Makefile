# vnmeet: `make run` and `make test` work on a fresh machine with Python >= 3.10 and make.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint typecheck pytest bench clean venv fast

$(BIN)/vnmeet: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

venv: $(BIN)/vnmeet

run: venv
	$(BIN)/vnmeet process samples -o out/samples.jsonl

lint: venv
	$(BIN)/ruff check cli core tests bench setup.py

typecheck: venv
	$(BIN)/mypy core

pytest: venv
	$(BIN)/pytest -q

test: lint typecheck pytest

# The compiled build (setup.py): a venv of its own, installed from the sources (not
# editable), the extraction modules compiled by mypyc; a few minutes of C compilation.
FAST ?= .venv-fast
$(FAST)/bin/vnmeet: pyproject.toml setup.py $(wildcard core/*.py core/*/*.py cli/*.py)
	$(PYTHON) -m venv $(FAST)
	$(FAST)/bin/python -m pip install --quiet --upgrade pip 'setuptools>=77' wheel 'mypy>=1.10'
	$(FAST)/bin/python -m pip install --quiet .
	rm -rf build  # (pip builds in the tree: no compiled module may linger there for a later pure build)
	VNMEET_COMPILE=1 $(FAST)/bin/python -m pip install --quiet --no-build-isolation --force-reinstall --no-deps .
	rm -rf build
	@touch $@

fast: $(FAST)/bin/vnmeet
	$(FAST)/bin/vnmeet --version

# Throughput, memory and start-up figures into bench/results.json (ARGS=--all for 35,440),
# for the pure-Python and the compiled build.
# (without a C compiler the compiled build fails and the bench runs the pure one alone)
bench: venv
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	-$(MAKE) --no-print-directory fast
	$(BIN)/python bench/run.py $$([ -x $(FAST)/bin/vnmeet ] && echo --compiled $(FAST)/bin/vnmeet) $(ARGS)
	$(BIN)/python bench/headset.py --pages 2000

clean:
	rm -rf $(VENV) $(FAST) out build *.egg-info .mypy_cache .pytest_cache .ruff_cache
