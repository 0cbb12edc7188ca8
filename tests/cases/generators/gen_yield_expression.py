def echo():
    received = []
    x = yield 'start'
    received.append(x)
    y = yield x
    received.append(y)
    (yield)
    z = (yield 'bare') + 1
    received.append(z)
    return received

g = echo()
print(next(g))
print(g.send('hello'))
print(g.send('world'))
print(g.send('ignored'))
try:
    g.send(41)
except StopIteration as e:
    print("done", e.value)

def adder():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total

a = adder()
print(next(a))
for n in [1, 2, 3, 10]:
    print("sent", n, "->", a.send(n))
try:
    next(a)
except StopIteration as e:
    print("final", e.value)
