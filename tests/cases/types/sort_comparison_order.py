import random
random.seed(3)
log = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return "K%d" % self.v
def run(vals, **kw):
    log.clear()
    ks = [K(v) for v in vals]
    out = sorted(ks, **kw)
    h = 0
    for a, b in log:
        h = (h * 31 + a * 7 + b) % 1000000007
    return len(log), h, [k.v for k in out][:5]
patterns = []
for n in [0, 1, 2, 3, 5, 10, 40, 63, 64, 65, 100, 200, 500, 1500]:
    patterns.append(list(range(n)))
    patterns.append(list(range(n, 0, -1)))
    patterns.append([random.randint(0, n // 3 + 1) for _ in range(n)])
    patterns.append(sorted(random.sample(range(10 * n + 1), n)) + [random.randint(0, 9 * n) for _ in range(n // 4)])
    a = list(range(n)); b = list(range(n // 2, n + n // 2)); patterns.append(a + b)
    patterns.append([i % 7 for i in range(n)])
    c = list(range(n)); random.shuffle(c); patterns.append(c[: n // 2] + sorted(c[n // 2:]))
for p in patterns:
    print(run(p), run(p, reverse=True))
print(run([3, 1, 2], key=lambda k: -k.v))
for bad in [[1, "a", 2], ["b", 1], [3, None], [1, 2, 3, "x"], list(range(70)) + ["z"]]:
    try:
        sorted(bad)
    except TypeError as e:
        print(e)
l = [5, 3, 1]
def key(x):
    l.append(x)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print(e, l)
