import asyncio

async def f(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    tasks = [asyncio.create_task(f(i, d)) for i, d in [(1, 0.03), (2, 0.001), (3, 0.015)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    tasks = [asyncio.create_task(f(i, d)) for i, d in [(1, 0.04), (2, 0.001)]]
    done, pending = await asyncio.wait(tasks, timeout=0.01)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    order = []
    for coro in asyncio.as_completed([f("a", 0.02), f("b", 0.001), f("c", 0.01)]):
        order.append(await coro)
    print(order)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    try:
        for c in asyncio.as_completed([f("x", 1)], timeout=0.005):
            await c
    except asyncio.TimeoutError:
        print("as_completed timeout")

asyncio.run(main())
