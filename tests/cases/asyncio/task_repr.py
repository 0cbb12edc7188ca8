import asyncio

async def child():
    await asyncio.sleep(0.001)
    return [1, 2, 3]

async def waits(f):
    return await f

async def main():
    t = asyncio.create_task(child())
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    f = asyncio.get_running_loop().create_future()
    t2 = asyncio.create_task(waits(f))
    await asyncio.sleep(0)
    t2.cancel()
    print(t2)
    try:
        await t2
    except asyncio.CancelledError:
        pass
    print(t2)
    f2 = asyncio.get_running_loop().create_future()
    f2.set_result("x" * 50)
    print(f2)

asyncio.run(main())
