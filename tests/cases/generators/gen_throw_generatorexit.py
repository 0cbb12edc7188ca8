def plain():
    yield 1
    yield 2

g = plain()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit as e:
    print("propagated", type(e).__name__, e.args)
print("finished:", g.gi_frame is None, list(g))

def catches():
    while True:
        try:
            yield "waiting"
        except GeneratorExit as e:
            print("caught", type(e).__name__, e.args)
            yield "after GeneratorExit"

g = catches()
next(g)
print("throw ->", g.throw(GeneratorExit("msg")))
print("next ->", next(g))
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

g = plain()
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("unstarted: propagated")
print(list(g))

def returns():
    try:
        yield 1
    except GeneratorExit:
        return "ret"

g = returns()
next(g)
try:
    g.throw(GeneratorExit)
except StopIteration as e:
    print("StopIteration value", e.value)
