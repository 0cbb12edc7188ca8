def g():
    try:
        print("try start")
        yield 1
        try:
            yield 2
        finally:
            print("inner finally")
            yield "from inner finally"
        yield 3
    finally:
        print("outer finally")
        yield "from outer finally"
    print("end")

print(list(g()))

def early_return():
    try:
        yield 1
        return "early"
    finally:
        print("finally after return")

it = early_return()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
