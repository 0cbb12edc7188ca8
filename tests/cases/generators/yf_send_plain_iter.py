def g():
    yield from [1, 2, 3]

it = g()
print(next(it))
print(it.send(None))
try:
    it.send(1)
except AttributeError as e:
    print(type(e).__name__, e)
print("state after error:", list(it))

def g2():
    yield from range(5)

it = g2()
next(it)
try:
    it.send("x")
except AttributeError as e:
    print(type(e).__name__, e)

