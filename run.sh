#!/usr/bin/env bash
# The Run command: the bot on http://127.0.0.1:3978 with the embedded store (data/connectorbot.db),
# and the Agents Playground, a Teams-like client, on http://127.0.0.1:56150 to chat with it.
# Development mode: the bot accepts unauthenticated requests from loopback only. Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "$0")"
scripts/npm-tools.sh

bot_url="${CONNECTORBOT_URLS:-http://127.0.0.1:3978}"
playground_port="${PLAYGROUND_PORT:-56150}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Bot__AllowUnauthenticatedLoopback="${Bot__AllowUnauthenticatedLoopback:-true}"

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT INT TERM

dotnet build bot --nologo -v quiet
dotnet run --project bot --no-build -- --urls "$bot_url" &
pids+=($!)
healthy() { node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$bot_url/healthz"; }
for _ in $(seq 1 60); do healthy && break; sleep 1; done
healthy || { echo "The bot did not become healthy at $bot_url/healthz." >&2; exit 1; }

TEAMSAPPTESTER_BROWSER=none APPLICATION_INSIGHTS_NO_STATSBEAT=true \
  node --require ./scripts/loopback-only.cjs node_modules/@microsoft/m365agentsplayground/cli.js \
  -e "$bot_url/api/messages" -c msteams --dt -p "$playground_port" &
pids+=($!)

echo
echo "ConnectorBot is running at $bot_url (health: $bot_url/healthz)."
echo "Chat with it in the Agents Playground: http://127.0.0.1:$playground_port  (Ctrl+C stops both)"
wait -n "${pids[@]}"
