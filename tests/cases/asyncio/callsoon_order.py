import asyncio

loop = asyncio.new_event_loop()
log = []

def cb(tag):
    log.append(tag)
    if tag == "a":
        loop.call_soon(cb, "a-child")

async def coro(name):
    log.append(name + " start")
    await asyncio.sleep(0)
    log.append(name + " after sleep0")
    return name

loop.call_soon(cb, "a")
t = loop.create_task(coro("t1"))
loop.call_soon(cb, "b")
loop.call_later(0.01, cb, "timer1")
loop.call_later(0.005, cb, "timer0")
h = loop.call_later(0.002, cb, "cancelled")
h.cancel()
print(h.cancelled(), repr(h).startswith('<TimerHandle cancelled when='))
print(loop.run_until_complete(t))
loop.run_until_complete(asyncio.sleep(0.02))
print(log)
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(cb, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
