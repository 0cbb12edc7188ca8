def g():
    n = 0
    while n < 10:
        got = yield n
        if got is not None:
            print("  received", got)
            n = got
        else:
            n += 1

it = g()
for v in it:
    print("for got", v)
    if v == 2:
        print("send ->", it.send(7))
print("loop done")

it = g()
print(next(it), it.send(5), next(it), list(it))

def echo():
    while True:
        x = yield
        yield x * 2

e = echo()
results = []
for _ in range(3):
    next(e)
    results.append(e.send(len(results) + 1))
print(results)
