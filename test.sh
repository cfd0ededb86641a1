#!/usr/bin/env bash
# The Test command: installs what the tests need (npm dev tools such as Azurite and the Playground,
# Debian's chromium and sqlite3), then runs every test: dotnet test, then the end-to-end tests
# (e2e/: the bot and the Agents Playground driven in headless Chromium). Tests that need a tool fail,
# never skip, when it is missing.
set -euo pipefail
cd "$(dirname "$0")"

scripts/npm-tools.sh
scripts/apt-tools.sh

rm -rf TestResults
status=0

# One code style: whitespace and import order here; .editorconfig's code-style and analyzer rules fail the build itself
# (EnforceCodeStyleInBuild, warnings as errors), so only the formatting rule is named, which halves the check's time.
format_start=$SECONDS
dotnet format ConnectorBot.sln --verify-no-changes --diagnostics IDE0055 || { echo "dotnet format found code off the style: run 'dotnet format ConnectorBot.sln'."; status=1; }
echo "Style check took $((SECONDS - format_start)) s."

dotnet test ConnectorBot.sln \
  --logger "console;verbosity=normal" \
  --logger "trx;LogFileName=results.trx" \
  --results-directory TestResults || status=$?

# The e2e tests start the bot built by dotnet test above (bot/bin/Debug); logs go to TestResults/e2e-logs.
e2e_start=$SECONDS
node --test \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=junit --test-reporter-destination=TestResults/e2e.xml \
  e2e/ || status=$?
echo "End-to-end tests took $((SECONDS - e2e_start)) s."

# The deployment's offline checks: Bicep build and lint, deploy.sh's dry run, the Teams manifest against its schema.
node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=junit --test-reporter-destination=TestResults/deploy.xml scripts/deploy-check.mjs || status=$?

node scripts/test-summary.mjs TestResults/results.trx TestResults/e2e.xml TestResults/deploy.xml || status=1
exit $status
