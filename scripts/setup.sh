#!/usr/bin/env bash
# Prepare a fresh machine: .venv with a11y_kit (editable) and, with --test, the test tools,
# Debian's Chromium and the Liberation fonts (metric twins of Arial and Times New Roman),
# nginx for the page-cache tests, Java for the W3C Nu Html Checker, npm and, with it, the
# corpus's framework CSS and scripts and the checker's jar.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { echo "setup: $*" >&2; }

extras="[demo]"
if [[ "${1:-}" == "--test" ]]; then
  extras="[test]"
  packages=(chromium fonts-liberation nginx)
  command -v npm >/dev/null || packages+=(npm)
  command -v java >/dev/null || packages+=(default-jre-headless)
  if ! dpkg -s "${packages[@]}" >/dev/null 2>&1; then
    step "installing ${packages[*]} with apt-get (first run: a few minutes)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${packages[@]}" >/dev/null
  fi
fi

if [[ ! -x .venv/bin/python ]]; then
  step "creating .venv and installing a11y_kit${extras} into it (first run: about a minute)"
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
if [[ "${1:-}" == "--test" ]]; then
  # Real framework CSS for the corpus tests, pinned in tests/corpus/package-lock.json.
  if [[ ! -d tests/corpus/node_modules ]]; then
    step "installing the corpus's framework CSS and scripts with npm ci"
    npm ci --prefix tests/corpus --no-audit --no-fund --silent
  fi
fi
