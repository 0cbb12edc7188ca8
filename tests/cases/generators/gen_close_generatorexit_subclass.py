class MyExit(GeneratorExit):
    pass

def raises_subclass():
    try:
        yield 1
    except GeneratorExit as e:
        print("got", type(e).__name__)
        raise MyExit("custom")

g = raises_subclass()
next(g)
print("close ->", g.close())

def g2():
    while True:
        try:
            yield
        except GeneratorExit as e:
            print("caught", type(e).__name__, e.args)
            yield "resumed"

g = g2()
next(g)
print("throw subclass ->", g.throw(MyExit("x")))
g = g2()
next(g)
try:
    print(g.throw(MyExit))
    print(next(g))
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def g3():
    yield 1

g = g3()
next(g)
try:
    g.throw(MyExit("uncaught"))
except GeneratorExit as e:
    print("uncaught subclass propagates:", type(e).__name__, e.args)

print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))

def catches_exception():
    try:
        yield 1
    except Exception:
        print("Exception handler must not catch GeneratorExit")
    finally:
        print("finally")

g = catches_exception()
next(g)
print("close ->", g.close())
