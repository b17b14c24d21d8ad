#!/usr/bin/env bash
# Set up and run everything CI runs: lint, format check, the layers' import contracts, type
# checks, unit and browser tests; then the unit and smoke tests beside the oldest supported
# Flask (scripts/test-oldest.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports --no-cache
.venv/bin/mypy
.venv/bin/pytest "$@"
bash scripts/test-oldest.sh
