# Two commands matter: `make demo` and `make test`. The rest serves them and CI.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
APPS := $(patsubst %/apps.py,%,$(wildcard */apps.py))

.PHONY: demo test install migrate demodata run lint format messages check-messages clean

demo: install migrate demodata
	@echo ""
	@echo "Koers draait op http://127.0.0.1:8000  (inloggen: zie README, wachtwoord koers-demo)"
	@echo ""
	DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:8000

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

migrate: install
	$(BIN)/python manage.py migrate --noinput

demodata: install
	$(BIN)/python manage.py demo

test: install
	$(BIN)/python -m pytest -m "not integration and not browser" -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Refreshes the English translations after UI text changed, and compiles them; both the .po
# and the .mo files are committed so the demo needs no gettext.
messages: install
	$(BIN)/python manage.py makemessages -l en --no-location --no-obsolete \
		--ignore=.venv --ignore=staticfiles $(foreach app,$(APPS),--ignore=$(app))
	for app in $(APPS); do \
		if [ -d $$app/locale ]; then \
			(cd $$app && ../$(BIN)/django-admin makemessages -l en --no-location --no-obsolete); \
		fi; \
	done
	$(BIN)/python manage.py compilemessages --ignore=.venv

check-messages: install
	bash .ci/check-messages

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
