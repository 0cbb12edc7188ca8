def run(coro):
    try:
        while True:
            v = coro.send(None)
            print("  loop got", v)
    except StopIteration as e:
        return e.value

class Sleep:
    def __await__(self):
        yield "tick"

async def counted(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("  counted cleanup")
        await Sleep()

async def catches():
    try:
        yield 1
    except ValueError as e:
        print("  caught in agen", e)
        yield "after athrow"
    yield 3

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "won't die"

async def bad_stop():
    yield 1
    raise StopAsyncIteration

async def inner_agen():
    async for v in counted(3):
        yield v * 10

async def early_return():
    async with CM():
        return "returned"

class CM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        print("  aexit", a[0])

async def main():
    g = counted(5)
    print(await g.__anext__(), await g.__anext__())
    print("aclose ->", await g.aclose())
    c = catches()
    print(await c.__anext__())
    print(await c.athrow(ValueError("x")))
    print(await c.__anext__())
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    b = bad_stop()
    await b.__anext__()
    try:
        await b.__anext__()
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__)
    print("skip comp")
    out = []
    async for v in inner_agen():
        out.append(v)
    print(out)
    print(await early_return())
    aw = counted(1).__anext__()
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError", e)
    print(counted.__name__, type(counted(1)).__name__, counted(1).__aiter__().__class__.__name__)
    return "ok"

print(run(main()))
for src in ["async def f():\n    yield from x", "async def f():\n    yield 1\n    return 2",
            "def f():\n    async for x in y: pass", "def f():\n    async with y: pass"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
