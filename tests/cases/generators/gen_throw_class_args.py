def g():
    try:
        yield 1
    except Exception as e:
        print("inside:", type(e).__name__, e.args)
        raise

it = g()
next(it)
try:
    it.throw(KeyError, ("tuple", "of", "args"))
except KeyError as e:
    print(type(e).__name__, e.args)

it = g()
next(it)
try:
    it.throw(OSError, (2, "No such file"))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.args)

it = g()
next(it)
try:
    it.throw(ValueError, ())
except ValueError as e:
    print(type(e).__name__, e.args)

it = g()
next(it)
try:
    it.throw(ValueError, ["list", "stays", "one", "arg"])
except ValueError as e:
    print(type(e).__name__, e.args)

it = g()
next(it)
try:
    it.throw(ValueError, ValueError("instance as value"))
except ValueError as e:
    print(type(e).__name__, e.args)

class WithInit(Exception):
    def __init__(self, a, b=0):
        super().__init__(a + b)
        self.pair = (a, b)

it = g()
next(it)
try:
    it.throw(WithInit, (1, 2))
except WithInit as e:
    print(type(e).__name__, e.args, e.pair)

it = g()
next(it)
try:
    it.throw(WithInit, 5)
except WithInit as e:
    print(type(e).__name__, e.args, e.pair)

it = g()
next(it)
try:
    it.throw(WithInit, (1, 2, 3))
except TypeError as e:
    print("bad init args:", type(e).__name__)
