# The seed program, with short sleeps and a fixed number of rounds.
import asyncio, datetime, random

random.seed(3)

async def display_date(num, loop, rounds):
    for _ in range(rounds):
        now = datetime.datetime.now()
        print("Loop: {} is datetime: {}".format(num, isinstance(now, datetime.datetime)))
        await asyncio.sleep(random.randint(0, 2) * 0.01)
    print("Loop:", num, "finished")

loop = asyncio.get_event_loop()
asyncio.ensure_future(display_date(1, loop, 4))
asyncio.ensure_future(display_date(2, loop, 3))
loop.call_later(0.15, loop.stop)
loop.run_forever()
print("done")
