def ret_int():
    yield 1
    return 42

def ret_tuple():
    yield 'a'
    return (1, 2)

def ret_none():
    yield 'x'
    return

def ret_implicit():
    yield 'y'

def ret_single_tuple():
    if False:
        yield
    return (7,)

def ret_exc_obj():
    yield 0
    return ValueError("not raised")

for f in (ret_int, ret_tuple, ret_none, ret_implicit, ret_single_tuple, ret_exc_obj):
    g = f()
    vals = []
    while True:
        try:
            vals.append(next(g))
        except StopIteration as e:
            print(f.__name__, vals, repr(e.value), e.args, type(e.value).__name__)
            break
