class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
print(P.__slots__)

class Q:
    __slots__ = ["a"]
q = Q()
try:
    q.a
except AttributeError as e:
    print(type(e).__name__, e)
q.a = 5
del q.a
print(hasattr(q, "a"))

class R(P):
    pass
r = R(1, 2)
r.z = 3
print(r.z, hasattr(r, "__dict__"))

class S(P):
    __slots__ = ("w",)
s = S(1, 2)
s.w = 4
print(s.x, s.w)
try:
    s.other = 1
except AttributeError as e:
    print(type(e).__name__, e)

class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__)
