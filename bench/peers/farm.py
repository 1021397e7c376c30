#!/usr/bin/env python3
"""A feed farm on loopback for the peer comparison.

N RSS 2.0 feeds whose content changes in rounds. Round 0 is the baseline; in every later round a fixed,
seeded selection of feeds gains a fresh story, republishes another feed's fresh story under a new guid (a
copy), or edits a seen story materially (a tariff rate changes). Unchanged feeds answer conditional requests
with 304, as a good server does. POST /_round/K switches rounds; GET /_expect/K returns what round K added.
"""
import argparse, hashlib, http.server, json, random, socketserver, threading
from email.utils import formatdate

IMPOSERS = [("Canada", "Ottawa", "CA"), ("China", "Beijing", "CN"), ("the United States", "Washington", "US"), ("Mexico", "Mexico City", "MX"),
            ("Japan", "Tokyo", "JP"), ("India", "New Delhi", "IN"), ("Brazil", "Brasilia", "BR"), ("Australia", "Canberra", "AU"),
            ("South Korea", "Seoul", "KR"), ("Indonesia", "Jakarta", "ID"), ("Turkey", "Ankara", "TR"), ("South Africa", "Pretoria", "ZA"),
            ("Vietnam", "Hanoi", "VN"), ("Argentina", "Buenos Aires", "AR"), ("Chile", "Santiago", "CL"), ("Norway", "Oslo", "NO"),
            ("Switzerland", "Bern", "CH"), ("the United Kingdom", "London", "GB"), ("Egypt", "Cairo", "EG"), ("Nigeria", "Abuja", "NG"),
            ("Thailand", "Bangkok", "TH"), ("Malaysia", "Kuala Lumpur", "MY"), ("the Philippines", "Manila", "PH"), ("Colombia", "Bogota", "CO"),
            ("Peru", "Lima", "PE"), ("Kenya", "Nairobi", "KE"), ("Morocco", "Rabat", "MA"), ("Pakistan", "Islamabad", "PK"),
            ("Saudi Arabia", "Riyadh", "SA"), ("New Zealand", "Wellington", "NZ")]
ORIGINS = [("Chinese", "CN"), ("Canadian", "CA"), ("American", "US"), ("Mexican", "MX"), ("Japanese", "JP"), ("Indian", "IN"), ("Brazilian", "BR"),
           ("Australian", "AU"), ("Korean", "KR"), ("Indonesian", "ID"), ("Turkish", "TR"), ("Vietnamese", "VN"), ("German", "DE"), ("French", "FR"),
           ("Italian", "IT"), ("Spanish", "ES"), ("Russian", "RU"), ("Ukrainian", "UA"), ("Thai", "TH"), ("Malaysian", "MY")]
ORIGINS = [(adj, {"CN": "China", "CA": "Canada", "US": "the United States", "MX": "Mexico", "JP": "Japan", "IN": "India", "BR": "Brazil",
                  "AU": "Australia", "KR": "South Korea", "ID": "Indonesia", "TR": "Turkey", "VN": "Vietnam", "DE": "Germany", "FR": "France",
                  "IT": "Italy", "ES": "Spain", "RU": "Russia", "UA": "Ukraine", "TH": "Thailand", "MY": "Malaysia"}[code]) for adj, code in ORIGINS]
PRODUCTS = ["steel pipes", "aluminium sheet", "canola oil", "soybeans", "electric vehicles", "solar panels", "wind turbines", "softwood lumber",
            "dairy products", "wine", "beef", "pork", "shrimp", "rice", "coffee", "cocoa", "cotton yarn", "textiles", "footwear", "furniture",
            "tyres", "glass bottles", "ceramic tiles", "fertiliser", "copper wire", "lithium batteries", "semiconductors", "smartphones", "laptops",
            "washing machines", "refrigerators", "bicycles", "motorcycles", "trucks", "auto parts", "paper", "plywood", "cement", "sugar", "wheat"]
