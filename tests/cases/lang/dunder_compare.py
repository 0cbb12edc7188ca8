import functools

class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2)]
print(sorted(vs))
print(max(vs), min(vs))
print(Version(1) == Version(1), Version(1) != Version(2), Version(1) == 1)
print(Version(2) > Version(1))
try:
    Version(1) <= Version(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Version(1) < 3
except TypeError as e:
    print(type(e).__name__, e)

@functools.total_ordering
class Num:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(Num(1) <= Num(2), Num(3) >= Num(3), Num(4) > Num(5))

class Rev:
    def __init__(self, n): self.n = n
    def __gt__(self, o):
        print("Rev.__gt__ called")
        return self.n > o.n
class Plain:
    def __init__(self, n): self.n = n
print(Plain(1) < Rev(2))

class Loud:
    def __eq__(self, o):
        print("Loud.__eq__")
        return True
print(1 == Loud())
print([Loud()].count(1))
print(Loud() in [1])
