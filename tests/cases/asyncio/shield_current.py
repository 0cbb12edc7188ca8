import asyncio

async def inner():
    await asyncio.sleep(0.01)
    print("inner finished")
    return "inner result"

async def outer(inner_task):
    return await asyncio.shield(inner_task)

async def main():
    it = asyncio.create_task(inner())
    ot = asyncio.create_task(outer(it))
    await asyncio.sleep(0)
    ot.cancel()
    try:
        await ot
    except asyncio.CancelledError:
        print("outer cancelled")
    print(await it)
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks())
    me.set_name("renamed")
    print(me.get_name())
    t = asyncio.create_task(asyncio.sleep(0.001), name="sleeper")
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(names)
    await t
    print(len(asyncio.all_tasks()))

asyncio.run(main())
print(asyncio.current_task(asyncio.new_event_loop()))
