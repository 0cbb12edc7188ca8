def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)

print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=0, e=5, f=9))

def kw(a, /, **kwargs):
    return a, kwargs
print(kw(1, a=2))

def only_kw(*, x=1, y):
    return x, y
print(only_kw(y=2))
print(only_kw(y=2, x=3))

try:
    f(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
try:
    f(1, b=2, c=3, e=1)
except TypeError as e:
    print(e)

def two_missing(a, b, c):
    pass
try:
    two_missing(1)
except TypeError as e:
    print(e)
try:
    two_missing()
except TypeError as e:
    print(e)
def kw_missing(*, a, b, c):
    pass
try:
    kw_missing(b=1)
except TypeError as e:
    print(e)
