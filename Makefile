# Praxis: `make run` serves the demo site, `make test` runs the tests.
# Both create .venv on first use; only Python 3.11+ and make are needed.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-dev
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-postgres test-services services-deps test-browser browser-deps lint bench check messages check-messages clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

run: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	@echo "Serving Praxis on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	$(PY) manage.py runserver $(HOST):$(PORT)

# Every core (pytest-xdist), one test file per worker at a time (a file's
# module-scoped data is built once, on its worker). The test databases are kept
# between runs (--reuse-db in pyproject.toml; migrate still applies new
# migrations): `PYTEST_ADDOPTS=--create-db make test` builds them anew.
PARALLEL ?= -n auto --dist loadfile

SUITE := -m "not browser and not bench and not services" --ignore=tests/browser

test: $(STAMP)
	$(PY) -m pytest $(SUITE) $(PARALLEL)

# The same suite on PostgreSQL; override DATABASE_URL for another server.
test-postgres: $(STAMP)
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} \
		$(PY) -m pytest $(SUITE) $(PARALLEL)

# The deployment's real parts on loopback (tests/deploy): Debian's Varnish
# receiving purges, moto's S3-compatible server, gunicorn with two workers,
# Redis as the cache (REDIS on 127.0.0.1:6379), on PostgreSQL by default.
services-deps: $(STAMP)
	@command -v varnishd >/dev/null 2>&1 || test -x /usr/sbin/varnishd || { \
		echo "Installing Debian's varnish package"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish >/dev/null; }

test-services: services-deps
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} \
		$(PY) -m pytest -m services tests/deploy $(PARALLEL)

# Debian's Chromium driven by Playwright; never a downloaded browser.
browser-deps: $(STAMP)
	$(PY) -m pip install --quiet -e ".[dev,browser]"
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Debian's chromium package"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test-browser: browser-deps
	DJANGO_ALLOW_ASYNC_UNSAFE=1 $(PY) -m pytest tests/browser -m browser

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache

check: $(STAMP)
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

# Interface translations (GNU gettext's xgettext and msgfmt): extract every
# string into locale/<lang>/LC_MESSAGES/django.po, then compile the .mo files
# the site reads. check-messages fails on a missing, untranslated or fuzzy entry.
MESSAGE_LANGUAGES := sv ar es fr
messages: $(STAMP)
	$(PY) manage.py makemessages $(addprefix -l ,$(MESSAGE_LANGUAGES)) --no-obsolete \
		--ignore=.venv --ignore=tests --ignore=docs --ignore=staticfiles --ignore=media
	$(PY) manage.py compilemessages --ignore=.venv

check-messages: $(STAMP)
	$(PY) manage.py check_messages

# The public pages (SQLite), then the API over HTTP with 10,000 lessons in a
# PostgreSQL database it creates and drops (BENCH_POSTGRES_URL, default
# postgres://postgres@127.0.0.1:5432/; SQLite when unreachable). JSON on stdout
# and in bench-results.json.
bench: $(STAMP)
	$(PY) -m tests.benchmarks.run

clean:
	rm -rf $(VENV) db.sqlite3 .test-db.sqlite3* media staticfiles .pytest_cache
