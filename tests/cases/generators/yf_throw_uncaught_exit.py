def inner():
    try:
        yield 1
    finally:
        print("inner cleanup")

def outer():
    try:
        yield from inner()
    finally:
        print("outer cleanup")

g = outer()
print(next(g))
g.throw(ZeroDivisionError("thrown through two levels"))
print("never")
