class Raising:
    def __init__(self, exc):
        self.exc = exc
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__ if et else None)
        raise self.exc

def g(exc):
    try:
        with Raising(exc):
            yield 1
    finally:
        print("finally runs")

it = g(KeyError("from exit"))
next(it)
try:
    it.close()
except KeyError as e:
    print("close raised", type(e).__name__, e, "context:", type(e.__context__).__name__)
print("frame gone:", it.gi_frame is None)
print(list(it))

it = g(StopIteration("si"))
next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

it = g(GeneratorExit("ge"))
next(it)
print("close with GeneratorExit from exit ->", it.close())

def h():
    with Raising(IndexError("ix")):
        try:
            yield 1
        except GeneratorExit:
            print("h caught GeneratorExit first")
            raise

it = h()
next(it)
try:
    it.close()
except IndexError as e:
    print("h close raised", type(e).__name__, type(e.__context__).__name__)
