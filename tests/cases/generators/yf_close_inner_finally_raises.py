def inner():
    try:
        yield 1
    finally:
        print("inner finally, raising")
        raise ValueError("inner cleanup failed")

def middle():
    try:
        yield from inner()
    except ValueError as e:
        print("middle caught", e, "| context:", type(e.__context__).__name__)
        raise
    finally:
        print("middle finally")

def outer():
    try:
        yield from middle()
    finally:
        print("outer finally")

g = outer()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", type(e).__name__, e)
print(g.gi_frame is None)

def swallow():
    try:
        yield from inner()
    except ValueError:
        print("swallow: caught ValueError, yielding")
        yield "after"

g = swallow()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def swallow_return():
    try:
        yield from inner()
    except ValueError:
        print("swallow_return: caught, returning")
        return 1

g = swallow_return()
next(g)
print("close ->", g.close())
