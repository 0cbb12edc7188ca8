print(len("abc"), len([1, 2]), len((1,)), len({1: 2, 3: 4}), len({1, 2, 3}), len(range(0, 10, 3)), len(b"ab"), len(""))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter("ab")
print(type(s).__name__.endswith("iterator"), list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), type(d).__name__.endswith("iterator"))
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
it2 = iter([10, 20])
print(iter(it2) is it2)
for x in iter(range(3)):
    print(x, end=" ")
print()
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next(iter([]))
except StopIteration:
    print("empty iterator raises StopIteration")
try:
    len(iter([1]))
except TypeError as e:
    print(e)
try:
    iter(counter, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(list(range(3)), list(range(2, -3, -1)), tuple(range(0)))
