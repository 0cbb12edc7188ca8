import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
        return "slow"
    finally:
        print("slow cleanup")

async def quick():
    await asyncio.sleep(0.001)
    return "quick"

async def main():
    print(await asyncio.wait_for(quick(), 0.5))
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(slow(), 0)
    except TimeoutError:
        print("zero timeout")
    print(await asyncio.wait_for(quick(), None))

asyncio.run(main())
