import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize())
    await q.put(None)

async def consumer(q, name):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        print(name, "got", item)
        q.task_done()
        await asyncio.sleep(0)

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q, q.maxsize, q.empty(), q.full())
    await asyncio.gather(producer(q, 5), consumer(q, "c"))
    await q.join()
    print("joined", q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    print(str(q))
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 3]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in [5, 1, 3]:
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])
    try:
        for _ in range(3):
            q.task_done()
    except ValueError as e:
        print(e)

asyncio.run(main())
