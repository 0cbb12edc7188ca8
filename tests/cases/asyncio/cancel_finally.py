import asyncio

async def worker(name):
    try:
        print(name, "waiting")
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, "cancelled", repr(e))
        raise
    finally:
        print(name, "finally")

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores cancel")
    return "survived"

async def main():
    t = asyncio.create_task(worker("w1"))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError")
    print(t.cancelled(), t.done())
    print(t.cancel())
    t2 = asyncio.create_task(worker("w2"))
    await asyncio.sleep(0)
    t2.cancel("with message")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("msg:", e.args)
    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled())
    t4 = asyncio.create_task(worker("w4"))
    t4.cancel()
    try:
        await t4
    except asyncio.CancelledError:
        print("cancelled before start:", t4.cancelled())

asyncio.run(main())
