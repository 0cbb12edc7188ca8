it = iter([1, 2, 3])
print(list(it), list(it))
g = (x for x in range(3))
print(sum(g), sum(g))
d = {"a": 1, "b": 2}
ki = iter(d)
print(next(ki))
r = iter(range(3))
print(next(r), list(r))
s = iter("xyz")
print(next(s), "".join(s))
print(list(zip(*[iter(range(6))] * 2)))
z = zip("ab", [1, 2])
m = map(str.upper, "ab")
f = filter(None, [0, 1])
e = enumerate("q")
rv = reversed([1, 2])
for obj in (it, g, ki, r, s, z, m, f, e, rv):
    print(iter(obj) is obj, hasattr(obj, "__next__"), end="; ")
print()
print(hasattr([], "__next__"), hasattr([], "__iter__"), iter([]) is not iter([]))
def gen():
    yield 1
    yield 2
gi = gen()
print(type(gi).__name__, next(gi), next(gi), next(gi, "exhausted"))
print(list(range(3)) == list(iter(range(3))), 2 in iter([1, 2, 3]))
it2 = iter([1, 2, 3, 4])
print(3 in it2, list(it2))
