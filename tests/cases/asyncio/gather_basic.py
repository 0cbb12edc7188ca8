import asyncio

async def f(x, d):
    await asyncio.sleep(d)
    print("done", x)
    return x * 10

async def bad():
    await asyncio.sleep(0.001)
    raise ValueError("bad one")

async def main():
    print(await asyncio.gather(f(1, 0.02), f(2, 0.0), f(3, 0.01)))
    print(await asyncio.gather())
    r = await asyncio.gather(f(4, 0), bad(), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(bad(), f(5, 0.005))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.01)
    c = f(6, 0)
    print(await asyncio.gather(c, c))

asyncio.run(main())
