def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("refusing to close")
    yield 2

g = stubborn()
next(g)
print("reassigning")
g = None
print("still running")
