def trace(name, it):
    for v in it:
        print("  ", name, "->", v)
        yield v

def sq(x):
    print("   map sq", x)
    return x * x

m = map(sq, trace("src", range(3)))
print(type(m).__name__)
print(next(m))
f = filter(lambda x: x % 2, trace("f", range(5)))
print(type(f).__name__, next(f), next(f))
e = enumerate(trace("e", "ab"), start=10)
print(type(e).__name__, list(e))
z = zip(trace("z1", [1, 2]), trace("z2", "ab"))
print(type(z).__name__, next(z))
r = reversed([1, 2, 3])
print(type(r).__name__, list(r))
rr = reversed(range(5))
print(type(rr).__name__, list(rr))
ri = iter(range(3))
print(type(ri).__name__, next(ri), list(ri))
rng = range(0, 10, 3)
print(list(rng), list(rng), len(rng), rng[1], rng[-1], 6 in rng, rng.index(9))
m2 = map(lambda a, b: a + b, [1, 2, 3], [10, 20])
print(list(m2))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
