d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d))
del d["a"]
d["a"] = 20
print(d)
print(d.get("a"), d.get("zz"), d.get("zz", "def"))
print(d.pop("a"), d.pop("missing", "dflt"), d)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    d["nope"]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    {}[(1, 2)]
except KeyError as e:
    print(e, e.args)
print(d.setdefault("b", 99), d.setdefault("n", []), d)
d["n"].append(1)
print(d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict(zip("xy", [1, 2])))
print({1: "int", 1.0: "float", True: "bool"})
c = d.copy()
c["new"] = 1
print("new" in d, "new" in c, d == c)
c.clear()
print(c, {} == dict(), {"a": 1} == {"a": 1.0})
print({"x": [1, {"y": (2,)}]}, {None: None, (): (), 1.5: "f"})
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
print(repr({"it's": "q\"uote"}))
