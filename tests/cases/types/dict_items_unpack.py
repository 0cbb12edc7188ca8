# dict.items() iteration (the reused item tuple must never be visible) and
# unpacking of tuples, lists and other iterables, with release order.
d = {1: "a", 2: "b", 3: "c"}
it = iter(d.items())
a = next(it)
b = next(it)
print(a, b, next(it), list(d.items()), sorted(d.items(), reverse=True))
for k, v in d.items():
    print(k, v)
keep = []
for t in d.items():
    keep.append(t)
print(keep, [t for t in d.items()], dict(d.items()), {v: k for k, v in d.items()})
x, y = [1, 2]
p, q = (3, 4)
r, s = "xy"
print(x, y, p, q, r, s)
for bad in ([1, 2, 3], (1,), "abc", 5, [], {1: 2}):
    try:
        u, w = bad
        print(u, w)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def gen(n):
    try:
        yield n
    finally:
        print("closed", n)
def make(n):
    g = gen(n)
    next(g)
    return g
e = {1: make(1), 2: make(2)}
for k, v in e.items():
    print("item", k)
del k, v
print("cleared")
e.clear()
print("end")
