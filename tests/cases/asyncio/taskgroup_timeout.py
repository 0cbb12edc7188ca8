import asyncio

async def job(n, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(f"job {n} failed")
        print("job", n, "done")
        return n
    except asyncio.CancelledError:
        print("job", n, "cancelled")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(1, 0.001))
        t2 = tg.create_task(job(2, 0.002))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(3, 0.001, fail=True))
            tg.create_task(job(4, 0.05))
    except* ValueError as eg:
        print("group:", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print(cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print(cm.expired())

asyncio.run(main())
