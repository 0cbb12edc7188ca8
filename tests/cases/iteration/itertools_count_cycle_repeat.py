import itertools as it
c = it.count()
print([next(c) for _ in range(3)])
print(list(it.islice(it.count(10, 5), 4)))
print(list(it.islice(it.count(1.5, 0.5), 3)))
print(list(it.islice(it.count(5, -2), 4)))
print(repr(it.count(3)), repr(it.count(3, 2)), repr(it.count(1.0)))
cy = it.cycle("ab")
print([next(cy) for _ in range(5)])
print(list(it.cycle([])))
def once():
    print("  once runs")
    yield 1
    yield 2
cy = it.cycle(once())
print([next(cy) for _ in range(5)])
print(list(it.repeat("x", 3)), list(it.repeat(1, 0)), list(it.repeat(1, -5)))
r = it.repeat(7)
print(next(r), next(r), repr(it.repeat("z", 2)))
print(list(map(pow, range(4), it.repeat(2))))
print(it.repeat(None, 4).__length_hint__())
try:
    it.count("a")
except TypeError as e:
    print(type(e).__name__, e)
