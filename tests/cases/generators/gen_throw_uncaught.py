import inspect
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally in g")

it = g()
print(next(it))
try:
    it.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("propagated", type(e).__name__, e)
print(inspect.getgeneratorstate(it), it.gi_frame)
try:
    next(it)
except StopIteration:
    print("finished")

def h():
    yield 1
    yield 2

it = h()
next(it)
try:
    it.throw(KeyError, "key")
except KeyError as e:
    print(type(e).__name__, e)
print(list(it))
