import functools

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper

def bare(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper

@deco
def documented(x):
    """Docstring here."""
    return x

@bare
def undocumented(x):
    """Lost docstring."""
    return x

print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)
print(undocumented.__name__, undocumented.__doc__)

def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r

square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
two_to = functools.partial(power, 2)
print(square(5), cube(2), two_to(10), two_to(10, mod=1000))
print(square.func is power, square.args, square.keywords, two_to.args)
p2 = functools.partial(square, mod=7)
print(p2(4), p2.keywords, p2.func is power)
join = functools.partial("-".join)
print(join(["a", "b"]))
print(functools.partial(max, key=len)(["aa", "b", "ccc"]))
try:
    functools.partial(power)(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.partial(5)
except TypeError as e:
    print(type(e).__name__, e)
print(functools.partial(power, 3, 2)(mod=5))
