print(type(1), type("s"), type(None), type([]), type(type), type(len), type(1.0).__name__)
print(type(1) is int, type(True) is bool, type(True) == int)
class P:
    def hi(self):
        return "hi"
print(type(P()).__name__, type(P).__name__, type(P.hi).__name__, type(P().hi).__name__)
def base_method(self):
    return "method on " + type(self).__name__
Dyn = type("Dyn", (P,), {"x": 5, "describe": base_method})
d = Dyn()
print(Dyn.__name__, Dyn.x, d.hi(), d.describe(), isinstance(d, P), [c.__name__ for c in Dyn.__mro__])
Empty = type("Empty", (), {})
print(Empty.__name__, Empty.__bases__ == (object,), type(Empty()).__name__)
try:
    type("X", P, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
print(repr(type(P())).endswith("P'>"), str(int), repr(list))
print(type.__name__, type(type(1)).__name__, type(Exception()).__name__)
T = type("T", (), {"__init__": lambda self, v: setattr(self, "v", v), "__repr__": lambda self: "T(%r)" % self.v})
print(T(3), [T("a")])
print(type(d) is Dyn, type(P.__dict__["hi"]).__name__, type(print).__name__)
