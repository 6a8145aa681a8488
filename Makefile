# deadlines: the two commands a newcomer needs are `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
STAMP := $(VENV)/.installed
export UV_PYTHON := $(BIN)/python

.PHONY: help setup system-deps demo test lint bench airflow cluster lock clean

help:
	@echo "make demo     set up, then run the whole pipeline through Airflow on the sample feed"
	@echo "make test     set up, lint, type-check and run the test suite"
	@echo "make airflow  run 'airflow standalone' on this project's dags/ and plugins/"
	@echo "make cluster  run the DAGs on the CeleryExecutor (2 workers, local Redis and PostgreSQL)"
	@echo "make bench    print extraction and store figures"
	@echo "make lock     re-resolve requirements.lock from pyproject.toml"

# A virtualenv with uv inside it, the locked dependencies, then the project itself
# (editable, without build isolation so that nothing unpinned is fetched). Everything is
# compiled to bytecode at install time, as pip does: where PYTHONDONTWRITEBYTECODE is set,
# every command and every worker process would otherwise compile its imports anew (two
# seconds and more before `deadlines` does anything).
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --compile-bytecode -r requirements.lock
	$(BIN)/uv pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m compileall -q src
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/python demo/run.py

# Debian packages the system tests use: docker-compose (validates docker-compose.yaml) and
# Chromium (the browser test). Installed only when missing.
system-deps:
	@missing=""; \
	command -v docker-compose >/dev/null || missing="$$missing docker-compose"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	if [ -n "$$missing" ]; then \
		echo "installing from Debian:$$missing"; \
		sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
		$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing >/dev/null; \
	fi

test: setup system-deps lint
	bash tests/run.sh $(BIN)/python

lint: setup
	$(BIN)/ruff check src plugins dags tests bench demo
	$(BIN)/mypy

bench: setup
	$(BIN)/python bench/timex_eval.py ../shared/datasets/tbaq --no-baseline
	$(BIN)/python bench/timex_eval.py ../shared/datasets/meantime-en
	$(BIN)/python bench/commitments_eval.py

cluster: setup
	$(BIN)/python demo/cluster.py

airflow: setup
	$(BIN)/python demo/run.py standalone

lock: setup
	$(BIN)/uv pip compile pyproject.toml --extra airflow --extra dev --python-version 3.11 \
		--custom-compile-command "make lock" -o requirements.lock

clean:
	rm -rf $(VENV) .deadlines .pytest_cache .mypy_cache .ruff_cache
