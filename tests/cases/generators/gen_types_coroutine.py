import types, inspect

@types.coroutine
def gen_coro():
    x = yield "first"
    print("got", x)
    return "ret"

print(inspect.isgeneratorfunction(gen_coro))
print(gen_coro.__name__)
g = gen_coro()
print(type(g).__name__, isinstance(g, types.GeneratorType))
print(next(g))
try:
    g.send(42)
except StopIteration as e:
    print("StopIteration", e.value)
print(bool(gen_coro.__code__.co_flags & inspect.CO_ITERABLE_COROUTINE))
print(bool(gen_coro.__code__.co_flags & inspect.CO_GENERATOR))

def plain():
    yield 1
print(bool(plain.__code__.co_flags & inspect.CO_ITERABLE_COROUTINE))
try:
    types.coroutine(5)
except TypeError as e:
    print(type(e).__name__, e)
