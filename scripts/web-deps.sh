#!/usr/bin/env bash
# Installs the web app's npm packages from package-lock.json when they are missing
# or older than the lock file. Never downloads a browser: tests use Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/../web"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
