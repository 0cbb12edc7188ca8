import hashlib

def md5_service():
    output = None
    while s := (yield output):
        output = hashlib.md5(s.encode()).hexdigest()
    print("  md5 service shutting down")
    return "md5 done"

def hash_service(algorithm):
    output = None
    while s := (yield output):
        h = hashlib.new(algorithm)
        h.update(s.encode())
        output = (h.name, h.hexdigest())
    return algorithm + " done"

svc = md5_service()
next(svc)
for word in ["hello", "world", "The quick brown fox jumps over the lazy dog", "ünïcödé"]:
    print(word, svc.send(word))
try:
    svc.send("")
except StopIteration as e:
    print("StopIteration:", e.value)

for algo in ["sha1", "sha256", "md5"]:
    s = hash_service(algo)
    next(s)
    print(s.send("abc"))
    print(s.send("coil"))
    try:
        s.send(None)
    except StopIteration as e:
        print(e.value)

svc = md5_service()
next(svc)
try:
    svc.send(b"bytes")
except AttributeError as e:
    print(type(e).__name__, e)
