def accumulator():
    seen = []
    while True:
        v = yield len(seen)
        if v == "stop":
            return seen
        seen.append((type(v).__name__, v))

def f():
    pass

acc = accumulator()
print(next(acc))
values = [0, -7, 2**100, 3.5, float("inf"), True, None, "text", b"raw",
          bytearray(b"ba"), [1, [2]], (1,), {"k": 1}, {3}, frozenset(), range(2),
          Ellipsis, NotImplemented, int, ValueError("e")]
for v in values:
    print(acc.send(v))
try:
    acc.send("stop")
except StopIteration as e:
    for name, v in e.value:
        if name == "ValueError":
            v = v.args
        elif name == "type":
            v = v.__name__
        print(name, repr(v))

shared = []
acc2 = accumulator()
next(acc2)
acc2.send(shared)
shared.append("mutated after send")
try:
    acc2.send("stop")
except StopIteration as e:
    print(e.value, e.value[0][1] is shared)
