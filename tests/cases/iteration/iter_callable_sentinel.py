import functools
data = [3, 1, 4, 0, 5]
pos = iter(data)
it = iter(lambda: next(pos), 0)
print(type(it).__name__, list(it))
print("left:", list(pos))

counter = [0]
def tick():
    counter[0] += 1
    print("  tick", counter[0])
    return counter[0]
it = iter(tick, 3)
print(list(it))
print(next(it, "exhausted"))
print("calls:", counter[0])

lines = iter(["a\n", "b\n", "", "c\n"])
print(list(iter(functools.partial(next, lines), "")))

def raiser():
    raise StopIteration
print(list(iter(raiser, 1)))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