VERBS = ["imposes", "raises", "sets", "announces", "slaps", "confirms"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DETAILS = ["Exporters warned of lost contracts worth millions.", "Industry groups welcomed the decision after months of lobbying.",
           "Port authorities expect shipments to slow before the deadline.", "Farmers' unions called for compensation.",
           "The finance minister defended the measure in parliament.", "Analysts said retaliation was likely within weeks.",
           "Importers rushed cargo through customs ahead of the change.", "The trade commissioner promised a review next spring.",
           "Retail prices could climb as stocks run down.", "Opposition lawmakers demanded a vote on the policy.",
           "Shipping lines reported cancelled bookings.", "Economists expect a small dent in growth.", "Manufacturers plan to shift suppliers.",
           "Consumer associations criticised the timing.", "Diplomats held talks on the sidelines of a regional forum.",
           "The central bank flagged inflation risks.", "Trade lawyers expect a challenge at the WTO.", "Unions praised the protection for local jobs.",
           "Provincial leaders asked for exemptions.", "Customs officers will publish guidance on Friday.", "Several firms paused investment plans.",
           "The embassy lodged a formal protest.", "Wholesalers started rationing supply.", "Logistics firms warned of congestion at the border.",
           "A parliamentary committee will hear testimony.", "Stock prices of exporters fell sharply.", "Growers fear a glut on the home market.",
           "Negotiators said a compromise was still possible.", "The chamber of commerce called the move short-sighted.",
           "Officials cited a surge of cheap imports last year."]

class Farm:
    def __init__(self, feeds, rounds, seed, base_items):
        self.feeds, self.rounds = feeds, rounds
        self.round = 0
        rng = random.Random(seed)
        # items[f] = list of (guid, title, body, link, pub, first_round, edits{round: body})
        self.items = {f: [] for f in range(feeds)}
        self.expect = {r: {"fresh": [], "copy": [], "edit": []} for r in range(rounds)}
        t0 = 1735689600  # 2025-01-01
        serial = 0
        # Every story is a different (imposer, origin, product): real-looking, distinct news, so that a tool that
        # clusters copies cannot pass by merging everything (the first farm's stories differed only by numbers).
        combos = [(i, o, p) for i in range(len(IMPOSERS)) for o in range(len(ORIGINS)) for p in range(len(PRODUCTS)) if IMPOSERS[i][0] != ORIGINS[o][1]]
        rng.shuffle(combos)
        def story(f, r, kind_rate):
            nonlocal serial
            imp, org, prod = combos[serial % len(combos)]
            serial += 1
            rate = kind_rate
            (country, capital, _), (adjective, origin) = IMPOSERS[imp], ORIGINS[org]
            product = PRODUCTS[prod]
            d1, d2 = rng.sample(DETAILS, 2)
            title = f"{country[0].upper() + country[1:]} {rng.choice(VERBS)} {rate}% tariff on {adjective} {product}"
            body = (f"{capital} said on {rng.choice(DAYS)} it will apply a {rate}% tariff on imports of {product} from {origin}, "
                    f"effective {rng.choice(MONTHS)} {1 + serial % 28}. {d1} {d2}")
            return {"guid": f"farm-{f}-{serial}", "title": title, "body": body, "link": f"https://news{f}.example/story/{serial}",
                    "pub": t0 + serial * 60, "round": r, "edits": {}, "serial": serial}
        for f in range(feeds):
            for _ in range(base_items):
                self.items[f].append(story(f, 0, rng.choice([10, 25, 35, 50])))
        for r in range(1, rounds):
            for f in rng.sample(range(feeds), max(1, feeds // 10)):          # 10 %: a fresh story
                s = story(f, r, rng.choice([10, 25, 35, 50])); self.items[f].append(s)
                self.expect[r]["fresh"].append([f, s["guid"]])
            fresh = list(self.expect[r]["fresh"])
            for f in rng.sample(range(feeds), max(1, feeds // 50)):          # 2 %: a copy of another feed's fresh story
                of, og = rng.choice(fresh)
                if of == f: continue
                orig = next(i for i in self.items[of] if i["guid"] == og)
                copy = dict(orig, guid=f"farm-{f}-copy-{og}", link=orig["link"] + "?utm_source=feed", round=r, edits={})
                self.items[f].append(copy)
                self.expect[r]["copy"].append([f, copy["guid"]])
            for f in rng.sample(range(feeds), max(1, feeds // 20)):          # 5 %: a material edit of a seen story
                seen = [i for i in self.items[f] if i["round"] < r and not i["guid"].startswith(f"farm-{f}-copy")]
                if not seen: continue
                s = rng.choice(seen)
                s["edits"][r] = s["body"].replace("% tariff", "% tariff, raised today to 75%")
                self.expect[r]["edit"].append([f, s["guid"]])

    def render(self, f):
        r = self.round
        items = [i for i in self.items[f] if i["round"] <= r][-20:]
        out = [f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Farm feed {f}</title>'
               f'<link>https://news{f}.example/</link><description>feed {f}</description>']
        for i in reversed(items):
            body = i["body"]
            for er in sorted(i["edits"]):
                if er <= r: body = i["edits"][er]
            out.append(f'<item><title>{i["title"]}</title><link>{i["link"]}</link><guid isPermaLink="false">{i["guid"]}</guid>'
                       f'<pubDate>{formatdate(i["pub"], usegmt=True)}</pubDate><description>{body}</description></item>')
        out.append("</channel></rss>")
        return "".join(out).encode()

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *a): pass
    def do_POST(self):
        if self.path.startswith("/_round/"):
            self.server.farm.round = int(self.path.rsplit("/", 1)[1]); return self._send(200, b"ok", "text/plain")
        self._send(404, b"", "text/plain")
    def do_GET(self):
        farm = self.server.farm
        if self.path.startswith("/_expect/"):
            return self._send(200, json.dumps(farm.expect[int(self.path.rsplit("/", 1)[1])]).encode(), "application/json")
        try:
            f = int(self.path.strip("/").split("/")[1].split(".")[0])
        except Exception:
            return self._send(404, b"", "text/plain")
        body = farm.render(f)
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304); self.send_header("ETag", etag); self.send_header("Content-Length", "0"); self.end_headers(); return
        self._send(200, body, "application/rss+xml; charset=utf-8", etag)
    def _send(self, code, body, ctype, etag=None):
        self.send_response(code); self.send_header("Content-Type", ctype); self.send_header("Content-Length", str(len(body)))
        if etag: self.send_header("ETag", etag)
        self.end_headers(); self.wfile.write(body)

class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    request_queue_size = 1024

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--feeds", type=int, default=1000); p.add_argument("--rounds", type=int, default=4)
    p.add_argument("--port", type=int, default=7400); p.add_argument("--seed", type=int, default=7); p.add_argument("--base-items", type=int, default=10)
    p.add_argument("--hosts", type=int, default=16)
    a = p.parse_args()
    farm = Farm(a.feeds, a.rounds, a.seed, a.base_items)
    servers = []
    for h in range(a.hosts):  # feeds spread over several loopback hosts, as real feeds are spread over sites
        srv = Server((f"127.0.0.{h + 1}", a.port), Handler)
        srv.farm = farm
        servers.append(srv)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
    print(f"farm: {a.feeds} feeds on {a.hosts} hosts, http://127.0.0.(1+N%{a.hosts}):{a.port}/feed/N.xml", flush=True)
    threading.Event().wait()

if __name__ == "__main__":
    main()
