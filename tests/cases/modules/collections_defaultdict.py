from collections import defaultdict
dl = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dl[k].append(v)
print(dl)
print(dict(dl), dl["missing"], dl)
di = defaultdict(int)
for ch in "hello world":
    di[ch] += 1
print(sorted(di.items()))
print(di["zzz"], "zzz" in di, len(di))
print(di.get("qqq"), "qqq" in di)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 5
print(nested["x"]["y"], dict(nested["x"]))
none_factory = defaultdict()
try:
    none_factory["k"]
except KeyError as e:
    print(type(e).__name__, e)
print(none_factory, none_factory.default_factory)
ds = defaultdict(set)
ds["a"].add(1)
print(ds, isinstance(ds, dict))
dstr = defaultdict(str, {"pre": "x"})
print(dstr["pre"], repr(dstr["new"]), dstr)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(defaultdict(int, a=1)), defaultdict(list).default_factory)
