def g():
    try:
        yield 1
    except ValueError:
        raise KeyError("while handling")

it = g()
next(it)
try:
    it.throw(ValueError("thrown"))
except KeyError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)

def h():
    try:
        raise TypeError("first")
    except TypeError:
        yield "in handler"
        raise IndexError("second")

it = h()
print(next(it))
try:
    next(it)
except IndexError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

def k():
    yield 1
    raise OSError("plain")

it = k()
next(it)
try:
    raise AttributeError("caller active")
except AttributeError:
    try:
        next(it)
    except OSError as e:
        print(type(e).__name__, e, "| context:", repr(e.__context__))

def m():
    try:
        yield
    except Exception as e:
        raise RuntimeError("wrapped") from e

it = m()
next(it)
try:
    it.throw(ZeroDivisionError("z"))
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)
