def coroutine(fn):
    def start(*args):
        c = fn(*args)
        next(c)
        return c
    return start

@coroutine
def sink(name, collected):
    try:
        while True:
            item = yield
            collected.append(item)
    except GeneratorExit:
        print(name, "closing with", len(collected), "items")
        raise
    finally:
        print(name, "finally")

@coroutine
def keep_if(pred, target):
    try:
        while True:
            item = yield
            if pred(item):
                target.send(item)
    except GeneratorExit:
        print("filter closing downstream")
        target.close()
        raise

@coroutine
def transform(fn, target):
    try:
        while True:
            target.send(fn((yield)))
    finally:
        print("transform finally, closing downstream")
        target.close()

def produce(items, target):
    for it in items:
        target.send(it)
    target.close()

out = []
pipe = transform(lambda x: x * x, keep_if(lambda x: x % 2 == 0, sink("sink", out)))
produce(range(10), pipe)
print(out)

out2 = []
s = sink("direct", out2)
s.send("a")
s.close()
s.close()
try:
    s.send("b")
except StopIteration:
    print("send after close -> StopIteration")
print(out2)

@coroutine
def broadcast(targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()

a, b = [], []
bc = broadcast([sink("A", a), keep_if(str.isupper, sink("B", b))])
for ch in "aBcD":
    bc.send(ch)
bc.close()
print(a, b)

@coroutine
def failing_sink():
    while True:
        item = yield
        if item == 3:
            raise ValueError("bad item %r" % item)

p = transform(lambda x: x + 1, failing_sink())
try:
    for i in range(5):
        p.send(i)
except ValueError as e:
    print("pipeline error:", e, "| upstream alive:", p.gi_frame is not None)
