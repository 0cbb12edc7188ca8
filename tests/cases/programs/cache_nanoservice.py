class ResetCache(Exception):
    pass

def cache_service():
    cache = {}
    hits = misses = 0
    reply = "ready"
    while True:
        try:
            request = yield reply
        except ResetCache as e:
            print(f"  reset requested ({e}); dropping {len(cache)} entries")
            cache.clear()
            hits = misses = 0
            reply = "reset"
            continue
        if request is None:
            break
        op, *args = request
        if op == "set":
            key, value = args
            cache[key] = value
            reply = ("ok", key)
        elif op == "get":
            key, = args
            if key in cache:
                hits += 1
                reply = ("hit", cache[key])
            else:
                misses += 1
                reply = ("miss", key)
        elif op == "stats":
            reply = {"size": len(cache), "hits": hits, "misses": misses}
        else:
            reply = ("error", f"unknown op {op!r}")
    return {"final_size": len(cache), "hits": hits, "misses": misses}

svc = cache_service()
print(next(svc))
requests = [("set", "a", 1), ("set", "b", [2, 3]), ("get", "a"), ("get", "zz"), ("get", "b"),
            ("stats",), ("delete", "a"), ("set", "a", "one")]
for r in requests:
    print(r, "->", svc.send(r))
print(svc.throw(ResetCache("manual")))
print(svc.send(("get", "a")))
print(svc.send(("stats",)))
try:
    svc.send(("set", "only-key"))
except ValueError as e:
    print(type(e).__name__, e)
print("service alive?", svc.gi_frame is not None)
svc2 = cache_service()
next(svc2)
svc2.send(("set", "k", "v"))
svc2.send(("get", "k"))
try:
    svc2.send(None)
except StopIteration as e:
    print("final:", e.value)
