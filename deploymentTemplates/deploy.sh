#!/usr/bin/env bash
# One command from an empty subscription to a running ConnectorBot and the Teams app package to upload:
# creates the resource group, deploys azure/main.bicep, publishes the bot to the web app and builds the
# Teams app zip with the bot's app id. Run it again (with a higher --app-version) to update.
#
#   deploymentTemplates/deploy.sh --name <unique-name> --location <region> [--resource-group RG]
#       [--app-version X.Y.Z] [--subscription ID] [--out FILE] [--what-if] [--dry-run]
#
# --what-if shows what the template would change in Azure (az deployment group what-if) and stops.
# --dry-run prints every command instead of running it and needs neither Azure nor a login.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"

name=""
location=""
group=""
app_version="0.1.0"
subscription=""
out="$root/connectorbot-teams-app.zip"
what_if=false
dry_run=false

usage() { sed -n '2,10s/^# \{0,1\}//p' "$0"; }
fail() { echo "deploy.sh: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --name) name="${2:-}"; shift 2 ;;
    --location) location="${2:-}"; shift 2 ;;
    --resource-group) group="${2:-}"; shift 2 ;;
    --app-version) app_version="${2:-}"; shift 2 ;;
    --subscription) subscription="${2:-}"; shift 2 ;;
    --out) out="${2:-}"; shift 2 ;;
    --what-if) what_if=true; shift ;;
    --dry-run) dry_run=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; fail "unknown option '$1'" ;;
  esac
done

# The same rules as the template's and the web app's: checked here so a typo fails before anything is created.
[[ "$name" =~ ^[a-z0-9][a-z0-9-]{1,18}[a-z0-9]$ ]] || fail "--name must be 3-20 lower-case letters, digits or hyphens (it names the web app <name>.azurewebsites.net); got '$name'"
[ -n "$location" ] || fail "--location is required (an Azure region such as westeurope; az account list-locations -o table)"
[[ "$app_version" =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]] || fail "--app-version must be major.minor.patch, e.g. 1.0.3; got '$app_version'"
group="${group:-$name-rg}"

# Runs a command, or only prints it with --dry-run.
run() {
  printf '+ %s\n' "$*" >&2
  if [ "$dry_run" = false ]; then "$@"; fi
}

if [ "$dry_run" = false ]; then
  for tool in az dotnet zip; do
    command -v "$tool" > /dev/null || fail "needs '$tool' on the PATH (see the README's Deploy to Azure section)"
  done
  az account show > /dev/null 2>&1 || fail "not signed in to Azure: run 'az login' first"
fi
if [ -n "$subscription" ]; then run az account set --subscription "$subscription"; fi

# An empty subscription may not have the template's resource providers registered yet (a no-op once they are).
for namespace in Microsoft.ManagedIdentity Microsoft.Storage Microsoft.OperationalInsights Microsoft.Insights Microsoft.Web Microsoft.BotService; do
  run az provider register --namespace "$namespace" --wait --output none
done
run az group create --name "$group" --location "$location" --output none

template="$here/azure/main.bicep"
if [ "$what_if" = true ]; then
  run az deployment group what-if --resource-group "$group" --template-file "$template" --parameters name="$name"
  exit 0
fi

echo "Deploying the Azure resources (a few minutes)…" >&2
run az deployment group create --resource-group "$group" --name connectorbot --template-file "$template" \
  --parameters name="$name" --output none
if [ "$dry_run" = true ]; then
  app_id="00000000-0000-0000-0000-000000000000"
else
  app_id="$(az deployment group show --resource-group "$group" --name connectorbot --query properties.outputs.botAppId.value --output tsv)"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "Publishing the bot…" >&2
# ReadyToRun: compiled ahead for App Service's linux-x64, so a fresh instance's first turns and first round are not spent
# in the JIT (a 6,000-member round's press: 5.0 s against 5.7-6.6 s). Framework-dependent, as the plan's runtime is .NET.
run dotnet publish "$root/bot" --configuration Release --runtime linux-x64 --self-contained false -p:PublishReadyToRun=true --output "$work/publish"
run bash -c "cd '$work/publish' && zip -q -r '$work/bot.zip' ."
run az webapp deploy --resource-group "$group" --name "$name" --src-path "$work/bot.zip" --type zip

run dotnet "$work/publish/ConnectorBot.dll" teams-package --app-id "$app_id" --version "$app_version" \
  --template "$here/teams-app" --out "$out"

cat >&2 <<DONE

Done. The bot runs at https://$name.azurewebsites.net (health: /healthz); its app id is $app_id.
Upload $out in Teams (Apps > Manage your apps > Upload an app) or in the Teams admin centre.
To update later: run this again with a higher --app-version than $app_version.
DONE
