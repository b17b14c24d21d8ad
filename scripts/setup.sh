#!/usr/bin/env bash
# Prepare a fresh machine: .venv with a11y_kit (editable) and, with --test, the test tools,
# Debian's Chromium and the Liberation fonts (metric twins of Arial and Times New Roman),
# nginx for the page-cache tests, Java for the W3C Nu Html Checker, npm and, with it, the
# corpus's framework CSS and scripts and the checker's jar.
set -euo pipefail
cd "$(dirname "$0")/.."

extras="[demo]"
if [[ "${1:-}" == "--test" ]]; then
  extras="[test]"
  packages=(chromium fonts-liberation nginx)
  command -v npm >/dev/null || packages+=(npm)
  command -v java >/dev/null || packages+=(default-jre-headless)
  if ! dpkg -s "${packages[@]}" >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${packages[@]}" >/dev/null
  fi
fi

[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
if [[ "${1:-}" == "--test" ]]; then
  # Real framework CSS for the corpus tests, pinned in tests/corpus/package-lock.json.
  [[ -d tests/corpus/node_modules ]] || npm ci --prefix tests/corpus --no-audit --no-fund --silent
fi
