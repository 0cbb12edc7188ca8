d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
print(list(k), list(v), list(i), len(k))
print("a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
print(k & {"a", "z"} == {"a"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(type(k).__name__, type(v).__name__, type(i).__name__)
for key, val in d.items():
    print(key, val, end=" ")
print()
print(list(reversed(d)), list(reversed(d.values())))
print(dict(d.items()) == d, {"a": 1}.keys() == {"a": 2}.keys(), d.values() == d.values())
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
e = {1: 1}
try:
    for key in e:
        e[key + 1] = 0
except RuntimeError as ex:
    print(type(ex).__name__, ex)
f = {1: "a", 2: "b"}
for key in f:
    f[key] = f[key].upper()
print(f)
for key in list(f):
    del f[key]
print(f)
g = {x: x * x for x in range(5) if x % 2 == 0}
print(g, {v: k for k, v in g.items()})
try:
    d.keys()[0]
except TypeError as e:
    print(e)
