#!/usr/bin/env bash
# Runs the chaos and fault tests with their slow variants and prints their figures: storage stopped for 30 s under
# load, two instances on one storage, storage answers lost, 30,000 fuzzed requests (plus the quick versions that the
# normal suite runs), and the bot process killed with SIGKILL mid-sweep (Reminders/CrashTests). Takes about 10 minutes
# on a 2-core machine. Extra arguments go to `dotnet test`; WGB_FUZZ_SEED=<seed> replays a fuzz run, WGB_FUZZ_CASES=<n>
# changes its size.
set -uo pipefail
cd "$(dirname "$0")/.."

export WGB_SLOW_TESTS=1
exec scripts/test.sh --filter "Category=Chaos|FullyQualifiedName~Reminders.CrashTests" --logger "console;verbosity=detailed" "$@"
