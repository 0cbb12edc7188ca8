a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
a |= b
print(a)
a |= [("w", 0)]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print(type(e).__name__, e)
print({**a, "x": "override"}, dict(a, extra=True))
nested = {"outer": {"inner": 1}}
shallow = dict(nested)
shallow["outer"]["inner"] = 2
print(nested)
order = {}
for key in ["one", "two", "three", "two", "one"]:
    order[key] = order.get(key, 0) + 1
print(order, list(order.items())[0])
order.pop("one")
order["one"] = 0
print(list(order))
print(sorted(order, key=order.get), max(order, key=lambda k: order[k]))
counts = {}
for ch in "mississippi":
    counts.setdefault(ch, []).append(ch)
print({k: len(v) for k, v in counts.items()})
print(dict(sorted({"b": 1, "a": 2}.items())))
print({1: 2} == {1: 2}, {1: 2} != {1: 3})
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(e)
