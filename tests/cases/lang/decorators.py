import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper

@trace
def add(a, b=1):
    """Add numbers."""
    return a + b

add(2, b=3)
print(add.__name__, add.__doc__)
print(add.__wrapped__(5, 5))

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
print(hello.__name__)

def tag(label):
    def deco(fn):
        def w():
            return "<" + label + ">" + fn() + "</" + label + ">"
        return w
    return deco

@tag("b")
@tag("i")
def text():
    return "t"
print(text())

order = []
def mark(name):
    order.append("factory " + name)
    def deco(fn):
        order.append("apply " + name)
        return fn
    return deco

@mark("outer")
@mark("inner")
def nothing():
    pass
print(order)

def register(fn, registry=[]):
    registry.append(fn.__name__)
    return fn
@register
def r1(): pass
@register
def r2(): pass
print(register.__defaults__[0])

class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)

@CountCalls
def double(x):
    return 2 * x
double(1); double(2)
print(double(3), double.calls)
