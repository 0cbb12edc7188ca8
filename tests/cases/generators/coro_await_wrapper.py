import types

async def inner(x):
    return x * 2

class Awaitable:
    def __init__(self, x):
        self.x = x
    def __await__(self):
        r = yield from inner(self.x).__await__()
        return r + 1

async def main():
    v = await Awaitable(20)
    print("awaited", v)
    return v

c = main()
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)

w = inner(5).__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("stop", e.value)
try:
    next(w)
except RuntimeError as e:
    print("RuntimeError", e)

@types.coroutine
def suspend():
    got = yield "tick"
    return got

async def uses_suspend():
    return await suspend()

w2 = uses_suspend().__await__()
print(w2.send(None))
try:
    w2.send("value")
except StopIteration as e:
    print("result", e.value)
w3 = uses_suspend().__await__()
print(next(w3))
try:
    w3.throw(KeyError("k"))
except KeyError as e:
    print("thrown", repr(e))
w4 = uses_suspend().__await__()
next(w4)
print(w4.close())
try:
    await_me = inner(1)
    def gen():
        yield from await_me
    list(gen())
except TypeError as e:
    print("TypeError", e)
await_me.close()
