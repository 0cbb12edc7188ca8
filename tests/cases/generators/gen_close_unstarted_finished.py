import inspect
def g():
    print("body")
    try:
        yield 1
    finally:
        print("finally")

a = g()
print(inspect.getgeneratorstate(a))
print(a.close())
print(inspect.getgeneratorstate(a))
print(list(a))

b = g()
print(list(b))
print(b.close())
print(inspect.getgeneratorstate(b))

c = g()
next(c)
c.close()
try:
    c.send(None)
except StopIteration:
    print("send after close: StopIteration")
try:
    c.throw(ValueError("v"))
except ValueError as e:
    print("throw after close:", e)
