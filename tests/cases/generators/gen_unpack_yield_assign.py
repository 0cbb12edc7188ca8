def g():
    a, b = yield "pair?"
    print("a, b =", a, b)
    x, *rest = yield "star?"
    print("x, rest =", x, rest)
    (p, q), r = yield "nested?"
    print("p, q, r =", p, q, r)
    try:
        m, n = yield "bad?"
    except ValueError as e:
        print("unpack error inside generator:", e)
    yield "done"

it = g()
print(next(it))
print(it.send((1, 2)))
print(it.send("hello"))
print(it.send([[3, 4], 5]))
print(it.send([1, 2, 3]))

def for_unpack():
    for k, v in (yield "give pairs"):
        yield k * v

it = for_unpack()
print(next(it))
print(it.send([(2, 3), (4, 5)]))
print(list(it))

def swap():
    a, b = 1, 2
    while True:
        a, b = b, (yield a, b)

it = swap()
print(next(it), it.send("x"), it.send("y"))
