import inspect
def g():
    try:
        print("start")
        yield 1
        print("not reached")
        yield 2
    except GeneratorExit as e:
        print("GeneratorExit at yield", type(e).__name__, e.args)
        raise
    finally:
        print("finally runs")

it = g()
print(next(it))
r = it.close()
print("close returned", r)
print(inspect.getgeneratorstate(it))
print("second close", it.close())
try:
    next(it)
except StopIteration as e:
    print("next after close -> StopIteration", e.value)
