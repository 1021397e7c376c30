#!/usr/bin/env python3
"""Watcher against rss2email and newsboat on one local feed farm, round by round.

  /usr/bin/python3 bench/peers/run.py --feeds 1000 --rounds 4 [--tools watcher,watcher-host,rss2email,newsboat]

Every tool polls the same farm (bench/peers/farm.py) after each round switch. Per tool and round it records
wall time, CPU time (user+sys of the tool's process tree, and for Watcher also of its storage, Azurite), peak
memory, and correctness: fresh stories found and missed, copies of a story already seen that were alerted
again (duplicates sent), and material edits noticed. Round 0 is the baseline every tool records silently.
Watcher runs two ways: `watcher` is a new process per round (`watcher poll --once`, like the peers' cron jobs);
`watcher-host` is the long-running host as deployed (`watcher serve`, started once before round 0, each round one
`POST /api/poll`; its CPU and peak memory are read from /proc for that process). The host counts as started when
/api/health no longer says its warm-up is "warming"; that start-up (wall and CPU s, warm-up included) is reported on
the baseline row beside the cycle, which it precedes.
Prints a Markdown table and writes .watcher/bench-peers/results.json.
"""
import argparse, json, os, re, shutil, signal, socket, sqlite3, subprocess, sys, time, urllib.request
sys.path.insert(0, os.path.dirname(__file__))
from smtpsink import SmtpSink

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
WORK = os.path.join(REPO, ".watcher", "bench-peers")
# PEERS_WATCHER_DLL=PATH: run another build of the CLI (e.g. main's, built elsewhere) for a before/after in one session.
WATCHER_DLL = os.environ.get("PEERS_WATCHER_DLL") or os.path.join(REPO, ".watcher", "cli", "watcher.dll")
TICK = os.sysconf("SC_CLK_TCK")

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0)); return s.getsockname()[1]

def free_port_run(n=3):
    """A port with the n-1 above it free too (Azurite's table, blob and queue), so two runs at once do not collide."""
    while True:
        base = free_port()
        if base + n > 65535: continue
        held = []
        try:
            for q in range(base, base + n):
                s = socket.socket(); held.append(s); s.bind(("127.0.0.1", q))
            return base
        except OSError: pass
        finally:
            for s in held: s.close()

def wait_port(host, port, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        try:
            with socket.create_connection((host, port), 0.3): return
        except OSError: time.sleep(0.1)
    raise TimeoutError(f"{host}:{port} did not open")

def proc_cpu(pid):
    try:
        f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) / TICK
    except OSError:
        return 0.0

def run_measured(cmd, env=None):
    """Runs cmd to completion; returns (stdout, wall s, CPU s of its process tree, peak RSS MiB) from wait4."""
    start = time.time()
    err_path = os.path.join(WORK, "last-stderr.txt")
    with open(err_path, "wb") as err:
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=env)
        out = p.stdout.read()
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
    wall = time.time() - start
    if p.returncode != 0:
        raise RuntimeError(f"{cmd[0]} exited {p.returncode}: {open(err_path).read()[-2000:]}")
    return out.decode(), wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024

def proc_hwm(pid):
    """Peak resident set of a running process, MiB."""
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmHWM:"): return int(line.split()[1]) / 1024
    return 0.0

AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

