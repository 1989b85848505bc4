# Everyday commands; every target creates .venv and installs pinned deps on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MKDOCS := NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SEED ?= seeds/celac-china-forum.txt

.PHONY: serve build offline export-pages test fuzz lint extract eval browser axe bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Stamp files re-run pip only when a requirements file changes.
# pip and setuptools first (requirements-venv.txt): the venv's own are old releases with known vulnerabilities.
$(VENV)/.site-installed: requirements-venv.txt requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-venv.txt
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements-venv.txt requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-venv.txt
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.site-installed $@

serve: $(VENV)/.site-installed
	$(MKDOCS) serve --dirtyreload -a 127.0.0.1:8000

build: $(VENV)/.site-installed
	$(MKDOCS) build --strict --site-dir site

# The site as a zip that opens from disk, search included: unzip it and open news-microsite/index.html.
# Material's offline plugin (on through NEWSROOM_OFFLINE, see offline.yml) plus a copy of its Web Worker shim.
OFFLINE_ZIP ?= artifacts/news-microsite-offline.zip
OFFLINE_SITE := build/offline/news-microsite
offline: $(VENV)/.site-installed node_modules/.installed
	rm -rf build/offline
	NEWSROOM_OFFLINE=true $(MKDOCS) build --strict -f offline.yml --site-dir $(OFFLINE_SITE)
	cp node_modules/iframe-worker/shim/index.js $(OFFLINE_SITE)/assets/javascripts/iframe-worker-shim.js
	mkdir -p $(dir $(OFFLINE_ZIP))
	rm -f $(OFFLINE_ZIP)
	cd build/offline && $(abspath $(BIN))/python -m zipfile -c $(abspath $(OFFLINE_ZIP)) news-microsite
	@echo "$(OFFLINE_ZIP): unzip it and open news-microsite/index.html"

# Every generated page and data file as plain files, for generators that run no hooks: make export-pages DIR=out
DIR ?= exported
export-pages: $(VENV)/.site-installed
	PYTHONPATH=hooks $(BIN)/python -m newsroom export-pages $(DIR) --seeds seeds --docs docs \
		--site-name "$${SITE_NAME:-News microsite}" $${SITE_URL:+--site-url "$$SITE_URL"}

extract: $(VENV)/.site-installed
	PYTHONPATH=hooks $(BIN)/python -m newsroom $(SEED)

# Precision, recall and F1 of each extractor on the hand-made evaluation set, with every miss, and
# score.py's figures on ../shared/realworld/ when it is there (EVAL_ARGS=--verbose lists its misses).
eval: $(VENV)/.site-installed
	$(BIN)/python tests/eval/evaluate.py $(EVAL_ARGS)

# Build generated archives of 10, 100 and 1,000 articles with and without the hooks (takes a while);
# figures go to bench/results.json. BENCH_ARGS="--quick" is a one-run smoke test.
bench: $(VENV)/.dev-installed browser
	NO_MKDOCS_2_WARNING=1 PYTHONPATH=hooks:. $(BIN)/python -m bench.run $(BENCH_ARGS)

# The browser tests drive Debian's chromium; Playwright never downloads one.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
		$(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
	fi

# axe-core for the accessibility tests, pinned exactly in package-lock.json (npm from Debian if missing).
node_modules/.installed: package.json package-lock.json
	@if ! command -v npm >/dev/null; then \
		$(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y npm; \
	fi
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

axe: node_modules/.installed

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check hooks tests bench
	$(BIN)/mypy hooks bench

test: $(VENV)/.dev-installed browser axe lint
	NO_MKDOCS_2_WARNING=1 $(BIN)/pytest

# The Hypothesis tests with 10,000 examples each (`make test` runs 100).
fuzz: $(VENV)/.dev-installed
	HYPOTHESIS_PROFILE=long NO_MKDOCS_2_WARNING=1 $(BIN)/pytest tests/test_fuzz.py --hypothesis-show-statistics

clean:
	rm -rf site build exported artifacts node_modules .pytest_cache .mypy_cache .ruff_cache
