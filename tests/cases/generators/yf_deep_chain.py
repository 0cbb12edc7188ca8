import sys
sys.setrecursionlimit(30000)

def chain(n):
    if n == 0:
        yield 1
        return 5
    else:
        r = yield from chain(n - 1)
        return r + 1

for depth in (1, 10, 1000, 10000):
    g = chain(depth)
    first = next(g)
    try:
        next(g)
    except StopIteration as e:
        print(depth, first, e.value)

g = chain(10000)
print(next(g))
print(g.gi_yieldfrom.__name__)
print(g.send(None) if False else "skip")
try:
    g.send(None)
except StopIteration as e:
    print("send", e.value)
