import sys

def name():
    t = sys.exc_info()[0]
    return t.__name__ if t else None

def g():
    print("  start:", name())
    while True:
        try:
            yield
        except Exception as e:
            print("  handling", type(e).__name__, "exc_info:", name())
            yield "in handler"
            print("  resumed in handler:", name())
        print("  after handler:", name())

it = g()
next(it)
print(it.throw(ValueError("v")), "| caller:", name())
try:
    raise KeyError("caller")
except KeyError:
    print("caller handling:", name())
    next(it)
    print("caller after next:", name())
print("caller outside:", name())

it = g()
try:
    raise TypeError("caller2")
except TypeError:
    next(it)
    print(it.throw(IndexError("i")))
    print("caller still:", name())
    next(it)
    print("caller still:", name())

def reports():
    while True:
        yield name()

r = reports()
print(next(r))
try:
    raise OSError
except OSError:
    print("caller handling OSError, gen sees:", next(r))
try:
    1 / 0
except ZeroDivisionError:
    print("gen sees:", next(r))
print("outside, gen sees:", next(r))
