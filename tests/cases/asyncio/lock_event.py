import asyncio

async def locked_worker(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.001)
        log.append(name + " out")

async def waiter(ev, name):
    print(name, "waiting", ev.is_set())
    await ev.wait()
    print(name, "woke")

async def main():
    lock = asyncio.Lock()
    print(repr(lock).endswith('[unlocked]>'))
    log = []
    await asyncio.gather(*(locked_worker(lock, n, log) for n in "abc"))
    print(log, lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in ("x", "y")]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    await asyncio.gather(*ts)
    print(ev.is_set())
    ev.clear()
    print(ev.is_set())
    sem = asyncio.Semaphore(2)
    active = []

    async def limited(i):
        async with sem:
            active.append(i)
            print("enter", i, len(active))
            await asyncio.sleep(0.001)
            active.remove(i)

    await asyncio.gather(*(limited(i) for i in range(5)))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print(e)
    cond = asyncio.Condition()

    async def cwait(i):
        async with cond:
            await cond.wait()
            print("cond woke", i)

    cts = [asyncio.create_task(cwait(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cts)

asyncio.run(main())
