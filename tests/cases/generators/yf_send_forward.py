def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
        print("  inner got", v)

def delegator():
    while True:
        r = yield from accumulator()
        print("  accumulator returned", r)
        if r > 100:
            return "big"

d = delegator()
print(next(d))
print(d.send(10))
print(d.send(20))
print(d.send(None))
print(d.send(200))
try:
    d.send(None)
except StopIteration as e:
    print("delegator done", e.value)
