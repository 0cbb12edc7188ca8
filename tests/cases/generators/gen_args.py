def g(a, b=10, *args, sep="-", **kw):
    yield a
    yield b
    for x in args:
        yield x
    yield sep
    for k in sorted(kw):
        yield (k, kw[k])

print(list(g(1)))
print(list(g(1, 2, 3, 4, sep="+", z=1, y=2)))

def mutable_default(item, acc=[]):
    acc.append(item)
    yield list(acc)

print(next(mutable_default(1)))
print(next(mutable_default(2)))
print(next(mutable_default(3, [])))

def kwonly(*, start, stop):
    yield from range(start, stop)

print(list(kwonly(start=2, stop=5)))
try:
    kwonly(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)

def posonly(a, b, /):
    yield a - b
print(list(posonly(5, 3)))
