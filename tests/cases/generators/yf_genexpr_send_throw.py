def outer():
    r = yield from (x * 2 for x in range(3))
    yield ("genexpr returned", r)

g = outer()
print(next(g))
print(g.send("ignored by genexpr"))
print(g.gi_yieldfrom.__name__)
print(g.send(None))
print(next(g))

g = outer()
next(g)
try:
    g.throw(ValueError("into genexpr"))
except ValueError as e:
    print("throw through genexpr:", e)

def catching():
    try:
        yield from (x for x in "ab")
    except ValueError:
        yield "outer caught"

g = catching()
next(g)
print(g.throw(ValueError))
g = catching()
next(g)
print(g.close(), g.gi_frame)
