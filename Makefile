# Two commands set everything up on a fresh machine:
#   make run   creates .venv, installs, builds the sample database if missing, starts the app
#   make test  ruff, then the whole pytest suite (unit, AppTest and browser tests)
# Not part of them: make stress, the properties of issue 9 at full scale (quick versions run in make test).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501
KLA_DB ?= data/kla.duckdb
export KLA_DB

.PHONY: setup run test lint sample-data clean-db bench stress bytecode

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

setup: $(VENV)/.installed

# The project's modules compiled once, so that a start does not compile them again (Python
# does this itself unless PYTHONDONTWRITEBYTECODE is set, as on some servers and in CI).
bytecode: setup
	$(PY) -m compileall -q dashboard.py kla loaders >/dev/null

run: setup bytecode
	@test -f "$(KLA_DB)" || $(PY) -m loaders sample --db "$(KLA_DB)"
	$(PY) -m streamlit run dashboard.py --server.port $(PORT) --server.headless true

lint: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

test: lint
	$(PY) -m pytest

# Speed and memory at three sizes beside their baselines (not part of `make test`; ~15 min).
bench: setup bytecode
	$(PY) -m bench

# Issue 9 at full scale, one line per property: kill -9 during uploads, hostile and random
# files (round trip, fuzzer); `make test` runs the quick versions.
stress: setup
	$(PY) -m stress

# Rewrites the committed sample workbooks in data/sample/ (deterministic).
sample-data: setup
	$(PY) -m loaders make-sample

clean-db:
	rm -f "$(KLA_DB)" "$(KLA_DB).wal"