def start_azurite(port):
    """An in-memory Azurite whose Table service listens on `port` (blob and queue on the two ports above it)."""
    for q in (port, port + 1, port + 2):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", q)) == 0: raise RuntimeError(f"port {q} is taken (an Azurite left from an earlier run?)")
    p = subprocess.Popen([os.path.join(REPO, "node_modules", ".bin", "azurite"), "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose",
        "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1", "--inMemoryPersistence",
        "--tablePort", str(port), "--blobPort", str(port + 1), "--queuePort", str(port + 2)]
        # PEERS_AZURITE_DEBUG=FILE: Azurite's request log, to count what a round asks of storage.
        + (["--debug", os.environ["PEERS_AZURITE_DEBUG"] + f".{port}"] if os.environ.get("PEERS_AZURITE_DEBUG") else []),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_port("127.0.0.1", port, 180)  # Node starts slowly on a loaded machine
    conn = (f"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AZURITE_KEY};"
            f"BlobEndpoint=http://127.0.0.1:{port + 1}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{port + 2}/devstoreaccount1;"
            f"TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;")
    return p, conn

def feed_url(farm_port, hosts, f):
    return f"http://127.0.0.{1 + f % hosts}:{farm_port}/feed/{f}.xml"

class Watcher:
    name = "watcher"
    def __init__(self, a, farm_port):
        self.dir = os.path.join(WORK, self.name); os.makedirs(self.dir)
        self.sources = os.path.join(self.dir, "sources.json")
        json.dump({"sources": [{"id": f"f{f}", "url": feed_url(farm_port, a.hosts, f)} for f in range(a.feeds)]}, open(self.sources, "w"))
        # `./watcher help` builds the repository's CLI; another build named by PEERS_WATCHER_DLL is used as it is.
        if not os.environ.get("PEERS_WATCHER_DLL"):
            subprocess.run([os.path.join(REPO, "watcher"), "help"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.azurite, conn = start_azurite(free_port_run())
        # One e-mail subscriber for everything, sent over SMTP to a sink of its own: the same job rss2email does.
        self.sink_port = free_port(); self.sink = SmtpSink(self.sink_port)
        subs = os.path.join(self.dir, "subscriptions.json")
        json.dump({"subscriptions": [{"id": "desk", "channel": "email", "target": "desk@example.com", "topics": []}]}, open(subs, "w"))
        self.env = dict(os.environ, WATCHER_REPO=REPO, Watcher__Storage__ConnectionString=conn, Watcher__Net__AllowPrivateAddresses="true", Watcher__Sources__File=self.sources,
                        Watcher__Outbox__Directory=os.path.join(self.dir, "outbox"), Watcher__Subscriptions__File=subs,
                        Watcher__Smtp__Host="127.0.0.1", Watcher__Smtp__Port=str(self.sink_port), Watcher__Smtp__UseTls="false",
                        Watcher__Smtp__From="watcher@localhost")
        self.start()
    @staticmethod
    def read_alert(raw):
        """(kind, story serial) from one received e-mail: its label line says new or updated, its first link names the story."""
        import email
        msg = email.message_from_string(raw)
        text = next(p.get_payload(decode=True).decode(p.get_content_charset() or "utf-8") for p in msg.walk() if p.get_content_type() == "text/plain")
        label = text.lstrip().split("]", 1)[0].upper()
        kind = "updated" if "UPDATED" in label else "new" if label.startswith("[NEW") else "other"
        m = re.search(r"/story/(\d+)", text)
        return kind, int(m.group(1)) if m else None
    def start(self): pass
    def cycle(self):
        out, wall, cpu, rss = run_measured(["dotnet", WATCHER_DLL, "poll", "--once", "--json"], self.env)
        return json.loads(out.strip().splitlines()[-1]), wall, cpu, rss
    def poll(self, r):
        storage_before = proc_cpu(self.azurite.pid)
        self.sink.take()
        report, wall, cpu, rss = self.cycle()
        json.dump(report, open(os.path.join(self.dir, f"poll-round-{r}.json"), "w"))  # what Watcher reported, for a closer look
        if os.path.exists(os.path.join(WORK, "last-stderr.txt")):
            shutil.copy(os.path.join(WORK, "last-stderr.txt"), os.path.join(self.dir, f"poll-round-{r}.log"))
        items = report["items"]
        new = {(int(i["source"][1:]), i["id"]) for i in items if i["change"] == "new"}
        upd = {(int(i["source"][1:]), i["id"]) for i in items if i["change"] == "updated"}
        dup = {(int(i["source"][1:]), i["id"]) for i in items if i["change"] == "duplicate"}
        extra = {"storage_cpu": proc_cpu(self.azurite.pid) - storage_before, "not_modified": report["notModified"], "failed": report["failed"],
                 "cycle": report.get("durationMs", 0) / 1000}
        # What the subscriber actually received this round (the SMTP sink), not what the poll report calls new: an item
        # the poll calls "duplicate" of an older story, or "new" in a source's first (silent, baseline) poll, alerts nobody.
        sent = [self.read_alert(m) for m in self.sink.take()]
        extra["sent_new"] = [serial for kind, serial in sent if kind == "new"]
        extra["sent_updated"] = [serial for kind, serial in sent if kind == "updated"]
        return dict(wall=wall, cpu=cpu, rss=rss, alerted=new, found=new | dup, updated=upd, **extra)
    def close(self):
        self.azurite.send_signal(signal.SIGTERM); self.azurite.wait(20); self.sink.shutdown()

class WatcherHost(Watcher):
    """The long-running host: `watcher serve` started once (its own timer off), one `POST /api/poll` per round."""
    name = "watcher-host"
    def start(self):
        self.port = free_port()
        self.log = open(os.path.join(self.dir, "serve.log"), "wb")
        env = dict(self.env, Watcher__PollSchedule="0 0 0 1 1 *", Watcher__DigestSchedule="0 0 0 1 1 *", Watcher__RetentionSchedule="0 0 0 1 1 *")
        started = time.time()
        self.host = subprocess.Popen(["dotnet", WATCHER_DLL, "serve", "--urls", f"http://127.0.0.1:{self.port}"],
                                     stdout=self.log, stderr=subprocess.STDOUT, env=env)
        # PEERS_PERF=FILE: `perf record -F 999 -g` of the host's whole life (start included; perf_components.py splits at the
        # cycle). With DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 the JIT's frames resolve from /tmp/perf-PID.map.
        if os.environ.get("PEERS_PERF"):
            self.perf = subprocess.Popen(["perf", "record", "-F", "999", "-g", "-p", str(self.host.pid), "-o", os.environ["PEERS_PERF"]],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_port("127.0.0.1", self.port, 120)
        # Ready is what /api/health says: a host that warms up its signal path at start says "warming" until it is done
        # (a build without a warm-up has no "warmup" field: ready once it listens). Start-up is reported beside the cycle.
        end, self.warmup = time.time() + 600, None
        while time.time() < end:
            try:
                health = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{self.port}/api/health", timeout=30).read())
                self.warmup = health.get("warmup")
                if not self.warmup or self.warmup.get("state") != "warming": break
            except OSError: pass
            time.sleep(0.2)
        self.startup, self.startup_cpu = time.time() - started, proc_cpu(self.host.pid)
    def cycle(self):
        # PEERS_TRACE=FILE: a dotnet-trace CPU sample of the host from round PEERS_TRACE_ROUND on (default 1; 0 is the baseline).
        if os.environ.get("PEERS_TRACE") and getattr(self, "rounds", 0) == int(os.environ.get("PEERS_TRACE_ROUND", "1")) and not hasattr(self, "trace"):
            self.trace = subprocess.Popen([os.path.expanduser("~/.dotnet/tools/dotnet-trace"), "collect", "-p", str(self.host.pid),
                                           "--profile", "dotnet-sampled-thread-time", "-o", os.environ["PEERS_TRACE"]], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(3)
        self.rounds = getattr(self, "rounds", 0) + 1
        cpu_before, start = proc_cpu(self.host.pid), time.time()
        body = urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{self.port}/api/poll", method="POST"), timeout=1800).read()
        wall = time.time() - start
        return json.loads(body)["report"], wall, proc_cpu(self.host.pid) - cpu_before, proc_hwm(self.host.pid)
    def close(self):
        if hasattr(self, "trace"):
            self.trace.send_signal(signal.SIGINT); self.trace.wait(600)  # rundown of a big process is slow under load
        self.host.send_signal(signal.SIGTERM); self.host.wait(30); self.log.close()
        if hasattr(self, "perf"): self.perf.wait(120)  # perf ends with the process it records
        super().close()

class Rss2email:
    name = "rss2email"
    def __init__(self, a, farm_port):
        self.dir = os.path.join(WORK, "rss2email"); os.makedirs(self.dir)
        self.sink_port = free_port(); self.sink = SmtpSink(self.sink_port)
        self.cfg, self.data = os.path.join(self.dir, "r2e.cfg"), os.path.join(self.dir, "r2e.json")
        subprocess.run(["r2e", "-c", self.cfg, "-d", self.data, "new", "desk@example.com"], check=True, capture_output=True)
        text = open(self.cfg).read()
        text = re.sub(r"(?m)^email-protocol = .*$", "email-protocol = smtp", text)
        text = re.sub(r"(?m)^smtp-server = .*$", "smtp-server = 127.0.0.1", text)
        text = re.sub(r"(?m)^smtp-port = .*$", f"smtp-port = {self.sink_port}", text)
        text += "".join(f"\n[feed.f{f}]\nurl = {feed_url(farm_port, a.hosts, f)}\n" for f in range(a.feeds))
        open(self.cfg, "w").write(text)
    def poll(self, r):
        cmd = ["r2e", "-c", self.cfg, "-d", self.data, "run"] + (["--no-send"] if r == 0 else [])
        _, wall, cpu, rss = run_measured(cmd)
        alerted = set()
        for m in self.sink.take():
            feed = re.search(r"(?mi)^X-RSS-Feed: .*/feed/(\d+)\.xml", m); guid = re.search(r"(?mi)^X-RSS-ID: (.*)$", m)
            if feed and guid: alerted.add((int(feed.group(1)), guid.group(1).strip()))
        return dict(wall=wall, cpu=cpu, rss=rss, alerted=alerted, found=alerted, updated=set())
    def close(self): self.sink.shutdown()

class Newsboat:
    name = "newsboat"
    def __init__(self, a, farm_port):
        self.dir = os.path.join(WORK, "newsboat"); os.makedirs(self.dir)
        self.urls, self.cache, self.conf = (os.path.join(self.dir, n) for n in ("urls", "cache.db", "config"))
        open(self.urls, "w").write("".join(feed_url(farm_port, a.hosts, f) + "\n" for f in range(a.feeds)))
        open(self.conf, "w").write("reload-threads 16\ndownload-timeout 30\n")
        self.seen = set()
    def items(self):
        if not os.path.exists(self.cache): return {}
        con = sqlite3.connect(self.cache)
        rows = con.execute("select feedurl, guid, content from rss_item").fetchall(); con.close()
        return {(int(re.search(r"/feed/(\d+)\.xml", u).group(1)), g): c for u, g, c in rows}
    def poll(self, r):
        before = self.items()
        _, wall, cpu, rss = run_measured(["newsboat", "-x", "reload", "-u", self.urls, "-c", self.cache, "-C", self.conf],
                                         dict(os.environ, HOME=self.dir))
        after = self.items()
        new = set(after) - set(before)
        changed = {k for k in set(after) & set(before) if after[k] != before[k]}
        # newsboat shows new items as unread (its "alert"); edited items are updated in place, silently.
        return dict(wall=wall, cpu=cpu, rss=rss, alerted=new, found=new, updated=changed)
    def close(self): pass

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--feeds", type=int, default=1000); p.add_argument("--rounds", type=int, default=4)
    p.add_argument("--hosts", type=int, default=16); p.add_argument("--tools", default="watcher,watcher-host,rss2email,newsboat")
    a = p.parse_args()
    shutil.rmtree(WORK, ignore_errors=True); os.makedirs(WORK)
    farm_port = free_port()
    farm = subprocess.Popen([sys.executable, os.path.join(os.path.dirname(__file__), "farm.py"), "--feeds", str(a.feeds), "--rounds", str(a.rounds),
                             "--port", str(farm_port), "--hosts", str(a.hosts)], stdout=subprocess.DEVNULL)
    wait_port("127.0.0.1", farm_port)
    classes = {"watcher": Watcher, "watcher-host": WatcherHost, "rss2email": Rss2email, "newsboat": Newsboat}
    tools = [classes[t](a, farm_port) for t in a.tools.split(",")]
    rows = []
    try:
        for r in range(a.rounds):
            urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{farm_port}/_round/{r}", method="POST")).read()
            expect = json.load(urllib.request.urlopen(f"http://127.0.0.1:{farm_port}/_expect/{r}"))
            json.dump(expect, open(os.path.join(WORK, f"expect-round-{r}.json"), "w"))
            fresh, copies, edits = ({tuple(x) for x in expect[k]} for k in ("fresh", "copy", "edit"))
            # A story is a fresh item plus its copies on other feeds (guid farm-F-copy-ORIGINAL): one alert each is right.
            stories = {g: {(f, g)} | {c for c in copies if c[1].endswith("-copy-" + g)} for f, g in fresh}
            for tool in tools:
                res = tool.poll(r)
                row = dict(tool=tool.name, round=r, wall=round(res["wall"], 2), cpu=round(res["cpu"], 2), rss_mib=round(res["rss"]),
                           storage_cpu=round(res.get("storage_cpu", 0), 2), cycle=round(res.get("cycle", res["wall"]), 2))
                if "failed" in res: row["failed_sources"] = res["failed"]
                if r == 0 and hasattr(tool, "startup"):
                    # the long-running host's start (process start to ready, warm-up included), before round 0 began
                    row.update(start=round(tool.startup, 2), start_cpu=round(tool.startup_cpu, 2),
                               warmup=(tool.warmup or {}).get("state", "none"), warmup_ms=(tool.warmup or {}).get("ms"))
                if r > 0 and "sent_new" in res:
                    # Stories by serial (a copy's link is its original's link with a tracking parameter).
                    serial = {g: int(g.rsplit("-", 1)[1]) for _, g in fresh}
                    sent = {s: res["sent_new"].count(s) for s in set(res["sent_new"])}
                    edited = {int(g.rsplit("-", 1)[1]) for _, g in edits}
                    row.update(stories=len(stories), found=sum(1 for g in serial if sent.get(serial[g])),
                               missed=sum(1 for g in serial if not sent.get(serial[g])),
                               duplicates=sum(max(0, n - 1) for n in sent.values()), copies=len(copies),
                               spurious=sum(n for s, n in sent.items() if s not in serial.values()), edits=len(edits),
                               edits_noticed=len(edited & set(res["sent_updated"])))
                elif r > 0:
                    alerts = [len(m & res["alerted"]) for m in stories.values()]
                    row.update(stories=len(stories), found=sum(1 for m in stories.values() if m & res["found"]),
                               missed=sum(1 for m in stories.values() if not m & res["found"]),
                               duplicates=sum(max(0, n - 1) for n in alerts), copies=len(copies),
                               spurious=len(res["alerted"] - fresh - copies), edits=len(edits), edits_noticed=len(edits & res["updated"]))
                rows.append(row)
                print(json.dumps(row), flush=True)
    finally:
        for t in tools:
            try: t.close()
            except Exception as e: print(f"closing {t.name}: {e}", file=sys.stderr)
        farm.terminate()
    json.dump(rows, open(os.path.join(WORK, "results.json"), "w"), indent=1)
    print("\n| tool | round | wall s (cycle s) | CPU s (+storage) | peak RSS MiB | stories found | missed | duplicate alerts (copies) | spurious | edits noticed |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for x in rows:
        if x["round"] == 0:
            start = f"; host start {x['start']} s, {x['start_cpu']} CPU s, warm-up {x['warmup']}" if "start" in x else ""
            print(f"| {x['tool']} | 0 (baseline{start}) | {x['wall']} ({x['cycle']}) | {x['cpu']} (+{x['storage_cpu']}) | {x['rss_mib']} | | | | | |")
        else:
            print(f"| {x['tool']} | {x['round']} | {x['wall']} ({x['cycle']}) | {x['cpu']} (+{x['storage_cpu']}) | {x['rss_mib']} | {x['found']}/{x['stories']} | {x['missed']} | "
                  f"{x['duplicates']} ({x['copies']}) | {x['spurious']} | {x['edits_noticed']}/{x['edits']} |")

if __name__ == "__main__":
    main()
