class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
class Named:
    def __str__(self):
        return "named-str"
    def __repr__(self):
        return "named-repr"
print(Point(1, 2), [Point(3, 4)], {"p": Point(0, 0)}, (Point(5, 6),))
print(Named(), [Named()], str(Named()), f"{Named()}", f"{Named()!r}")
print(1, "two", 3.0, [4], sep=" | ")
print("%s and %r" % (Named(), Named()))
print({1: [2, (3, {4})]}, [[[]]], [(), {}, set()])
print([1.0, 2.50, 1e100, 1e-100, -0.0])
print(["quote's", 'dq"', "both'\""])
print({"nested": {"deeper": {"deepest": [None, True, False]}}})
import sys
print(*["a", "b"], sep="\n", file=sys.stdout)
print("end marker")
