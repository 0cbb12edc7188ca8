def run(coro):
    try:
        while True:
            v = coro.send(None)
            print("  loop got", v)
    except StopIteration as e:
        return e.value

class Sleep:
    def __await__(self):
        yield "tick"
        return 7

async def agen(n):
    for i in range(n):
        await Sleep()
        yield i

async def double(x):
    await Sleep()
    return x * 2

async def main():
    print([x async for x in agen(3)])
    print({x: x * x async for x in agen(2)})
    print({x async for x in agen(3) if x != 1})
    print([await double(x) for x in range(3)])
    print([y for x in range(2) async for y in agen(x + 1)])
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__)
    print([v async for v in g])
    print([x for x in [await double(5)]])
    return "done"

print(run(main()))
try:
    compile("def f():\n    return [x async for x in y]", "s", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
