import hashlib
msg = b"generators and coroutines in rust"
for algo in (hashlib.md5, hashlib.sha1, hashlib.sha256):
    whole = algo(msg).hexdigest()
    h = algo()
    for i in range(0, len(msg), 5):
        h.update(msg[i:i + 5])
    print(h.name, whole == h.hexdigest(), h.hexdigest())
    c = h.copy()
    c.update(b"!")
    print("  copy differs:", c.hexdigest() != h.hexdigest(), "original unchanged:", h.hexdigest() == whole)
    h.update(b"")
    print("  empty update no-op:", h.hexdigest() == whole)
def chunks(data, n):
    for i in range(0, len(data), n):
        yield data[i:i + n]
h = hashlib.sha256()
for piece in chunks(b"x" * 1000, 64):
    h.update(piece)
print(h.hexdigest() == hashlib.sha256(b"x" * 1000).hexdigest(), h.hexdigest())
h = hashlib.md5(b"a")
h.update(bytearray(b"b"))
h.update(memoryview(b"c"))
print(h.hexdigest())
for bad in ["text", 5, None]:
    try:
        hashlib.md5().update(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hashlib.sha1("str")
except TypeError as e:
    print(type(e).__name__, e)
