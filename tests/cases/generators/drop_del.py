def g(name):
    try:
        print(name, "start")
        yield 1
        yield 2
    finally:
        print(name, "finally (dropped)")

a = g("a")
print(next(a))
print("before del")
del a
print("after del")

b = g("b")
print("unstarted b, deleting")
del b
print("after del b (no finally for unstarted)")

c = g("c")
print(list(c))
del c
print("after del c (already finished)")
