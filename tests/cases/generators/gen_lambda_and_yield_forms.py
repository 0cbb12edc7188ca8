gen_lambda = lambda: (yield 1)
g = gen_lambda()
print(type(g).__name__, next(g))
try:
    g.send("sent")
except StopIteration as e:
    print("lambda returned", e.value)

def tuple_yield():
    yield 1, 2
    yield (3, 4)
    x = yield 5, 6
    yield x
print(list(tuple_yield()))

def yield_in_call():
    print("value:", (yield "a"))
    lst = [(yield "b"), (yield "c")]
    yield lst
    d = {(yield "k"): (yield "v")}
    yield d
g = yield_in_call()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.send(3))
print(next(g))
print(g.send("key"))
print(g.send("value"))

def yield_star():
    yield *range(3), "end"
print(list(yield_star()))

def empty_gen():
    return
    yield
print(list(empty_gen()), type(empty_gen()).__name__)

def if_false_gen():
    if False:
        yield
print(list(if_false_gen()))
