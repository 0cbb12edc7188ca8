def inner():
    yield "i1"
    yield "i2"

def outer():
    yield "o1"
    yield from inner()
    yield from [10, 20]
    yield "o2"

g = outer()
while True:
    try:
        v = next(g)
    except StopIteration:
        break
    yf = g.gi_yieldfrom
    print(v, type(yf).__name__, yf.__name__ if hasattr(yf, "__name__") else "-")
print(g.gi_yieldfrom)
