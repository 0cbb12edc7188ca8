d = {}
d[1] = "a"
d[1.0] = "b"
print(d)
d[(1, 2)] = "tuple"
d[None] = "none"
d[frozenset([1])] = "fs"
print(len(d), d[None], d[(1, 2)])
big = {i: i * i for i in range(1000)}
print(len(big), big[999], sum(big.values()))
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5])
big[0] = "re-added"
print(list(big)[-1], list(big)[0])
keys = list("zyxwvu")
od = {}
for k in keys:
    od[k] = keys.index(k)
print(od, list(od.values()))
print({**{"a": 1}, **{"a": 2}}, dict(a=1, **{"b": 2}))
try:
    dict(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
nd = {nan: 1}
print(nd[nan], nan in nd, float("nan") in nd)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return "H%d" % self.v
hd = {H(1): "one", H(2): "two"}
print(hd, hd[H(2)])
d2 = dict.fromkeys(range(3), [])
d2[0].append("shared")
print(d2)
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True))
print(len({}), bool({}), bool({0: 0}), list({}.items()))
print(max({"a": 3, "b": 7}, key={"a": 3, "b": 7}.get))
