d = {}
d["zeta"] = 1
d["alpha"] = 2
d[10] = 3
d[(1, 2)] = 4
print(list(d), list(d.values()), list(d.items()))
d["zeta"] = 99
print(list(d.items()))
del d["alpha"]
d["alpha"] = 5
print(list(d))
it = iter(d)
print(next(it))
d["new"] = 1
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter(d)
next(it)
del d[10]
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
d2 = dict.fromkeys("cab")
print(list(d2), list(reversed(d2)))
it = iter(d2.items())
d2["c"] = "changed value ok"
print(list(it))
s = {3, 1, 2}
print(sorted(s))
ks = d2.keys()
d2["x"] = 0
print(list(ks))
