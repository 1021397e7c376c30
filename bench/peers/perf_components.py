#!/usr/bin/env python3
# CPU samples of the host by component (docs/benchmarks.md, Session 18 perf27). Usage:
#   perf script -i FILE.perf.data -F comm,tid,time,ip,sym,dso > FILE.txt; python3 perf_components.py FILE.txt [HZ] [component to list leaf frames of]
# The cycle starts at the first sample with a PollCycle frame; a sample falls in the first component that matches.
import sys, re, collections
path = sys.argv[1]
samples = []  # (comm, time, frames[(sym,dso)] leaf->root)
cur = None
for line in open(path, errors='replace'):
    if not line.strip():
        if cur: samples.append(cur); cur = None
        continue
    if not line[0].isspace():
        m = re.match(r'^(.*?)\s+(\d+)\s+([\d.]+):', line)
        cur = (m.group(1), float(m.group(3)), [])
    else:
        parts = line.strip().split(' ', 1)
        rest = parts[1] if len(parts) > 1 else ''
        m = re.match(r'^(.*) \(([^()]*)\)$', rest)
        sym, dso = (m.group(1), m.group(2)) if m else (rest, '')
        cur[2].append((sym, dso))
if cur: samples.append(cur)
t0 = min(s[1] for s in samples)
tcycle = min((s[1] for s in samples if any('PollCycle' in f[0] for f in s[2])), default=t0)
cats = [
 ('story lookup + scoring', r'StoryMatcher|InMemoryStoryIndex|PollStoryIndex|BatchIndex|TableStoryIndex\.Candidates|StoryCandidate'),
 ('tracker (TariffTracker, tariff rows)', r'TariffTracker|TrackerUpdate|Tariffs\.'),
 ('fingerprint + facts: extraction', r'TariffExtractor|FactExtractor|EventExtractor|SentenceMemo|MatchBudget|ClauseReader|RateParser|HomeCountry|EntityFinder|RegularExpressions|SentenceSplitter|MetricRates|RecentAnswers|Watcher\.Core\.Facts|Watcher\.Core\.Entities'),
 ('fingerprint outside extraction (tokens, MinHash, keys)', r'StoryFingerprint|Watcher\.Core\.Stories'),
 ('topic matching', r'Watcher\.Core\.Matching'),
 ('text/hash/clip', r'TextNormalizer|ItemIdentity|Detection\.|Clip|HtmlText|Watcher\.Core\.Text'),
 ('storage client (Azure SDK, Watcher.Azure)', r'^Azure\.|Watcher\.Azure|System\.Security\.Cryptography|System\.Text\.Json'),
 ('HTTP + feed parsing', r'Watcher\.Core\.Feeds|FeedFetcher|Fetching\.|System\.Net\.|System\.Xml|Kestrel|AspNetCore|Polly'),
 ('poll bookkeeping (SourcePoller, BaselineBatch, PollCycle)', r'SourcePoller|BaselineBatch|PollCycle|Watcher\.Core\.Pipeline|Watcher\.Core\.State'),
 ('logging', r'Logging|Console'),
 ('thread-pool spinning / waiting', r'LowLevelSpinWaiter|SpinWait|LowLevelLifoSemaphore|PortableThreadPool|ThreadPoolWorkQueue\.Dispatch$|WaitHandle|Monitor'),
]
def cat(s):
    comm, t, fr = s
    syms = [f[0] for f in fr]
    dsos = [f[1] for f in fr]
    if comm.startswith('.NET Tiered') or any('libclrjit' in d for d in dsos): return 'JIT'
    if comm.startswith('.NET Server') or comm.startswith('.NET BGC') or any(re.search(r'gc_heap|GCHeap|WKS::|SVR::|GCToEE', x) for x in syms): return 'GC'
    for name, rx in cats:
        r = re.compile(rx)
        if any(r.search(x) for x in syms): return name
    if any('kernel' in d for d in dsos[:1]): return 'other: kernel'
    if any('libcoreclr' in d for d in dsos[:1]): return 'other: runtime'
    return 'other'
whole = collections.Counter(); cyc = collections.Counter(); start = collections.Counter()
for s in samples:
    c = cat(s); whole[c] += 1
    (cyc if s[1] >= tcycle else start)[c] += 1
hz = float(sys.argv[2]) if len(sys.argv) > 2 else 199
print(f'samples {len(samples)} ({len(samples)/hz:.1f} s); start {sum(start.values())} ({sum(start.values())/hz:.1f} s, {tcycle-t0:.1f} s in); cycle {sum(cyc.values())} ({sum(cyc.values())/hz:.1f} s)')
print('| component | cycle share | cycle CPU s | host start + warm-up CPU s |')
print('| --- | ---: | ---: | ---: |')
tot = sum(cyc.values())
for name, n in cyc.most_common():
    print(f'| {name} | {n/tot*100:.1f} % | {n/hz:.2f} | {start[name]/hz:.2f} |')
for name, n in start.items():
    if name not in cyc: print(f'| {name} | 0 | 0 | {n/hz:.2f} |')
if len(sys.argv) > 3:
    want = sys.argv[3]
    self_ = collections.Counter()
    for s in samples:
        if s[1] >= tcycle and cat(s) == want: self_[s[2][0][0][:120] if s[2] else '?'] += 1
    for k, v in self_.most_common(40): print(v, k)
