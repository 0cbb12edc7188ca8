import inspect
def g():
    print("never printed")
    try:
        yield 1
    except ValueError:
        print("not caught here either")
        yield 2
    finally:
        print("finally never runs")

it = g()
print(inspect.getgeneratorstate(it))
try:
    it.throw(ValueError("early"))
except ValueError as e:
    print("raised at start:", e)
print(inspect.getgeneratorstate(it))
print(list(it))

it2 = g()
try:
    it2.throw(StopIteration)
except Exception as e:
    print(type(e).__name__, e)
