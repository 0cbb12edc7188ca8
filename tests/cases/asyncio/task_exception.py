import asyncio

async def boom():
    await asyncio.sleep(0)
    raise KeyError("k")

async def main():
    t = asyncio.create_task(boom())
    try:
        await t
    except KeyError as e:
        print("caught", repr(e))
    print(t.done(), t.cancelled(), repr(t.exception()))
    try:
        t.result()
    except KeyError as e:
        print("result raised", e)
    results = []
    t2 = asyncio.create_task(asyncio.sleep(0, "r"))
    t2.add_done_callback(lambda fut: results.append(fut.result()))
    await t2
    await asyncio.sleep(0)
    print(results)
    try:
        t2.set_result(1)
    except RuntimeError as e:
        print(e)
    try:
        t2.set_exception(ValueError())
    except RuntimeError as e:
        print(e)

asyncio.run(main())

async def fails():
    raise ZeroDivisionError("in main")

try:
    asyncio.run(fails())
except ZeroDivisionError as e:
    print("propagated:", e)
