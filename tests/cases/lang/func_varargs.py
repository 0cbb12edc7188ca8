def f(*args, **kwargs):
    return args, sorted(kwargs.items())

print(f())
print(f(1, 2, 3))
print(f(a=1, b=2))
print(f(1, *[2, 3], x=4, **{"y": 5}))

def g(a, b=0, *rest, c, d=4, **kw):
    return a, b, rest, c, d, kw

print(g(1, c=3))
print(g(1, 2, 3, 4, c=5, e=6))
print(g(*range(5), c=0, **{"d": 7, "z": 8}))

def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s

print(total(1, 2, 3), total(start=10), total(1, start=0.5))

def pass_through(*a, **k):
    return total(*a, **k)
print(pass_through(4, 5, start=1))

args = (1, 2)
kwargs = {"c": 3}
def abc(a, b, c):
    return a * 100 + b * 10 + c
print(abc(*args, **kwargs))
try:
    abc(*args, c=3, **{"c": 4})
except TypeError as e:
    print(type(e).__name__, e)
try:
    abc(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
print(type(f(1)[0]).__name__, type(f(x=1)[1]).__name__)
