class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with CM("a") as v:
    print("body", v)

with CM("b", suppress=True):
    raise ValueError("hidden")
print("after b")

try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

with CM("x") as x, CM("y") as y:
    print("inside", x, y)

try:
    with CM("o1"), CM("o2", suppress=True), CM("o3"):
        1 / 0
    print("suppressed by o2")
except ZeroDivisionError:
    print("not reached")

def f():
    with CM("ret"):
        return "returned"
print(f())

for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("orig")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
