import functools
import math

def gen(n):
    for i in range(1, n + 1):
        yield i

print(functools.reduce(lambda a, b: a * b, gen(10)))
print(functools.reduce(lambda a, b: a + b, gen(0), "empty"))
try:
    functools.reduce(lambda a, b: a + b, gen(0))
except TypeError as e:
    print(type(e).__name__, e)
print(math.prod(gen(6)), math.fsum(x / 10 for x in gen(10)), sum(x / 10 for x in gen(10)))
print(sorted(gen(5), key=lambda x: (x % 2, -x)))
print(min(gen(5), key=lambda x: abs(x - 3.4)), max("apple banana kiwi".split(), key=len))
try:
    max(x for x in [])
except ValueError as e:
    print(type(e).__name__, e)
print(max((x for x in []), default="nothing"), min(3, 1, 2), max([[1], [0, 5]]))
print(list(reversed(sorted(gen(4)))), sorted("bca"), "".join(sorted("bca")))
print(dict(enumerate("ab")), tuple(gen(3)), set(x % 3 for x in gen(9)) == {0, 1, 2}, frozenset() == set())
print(any(map(str.isdigit, "ab3")), all(map(str.isalpha, "ab3")))
counts = {}
for w in (w.lower() for w in "A b a B c".split()):
    counts[w] = counts.get(w, 0) + 1
print(counts)
