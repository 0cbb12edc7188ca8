class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False

def g():
    with CM("outer"):
        with CM("inner"):
            yield 1
            yield 2
    print("after with")

it = g()
print(next(it))
it.close()
print("closed")

it = g()
print(list(it))
