def countdown(n):
    print("counting down from", n)
    while n > 0:
        newvalue = yield n
        if newvalue is not None:
            print("  reset to", newvalue)
            n = newvalue
        else:
            n -= 1
    return "liftoff"

c = countdown(5)
print(next(c))
print(next(c))
print(c.send(10))
print(next(c))
print(c.send(2))
print(next(c))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.value)

c = countdown(3)
for x in c:
    print("loop", x)
    if x == 3:
        print("  sending 1 from inside loop ->", c.send(1))
print("done")
