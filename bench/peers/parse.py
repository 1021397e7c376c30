#!/usr/bin/env python3
"""Parsing alone: Watcher's parser against Python's feedparser (Debian python3-feedparser) on ../shared/corpora.

  /usr/bin/python3 bench/peers/parse.py [--repeat 3]

Both parse every feed file of the corpora (feedparser's wellformed/illformed/encoding test feeds and gofeed's
translator/parser inputs) in ONE process each: feedparser in this process (timed around feedparser.parse only),
Watcher through `watcher parse --json FILE...` (wall time minus the same command's start-up on one tiny file).
Best of --repeat runs. Then field agreement per file: item count, feed title, and the first item's title, link and
published time, compared after whitespace normalisation. Prints a Markdown table; writes .watcher/bench-peers/parse.json.
"""
import argparse, datetime, glob, json, os, platform, re, subprocess, sys, time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORPORA = os.path.abspath(os.path.join(REPO, "..", "shared", "corpora"))
WORK = os.path.join(REPO, ".watcher", "bench-peers")
FEED_EXT = (".xml", ".rss", ".rdf", ".atom", ".json")

def corpus_files():
    """Feed inputs only: gofeed's rss/atom translator folders pair each .xml input with its expected .json."""
    files = []
    for sub in ("wellformed", "illformed", "encoding"):
        files += glob.glob(os.path.join(CORPORA, "feedparser", sub, "**", "*"), recursive=True)
    files += glob.glob(os.path.join(CORPORA, "gofeed", "translator", "rss", "*.xml"))
    files += glob.glob(os.path.join(CORPORA, "gofeed", "translator", "atom", "*.xml"))
    files += [f for f in glob.glob(os.path.join(CORPORA, "gofeed", "translator", "json", "*.json")) + glob.glob(os.path.join(CORPORA, "gofeed", "parser", "json", "*.json"))
              if not f.endswith("_expected.json")]
    return sorted(f for f in files if os.path.isfile(f) and f.endswith(FEED_EXT))

def norm(s):
    return re.sub(r"\s+", " ", s).strip() if isinstance(s, str) and s.strip() else None

def iso_minute(value):
    if value is None: return None
    if isinstance(value, time.struct_time):
        return datetime.datetime(*value[:6]).strftime("%Y-%m-%dT%H:%M")
    return str(value)[:16]

def feedparser_run(files, repeat):
    import feedparser
    data = [open(f, "rb").read() for f in files]
    def parse(d):
        try: return feedparser.parse(d)
        except Exception as ex: return ex  # feedparser itself raised (it does on a few corpus files)
    best, out = None, None
    for _ in range(repeat):
        started = time.perf_counter()
        results = [parse(d) for d in data]
        elapsed = time.perf_counter() - started
        if best is None or elapsed < best: best, out = elapsed, results
    summary = []
    for r in out:
        if isinstance(r, Exception):
            summary.append({"items": None, "title": None, "first_title": None, "first_link": None, "first_published": None, "raised": repr(r)[:120]})
            continue
        e = r.entries[0] if r.entries else {}
        summary.append({"items": len(r.entries), "title": norm(r.feed.get("title")), "first_title": norm(e.get("title")),
                        "first_link": e.get("link") or None, "first_published": iso_minute(e.get("published_parsed") or e.get("updated_parsed"))})
    return best, summary

def watcher_cli():
    subprocess.run([os.path.join(REPO, "watcher"), "parse", "--help"], capture_output=True)  # builds the CLI if needed
    return ["dotnet", os.path.join(REPO, ".watcher", "cli", "watcher.dll"), "parse", "--json"]

def watcher_run(files, repeat):
    cmd = watcher_cli()
    tiny = os.path.join(WORK, "tiny.xml")
    with open(tiny, "w") as f: f.write("<rss version='2.0'><channel><title>t</title></channel></rss>")
    startup = min(timed(cmd + [tiny])[0] for _ in range(repeat))
    best, stdout = None, None
    for _ in range(repeat):
        elapsed, out = timed(cmd + files)
        if best is None or elapsed < best: best, stdout = elapsed, out
    summary = []
    for line in stdout.splitlines():
        doc = json.loads(line)
        items = doc.get("items") or []
        e = items[0] if items else {}
        summary.append({"items": len(items), "title": norm(doc.get("title")), "first_title": norm(e.get("title")),
                        "first_link": e.get("link") or None, "first_published": (e.get("published") or e.get("updated") or None) and (e.get("published") or e.get("updated"))[:16]})
    return max(best - startup, 1e-9), best, startup, summary

def timed(cmd):
    started = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    return time.perf_counter() - started, p.stdout

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    files = corpus_files()
    size = sum(os.path.getsize(f) for f in files)
    fp_time, fp = feedparser_run(files, args.repeat)
    w_parse, w_wall, w_start, w = watcher_run(files, args.repeat)
    assert len(w) == len(files), f"watcher printed {len(w)} documents for {len(files)} inputs"
    fields = ["items", "title", "first_title", "first_link", "first_published"]
    agree = {k: sum(1 for a, b in zip(fp, w) if a[k] == b[k]) for k in fields}
    differ = {k: [(os.path.relpath(f, CORPORA), a[k], b[k]) for f, a, b in zip(files, fp, w) if a[k] != b[k]][:8] for k in fields}
    items_fp = sum(x["items"] or 0 for x in fp)
    raised = [(os.path.relpath(f, CORPORA), x["raised"]) for f, x in zip(files, fp) if "raised" in x]
    mb = size / 1e6
    result = {"machine": f"{os.cpu_count()} cores, {platform.processor() or platform.machine()}", "load": os.getloadavg()[0],
              "files": len(files), "bytes": size, "feedparser": {"seconds": fp_time, "items": items_fp},
              "watcher": {"parse_seconds": w_parse, "wall_seconds": w_wall, "startup_seconds": w_start, "items": sum(x["items"] for x in w)},
              "feedparser_raised": raised, "agreement": {k: agree[k] / len(files) for k in fields}, "examples_of_difference": differ}
    json.dump(result, open(os.path.join(WORK, "parse.json"), "w"), indent=2)
    print(f"{len(files)} files, {mb:.2f} MB (load average {os.getloadavg()[0]:.1f})\n")
    print("| parser | parse time | MB/s | files/s | items | ratio |")
    print("| --- | --- | --- | --- | --- | --- |")
    print(f"| python3-feedparser {getattr(__import__('feedparser'), '__version__', '?')} | {fp_time:.2f} s | {mb / fp_time:.2f} | {len(files) / fp_time:.0f} | {items_fp} | 1.0× |")
    print(f"| Watcher (parse only) | {w_parse:.2f} s | {mb / w_parse:.2f} | {len(files) / w_parse:.0f} | {result['watcher']['items']} | {fp_time / w_parse:.1f}× |")
    print(f"| Watcher (whole command, incl. {w_start:.2f} s start-up) | {w_wall:.2f} s | {mb / w_wall:.2f} | {len(files) / w_wall:.0f} | | {fp_time / w_wall:.1f}× |")
    print(f"\nfeedparser raised an exception on {len(raised)} files: {', '.join(f for f, _ in raised)}")
    print("\n| field | agreement |\n| --- | --- |")
    for k in fields: print(f"| {k} | {agree[k]}/{len(files)} ({100 * agree[k] / len(files):.1f}%) |")

if __name__ == "__main__":
    main()
