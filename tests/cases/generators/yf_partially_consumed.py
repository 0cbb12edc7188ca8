def numbers():
    yield 1
    yield 2
    yield 3
    return "numbers done"

def delegate(it):
    r = yield from it
    yield ("delegate got", r)

src = numbers()
print(next(src))
print(list(delegate(src)))

src = numbers()
list(src)
print("finished source:", list(delegate(src)))

src = numbers()
next(src)
src.close()
print("closed source:", list(delegate(src)))

shared = numbers()
a = delegate(shared)
b = delegate(shared)
print(next(a), next(b), next(a))
print(list(b), list(a))

it = iter([10, 20, 30])
next(it)
print(list(delegate(it)))
