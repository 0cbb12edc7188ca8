import asyncio

async def setter(fut, delay, value):
    await asyncio.sleep(delay)
    fut.set_result(value)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut, fut.done())
    asyncio.create_task(setter(fut, 0.001, "value"))
    print(await fut, fut)
    f2 = asyncio.Future()
    f2.set_exception(ValueError("bad"))
    try:
        await f2
    except ValueError as e:
        print("raised", e, f2)
    f3 = loop.create_future()
    log = []
    f3.add_done_callback(lambda f: log.append("cb1"))
    def cb2(f):
        log.append("cb2")
    f3.add_done_callback(cb2)
    f3.add_done_callback(cb2)
    print(f3.remove_done_callback(cb2))
    f3.cancel()
    print(log)
    await asyncio.sleep(0)
    print(log, f3.cancelled())
    f4 = loop.create_future()
    f4.set_result(1)
    f4.add_done_callback(lambda f: log.append("late"))
    await asyncio.sleep(0)
    print(log)
    try:
        f4.set_exception(StopIteration)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f5 = loop.create_future()
    try:
        f5.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError", e)
    print(asyncio.isfuture(f5), asyncio.isfuture(1))

asyncio.run(main())
