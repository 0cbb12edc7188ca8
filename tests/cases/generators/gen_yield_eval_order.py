def trace(label, value):
    print("  eval", label)
    return value

def subscript_assign(d):
    d[trace("key", (yield "key?"))] = trace("value", (yield "value?"))

d = {}
g = subscript_assign(d)
print(next(g))
print(g.send("V"))
try:
    g.send("K")
except StopIteration:
    pass
print(d)

def call_args():
    r = trace("fn", lambda *a, **k: (a, k))(
        (yield "a1"), trace("mid", "m"), (yield "a2"), kw=(yield "kw"))
    return r

g = call_args()
print(next(g))
print(g.send(1))
print(g.send(2))
try:
    g.send(3)
except StopIteration as e:
    print(e.value)

def binop():
    return trace("left", (yield "L")) - trace("right", (yield "R"))

g = binop()
next(g)
g.send(10)
try:
    g.send(4)
except StopIteration as e:
    print("binop", e.value)

def augmented(obj):
    obj.total += yield "inc?"
    obj.items[0] -= yield "dec?"

class O:
    total = 1
    items = [100]

o = O()
g = augmented(o)
next(g)
g.send(5)
try:
    g.send(30)
except StopIteration:
    pass
print(o.total, o.items)

def in_conditions():
    if (yield "cond"):
        yield "true branch"
    else:
        yield "false branch"
    x = (yield "a") if (yield "test") else (yield "b")
    yield ("x", x)

g = in_conditions()
print(next(g), g.send(0))
print(next(g), g.send(True), g.send("A"))

def boolean_ops():
    r = (yield 1) and (yield 2)
    yield ("and", r)
    r = (yield 3) or (yield 4)
    yield ("or", r)

g = boolean_ops()
print(next(g), g.send(0), next(g), g.send("truthy"))
