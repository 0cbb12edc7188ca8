import asyncio

order = []

async def level(n):
    order.append(("enter", n))
    if n == 0:
        await asyncio.sleep(0)
        return 0
    r = await level(n - 1)
    order.append(("leave", n))
    return r + n

async def spinner(name, k):
    for i in range(k):
        order.append((name, i))
        await asyncio.sleep(0)

async def main():
    a = asyncio.create_task(level(3))
    b = asyncio.create_task(spinner("s", 3))
    loop = asyncio.get_running_loop()
    loop.call_soon(order.append, "callback")
    print(await a, await b)
    for item in order:
        print(item)

asyncio.run(main())
