#!/usr/bin/env bash
# Set up and serve the demo news site on http://127.0.0.1:5000 (PORT=... to change).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/flask --app examples.news run --host 127.0.0.1 --port "${PORT:-5000}"
