def inner():
    try:
        yield "i"
    except GeneratorExit:
        print("inner got GeneratorExit")
        raise
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise

g = outer()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit as e:
    print("throw GeneratorExit propagated:", type(e).__name__)
print(g.gi_frame)

class Sub:
    def __iter__(self):
        return self
    def __next__(self):
        return "s"
    def close(self):
        print("Sub.close")
    def throw(self, *a):
        print("Sub.throw should not be called for GeneratorExit")

def outer2():
    yield from Sub()

g = outer2()
next(g)
try:
    g.throw(GeneratorExit("x"))
except GeneratorExit as e:
    print("propagated", e)
