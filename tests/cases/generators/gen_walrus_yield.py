def doubler():
    x = yield "ready"
    while x := (yield x * 2):
        print("got", x)
    print("loop ended with", repr(x))
    return "bye"

g = doubler()
print(next(g))
print(g.send(3))
print(g.send(5))
print(g.send("ab"))
try:
    g.send(0)
except StopIteration as e:
    print("StopIteration", e.value)

def collect():
    items = []
    while (item := (yield len(items))) is not None:
        items.append(item)
    return items

c = collect()
next(c)
for w in ["a", "b", "c"]:
    print(c.send(w))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
