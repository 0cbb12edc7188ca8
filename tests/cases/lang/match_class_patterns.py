class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r

def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return "on y axis at %r" % y
        case Point(x=0) | Point(y=0):
            return "on x axis"
        case Point(x, y) if x == y:
            return "diagonal %r" % x
        case Point():
            return "somewhere"
        case Circle(Point(0, 0), r=radius):
            return "circle at origin r=%r" % radius
        case Circle(c, r):
            return "circle r=%r" % r
        case bool(b):
            return "bool %r" % b
        case float(f) | int(f):
            return "number %r" % f
        case (1, 2, *_):
            return "tuple starting 1, 2"
        case _:
            return "unknown"

for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), Circle(Point(0, 0), 4),
          Circle(Point(1, 1), 2), True, 2.5, 7, (1, 2, 3), [1, 2], "s"]:
    print(where(s))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("mapping patterns ignore extra keys")
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
value = "abc"
match value:
    case str() if len(value) > 5:
        print("long")
    case str():
        print("short str")
