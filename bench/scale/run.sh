#!/usr/bin/env bash
# The State-and-scale load test (docs/benchmarks.md, "State and scale"): a private Azurite, a farm of RSS feeds on
# loopback addresses 127.0.0.2-51, and the Function classes driven through the real queues. Prints the per-round
# JSON on stdout (also in .watcher/bench-scale.json) and writes the queue depth series to
# .watcher/bench-scale-queue-depth.csv. Options: --sources N --rounds N --changed N --items N --hosts N --workers N.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund --loglevel=error
mkdir -p .watcher
dotnet build bench/scale -c Release --nologo -v quiet -clp:ErrorsOnly >&2
exec dotnet bench/scale/bin/Release/net10.0/Scale.dll "$@"
