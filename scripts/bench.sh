#!/usr/bin/env bash
# Runs the benchmark against the real host on loopback: installs the npm tools if they are missing (Azurite), builds
# Release and runs tests/WorkingGroupBot.Benchmarks, which starts its own in-memory Azurite on a free port and its own
# loopback Bot Connector, and prints the tables of docs/performance.md. A copy of the output goes to .local/bench/.
# Takes about five minutes on 2 cores. Extra arguments go to the benchmark (--quick: a short smoke run).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/azurite-table ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

dotnet build tests/WorkingGroupBot.Benchmarks -c Release --nologo -v quiet -clp:ErrorsOnly
mkdir -p .local/bench
out=".local/bench/$(date +%Y-%m-%d-%H%M%S).md"
dotnet run --project tests/WorkingGroupBot.Benchmarks -c Release --no-build -- "$@" | tee "$out"
echo "Saved to $out"
