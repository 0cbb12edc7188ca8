def leaf():
    total = 0
    while True:
        got = yield ("leaf", total)
        if got is None:
            return total
        total += got

def doubler():
    result = yield from leaf()
    return result * 2

def labeller():
    result = yield from doubler()
    print("labeller got", result)
    extra = yield ("labeller", result)
    return (result, extra)

g = labeller()
print(next(g))
for v in (1, 10, 100):
    print("send", v, "->", g.send(v))
print("next ->", next(g))
try:
    g.send("extra")
except StopIteration as e:
    print("final", e.value)

def adder(n):
    x = yield
    while True:
        x = yield x + n

def stack():
    yield from adder(1000)

g = stack()
next(g)
print([g.send(i) for i in range(3)])
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom)
