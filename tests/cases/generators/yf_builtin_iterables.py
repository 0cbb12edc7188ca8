def g():
    r1 = yield from [1, 2]
    r2 = yield from "ab"
    r3 = yield from range(3, 6)
    r4 = yield from {"k1": 1, "k2": 2}
    r5 = yield from (x * 10 for x in range(2))
    r6 = yield from (7, 8)
    r7 = yield from {"only": 0}.items()
    r8 = yield from b"hi"
    r9 = yield from iter([])
    yield (r1, r2, r3, r4, r5, r6, r7, r8, r9)

print(list(g()))

def bad():
    yield from 5

try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)

def bad2():
    yield from None

try:
    list(bad2())
except TypeError as e:
    print(type(e).__name__, e)
