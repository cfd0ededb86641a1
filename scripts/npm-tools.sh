#!/usr/bin/env bash
# Installs the npm dev tools (Azurite, the Agents Playground, playwright-core, @microsoft/app-manifest) when the lock file says so.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm dev tools (Azurite, Agents Playground, playwright-core, app-manifest)…"
  npm ci --no-audit --no-fund --loglevel=error
fi
