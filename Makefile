# The two Quick start commands live here: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# manage.py defaults to the production settings; development is this explicit choice.
DEV := DJANGO_SETTINGS_MODULE=outreach.settings.dev

.PHONY: run test install browser messages lock lint vendor

# The lock file, then the example third-party theme, pip-installed like any theme package
# (docs/plugins.md) with its catalogues compiled first so that the installed copy is translated.
$(STAMP): requirements.lock pyproject.toml tests/example_theme/pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	cd tests/example_theme/tuuli_loneliness && $(CURDIR)/$(BIN)/django-admin compilemessages -v0
	$(BIN)/python -m pip install -q ./tests/example_theme
	touch $@

## install: the virtualenv from the lock file, and compiled translations.
install: $(STAMP)
	$(DEV) $(BIN)/python manage.py compilemessages --ignore=$(VENV) -v0

## run: set up, build the demo on SQLite and serve it at http://127.0.0.1:8000/ with a task worker
## (outreach/demo/launcher.py: logins printed once it answers, Ctrl-C stops both).
run: install
	$(DEV) $(BIN)/python manage.py migrate --noinput -v0
	$(DEV) $(BIN)/python manage.py rundemo

## browser: the system Chromium the browser tests drive (Playwright cannot download one here).
browser:
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq chromium; } || { echo "Install Chromium: sudo apt-get install chromium" >&2; exit 1; }

# The JavaScript tests' packages (fake-indexeddb, and the Suomi.fi packages the vendored copy is
# checked against), from the lock file.
NODE_STAMP := node_modules/.package-lock.json
$(NODE_STAMP): package-lock.json package.json
	@command -v npm >/dev/null || { echo 'make test: install node (20+) and npm for the JS tests'; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error

## test: set up and run the whole suite (SQLite unless DATABASE_URL says otherwise); the worker
## app's JavaScript tests need Node 20 or later.
test: install browser $(NODE_STAMP)
	node --test tests/js/
	$(BIN)/python -m pytest

## vendor: refresh the committed copy of the Suomi.fi design tokens and icons (static/vendor/suomifi/)
## from the npm packages after `npm update`; the site itself needs no Node and no build step.
vendor: $(NODE_STAMP)
	node bench/vendor_suomifi.mjs

## messages: refresh every catalogue after changing user-visible strings.
messages: install
	$(DEV) $(BIN)/python manage.py makemessages --no-location -l fi -l sv -l en --ignore=$(VENV) --ignore=var --ignore=staticfiles --ignore=bench --ignore='tests/*'
	$(DEV) $(BIN)/python manage.py makemessages --no-location -d djangojs -l fi -l sv -l en --ignore=$(VENV) --ignore=var --ignore=staticfiles --ignore='tests/*' --ignore='*/leaflet/*'

## lock: re-pin every dependency after editing pyproject.toml.
lock:
	$(BIN)/python -m pip install -q uv
	$(BIN)/uv pip compile pyproject.toml --extra test -o requirements.lock --python-version 3.11 -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
