#!/usr/bin/env bash
# Runs every test. Installs the npm tools the tests use (Azurite, the Agents Playground, Playwright, the card and
# manifest validators), restores and builds the solution, runs the xunit suite (it starts its own in-memory Azurite on
# a free port), builds the benchmark project (so that it cannot rot), checks src/'s formatting (CSharpier), then the
# browser test, and ends with the totals on one line.
set -uo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund --loglevel=error || exit 1

log=$(mktemp)
dotnet test WorkingGroupBot.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the build or the test host failed before any test could report
fi

# dotnet test builds only the test projects; the benchmark must still compile, so a break in it counts as a failure.
if ! dotnet build tests/WorkingGroupBot.Benchmarks --nologo -v quiet -clp:ErrorsOnly; then
  echo "The benchmark project does not build" >&2
  failed=$((failed + 1))
  status=1
fi

# src/ keeps CSharpier's layout (.csharpierrc.json: lines of at most 120); a file it would change counts as a failure.
if ! { dotnet tool restore >/dev/null && dotnet csharpier check src; }; then
  echo "src/ is not formatted as CSharpier would: run 'dotnet csharpier format src'" >&2
  failed=$((failed + 1))
  status=1
fi

# The browser test (tests/browser/, Playwright with Debian's Chromium driving the Agents Playground against the bot
# just built) runs with the whole suite: not when arguments narrow the run, nor with WGB_SKIP_BROWSER=1.
if [ "$#" -eq 0 ] && [ "${WGB_SKIP_BROWSER:-0}" != 1 ] && [ $((passed + failed)) -gt 0 ]; then
  echo "Browser test: the bot in the Agents Playground (screenshots in artifacts/browser/)"
  node --test --test-reporter=spec tests/browser/ 2>&1 | tee "$log"
  browser_status=${PIPESTATUS[0]}
  browser_passed=$(grep -aoE '^ℹ pass [0-9]+' "$log" | awk '{s += $3} END {print s + 0}')
  browser_failed=$(grep -aoE '^ℹ fail [0-9]+' "$log" | awk '{s += $3} END {print s + 0}')
  if [ "$browser_status" -ne 0 ] && [ "$browser_failed" -eq 0 ]; then
    browser_failed=1 # the runner failed before any test could report
  fi
  passed=$((passed + browser_passed))
  failed=$((failed + browser_failed))
  [ "$browser_status" -eq 0 ] || status=$browser_status
fi
rm -f "$log"
echo "$passed passed, $failed failed"
exit "$status"
