import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
count = 0

def tick():
    global count
    count += 1
    print("tick", count)
    if count == 3:
        loop.stop()
    else:
        loop.call_soon(tick)

loop.call_soon(tick)
loop.run_forever()
print("stopped", loop.is_running())

async def ticker(n):
    for i in range(n):
        print("ticker", n, i)
        await asyncio.sleep(0.001)

asyncio.ensure_future(ticker(2))
asyncio.ensure_future(ticker(3))
loop.call_later(0.05, loop.stop)
loop.run_forever()
print(asyncio.get_event_loop() is loop)
loop.run_until_complete(asyncio.sleep(0.001))
when = loop.time() + 0.002
loop.call_at(when, print, "call_at fired")
loop.run_until_complete(asyncio.sleep(0.01))
loop.close()
