class C:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
    def m(self):
        return "m"
c = C()
print(callable(len), callable(C), callable(c), callable(c.m), callable(1), callable("s"), callable(lambda: 0), callable(None))
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "missing", "default"), getattr(c, "m")())
try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
setattr(c, "y", 2)
setattr(c, "with space", 3)
print(c.y, getattr(c, "with space"), hasattr(c, "y"), hasattr(c, "zzz"), hasattr(C, "m"))
delattr(c, "y")
print(hasattr(c, "y"))
try:
    delattr(c, "y")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, "a", 2)
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr([], "append").__name__, getattr(str, "upper")("q"), getattr(None, "x", None))
class Boom:
    @property
    def bad(self):
        raise ValueError("not attribute error")
try:
    hasattr(Boom(), "bad")
except ValueError as e:
    print("hasattr propagates", e)
print(getattr(Boom(), "nope", 42))
