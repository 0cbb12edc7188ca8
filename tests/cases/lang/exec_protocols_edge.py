# exec/eval and scoping
def outer():
    a = 1
    def inner():
        b = 2 + a * 0
        return eval("a + b"), sorted(locals())
    return inner()
print(outer())
g = {}
exec("def f():\n    return helper()\ndef helper():\n    return 'h'\nr = f()", g)
print(g["r"])
exec("class C:\n    y = len('abc')\n    z = [3 * i for i in range(2)]", g)
print(g["C"].y, g["C"].z, g["C"].__module__)
code = compile("x + 1", "<c>", "eval")
print(eval(code, {"x": 1}), eval(code, {"x": 2}))
print(eval("__builtins__ is not None"), "__builtins__" in g)
custom = {"__builtins__": {"len": lambda s: -1}}
print(eval("len('abc')", custom))
try:
    eval("abs(1)", custom)
except NameError as e:
    print("NameError", e)
exec("def k(): return len('zz')", custom)
print(custom["k"]())
# dunder protocols on user classes
class Vec:
    def __init__(self, *c): self.c = c
    def __repr__(self): return "Vec%r" % (self.c,)
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    def __lt__(self, o): return self.c < o.c
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __contains__(self, x): return x in self.c
    def __bool__(self): return any(self.c)
    def __iter__(self): return iter(self.c)
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self, o)))
    def __iadd__(self, o):
        self.c = tuple(a + b for a, b in zip(self, o))
        return self
    __hash__ = None
v = Vec(1, 2)
w = v
v += Vec(1, 1)
print(v, w is v, v == Vec(2, 3), v != Vec(2, 3), v < Vec(3, 0), Vec(0, 0) > v, len(v), v[1], 3 in v, bool(Vec(0)), list(v))
print(sorted([Vec(2), Vec(1)]), max(Vec(1), Vec(3)))
try:
    hash(v)
except TypeError as e:
    print("TypeError", e)
try:
    Vec(1) <= Vec(2)
except TypeError as e:
    print("TypeError", e)
class Num:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
print([1, 2, 3, 4][Num(1):Num(3)], bin(Num(5)), range(Num(3)), "ab" * Num(2), [0] * Num(2))
# getattr hooks
class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.xyz, getattr(d, "nope", "dflt"), hasattr(d, "xa"), hasattr(d, "b"))
class Audit:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
a = Audit()
a.v = 5
print(a.v, hasattr(a, "secret"))
del a.v
print(hasattr(a, "v"))
