# Sounding Board. `make help` lists the targets; CI runs `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
MODEL := models/sounding-board.tar.gz
TRAINING_INPUTS := config.yml domain.yml $(shell find data -name '*.yml' 2>/dev/null) \
                   $(wildcard rasa_project/nlu/*.py)
SOCKET_IO := rasa_project/web/static/vendor/socket.io.min.js
AXE := rasa_project/web/static/vendor/axe.min.js
CHART_JS := rasa_project/web/static/vendor/chart.umd.min.js
CHROMIUM ?= /usr/bin/chromium
NGINX ?= /usr/sbin/nginx

# Settings from .env (see .env.example), when there is one.
ifneq (,$(wildcard .env))
include .env
export $(shell sed -n 's/^\([A-Z_][A-Z0-9_]*\)=.*/\1/p' .env)
endif

export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export PYTHONPATH := $(CURDIR)

.PHONY: help install train run run-scaled nginx test test-python validate conversation-tests eval bench bench-scaled profile soak bench-console compare-pipelines lint browser clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt
	@py=$$(scripts/find-python310) || exit 1; \
	  [ -x $(PY) ] || { echo "Creating $(VENV) with $$py"; "$$py" -m venv $(VENV); }
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

# Browser files the web app serves itself; axe-core is only for the accessibility test,
# chart.js draws the console's trend charts.
$(SOCKET_IO) $(AXE) $(CHART_JS) &: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	mkdir -p $(dir $(SOCKET_IO))
	cp node_modules/socket.io-client/dist/socket.io.min.js $(SOCKET_IO)
	cp node_modules/axe-core/axe.min.js $(AXE)
	cp node_modules/chart.js/dist/chart.umd.min.js $(CHART_JS)

install: $(VENV)/.installed $(SOCKET_IO) $(AXE) $(CHART_JS) ## Create the Python 3.10 venv and install everything pinned

$(MODEL): $(VENV)/.installed $(TRAINING_INPUTS)
	$(RASA) train --fixed-model-name sounding-board --out models
	@touch $@

train: $(MODEL) ## Train the assistant (only when data, domain or config changed)

run: install train ## Start Rasa (5005), actions (5055), web app (8080); Ctrl-C stops all
	$(PY) -m rasa_project migrate
	$(PY) -m rasa_project demo-data
	$(VENV)/bin/honcho -f Procfile start

# Scale mode against the PostgreSQL and Redis on this machine, unless the environment
# (or .env) names others. See "Scale mode" in README.md.
RASA_INSTANCES ?= 2
ACTION_INSTANCES ?= 2
run-scaled: export DATABASE_URL ?= postgresql://postgres@127.0.0.1:5432/sounding_board
run-scaled: export TRACKER_STORE_URL ?= postgresql://postgres@127.0.0.1:5432/sounding_board_tracker
run-scaled: export REDIS_URL ?= redis://127.0.0.1:6379/0
run-scaled: install train nginx ## Scale mode: nginx, N Rasa, M action servers, PostgreSQL, Redis
	$(PY) -m rasa_project migrate
	$(PY) -m rasa_project demo-data
	RASA_INSTANCES=$(RASA_INSTANCES) ACTION_INSTANCES=$(ACTION_INSTANCES) \
	  $(VENV)/bin/honcho -f Procfile.scaled start

nginx: ## Install Debian's nginx for scale mode and its tests (needs root)
	@command -v $(NGINX) >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq nginx >/dev/null \
	    && { service nginx stop >/dev/null 2>&1 || true; }; \
	  else echo "error: scale mode needs nginx: sudo apt-get install nginx" >&2; exit 1; fi; }

browser: ## Install Debian's Chromium for the browser tests (needs root)
	@command -v $(CHROMIUM) >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "error: browser tests need Chromium: sudo apt-get install chromium" >&2; exit 1; fi; }

validate: install ## rasa data validate, failing on warnings
	$(RASA) data validate --fail-on-warnings

conversation-tests: train ## Conversation tests in tests/ with rasa test core
	$(RASA) test core --model $(MODEL) --stories tests/conversations --fail-on-prediction-errors --out results/core

test-python: install train browser nginx ## pytest: unit, actions, web, browser and system tests
	$(PY) -m pytest

test: validate test-python conversation-tests ## Everything CI runs

EVAL_DIR := var/eval
eval: $(MODEL) ## Themes, risk and intents on held-out data → docs/eval.md
	mkdir -p $(EVAL_DIR)
	grep -v -E "ThemeClassifier|PersonRequestDetector|RiskDetector" config.yml \
	  > $(EVAL_DIR)/config-without-detectors.yml
	$(RASA) train nlu --config $(EVAL_DIR)/config-without-detectors.yml --out $(EVAL_DIR) \
	  --fixed-model-name without-detectors
	$(PY) -m rasa_project evaluate-nlu --model $(MODEL) \
	  --baseline-model $(EVAL_DIR)/without-detectors.tar.gz --out docs

bench: $(MODEL) ## Full stack vs a stock `rasa init` assistant → docs/benchmarks.md
	$(PY) -m bench.run

soak: $(MODEL) ## 50 conversations × 20 turns: nothing lost or reordered → docs/soak.md
	$(PY) -m bench.soak

bench-scaled: $(MODEL) nginx ## Scale mode with 1 and 2 Rasa instances → docs/scale-benchmark.md
	$(PY) -m bench.scaled

profile: $(MODEL) ## Where a turn's CPU goes, sampled with py-spy under load → docs/profile.md
	$(PY) -m bench.profile

bench-console: install ## Console latency with 10,000 handoffs → docs/console-benchmark.md
	$(PY) -m pytest bench/console_test.py -p tests.conftest -q -s

compare-pipelines: install ## Light vs DIET pipeline: CV macro-F1, train time, latency → docs/pipelines.md
	$(PY) -m bench.pipelines

lint: install ## ruff and mypy
	$(VENV)/bin/ruff check rasa_project actions tests bench
	$(VENV)/bin/ruff format --check rasa_project actions tests bench
	$(VENV)/bin/mypy rasa_project actions

clean: ## Remove the venv, models, results and local data
	rm -rf $(VENV) models results var node_modules rasa_project/web/static/vendor
