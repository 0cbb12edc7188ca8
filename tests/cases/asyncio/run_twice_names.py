import asyncio

async def main(tag):
    t = asyncio.current_task()
    child = asyncio.create_task(asyncio.sleep(0))
    await child
    print(tag, t.get_name(), child.get_name())

asyncio.run(main("first"))
asyncio.run(main("second"))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0, "slept")))
t = loop.create_task(main("third"))
loop.run_until_complete(t)
print(t.done(), t.result())
loop.close()

async def leftover():
    try:
        await asyncio.sleep(10)
    finally:
        print("leftover cleaned up")

async def main2():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    print("main2 returns")

asyncio.run(main2())
