def g():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")

it = g()
next(it)
try:
    it.close()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

def h():
    try:
        yield 1
    finally:
        print("h finally")
        1 / 0

it = h()
next(it)
try:
    it.close()
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(it))

def k():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration("si")

it = k()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)
