def f(a, b, c=3):
    return a + b + c

def kwonly(a, *, key):
    return a, key

def posonly(a, b, /, c):
    return a, b, c

def show(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

show(f, 1)
show(f)
show(f, 1, 2, 3, 4)
show(f, 1, 2, d=5)
show(f, 1, 2, a=5)
show(kwonly, 1)
show(kwonly, 1, 2)
show(kwonly, 1, key=2)
show(kwonly, a=1, key=2)
show(posonly, 1, 2, 3)
show(posonly, 1, 2, c=3)
show(posonly, 1, b=2, c=3)
show(posonly, a=1, b=2, c=3)
show(posonly, 1)

def g(*, x, y):
    return x, y
show(g)
show(g, x=1)

def h():
    return 0
show(h, 1)
show(h, x=1)

def one(a):
    return a
show(one, 1, 2)
show(one)
