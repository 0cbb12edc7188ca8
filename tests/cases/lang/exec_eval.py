print(eval("1 + 2 * 3"))
print(eval("x * y", {"x": 3, "y": 4}))
g = {"a": 10}
loc = {"b": 5}
print(eval("a + b", g, loc))
exec("c = a * 2", g)
print(g["c"])
ns = {}
exec("def f(n):\n    return n + 1\nresult = f(41)", ns)
print(ns["result"], callable(ns["f"]))
print(sorted(k for k in ns if k != "__builtins__"))
print("__builtins__" in ns)
exec("import math\nval = math.sqrt(16)", ns)
print(ns["val"])
code = compile("q * 2", "<expr>", "eval")
print(eval(code, {"q": 21}))
code2 = compile("z = 1\nz += 1", "<s>", "exec")
ns2 = {}
print(exec(code2, ns2), ns2["z"])
x = 100
def uses_globals():
    return eval("x + 1")
print(uses_globals())
def uses_locals():
    y = 7
    return eval("y * x")
print(uses_locals())
try:
    eval("undefined_thing", {})
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(eval("[i for i in range(3)]"), eval(" 5 "))
r = {}
exec("for i in range(3): total = i", {}, r)
print(r)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__)
print(eval("len", {"len": lambda s: 99})("abc"))
