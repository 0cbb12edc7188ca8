from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], p == (1, 2), len(p), tuple(p))
x, y = p
print(x, y, Point._fields, type(p).__name__, isinstance(p, tuple))
q = p._replace(x=10)
print(q, p)
print(p._asdict(), dict(p._asdict()))
print(Point._make([5, 6]), Point(y=3, x=4))
P3 = namedtuple("P3", "a b c", defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
try:
    P3()
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p._replace(z=1)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
R = namedtuple("R", "name, value", rename=False)
print(R("n", [1]), R._fields)
Bad = namedtuple("Bad", ["ok", "def", "_x"], rename=True)
print(Bad._fields)
try:
    namedtuple("Bad2", ["class"])
except ValueError as e:
    print(type(e).__name__, e)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(3, 4)
print(v, v.norm2(), v + (1,), sorted([Point(2, 1), Point(1, 5)]))
print(hash(p) == hash((1, 2)), {p: "pt"}[(1, 2)])
