import asyncio
async def boom():
    raise ValueError("lost")
async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.001)
    print("main done")
asyncio.run(main())
print("after run")
