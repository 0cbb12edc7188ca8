def gen(n):
    print("start")
    for i in range(n):
        x = yield i
        if x is not None:
            print("got", x)
    print("end")
    return "result"

g = gen(3)
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))

def delegator():
    r = yield from gen(2)
    yield "delegated result: " + r
print(list(delegator()))

def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closing()
print(next(c))
c.close()
print("closed")

def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
t = thrower()
next(t)
print(t.throw(ValueError("boom")))

def bad_stop():
    yield 1
    raise StopIteration("inside")
try:
    list(bad_stop())
except RuntimeError as e:
    print(type(e).__name__, e)
g2 = (x for x in [])
print(next(g2, "empty"))
s = gen(1)
try:
    s.send(5)
except TypeError as e:
    print(e)
