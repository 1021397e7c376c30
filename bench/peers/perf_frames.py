#!/usr/bin/env python3
# Inclusive CPU of the poll cycle per frame pattern (a sample counts once for each pattern any of its frames matches).
#   perf script -i FILE.perf.data -F comm,tid,time,ip,sym,dso > FILE.txt; python3 bench/peers/perf_frames.py FILE.txt [HZ=199] REGEX...
import sys, re
path = sys.argv[1]; args = sys.argv[2:]
hz = float(args.pop(0)) if args and re.fullmatch(r'[\d.]+', args[0]) else 199
pats = args
samples = []; cur = None
for line in open(path, errors='replace'):
    if not line.strip():
        if cur: samples.append(cur); cur = None
        continue
    if not line[0].isspace():
        m = re.match(r'^(.*?)\s+(\d+)\s+([\d.]+):', line); cur = (m.group(1), float(m.group(3)), [])
    else:
        cur[2].append(line.strip())
if cur: samples.append(cur)
tc = min(s[1] for s in samples if any('PollCycle' in f for f in s[2]))
cyc = [s for s in samples if s[1] >= tc]
print('cycle samples', len(cyc))
for p in pats:
    r = re.compile(p); n = sum(1 for s in cyc if any(r.search(f) for f in s[2]))
    print(f'{n:6d} {n/hz:6.2f} s  {p}')
