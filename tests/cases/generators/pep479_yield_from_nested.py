def inner():
    yield 1
    raise StopIteration("manual")

def middle():
    r = yield from inner()
    yield ("middle got", r)

def outer():
    try:
        yield from middle()
    except RuntimeError as e:
        print("outer caught", type(e).__name__, "|", e, "| cause", repr(e.__cause__))
        yield "outer recovered"

print(list(outer()))

class MyStop(StopIteration):
    pass

def raises_subclass():
    yield 1
    raise MyStop("sub")

def delegate():
    yield from raises_subclass()

try:
    list(delegate())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def explicit_in_finally():
    try:
        yield 1
    finally:
        raise StopIteration("from finally")

g = explicit_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close:", e, type(e.__cause__).__name__, e.__cause__.args)

def catches_own():
    try:
        raise StopIteration("handled")
    except StopIteration as e:
        yield "caught internally: " + str(e)
    yield "fine"

print(list(catches_own()))

def gen_throw_stopiteration():
    yield 1
    yield 2

g = gen_throw_stopiteration()
next(g)
try:
    g.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("thrown StopIteration ->", type(e).__name__, e)
