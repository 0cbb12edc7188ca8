class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return "N(%r)" % (self.v,)
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v * 10)
    def __invert__(self): return N(~self.v)
    def __index__(self): return self.v
    def __matmul__(self, o): return N(self.v * o.v + 1000)
    def __divmod__(self, o): return ("divmod", self.v, o)
    def __rdivmod__(self, o): return ("rdivmod", o, self.v)
    def __pow__(self, e, mod=None): return ("pow", self.v, e, mod)
    def __lshift__(self, o): return N(self.v << o)
    def __and__(self, o): return N(self.v & o)
    def __rtruediv__(self, o): return ("rtruediv", o, self.v)
    def __floordiv__(self, o): return N(self.v // o)
    def __mod__(self, o): return "mod " + str(o)
    def __abs__(self): return N(abs(self.v))
    def __round__(self, n=None): return "round %r" % (n,)
n = N(6)
print(-n, +n, ~n, [10, 20, 30, 40, 50, 60, 70][n], bin(n), hex(n), "abcdefgh"[N(1):N(3)])
print(n @ N(2), divmod(n, 4), divmod(4, n), n ** 2, pow(n, 2, 5), n << 2, n & 3, 12 / n, n // 4, n % "x")
print(abs(N(-3)), round(n), round(n, 2), range(n), list(range(N(2))), operator_free := "ok")
class Base:
    def __add__(self, o): return "Base.__add__"
    def __radd__(self, o): return "Base.__radd__"
class Derived(Base):
    def __add__(self, o): return "Derived.__add__"
    def __radd__(self, o): return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base(), 1 + Base())
class Left:
    def __add__(self, o): return NotImplemented
class Right:
    def __radd__(self, o): return "Right.__radd__ got " + type(o).__name__
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print(e)
try:
    n @ 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    5 @ 5
except TypeError as e:
    print(e)
