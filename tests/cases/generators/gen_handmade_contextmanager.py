class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if ev is None:
            ev = et()
        try:
            self.gen.throw(ev)
        except StopIteration as e:
            return e is not ev
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")

def contextmanager(fn):
    def helper(*a, **k):
        return GenCM(fn(*a, **k))
    return helper

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("a") as t:
    print("body", t)

@contextmanager
def suppressing(*types):
    try:
        yield
    except types as e:
        print("suppressed", type(e).__name__, e)

with suppressing(KeyError, ValueError):
    raise ValueError("v")
print("continued")

try:
    with suppressing(KeyError):
        raise IndexError("not suppressed")
except IndexError as e:
    print("propagated", e)

@contextmanager
def converting():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e

try:
    with converting():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, "cause:", type(e.__cause__).__name__)

@contextmanager
def yields_twice():
    yield 1
    yield 2

try:
    with yields_twice():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

with tag("outer"), tag("inner") as i:
    print("nested", i)
