def g():
    n = 0
    while n < 20:
        try:
            x = yield n
            print("sent", x)
        except ArithmeticError as e:
            print("handled", type(e).__name__, e)
            n += 10
        n += 1
    return n

it = g()
print(next(it))
print(it.send("a"))
r = it.throw(ZeroDivisionError("div"))
print("throw returned", r)
try:
    it.throw(OverflowError("big"))
except StopIteration as e:
    print("StopIteration from throw", e.value)
