import sys

def g():
    print("start:", sys.exc_info()[0])
    try:
        raise ValueError("inside")
    except ValueError:
        print("in except:", sys.exc_info()[0].__name__)
        yield 1
        print("resumed in except:", sys.exc_info()[0].__name__, sys.exc_info()[1])
        yield 2
    print("after except:", sys.exc_info()[0])
    yield 3

it = g()
print(next(it))
print("caller sees:", sys.exc_info()[0])
try:
    raise KeyError("caller")
except KeyError:
    print(next(it))
    print("caller in except still:", sys.exc_info()[0].__name__)
print(next(it))
print("caller end:", sys.exc_info()[0])

def h():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]

it = h()
try:
    raise TypeError
except TypeError:
    print("h sees caller's exception:", next(it).__name__)
print("h outside:", next(it))
