import asyncio
import types

@types.coroutine
def legacy(n):
    r = yield from asyncio.sleep(0.001, n)
    return r * 2

async def main():
    print(await legacy(21))
    t = asyncio.ensure_future(legacy(5))
    print(await t)

asyncio.run(main())

class Awaitable:
    def __await__(self):
        fut = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_soon(fut.set_result, "custom")
        return (yield from fut.__await__())

async def use_custom():
    return await Awaitable()

print(asyncio.run(use_custom()))

async def agen():
    for i in range(3):
        await asyncio.sleep(0)
        yield i

class ACM:
    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter")
        return self
    async def __aexit__(self, *exc):
        print("exit", exc[0])

async def main2():
    async for x in agen():
        print("agen", x)
    print([x async for x in agen()])
    async with ACM() as a:
        print("body", type(a).__name__)

asyncio.run(main2())
