class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)

def inner():
    with CM("inner-with"):
        try:
            yield "inner"
        finally:
            print("inner finally")

def outer():
    with CM("outer-with"):
        try:
            yield from inner()
        finally:
            print("outer finally")

g = outer()
print(next(g))
print("deleting outer")
del g
print("deleted")

def run():
    local = outer()
    next(local)
    print("returning from run")

run()
print("after run")
