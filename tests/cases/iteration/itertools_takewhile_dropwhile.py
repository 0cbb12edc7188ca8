import itertools as it
def pred(x):
    print("  pred", x)
    return x < 3
data = [1, 2, 3, 1, 0]
print(list(it.takewhile(pred, data)))
print(list(it.dropwhile(pred, data)))
src = iter(data)
print(list(it.takewhile(lambda x: x < 3, src)), "consumed the 3:", list(src))
print(list(it.takewhile(bool, [])), list(it.dropwhile(bool, [1, 1])))
print(list(it.filterfalse(lambda x: x % 3, range(10))))
print(list(it.filterfalse(None, [0, 1, "", "a", None])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.compress("ABC", [1, 1])), list(it.compress("A", [1, 1, 1])))
print(list(it.compress(range(10), it.cycle([0, 1]))))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
try:
    list(it.starmap(pow, [1]))
except TypeError as e:
    print(type(e).__name__, e)
