def g():
    print("running")
    x = yield 1
    print("x", x)
    yield 2

it = g()
for v in [1, "s", 0, [], False]:
    try:
        it.send(v)
    except TypeError as e:
        print(type(e).__name__, e)
import inspect
print(inspect.getgeneratorstate(it))
print(it.send(None))
print(it.send("now ok"))
