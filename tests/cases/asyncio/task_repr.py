import asyncio


def show(x):
    # Reprs name this file by its absolute path, which depends on the checkout.
    print(repr(x).replace(__file__, "FILE"))

async def child():
    await asyncio.sleep(0.001)
    return [1, 2, 3]

async def waits(f):
    return await f

async def main():
    t = asyncio.create_task(child())
    show(t)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t)
    f = asyncio.get_running_loop().create_future()
    t2 = asyncio.create_task(waits(f))
    await asyncio.sleep(0)
    t2.cancel()
    show(t2)
    try:
        await t2
    except asyncio.CancelledError:
        pass
    show(t2)
    f2 = asyncio.get_running_loop().create_future()
    f2.set_result("x" * 50)
    show(f2)

asyncio.run(main())
