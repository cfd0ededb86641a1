#!/usr/bin/env bash
# Runs the Bicep CLI pinned in scripts/bicep-cli/BicepCli.csproj (Azure.Bicep.CommandLine.linux-x64 from NuGet),
# downloading it into the NuGet packages folder on first use: e.g. scripts/bicep.sh lint deploymentTemplates/azure/main.bicep
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
project="$root/scripts/bicep-cli/BicepCli.csproj"
version="$(sed -n 's/.*Azure.Bicep.CommandLine.linux-x64" Version="\[\([0-9.]*\)\]".*/\1/p' "$project")"
packages="${NUGET_PACKAGES:-$(dotnet nuget locals global-packages --list | sed 's/^global-packages: *//')}"
bicep="${packages%/}/azure.bicep.commandline.linux-x64/$version/tools/bicep"
if [ ! -f "$bicep" ]; then
  echo "Downloading the Bicep CLI $version from NuGet…" >&2
  dotnet restore "$project" --verbosity quiet >&2
fi
# NuGet does not keep the executable bit.
[ -x "$bicep" ] || chmod +x "$bicep"
exec "$bicep" "$@"
