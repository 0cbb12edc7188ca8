log = []
def f(x):
    log.append(("f", x))
    return x + 1
def g(x):
    log.append(("g", x))
    return x % 2 == 0

pipeline = map(f, filter(g, range(6)))
print(log)
for v in pipeline:
    log.append(("out", v))
print(log)
for i, (a, b) in enumerate(zip("xyz", range(3)), 1):
    print(i, a, b)
print(list(enumerate([])))
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
