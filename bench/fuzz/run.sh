#!/usr/bin/env bash
# Fuzzing (Proof issue): SharpFuzz instruments Watcher.Core.dll and AFL++ drives each target in tests/Watcher.Fuzz.
# Usage: bench/fuzz/run.sh [SECONDS_PER_TARGET=300] [TARGET...]   (targets: feed activity query extract)
# Needs afl++ (Debian: apt-get install afl++). Results: .watcher/fuzz/<target>/ (AFL's output), and a summary line per
# target with executions, paths, crashes and hangs. Every crash is replayed in-process; a finding goes into
# tests/Watcher.Core.Tests/Fuzz/<target>/ as a regression input (FuzzRegressionTests replays that folder).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
secs="${1:-300}"; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(feed activity query extract)
cd "$repo"
if ! command -v afl-fuzz > /dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y afl++ > /dev/null; else echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; fi
fi
work="$repo/.watcher/fuzz"; bin="$work/bin"
rm -rf "$bin" "$work/replay-bin"; mkdir -p "$work"
dotnet tool restore > /dev/null
dotnet publish tests/Watcher.Fuzz -c Release -o "$bin" --nologo -v quiet -clp:ErrorsOnly
cp -r "$bin" "$work/replay-bin" # the replay runs without instrumentation (instrumented code needs AFL's shared memory)
dotnet tool run sharpfuzz "$bin/Watcher.Core.dll" > /dev/null

seeds() { # small, varied inputs from the conformance corpora for the feed target; our own seeds for the others
  local dir="$work/seeds-$1"; rm -rf "$dir"; mkdir -p "$dir"
  if [ "$1" = feed ]; then
    find "$repo/../shared/corpora/feedparser" "$repo/../shared/corpora/gofeed" -type f -size -3k \( -name '*.xml' -o -name '*.json' -o -name '*.rdf' -o -name '*.atom' \) \
      | sort | awk 'NR % 25 == 1' | head -60 | while read -r f; do cp "$f" "$dir/$(echo "$f" | md5sum | cut -c1-12)$(basename "$f" | sed 's/.*\(\.[a-z]*\)$/\1/')"; done
  else
    cp "$repo/bench/fuzz/seeds/$1/"* "$dir/"
  fi
  echo "$dir"
}

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_QUIET=1
for t in "${targets[@]}"; do
  out="$work/$t"; rm -rf "$out"
  echo "fuzzing $t for ${secs}s"
  afl-fuzz -i "$(seeds "$t")" -o "$out" -t 10000 -m none -V "$secs" -- dotnet "$bin/watcher-fuzz.dll" "$t" > "$work/$t.afl.log" 2>&1 || true
  stats="$out/default/fuzzer_stats"
  [ -f "$stats" ] || { echo "$t: AFL produced no stats; see $work/$t.afl.log"; tail -20 "$work/$t.afl.log"; continue; }
  get() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
  crashes=$(find "$out/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
  hangs=$(find "$out/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
  echo "$t: $(get execs_done) executions in $(get run_time)s ($(get execs_per_sec)/s), $(get corpus_count) paths, $crashes crashes, $hangs hangs"
  if [ "$crashes" -gt 0 ]; then dotnet "$work/replay-bin/watcher-fuzz.dll" "$t" --replay "$out/default/crashes" | tail -20 || true; fi
done
