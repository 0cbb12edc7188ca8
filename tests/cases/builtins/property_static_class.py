class Circle:
    def __init__(self, r):
        self._r = r
    def _get(self):
        return self._r
    def _set(self, v):
        if v < 0:
            raise ValueError("negative radius")
        self._r = v
    radius = property(_get, _set, doc="the radius")
    area = property(lambda self: 3 * self._r ** 2)
    @staticmethod
    def unit():
        return Circle(1)
    @classmethod
    def named(cls, r):
        return cls(r)
    sm = staticmethod(lambda x: x + 1)
    cm = classmethod(lambda cls: cls.__name__)

c = Circle(2)
print(c.radius, c.area, Circle.radius.__doc__, Circle.unit().radius, Circle.named(5).radius)
c.radius = 3
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print(e)
try:
    c.area = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(Circle.sm(1), c.sm(2), Circle.cm(), c.cm())
p = property()
class Holder:
    attr = p
try:
    Holder().attr
except AttributeError as e:
    print(type(e).__name__, e)
prop = property(lambda self: 1)
prop2 = prop.setter(lambda self, v: None)
print(prop is prop2, prop2.fset is not None, prop.fset is None)
print(isinstance(Circle.__dict__["unit"], staticmethod), isinstance(Circle.__dict__["named"], classmethod))
print(callable(Circle.__dict__["unit"]))
