import inspect
def g():
    print("  running:", inspect.getgeneratorstate(it))
    yield 1
    print("  running again:", inspect.getgeneratorstate(it))
    yield 2

it = g()
print(inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorstate(it))
try:
    next(it)
except StopIteration:
    pass
print(inspect.getgeneratorstate(it))
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)

it2 = g()
it2.close()
print("closed unstarted:", inspect.getgeneratorstate(it2))
try:
    inspect.getgeneratorstate([1])
except Exception as e:
    print(type(e).__name__)
