def inner():
    yield 1
    yield 2
    return "inner done"

def outer():
    yield 0
    r = yield from inner()
    print("inner returned", r)
    yield 3
    return "outer done"

g = outer()
for v in g:
    print("got", v)

def get_result():
    r = yield from outer()
    yield ("result", r)

print(list(get_result()))
