import types
def run(coro):
    try:
        while True:
            v = coro.send(None)
            print("  loop got", v)
    except StopIteration as e:
        return e.value

class Sleep:
    def __init__(self, tag): self.tag = tag
    def __await__(self):
        r = yield ("sleep", self.tag)
        return r

async def agen(n):
    for i in range(n):
        await Sleep(i)
        x = yield i
        if x is not None:
            print("  agen received", x)
    print("  agen done")

async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    print("collected", out)
    g = agen(2)
    print(await g.__anext__())
    print(await g.asend("hello"))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stop async")
    g2 = agen(5)
    print(await g2.__anext__())
    print(await g2.aclose())
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("closed gen stops")
    g3 = agen(5)
    await g3.__anext__()
    try:
        await g3.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow propagated", e)
    print(type(agen(1)).__name__, type(agen(1).__anext__()).__name__)
    it = aiter(agen(2))
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("anext stop")
    try:
        aiter(5)
    except TypeError as e:
        print(e)
    try:
        anext(5)
    except TypeError as e:
        print(e)
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print(e)
    class CM:
        async def __aenter__(self):
            print("  enter")
            await Sleep("enter")
            return "cm-value"
        async def __aexit__(self, t, e, tb):
            print("  exit", t.__name__ if t else None)
            await Sleep("exit")
            return t is KeyError
    async with CM() as v:
        print("in body", v)
    async with CM():
        raise KeyError("suppressed")
    print("after suppressed")
    try:
        async with CM():
            raise ValueError("propagates")
    except ValueError as e:
        print("propagated", e)
    for i in range(3):
        async with CM():
            if i == 1:
                break
    print("broke out")
    async for v in agen(3):
        if v == 1:
            continue
        if v == 2:
            break
        print("loop body", v)
    else:
        print("no else")
    async for v in agen(1):
        pass
    else:
        print("else ran")
    return "main done"

print(run(main()))
