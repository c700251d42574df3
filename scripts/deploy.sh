#!/usr/bin/env bash
# Deploys WorkingGroupBot into your own Azure subscription in one command: the resource group, infra/main.bicep (the
# app, its tables, the Azure Bot with the Teams channel, Application Insights), the app itself (a zip of `dotnet
# publish`), and the Teams package built with the deployed ids. docs/deploy.md explains each step and what it costs.
#
# Usage: scripts/deploy.sh --name cesis --resource-group rg-wgb-cesis [--location westeurope] [--instances 2]
#                          [--app-id GUID] [--version 1.0.0] [--graph-organizer UPN] [--what-if]
#   --name            a short name for this deployment (3-12 lower-case letters and digits), e.g. the municipality
#   --resource-group  created if it does not exist
#   --location        Azure region (default westeurope)
#   --instances       how many instances of the app (default 2)
#   --app-id          the Teams app's id (a GUID of your choosing; default: a new one, printed, keep it for updates)
#   --version         the Teams package's version (default 1.0.0; raise it for each update of the package)
#   --graph-organizer the mailbox that sends meeting series as Outlook invitations (docs/deploy.md); default: none
#   --what-if         show what would be created or changed, and change nothing
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

fail() {
  echo "deploy: $*" >&2
  exit 1
}

name="" group="" location="westeurope" instances=2 app_id="" version="1.0.0" graph_organizer="" what_if=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --name) name="${2:-}"; shift 2 ;;
    --resource-group) group="${2:-}"; shift 2 ;;
    --location) location="${2:-}"; shift 2 ;;
    --instances) instances="${2:-}"; shift 2 ;;
    --app-id) app_id="${2:-}"; shift 2 ;;
    --version) version="${2:-}"; shift 2 ;;
    --graph-organizer) graph_organizer="${2:-}"; shift 2 ;;
    --what-if) what_if=1; shift ;;
    -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown option '$1' (see --help)" ;;
  esac
done
[[ "$name" =~ ^[a-z0-9]{3,12}$ ]] || fail "--name must be 3-12 lower-case letters and digits (see --help)"
[[ -n "$group" ]] || fail "--resource-group is required (see --help)"
[[ "$instances" =~ ^([2-9]|10)$ ]] || fail "--instances must be 2 to 10"

# Fail early and plainly: the Azure CLI, a login, and the right to assign roles (the app's identity gets a role on
# its storage account, which needs Owner or User Access Administrator).
command -v az >/dev/null || fail "the Azure CLI ('az') is not installed: https://learn.microsoft.com/cli/azure/install-azure-cli"
subscription="$(az account show --query id -o tsv 2>/dev/null)" || fail "you are not signed in to Azure: run 'az login' (and 'az account set --subscription ...')"
me="$(az ad signed-in-user show --query id -o tsv 2>/dev/null || true)"
if [[ -n "$me" ]]; then
  roles="$(az role assignment list --assignee "$me" --all --include-inherited --include-groups \
    --query "[?contains(scope, '$subscription')].roleDefinitionName" -o tsv 2>/dev/null || true)"
  grep -qE '^(Owner|User Access Administrator|Role Based Access Control Administrator)$' <<<"$roles" \
    || fail "your account may not assign roles in subscription $subscription: ask for Owner, or Contributor with User Access Administrator"
fi

echo "Subscription $subscription, resource group $group ($location), deployment '$name', $instances instances"
parameters=(name="$name" location="$location" instanceCount="$instances")
if [[ -n "$graph_organizer" ]]; then
  parameters+=(graphOrganizer="$graph_organizer")
fi

if [[ "$what_if" == 1 ]]; then
  if [[ "$(az group exists --name "$group")" != "true" ]]; then
    echo "The resource group $group does not exist: it would be created, with everything below in it."
    az deployment sub what-if --location "$location" --template-file "$root/infra/resource-group.bicep" \
      --parameters name="$group" location="$location"
    exit 0
  fi
  exec az deployment group what-if --resource-group "$group" --template-file "$root/infra/main.bicep" \
    --parameters "${parameters[@]}"
fi

az group create --name "$group" --location "$location" --output none
echo "Deploying infra/main.bicep (a few minutes the first time)…"
outputs="$(az deployment group create --resource-group "$group" --name "wgb-$name" \
  --template-file "$root/infra/main.bicep" --parameters "${parameters[@]}" \
  --query properties.outputs -o json)"
output() { node -e 'process.stdout.write(JSON.parse(process.argv[1])[process.argv[2]].value)' "$outputs" "$1"; }
app="$(output appName)" bot_id="$(output botId)" domain="$(output domain)"

echo "Publishing the app to $app…"
publish="$root/.local/publish"
rm -rf "$publish" "$root/.local/app.zip"
dotnet publish "$root/src/WorkingGroupBot/WorkingGroupBot.csproj" -c Release -o "$publish" --nologo -v quiet
(cd "$publish" && zip -qr "$root/.local/app.zip" .)
az webapp deploy --resource-group "$group" --name "$app" --src-path "$root/.local/app.zip" --type zip --output none

[[ -n "$app_id" ]] || app_id="$(node -e 'process.stdout.write(require("crypto").randomUUID())')"
"$root/scripts/package.sh" --app-id "$app_id" --bot-id "$bot_id" --version "$version" --domain "$domain"

cat <<EOF

Deployed. The bot answers at https://$domain/api/messages (health: https://$domain/health/ready).
Teams app id: $app_id (keep it: pass --app-id $app_id to every later deployment).
Next: upload artifacts/WorkingGroupBot.zip in the Teams admin center (Teams apps > Manage apps > Upload new app),
then add the app to the working group's team. docs/deploy.md says how to update, roll back and remove it.
EOF
