def g():
    try:
        raise ValueError("original")
    except ValueError:
        yield "suspended in handler"
        print("not reached")

it = g()
print(next(it))
try:
    it.throw(KeyError("thrown"))
except KeyError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

def h():
    try:
        raise ValueError("original")
    except ValueError:
        try:
            yield "nested handler"
        except KeyError as e:
            print("caught thrown, context:", repr(e.__context__))
            raise IndexError("converted")

it = h()
next(it)
try:
    it.throw(KeyError("k"))
except IndexError as e:
    print(type(e).__name__, "| context:", repr(e.__context__), "| context.context:", repr(e.__context__.__context__))

def m():
    yield 1

it = m()
next(it)
try:
    raise OSError("caller handling")
except OSError:
    try:
        it.throw(RuntimeError("thrown from handler"))
    except RuntimeError as e:
        print("context from caller:", repr(e.__context__))

exc = ValueError("preset")
exc.__context__ = TypeError("preset context")
def n():
    try:
        raise AttributeError("gen handling")
    except AttributeError:
        yield
it = n()
next(it)
try:
    it.throw(exc)
except ValueError as e:
    print("preset context replaced:", repr(e.__context__))

def s():
    try:
        yield
    except KeyError:
        raise KeyError("same type") from None

it = s()
next(it)
try:
    it.throw(KeyError("first"))
except KeyError as e:
    print("suppressed:", e.__suppress_context__, repr(e.__context__), e.__cause__)
