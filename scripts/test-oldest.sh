#!/usr/bin/env bash
# The oldest supported environment: every runtime dependency at the lower bound pyproject.toml
# states (Flask 2.2, Werkzeug 2.2, ...), in .venv-oldest, running the unit tests, the security
# tests that need no proxy, and the browser smoke tests (the switch, the toolbar's posts with
# and without JavaScript, the page in the mode). Run by scripts/test.sh after the main suite.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -x .venv-oldest/bin/python ]]; then
  echo "setup: creating .venv-oldest with the oldest supported dependencies" >&2
  python3 -m venv .venv-oldest
fi
python3 scripts/oldest_pins.py > .venv-oldest/constraints.txt
.venv-oldest/bin/python -m pip install -q --disable-pip-version-check \
  -c .venv-oldest/constraints.txt -e ".[demo,audit,test-core]"
exec .venv-oldest/bin/pytest tests/unit tests/security/test_cross_site.py \
  tests/security/test_open_redirect.py tests/security/test_cookie_tampering.py \
  tests/security/test_other_csrf_tools.py tests/browser/test_mode_without_javascript.py \
  tests/browser/test_instant_toggling.py -k "not installed_wheel" "$@"
