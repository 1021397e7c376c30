#!/usr/bin/env python3
"""Counts what a run asked of Azurite's Table service, from its --debug log (run.py's PEERS_AZURITE_DEBUG=FILE):

  /usr/bin/python3 bench/peers/azurite_log.py FILE.<port> [--sample]

requests per kind (method, table; "()" a query, "(key)" a point operation; $batch), their bytes, and per table the
entities the transactions carried: count, bytes and properties per entity as sent (the log prints each batch body),
transactions. --sample prints one entity of each table."""
import sys, re, json, collections
path = sys.argv[1]
req = collections.Counter(); req_bytes = collections.Counter()
ent = collections.Counter(); ent_bytes = collections.Counter(); esc = collections.Counter(); odata = collections.Counter(); ent_props = collections.Counter(); ops = collections.Counter()
batch_tables = collections.Counter(); batch_sizes = collections.defaultdict(list)
sample = {}
rx_req = re.compile(r'RequestMethod=(\w+) RequestURL=http://[^/]+/devstoreaccount1/([^ ?(]*)(\(\)|\(P)?[^ ]* RequestHeaders:(\{.*\})')
rx_sub = re.compile(r'\\r\\n(PUT|POST|MERGE|DELETE|PATCH|GET) http://[^/]+/devstoreaccount1/(\w+)')
for line in open(path, encoding="utf-8", errors="replace"):
    m = rx_req.search(line)
    if m:
        method, table, paren, headers = m.groups()
        try: length = int(json.loads(headers).get("content-length", 0))
        except Exception: length = 0
        kind = f"{method} {table}{'()' if paren == '()' else '(key)' if paren else ''}"
        req[kind] += 1; req_bytes[kind] += length
        continue
    if "TableHandler:batch() Raw request string is" in line:
        body = line.split("Raw request string is ", 1)[1]
        parts = body.split("\\r\\n--changeset_")
        tables_in = collections.Counter()
        for p in parts:
            s = rx_sub.search(p)
            if not s: continue
            method, table = s.groups()
            i = p.find("\\r\\n\\r\\n{")
            payload = p[i + 8:] if i >= 0 else ""
            # the entity JSON as it went over the wire (the log escapes it once more: \" stands for ")
            j = payload.rfind("}")
            wire = payload[:j + 1].replace('\\"', '"').replace('\\\\', '\\') if j >= 0 else ""
            esc[table] += 5 * len(re.findall(r'\\u00[0-9A-F]{2}', wire))  # each \uXXXX escape: 5 bytes over the character
            odata[table] += sum(len(x) for x in re.findall(r'"[A-Za-z]+@odata.type":"Edm.\w+",?', wire))
            ops[(method, table)] += 1; ent[table] += 1; ent_bytes[table] += len(wire.encode()); tables_in[table] += 1
            try: ent_props[table] += len([k for k in json.loads(wire) if '@' not in k]) if wire else 0
            except Exception: pass
            if table not in sample and wire: sample[table] = wire
        for t, n in tables_in.items(): batch_tables[t] += 1; batch_sizes[t].append(n)
print("requests by kind (count, request bytes):")
for k, n in sorted(req.items(), key=lambda kv: -kv[1]): print(f"  {k:40s} {n:6d} {req_bytes[k]/1e6:8.2f} MB")
print(f"  total {sum(req.values())}, {sum(req_bytes.values())/1e6:.2f} MB")
print("entities in $batch by table (count, bytes, bytes/entity, properties/entity, transactions, entities/transaction):")
for t, n in sorted(ent.items(), key=lambda kv: -kv[1]):
    print(f"  {t:22s} {n:6d} {ent_bytes[t]/1e6:7.2f} MB {ent_bytes[t]/n:7.0f} B {ent_props[t]/n:5.1f} props  {batch_tables[t]:5d} tx {n/batch_tables[t]:5.1f}/tx"
          f"  escapes {esc[t]/1e6:5.2f} MB, @odata.type {odata[t]/1e6:5.2f} MB")
print(f"  total {sum(ent.values())} entities, {sum(ent_bytes.values())/1e6:.2f} MB")
print("operations:", dict(ops))
if len(sys.argv) > 2:
    for t, s in sample.items(): print(t, s[:1500], "\n")
