import asyncio

def bad_cb():
    raise ValueError("callback failed")

async def main():
    loop = asyncio.get_running_loop()
    got = []
    loop.set_exception_handler(lambda lp, ctx: got.append((ctx["message"].replace(__file__, "FILE"), type(ctx["exception"]).__name__)))
    loop.call_soon(bad_cb)
    await asyncio.sleep(0)
    print(got)
    loop.set_exception_handler(None)
    loop.call_soon(bad_cb)
    await asyncio.sleep(0)
    print("after default handler")

asyncio.run(main())
