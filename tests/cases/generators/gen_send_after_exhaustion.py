def g():
    yield 1
    return "r"

it = g()
print(next(it))
try:
    it.send(5)
except StopIteration as e:
    print("first", type(e).__name__, repr(e.value))
try:
    it.send(5)
except StopIteration as e:
    print("second", type(e).__name__, repr(e.value))
try:
    next(it)
except StopIteration as e:
    print("third", repr(e.value))

def h():
    return 9
    yield

it2 = h()
try:
    it2.send(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    it2.send(None)
except StopIteration as e:
    print("h", e.value)
try:
    it2.send(1)
except StopIteration as e:
    print("h after", e.value)
