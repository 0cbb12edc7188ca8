def inner():
    while True:
        try:
            yield "inner waiting"
        except ValueError as e:
            print("inner caught", e)
            yield "inner recovered"

def outer():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer recovered"
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.throw(ValueError("v1")))
print(next(g))
print(g.throw(KeyError("k1")))
try:
    next(g)
except StopIteration:
    print("finished")
