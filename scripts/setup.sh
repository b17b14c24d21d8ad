#!/usr/bin/env bash
# Prepare a fresh machine: .venv with a11y_kit (editable) and, with --test, the test tools,
# Debian's Chromium and the Liberation fonts (metric twins of Arial and Times New Roman).
set -euo pipefail
cd "$(dirname "$0")/.."

extras="[demo]"
if [[ "${1:-}" == "--test" ]]; then
  extras="[test]"
  if ! dpkg -s chromium fonts-liberation >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      chromium fonts-liberation >/dev/null
  fi
fi

[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
