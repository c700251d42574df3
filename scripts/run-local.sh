#!/usr/bin/env bash
# Runs WorkingGroupBot locally: Azurite (tables), the bot, and the Microsoft 365 Agents Playground.
# Usage: scripts/run-local.sh   (Ctrl-C stops all three)
# Ports: BOT_PORT (3978), PLAYGROUND_PORT (56150), AZURITE_PORT (10002). Data and logs live in .local/.
set -euo pipefail

BOT_PORT="${BOT_PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
AZURITE_PORT="${AZURITE_PORT:-10002}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
logs="$root/.local/logs"
mkdir -p "$logs" "$root/.local/azurite"
shim="$(mktemp -d)"
pids=()

stop() {
  trap - INT TERM EXIT
  echo "Stopping..."
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  rm -rf "$shim"
}
trap stop EXIT
trap 'exit 130' INT TERM

# start NAME COMMAND...: runs COMMAND in its own process group, output to .local/logs/NAME.log
start() {
  local name="$1"; shift
  setsid "$@" >"$logs/$name.log" 2>&1 &
  pids+=("$!")
  echo "Started $name (pid $!), log: .local/logs/$name.log"
}

# wait_for URL NAME [any]: waits until URL answers 200 (with "any": answers at all) while the last started process is
# alive
wait_for() {
  local pid="${pids[-1]}" fail=-f
  [[ "${3:-}" == any ]] && fail=
  for _ in $(seq 120); do
    curl $fail -sS -o /dev/null "$1" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { echo "$2 exited; see .local/logs/$2.log" >&2; tail -n 20 "$logs/$2.log" >&2; exit 1; }
    sleep 1
  done
  echo "$2 did not answer at $1; see .local/logs/$2.log" >&2
  exit 1
}

# Another program on one of the ports would answer in place of ours: say so rather than talk to it.
for port in "$BOT_PORT" "$PLAYGROUND_PORT" "$AZURITE_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is in use; choose others with BOT_PORT, PLAYGROUND_PORT, AZURITE_PORT" >&2
    exit 1
  fi
done

echo "Installing tools and building the bot..."
npm ci --no-audit --no-fund --prefer-offline
dotnet build src/WorkingGroupBot --nologo -v quiet

start azurite node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort "$AZURITE_PORT" \
  --location .local/azurite --disableTelemetry
# The bot creates its tables at start-up and gives up after a few quick retries, so Azurite must answer first.
wait_for "http://127.0.0.1:$AZURITE_PORT/" azurite any

# Export and calendar links name the bot's own address, so they open whatever BOT_PORT is.
# The tab (http://127.0.0.1:$BOT_PORT/tab/index.html) signs in locally as the Playground's user (Alex Wilber).
bot_args=(--urls "http://127.0.0.1:$BOT_PORT" --Bot:PublicUrl "http://127.0.0.1:$BOT_PORT"
  --Tab:DevelopmentUser "00000000-0000-0000-0000-0000000000001/00000000-0000-0000-0000-0000000000020")
if [[ "$AZURITE_PORT" != 10002 ]]; then
  key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
  bot_args+=(--ConnectionStrings:Tables "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;TableEndpoint=http://127.0.0.1:$AZURITE_PORT/devstoreaccount1;")
fi
start bot dotnet run --no-build --project src/WorkingGroupBot -- "${bot_args[@]}"
wait_for "http://127.0.0.1:$BOT_PORT/healthz" bot

# The Playground opens a browser with xdg-open; on a headless box give it one that does nothing.
printf '#!/bin/sh\nexit 0\n' >"$shim/xdg-open" && chmod +x "$shim/xdg-open"
start playground env PATH="$shim:$PATH" node_modules/.bin/agentsplayground \
  -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams -p "$PLAYGROUND_PORT" --disable-telemetry
wait_for "http://127.0.0.1:$PLAYGROUND_PORT/" playground

echo
echo "=================================================================="
echo " WorkingGroupBot is running on http://127.0.0.1:$BOT_PORT/api/messages"
echo " Open the Playground:  http://localhost:$PLAYGROUND_PORT"
echo " Logs: .local/logs/   Press Ctrl-C to stop everything."
echo "=================================================================="

# Stay up until Ctrl-C or until one of the three stops.
while true; do
  for pid in "${pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || { echo "A process (pid $pid) stopped; see .local/logs/" >&2; exit 1; }
  done
  sleep 2
done
