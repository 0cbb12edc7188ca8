import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    asyncio.coroutine
except AttributeError as e:
    print("AttributeError:", e)

def not_coro():
    return 1

try:
    asyncio.run(not_coro())
except ValueError as e:
    print("ValueError:", e)

async def awaits_int():
    await 5

try:
    asyncio.run(awaits_int())
except TypeError as e:
    print("TypeError:", e)

async def inner():
    return 7

async def nested_run():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    loop = asyncio.get_running_loop()
    s = asyncio.sleep(0)
    try:
        loop.run_until_complete(s)
    except RuntimeError as e:
        print("RuntimeError:", e)
    s.close()
    return await inner()

print(asyncio.run(nested_run()))

async def twice():
    t = asyncio.create_task(inner())
    print(await t, await t)
    c = inner()
    await c
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(twice())
print(asyncio.iscoroutinefunction(inner), asyncio.iscoroutinefunction(not_coro))
c = inner()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(1))
c.close()

loop = asyncio.new_event_loop()
f = loop.create_future()
try:
    f.result()
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
loop.call_soon(f.set_result, "from callback")
print(loop.run_until_complete(f))
loop.close()
try:
    loop.run_until_complete(f)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
