class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def create(cls):
        return cls()
    @classmethod
    def how_many(cls):
        return cls.count
    @staticmethod
    def add(a, b):
        return a + b

class Sub(Counter):
    pass

Counter(); Counter.create(); Sub.create()
print(Counter.how_many(), Sub.how_many())
print(Counter.add(1, 2), Counter().add(3, 4))
print(type(Sub.create()).__name__)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @classmethod
    def from_tuple(cls, t):
        return cls(*t)
    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.x, self.y)

class P3(Point):
    pass
print(Point.origin(), P3.origin(), P3.from_tuple((1, 2)))

sm = Counter.__dict__["add"]
cm = Counter.__dict__["create"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(5, 6))
print(Counter.create.__self__ is Counter)
bound = Point(1, 2).__repr__
print(bound(), bound.__self__.x)
try:
    Point.__repr__()
except TypeError as e:
    print(e)
