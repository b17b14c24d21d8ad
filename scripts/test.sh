#!/usr/bin/env bash
# Set up and run everything CI runs: lint, format check, the layers' import contracts, type
# checks, unit and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports --no-cache
.venv/bin/mypy
exec .venv/bin/pytest "$@"
