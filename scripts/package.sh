#!/usr/bin/env bash
# Builds the Teams app package: artifacts/WorkingGroupBot.zip (manifest, icons, Latvian texts), checked against the
# official manifest schemas before it is written. Needs the npm tools: run 'npm ci' once.
# Usage: scripts/package.sh --app-id GUID --bot-id GUID --version 1.0.0 [--domain bot.example.lv]   (--help for more)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ ! -d "$root/node_modules/@microsoft/app-manifest" ]]; then
  echo "The npm tools are missing: run 'npm ci' in $root first." >&2
  exit 2
fi
exec node "$root/scripts/teams-app/package.js" "$@"
