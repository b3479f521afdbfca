# Kinerja Luring: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
DEMO_EMPLOYEES ?= 400

.PHONY: pg run test lint format translations lupdate bench bench-full bundle bundle-check bench-bundle clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

## Update the .ts catalogues from the source (keeps existing translations).
lupdate: $(STAMP)
	$(PY) -m desktop_app.i18n.extract

run: $(STAMP) translations
	$(PY) main.py demo --if-empty --employees $(DEMO_EMPLOYEES)
	$(PY) main.py

## The suite in one process per core (pytest-xdist); they share the databases built once.
test: $(STAMP) translations
	$(PY) -m ruff check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n auto

## A development PostgreSQL server (initdb in a temporary folder, a Unix socket, no network):
## prints the URL for `python main.py --db URL` and how to stop it.
pg: $(STAMP)
	$(PY) tests/pg/pg_cluster.py

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: $(STAMP)
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

## The benchmark in a coffee break (at most 20 minutes on 2 cores): offices of 1,000, 5,000 and
## 20,000 employees, 5 sync packages; inputs cached by content hash in bench/out/cache/.
## Sizes by environment: BENCH_SIZES=1000,5000,50000 BENCH_SYNC_PACKAGES=100 BENCH_EMPLOYEES=...
bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.report
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.run

## The large sizes (50,000 employees, 100 sync packages of 150,000 records): about 40 minutes.
bench-full: $(STAMP) translations
	BENCH_FULL=1 QT_QPA_PLATFORM=offscreen $(PY) -m bench.report
	BENCH_FULL=1 QT_QPA_PLATFORM=offscreen $(PY) -m bench.run

## The frozen one-folder program for this OS in dist/kinerja-luring/ (installer/build.py:
## translations, PyInstaller, the bundle's --self-test, makensis when installed, SHA-256 sums).
bundle: $(STAMP)
	$(PY) installer/build.py

## CI: build the bundle, then run its self-test as a user would, headless; stderr must stay empty.
bundle-check: bundle
	QT_QPA_PLATFORM=offscreen dist/kinerja-luring/kinerja-luring --self-test 2>build/self-test.err
	test ! -s build/self-test.err || { cat build/self-test.err; exit 1; }

## Cold start of the bundle against a frozen bare PySide6 window, under Xvfb (bench/bundle_startup.py).
bench-bundle: bundle
	$(PY) -m bench.bundle_startup

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm
