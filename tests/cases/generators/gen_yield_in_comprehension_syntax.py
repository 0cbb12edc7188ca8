sources = [
    "def f(y):\n    return [(yield x) for x in y]\n",
    "def f(y):\n    return {(yield x) for x in y}\n",
    "def f(y):\n    return {x: (yield x) for x in y}\n",
    "def f(y):\n    return ((yield x) for x in y)\n",
    "def f(y):\n    return [(yield from x) for x in y]\n",
    "def f(y):\n    return [x for x in y if (yield x)]\n",
    "yield 1\n",
    "class C:\n    yield 1\n",
    "def f():\n    return lambda: [(yield) for _ in ()]\n",
    "x = [(yield) for _ in ()]\n",
    "yield from []\n",
    "async def f():\n    yield from []\n",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled OK")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "| line", e.lineno)

# the first iterable of a comprehension is evaluated in the enclosing scope,
# so a yield there is allowed and makes the function a generator
src = "def f():\n    return [x * 2 for x in (yield 'need input')]\n"
ns = {}
exec(src, ns)
g = ns["f"]()
print(next(g))
try:
    g.send([1, 2, 3])
except StopIteration as e:
    print("returned", e.value)
try:
    exec("def h():\n    [(yield) for _ in ()]\n", {})
except SyntaxError as e:
    print("exec:", e.msg)
