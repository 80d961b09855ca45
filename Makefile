# Two commands on a fresh machine (Python 3.11 with pip and venv):
#   make demo   create .venv, install, lint the example drafts
#   make test   create .venv if needed, install with test extras, run the suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED := ../shared

.PHONY: demo test install install-test browser bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,dask]'

demo: install
	-$(BIN)/newslint check examples/
	@if [ -d $(SHARED)/samples ]; then $(BIN)/newslint check $(SHARED)/samples/ || true; fi

# The HTML report tests drive headless Chromium; install it from Debian when missing and we are root.
browser:
	@if { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; } && [ "$$(id -u)" = 0 ]; then \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; fi

# After the main suite, the template plugin (examples/plugin-template) is installed into build/ and its own
# tests run with it on PYTHONPATH, so it never joins the .venv that the main suite uses.
test: install-test browser
	$(BIN)/python -m pytest
	rm -rf build/plugin-template
	$(BIN)/pip install --quiet --no-deps --no-build-isolation --target build/plugin-template examples/plugin-template
	PYTHONPATH=build/plugin-template $(BIN)/python -m pytest examples/plugin-template

# Time newslint against proselint, write-good and textlint. The script installs a copy of this checkout
# (a regular, non-editable install, as users have it) and the peers under $$TMPDIR/newslint-bench;
# see docs/performance.md. BENCH_ARGS=--quick for a short run.
bench: install
	$(BIN)/python bench/perf.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
