#!/usr/bin/env bash
# The long (soak) form of the fault harness: runs the fast fault-and-reconciliation test over and over and sums
# faults injected, alerts expected, delivered, duplicated and lost. Usage: bench/faults/soak.sh [ITERATIONS]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-20}"
cd "$repo"
[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund --loglevel=error
dotnet build tests/Watcher.Azure.Tests -c Release --nologo -v quiet -clp:ErrorsOnly
out="$repo/.watcher/soak"; rm -rf "$out"; mkdir -p "$out"
failed=0
for i in $(seq 1 "$n"); do
  rm -f "$repo/.watcher/reliability-fast.json"
  if dotnet test tests/Watcher.Azure.Tests -c Release --no-build --filter "FullyQualifiedName~FaultReconciliation" --nologo \
       --logger "console;verbosity=normal" > "$out/run-$i.log" 2>&1; then
    echo "iteration $i/$n ok"
  else
    failed=$((failed + 1)); echo "iteration $i/$n FAILED: see $out/run-$i.log and $out/run-$i.host.log"
  fi
  [ -f "$repo/.watcher/reliability-fast.json" ] && cp "$repo/.watcher/reliability-fast.json" "$out/run-$i.json"
  cp "$repo/.watcher/reliability-fast.log" "$out/run-$i.host.log" 2>/dev/null || true
done
python3 - "$out" "$n" <<'PY'
import json, sys, glob
runs = [json.load(open(f)) for f in glob.glob(sys.argv[1] + "/run-*.json")]
tot = {k: 0 for k in ("expected", "delivered", "duplicated", "lost", "failedAttempts")}
for r in runs:
    for ch in ("email", "teams", "webhook"):
        tot["expected"] += r["alertsExpectedPerChannel"]; tot["delivered"] += r[ch]["delivered"]
        tot["duplicated"] += r[ch]["duplicated"]; tot["lost"] += r[ch]["lost"]; tot["failedAttempts"] += r[ch]["failedAttempts"]
print(f"{len(runs)} iterations, {len(runs) * len(runs[0]['faults'])} faults injected: "
      f"{tot['expected']} alerts expected, {tot['delivered']} delivered, {tot['duplicated']} duplicated, {tot['lost']} lost "
      f"({tot['failedAttempts']} failed send attempts retried)")
PY
[ "$failed" -eq 0 ] || { echo "$failed of $n iterations failed"; exit 1; }
