def gen():
    print("body start")
    yield 1
    print("after first yield")
    yield 2
    print("body end")

print("before call")
g = gen()
print("after call", type(g).__name__)
print("first next ->", next(g))
print("second next ->", next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again StopIteration", e.value, e.args)
