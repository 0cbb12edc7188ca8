# Statements after a `with` must see a correctly balanced stack: exceptions raised
# later (at module level, in functions, in loops) are caught by the right handler.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.suppress

with CM("a") as a:
    pass
try:
    with CM("b") as b:
        print(1 / 0)
except ZeroDivisionError:
    print("caught after with")

with CM("c", suppress=True):
    raise KeyError("x")
try:
    [][1]
except IndexError as e:
    print("caught", type(e).__name__)

def f():
    for i in range(3):
        with CM(f"loop{i}", suppress=i == 1):
            if i:
                raise ValueError(i)
        try:
            {}["k"]
        except KeyError:
            print("key error", i)
    return "done"

try:
    print(f())
except ValueError as e:
    print("escaped", e)

def g():
    with CM("outer"), CM("inner", suppress=True):
        raise RuntimeError("swallowed")
    try:
        raise TypeError("after nested with")
    except TypeError as e:
        return str(e)

print(g())
