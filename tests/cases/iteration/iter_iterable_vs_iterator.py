class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        return BagIterator(self.items)

class BagIterator:
    def __init__(self, items):
        self.items = items
        self.pos = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.pos >= len(self.items):
            raise StopIteration
        self.pos += 1
        return self.items[self.pos - 1]

b = Bag("x", "y", "z")
print(list(b), list(b))
i1, i2 = iter(b), iter(b)
print(next(i1), next(i1), next(i2))
print([(a, c) for a in b for c in b if a < c])
bi = iter(b)
print(iter(bi) is bi, list(bi), list(bi))
g = (x for x in b)
print(iter(g) is g)
it = iter([1, 2])
print(iter(it) is it, iter(iter(it)) is it)
class OnlyIterNoNext:
    def __iter__(self):
        return self
try:
    for _ in OnlyIterNoNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)
