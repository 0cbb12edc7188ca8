class Suppress:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, "-> suppress")
        return True

def finishes():
    with Suppress("finishes"):
        yield 1
    print("after with: finishing normally")

it = finishes()
next(it)
print("close returned", it.close())
print("frame gone:", it.gi_frame is None)

def yields_again():
    with Suppress("yields_again"):
        yield 1
    print("after with: yielding again")
    yield 2

it = yields_again()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def returns_value():
    with Suppress("returns_value"):
        yield 1
    return "value"

it = returns_value()
next(it)
print("close returned", it.close())

class SuppressOnly:
    def __init__(self, kind):
        self.kind = kind
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return et is self.kind

def selective():
    with SuppressOnly(ValueError):
        yield 1
    print("not reached on close")

it = selective()
next(it)
print("close returned", it.close())
it = selective()
next(it)
try:
    it.throw(ValueError)
except StopIteration:
    print("ValueError suppressed; generator ran to end")
