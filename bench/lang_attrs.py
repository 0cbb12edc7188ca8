# Attribute access and method calls on a small class, in a loop.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.hits = 0

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        self.hits += 1

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def scaled(self, k):
        return Point(self.x * k, self.y * k)

    @property
    def area(self):
        return self.x * self.y


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, p):
        self.count += p.norm1() % 13
        return self


p = Point(1, 2)
c = Counter()
total = 0
for i in range(2400000):
    p.move(i % 3 - 1, 1 - i % 5 // 2)
    c.bump(p)
    if i % 1000 == 0:
        q = p.scaled(2)
        total += q.area % 1000
print("attrs", p.x, p.y, p.hits, c.count, total)
