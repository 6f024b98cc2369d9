# The one entry point. A fresh machine needs only python3 (>= 3.11) and make: the first target
# that needs them creates .venv and installs the project with its pinned tools.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
BENCH_INSTALLED := $(VENV)/.bench-installed

.PHONY: generate test test-fast drift lint demo bench docs clean spec-diff update-spec spec-history

generate: $(INSTALLED)  ## normalize the spec pages, regenerate generated/ and format it, render docs/reference/
	$(BIN)/python scripts/generate.py

# On two workers (pytest-xdist), a test file to a worker, so the tests sharing a regeneration (a session or
# module fixture) run it once; the longest files first (tests/conftest.py). Two: the machine this is timed on
# has two cores, and more workers would each collect the tests and start their own servers for little gain.
# (Not --dist loadgroup: xdist 3.8.0 groups by renaming test ids, which pytest 9 no longer lets it do.)
test: $(INSTALLED)  ## every test, the drift check among them
	$(BIN)/python -m pytest -n 2 --dist loadfile --no-loadscope-reorder

# After make update-spec: is everything that follows the spec still consistent? The drift check, the
# client's surface, the generated functions, the normalizer on the real sources, the change report, the
# workflows, and the contract tests of the history and voices groups; nothing marked slow.
FAST_TESTS = tests/test_generation.py tests/test_surface.py tests/test_normalize.py tests/test_spec_diff.py \
	tests/test_workflows.py tests/test_open_update_pr.py tests/test_contract.py

test-fast: $(INSTALLED)  ## the consistency tests after an update, in under 2 minutes on 2 cores
	$(BIN)/python -m pytest -m "not slow and not spec_history" $(FAST_TESTS) -k "not test_contract or history or voices"

drift: $(INSTALLED)  ## fail, with a diff, if the committed spec, generated/ or docs/reference/ is not what the sources produce
	$(BIN)/python scripts/generate.py --check

demo: $(INSTALLED)  ## the official SDK's History examples, run on this client against the fake server
	$(BIN)/python examples/run_against_fake.py

docs: $(INSTALLED)  ## the documentation site (README.md as home, then docs/) in site/, strict: a broken link fails
	$(BIN)/python scripts/docs.py

bench: $(BENCH_INSTALLED)  ## speed and memory next to the official SDK and plain httpx (benchmarks/README.md)
	$(BIN)/python benchmarks/run.py

# The vendor's spec changes several times a week: see docs/maintainers/update-spec.md.
OLD ?= openapi/openapi.json
FORMAT ?= text
SPEC ?= https://api.elevenlabs.io/openapi.json

spec-diff: $(INSTALLED)  ## what changed for users of the client between OLD (default: the committed spec) and NEW
	@test -n "$(NEW)" || { echo "spec-diff: give NEW=<file> (and OLD=<file>, default openapi/openapi.json)" >&2; exit 2; }
	@$(BIN)/python scripts/spec_diff.py --old "$(OLD)" --new "$(NEW)" --format "$(FORMAT)"

update-spec: $(INSTALLED)  ## fetch SPEC (default: the live spec), regenerate, print the change report; nothing changes on failure
	@$(BIN)/python scripts/update_spec.py "$(SPEC)"

spec-history: $(INSTALLED)  ## regenerate all 179 revisions in ../shared/spec-history (about 10 min on 2 cores)
	$(BIN)/python scripts/spec_history.py

lint: $(INSTALLED)
	$(BIN)/ruff check openapi scripts tests overlays examples/run_against_fake.py benchmarks
	$(BIN)/mypy

$(INSTALLED): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("Python >= 3.11 is needed, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,cli,docs]'
	touch $@

# The official SDK and the profiler are installed only for benchmarking (the `bench` extra).
$(BENCH_INSTALLED): $(INSTALLED) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev,cli,docs,bench]'
	touch $@

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache site build/docs
