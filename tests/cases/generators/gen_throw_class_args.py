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
    it.throw(LookupError, (2, "two args"))
except LookupError as e:
    print(type(e).__name__, e, e.args)

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

class Odd(Exception):
    def __new__(cls, *a):
        return 42

def h():
    try:
        yield 1
    except Exception as e:
        print("inside h:", type(e).__name__, e)
        yield 2

it = h()
next(it)
print(it.throw(Odd))
