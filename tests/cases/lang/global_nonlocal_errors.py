cases = [
    "x = 1\ndef f():\n    print(x)\n    global x",
    "def f():\n    x = 1\n    def g():\n        nonlocal y\n    return g",
    "nonlocal z",
    "def f(a):\n    global a",
    "def f(a):\n    nonlocal a",
    "def f():\n    x = 2\n    global x",
    "def f():\n    global q\n    nonlocal q",
    "class C:\n    nonlocal x",
    "def f():\n    v = 1\n    class C:\n        nonlocal v\n        v = 2\n    return v",
]
for src in cases:
    try:
        compile(src, "case.py", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    return inner(), v
print(outer())
