def g():
    a = yield 1
    print("a =", a)
    b = yield 2
    print("b =", b)
    c = yield 3
    print("c =", c)

it = g()
print(it.send(None))
print(next(it))
print(it.send(None))
try:
    it.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    it.send(None)
except StopIteration:
    print("still StopIteration")
