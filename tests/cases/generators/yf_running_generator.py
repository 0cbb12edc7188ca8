def outer():
    yield 1
    yield from me

me = outer()
print(next(me))
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

def inner():
    yield "inner1"
    yield from gen_a
    yield "inner2"

def a():
    yield "a1"
    yield from inner()

gen_a = a()
print(next(gen_a))
print(next(gen_a))
try:
    next(gen_a)
except ValueError as e:
    print(type(e).__name__, e)
