def g():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit, returning")
        return "ret value"

it = g()
next(it)
print("close ->", it.close())

def h():
    try:
        yield 1
    except GeneratorExit:
        print("h caught")
    print("h after except")

it = h()
next(it)
print("close ->", it.close())
print(list(it))
