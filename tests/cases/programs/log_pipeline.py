import os
import re
import tempfile

LOG = """81.107.39.38 - - [24/Feb/2008:00:08:59 -0600] "GET /ply/ HTTP/1.1" 200 7587
81.107.39.38 - - [24/Feb/2008:00:08:59 -0600] "GET /favicon.ico HTTP/1.1" 404 133
24.1.247.118 - - [24/Feb/2008:00:15:41 -0600] "GET /ply/bookplug.gif HTTP/1.1" 200 23903
24.1.247.118 - - [24/Feb/2008:00:15:41 -0600] "GET /ply/example.html HTTP/1.1" 200 2359
140.180.132.213 - - [24/Feb/2008:00:15:49 -0600] "GET /ply/ply.html HTTP/1.1" 200 97238
140.180.132.213 - - [24/Feb/2008:00:16:10 -0600] "GET /robots.txt HTTP/1.1" 404 -
74.6.72.187 - - [24/Feb/2008:00:20:07 -0600] "GET /ply/PLY.html HTTP/1.0" 304 -
"""

def gen_open(paths):
    for p in paths:
        with open(p) as f:
            print("  opened", os.path.basename(p))
            yield f
        print("  closed", os.path.basename(p))

def gen_cat(sources):
    for s in sources:
        yield from s

def gen_grep(pattern, lines):
    pat = re.compile(pattern)
    return (line for line in lines if pat.search(line))

LOGPAT = re.compile(r'(\S+) \S+ \S+ \[(.*?)\] "(\S+) (\S+) (\S+)" (\d+) (\S+)')
COLNAMES = ("host", "datetime", "method", "request", "proto", "status", "bytes")

def gen_records(lines):
    groups = (LOGPAT.match(line) for line in lines)
    tuples = (m.groups() for m in groups if m)
    for t in tuples:
        rec = dict(zip(COLNAMES, t))
        rec["status"] = int(rec["status"])
        rec["bytes"] = 0 if rec["bytes"] == "-" else int(rec["bytes"])
        yield rec

with tempfile.TemporaryDirectory() as d:
    paths = []
    for i, chunk in enumerate([LOG.splitlines(True)[:4], LOG.splitlines(True)[4:]]):
        p = os.path.join(d, f"access-log.{i}")
        with open(p, "w") as f:
            f.writelines(chunk)
        paths.append(p)
    lines = gen_cat(gen_open(paths))
    ply = gen_grep(r"ply", lines)
    total = sum(r["bytes"] for r in gen_records(ply))
    print("bytes for ply:", total)
    records = list(gen_records(gen_cat(gen_open(paths))))
    print(sorted(set(r["host"] for r in records)))
    print([r["request"] for r in records if r["status"] == 404])
    print(max(records, key=lambda r: r["bytes"])["request"])
