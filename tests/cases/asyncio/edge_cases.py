import asyncio
import types

@types.coroutine
def bad_yield():
    yield 123

@types.coroutine
def yield_gen():
    def g():
        yield 1
    yield g()

async def main():
    loop = asyncio.get_running_loop()
    for coro in (bad_yield(), yield_gen()):
        try:
            await asyncio.create_task(coro)
        except RuntimeError as e:
            print("RuntimeError:", str(e).split(" in task")[0].split(":")[0])
    async def selfish():
        await me_task
    me_task = asyncio.create_task(selfish())
    try:
        await me_task
    except RuntimeError as e:
        print("RuntimeError:", str(e)[:25])
    other = asyncio.new_event_loop()
    foreign = other.create_future()
    async def wait_foreign():
        await foreign
    try:
        await asyncio.create_task(wait_foreign())
    except RuntimeError as e:
        print("RuntimeError:", "attached to a different loop" in str(e))
    other.close()
    fut = loop.create_future()
    loop.call_later(0.002, fut.set_result, "late")
    print(await fut)
    print(await asyncio.sleep(-1, "negative"))
    log = []
    when = loop.time() + 0.003
    for i in range(6):
        loop.call_at(when, log.append, i)
    await asyncio.sleep(0.01)
    print(log)
    g = asyncio.gather(asyncio.sleep(1), asyncio.sleep(1))
    await asyncio.sleep(0)
    print(g.cancel(), g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    order = []
    f2 = loop.create_future()
    async def waiter(n):
        await f2
        order.append(("task", n))
    ts = [asyncio.create_task(waiter(i)) for i in range(2)]
    await asyncio.sleep(0)
    f2.add_done_callback(lambda f: order.append("cb"))
    f2.set_result(None)
    await asyncio.gather(*ts)
    print(order)
    async def inner():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner cancelled")
            raise
    async def outer():
        await asyncio.wait_for(inner(), 5)
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled", t.cancelled())
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print(t.cancel("first"), t.cancelling(), t.cancel("second"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("msg", e.args)
    print(t.uncancel(), t.uncancel(), t.uncancel())

asyncio.run(main())
