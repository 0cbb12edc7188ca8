import functools
import inspect

def coroutine(func):
    """Advance a coroutine to its first yield."""
    @functools.wraps(func)
    def primer(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return primer

@coroutine
def averager(label):
    """Running average."""
    total = count = 0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count
        print(f"  {label}: {term} -> {avg}")

print(averager.__name__, averager.__qualname__, averager.__doc__)
print(averager.__wrapped__.__name__, inspect.isgeneratorfunction(averager), inspect.isgeneratorfunction(averager.__wrapped__))
a = averager("avg")
print(inspect.getgeneratorstate(a))
for x in [10, 20, 60]:
    print(a.send(x))

def no_wraps(func):
    def primer(*args):
        g = func(*args)
        next(g)
        return g
    return primer

@no_wraps
def other():
    while True:
        yield
print(other.__name__, other.__qualname__)
