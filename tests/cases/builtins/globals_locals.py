x = 1
def f(a, b=2):
    c = a + b
    return sorted(locals())
print(f(1))
print("x" in globals(), "f" in globals(), globals()["x"])
def g():
    globals()["created_dynamically"] = 42
g()
print(created_dynamically)
class K:
    y = 5
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
def loc_snapshot():
    v = 1
    l = locals()
    v = 2
    return l["v"], locals()["v"]
print(loc_snapshot())
print(locals() is globals())
print(type(globals()).__name__, sorted(k for k in globals() if k in ("__name__", "__doc__", "__builtins__")))
print(__doc__, __name__)
