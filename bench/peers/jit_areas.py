#!/usr/bin/env python3
# Methods the JIT compiled in the host, split at the warm-up and the first poll cycle, by area (docs/benchmarks.md, Session 19 perf28).
#   DOTNET_JitStdOutFile=FILE DOTNET_JitDisasmSummary=1 PEERS_WATCHER_DLL=... bench/peers/run.py --feeds 1000 --rounds 1 --tools watcher-host
#   python3 bench/peers/jit_areas.py FILE
# "first" = a first compile (FullOpts: the CLI has QuickJit off); "tier-1" = a ReadyToRun (framework) method recompiled once hot.
import sys, re, collections
lines = [l for l in open(sys.argv[1], errors='replace') if 'JIT compiled' in l]
cut = next(i for i, l in enumerate(lines) if 'PollCycle+<RunAsync>' in l and ':MoveNext()' in l)
wstart = next(i for i, l in enumerate(lines) if 'SignalWarmup+<RunAsync>' in l and ':MoveNext()' in l)
areas = [('storage (Watcher.Azure, Azure SDK, JSON, multipart)', r'Watcher\.Azure|Azure\.|System\.Text\.Json|Multipart'),
 ('HTTP client, sockets, Polly, address guard', r'System\.Net\.|Polly|Microsoft\.Extensions\.Http|AddressGuard|FeedFetcher|Fetching'),
 ('Kestrel / ASP.NET (the host\'s own endpoints)', r'AspNetCore|System\.IO\.Pipelines'),
 ('regex', r'RegularExpressions'),
 ('signal (Watcher.Core Facts/Stories/Matching/Tariffs/Entities)', r'Watcher\.Core\.(Facts|Stories|Matching|Tariffs|Entities|Reading)'),
 ('poll pipeline (Watcher.Core Pipeline/State/Feeds/Detection)', r'Watcher\.Core\.'),
 ('logging', r'Logging'),
]
def area(l):
    body = l.split('JIT compiled', 1)[1]
    for n, rx in areas:
        if re.search(rx, body): return n
    return 'other (generic instantiations, collections, tasks)'
def kind(l):
    return 'tier1' if re.search(r'\[Tier1', l) else 'first'
for label, seg in (('start before warm-up', lines[:wstart]), ('warm-up', lines[wstart:cut]), ('cycle', lines[cut:])):
    c = collections.Counter((area(l), kind(l)) for l in seg)
    k = collections.Counter(kind(l) for l in seg)
    print(f'{label}: {len(seg)} methods ({k["first"]} first compiles, {k["tier1"]} tier-1 recompiles)')
    names = sorted({a for a, _ in c}, key=lambda a: -(c[(a,'first')] + c[(a,'tier1')]))
    for a in names: print(f'   {a}: {c[(a,"first")]} first, {c[(a,"tier1")]} tier-1')
