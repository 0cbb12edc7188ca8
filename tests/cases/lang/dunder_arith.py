class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd with", o)
        return self.__add__(o)
    def __iadd__(self, o):
        print("iadd")
        self.x += o.x
        self.y += o.y
        return self
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __sub__(self, o):
        return self + (-o)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

a = Vec(1, 2); b = Vec(3, 4)
print(a + b, a + 1, 1 + a)
print(sum([a, b]))
print(a * 3, 3 * a, -a, b - a, abs(b))
c = a
c += b
print(c, a, c is a)
d = Vec(0, 0)
e = d
d = d + b
print(d is e)

class NoIadd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoIadd(self.v + o)
n = NoIadd(1); m = n
n += 5
print(n.v, m.v, n is m)

class A: pass
class B: pass
for op in ["A() + B()", "A() - 1", "1 * A()", "'s' + 1", "[] + ()", "A() ** 2", "-A()", "A() < B()"]:
    try:
        eval(op)
    except TypeError as e:
        print(op, "->", e)
try:
    a + "str"
except TypeError as e:
    print(e)
