#!/usr/bin/env bash
# Finds Chromium for the browser tests; on Debian as root, installs Debian's package.
# No test tool may download its own browser on this project's machines.
set -euo pipefail

if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then
  # Noto fonts give every script we ship (Arabic, and later Bengali, Gurmukhi, Ethiopic...) real glyphs.
  if [ "$(id -u)" = 0 ] && command -v dpkg >/dev/null && ! dpkg -s fonts-noto-core >/dev/null 2>&1; then
    apt-get install -y -qq fonts-noto-core >/dev/null 2>&1 || true
  fi
  exit 0
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests (about 30 seconds)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-core >/dev/null
  exit 0
fi

echo "Browser tests need Chromium: run 'sudo apt-get install -y chromium' (or set CHROME_PATH to a Chromium or Chrome binary)." >&2
exit 1
