# Two commands matter: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
FLASK  := $(VENV)/bin/flask --app app
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test
DSTAMP := $(VENV)/.installed-dev

.PHONY: run test lint bench clean install install-test packages-run packages-test
# Prerequisites are made in the order written: the Debian packages before the venv and the tests.
.NOTPARALLEL:

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(DSTAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

$(TSTAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(STAMP)
install-test: $(TSTAMP)

# Debian packages this machine lacks are installed first (as root, or through sudo -n).
packages-run packages-test:
	@PYTHON="$(PYTHON)" VENV="$(VENV)" bash tools/debian-packages.sh $(@:packages-%=%)

# The app, the mail worker and a loopback SMTP sink (mail kept under instance/mail/, read at
# /notifications/dev-mail: DEV_MAIL_PAGE=1 here only), stopped together.
run: packages-run $(DSTAMP)
	$(FLASK) db upgrade
	$(FLASK) demo load --if-empty
	@echo "Serving on http://127.0.0.1:5000 — sign in with a demo login above. Mail: instance/mail/"
	@trap 'kill 0' EXIT INT TERM; \
	  export DEV_MAIL_PAGE=1 MAIL_HOST=127.0.0.1; \
	  $(FLASK) notify sink & \
	  $(FLASK) notify run & \
	  $(FLASK) run --host 127.0.0.1 --port 5000

# Lint, then the suite on SQLite and on a throwaway PostgreSQL (DATABASE_URL set: that one only).
test: packages-test $(TSTAMP)
	PY=$(PY) bash tools/test.sh $(PYTEST_ARGS)

# Benchmarks print figures and write bench/RESULTS.md (needs root for the throwaway PostgreSQL).
bench: $(STAMP)
	bash bench/run.sh $(BENCH_ARGS)

lint: $(TSTAMP)
	$(PY) -m ruff check .

clean:
	rm -rf $(VENV) instance .pytest_cache .hypothesis .ruff_cache
