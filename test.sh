#!/usr/bin/env bash
# The Test command: installs what the tests need (npm dev tools such as Azurite), then runs every test.
# Tests that need a tool fail, never skip, when it is missing.
set -euo pipefail
cd "$(dirname "$0")"

scripts/npm-tools.sh

rm -rf TestResults
status=0
dotnet test ConnectorBot.sln \
  --logger "console;verbosity=normal" \
  --logger "trx;LogFileName=results.trx" \
  --results-directory TestResults || status=$?

node scripts/test-summary.mjs TestResults/results.trx || status=1
exit $status
