print(eval("2 ** 8"), eval("'a' * 3"), eval("[1, 2] + [3]"), eval("{'k': 1}['k']"))
g = {"__builtins__": {}}
try:
    eval("len([1])", g)
except NameError as e:
    print(type(e).__name__, e)
print(eval("x + 1", {"x": 1}), eval("abs(-3)", {}))
ns = {"value": 10}
exec("value *= 3\nnew = value + 1", ns)
print(ns["value"], ns["new"])
loc = {}
exec("a = 1\nb = a + 1", None, loc)
print(loc)
print(exec("1 + 1"))
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
src = """
class K:
    def m(self):
        return 'K.m'
out = K().m()
"""
ns2 = {}
exec(src, ns2)
print(ns2["out"])
print(eval("lambda n: n * 2")(21))
def scope():
    x = 5
    exec("x = 99")
    return x
print(scope())
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
code = compile("a * b", "<calc>", "eval")
print(eval(code, {"a": 6, "b": 7}), code.co_filename if hasattr(code, "co_filename") else "<calc>")
