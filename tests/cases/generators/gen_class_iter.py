class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

t = Tree(1, Tree(2, Tree(3)), Tree(4, Tree(5), Tree(6)))
print(list(t))
print(sum(t), max(t), 5 in t, 9 in t)
it = iter(t)
print(type(it).__name__, next(it), next(it))
print(sorted(t, reverse=True))

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i, i * i

for a, b in Range2(3):
    print(a, b)
print(dict(Range2(4)))
r = Range2(2)
print(iter(r) is iter(r))
