#!/usr/bin/env bash
# Runs every test. Installs the npm tools the tests use (Azurite), restores and builds the solution, runs the xunit
# suite (it starts its own in-memory Azurite on a free port), and ends with the totals on one line.
set -uo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund --loglevel=error || exit 1

log=$(mktemp)
dotnet test WorkingGroupBot.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the build or the test host failed before any test could report
fi
echo "$passed passed, $failed failed"
exit "$status"
