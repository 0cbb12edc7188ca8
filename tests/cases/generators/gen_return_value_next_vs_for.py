def g():
    yield 1
    yield 2
    return "result"

it = g()
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("next: value", repr(e.value), "args", e.args)
try:
    next(it)
except StopIteration as e:
    print("again: value", repr(e.value), "args", e.args)

collected = []
for v in g():
    collected.append(v)
print("for loop sees only", collected)
print("list sees", list(g()))

def capture():
    r = yield from g()
    yield "captured " + r
print(list(capture()))

it = g()
for v in it:
    pass
try:
    next(it)
except StopIteration as e:
    print("after for exhaustion value", repr(e.value))

def ret_none():
    yield 1
    return None

def ret_bare():
    yield 1
    return

def no_return():
    yield 1

for fn in (ret_none, ret_bare, no_return):
    it = fn()
    next(it)
    try:
        next(it)
    except StopIteration as e:
        print(fn.__name__, repr(e.value), e.args)

def ret_tuple():
    yield 1
    return 1, 2

def ret_exc():
    yield 1
    return ValueError("as value")

for fn in (ret_tuple, ret_exc):
    it = fn()
    next(it)
    try:
        it.send(None)
    except StopIteration as e:
        print(fn.__name__, repr(e.value), e.args)

def immediate():
    return "no yields executed"
    yield

try:
    next(immediate())
except StopIteration as e:
    print("immediate", e.value)
