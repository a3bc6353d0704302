#!/usr/bin/env bash
# Installs Chromium for the report's browser test (packages/report/test/render/html-in-browser.test.ts).
# Idempotent: does nothing when /usr/bin/chromium is already there. Runs as root (no sudo), Debian/Ubuntu.
set -euo pipefail

readonly chromium=/usr/bin/chromium

if [ -x "$chromium" ]; then
  echo "chromium already installed: $("$chromium" --version 2>/dev/null || echo "$chromium")"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-chromium.sh: must run as root to use apt-get (no sudo is used)" >&2
  exit 1
fi

echo "chromium not found at $chromium: installing it with apt-get"
echo "+ apt-get update"
apt-get update
echo "+ apt-get install -y chromium"
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium

echo "installed: $("$chromium" --version 2>/dev/null)"
