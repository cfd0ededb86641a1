#!/usr/bin/env bash
# The Run command: starts the bot on http://127.0.0.1:3978 with the embedded store (data/connectorbot.db).
set -euo pipefail
cd "$(dirname "$0")"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
exec dotnet run --project bot -- --urls "${CONNECTORBOT_URLS:-http://127.0.0.1:3978}"
