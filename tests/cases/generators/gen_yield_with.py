class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None, ev)
        return et is KeyError

def g():
    with Res("a") as a:
        yield a
        with Res("b") as b:
            yield b
        yield "between"
    yield "outside"

print(list(g()))

it = g()
next(it)
next(it)
print(it.throw(KeyError("suppressed by b")))
print(list(it))

it = g()
next(it)
try:
    it.throw(ValueError("not suppressed"))
except ValueError as e:
    print("propagated", e)
