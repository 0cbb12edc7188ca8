snippets = [
    "break", "x = = 1", "  x = 1", "f(**a, *b)", "f(a=1, b)", "f(**k, a)", "def f(a=1, b): pass",
    "def f(**k, a): pass", "def f(*a=1): pass", "def f():\n  x=1\n y=2", 'x = "abc', "return 5",
    "class A:\n    return 1", "continue", "match x:\n case _:\n  pass\n case 1:\n  pass",
    "async def f():\n    yield from x", "def f():\n    async for x in y: pass",
    "try:\n pass\nexcept* ValueError:\n break",
]
for src in snippets:
    try:
        compile(src, "snippet.py", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, "|", e.filename, "|", repr(e.text))
try:
    eval("1 +")
except SyntaxError as e:
    print("eval", type(e).__name__, e.msg, e.lineno)
try:
    exec("x = (1 +")
except SyntaxError as e:
    print("exec", type(e).__name__, e.lineno)
