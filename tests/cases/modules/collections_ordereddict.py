from collections import OrderedDict
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    od.move_to_end("missing")
except KeyError as e:
    print(type(e).__name__, e)
x = OrderedDict([(1, "a"), (2, "b")])
y = OrderedDict([(2, "b"), (1, "a")])
print(x == y, dict(x) == dict(y), x == {2: "b", 1: "a"})
print(repr(OrderedDict()), OrderedDict(a=1), OrderedDict.fromkeys("ab", 0))
z = x.copy()
z[3] = "c"
print(z, list(reversed(z)), isinstance(z, dict))
z.update({0: "zero"})
print(list(z.keys()), z.setdefault(9, "nine"), z)
