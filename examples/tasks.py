"""asyncio on coil: a producer, two workers sharing a queue, and a timeout.

Run with `coil examples/tasks.py`; the output is the same as CPython 3.11's.
"""
import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        await asyncio.sleep(0.001)
    for _ in range(2):
        await queue.put(None)


async def worker(name, queue, results):
    while (item := await queue.get()) is not None:
        results.append((name, item * item))
        await asyncio.sleep(0.002 if name == "slow" else 0)
    return name


async def main():
    queue = asyncio.Queue(maxsize=3)
    results = []
    done = await asyncio.gather(
        producer(queue, 8),
        worker("fast", queue, results),
        worker("slow", queue, results),
    )
    print("finished:", done[1:])
    print("squares:", sorted(v for _, v in results))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out, as asked")


asyncio.run(main())
