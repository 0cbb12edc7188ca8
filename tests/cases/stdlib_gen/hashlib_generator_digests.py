import hashlib
import itertools

def digests(algo, words):
    for w in words:
        yield w, hashlib.new(algo, w.encode()).hexdigest()[:12]

def chained_hash(seed, n):
    h = seed.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
        yield h.hex()[:16]

for w, d in digests("md5", ["alpha", "beta", "gamma"]):
    print(w, d)
print(list(chained_hash("coil", 4)))
print(list(itertools.islice(chained_hash("x", 1000), 998, None)))
def find_prefix(prefix):
    for i in itertools.count():
        if hashlib.md5(str(i).encode()).hexdigest().startswith(prefix):
            return i
print(find_prefix("000"), find_prefix("abc"))
