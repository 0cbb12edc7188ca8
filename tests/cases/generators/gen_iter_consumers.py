class Pairs:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield (chr(ord("a") + i), i)

class Nums:
    def __init__(self, *vals):
        self.vals = vals
    def __iter__(self):
        for v in self.vals:
            yield v

p = Pairs(4)
print(list(p))
print(tuple(p))
print(dict(p))
print(sorted(p, key=lambda kv: -kv[1]))
print(sum(v for _, v in p))
print(list(zip(Nums(1, 2, 3), p)))
print(set(Nums(3, 1, 3)) == {1, 3})
print(frozenset(Nums(1)) == frozenset({1}))
a, b, c, d = p
print(a, d)
first, *rest = Nums(1, 2, 3, 4)
print(first, rest)
*init, last = Nums("x")
print(init, last)
print(max(Nums(3, 9, 2)), min(Nums(3, 9, 2)), max(Nums(), default="empty"))
print(sum(Nums(1, 2, 3), 10))
print(list(enumerate(Nums("p", "q"), 1)))
print("-".join(Nums("x", "y", "z")))
print(2 in Nums(1, 2), 5 in Nums(1, 2))
print(list(map(lambda x, y: x * y, Nums(1, 2, 3), Nums(4, 5, 6))))
print(list(filter(None, Nums(0, 1, "", "s"))))
print(list(reversed(list(Nums(1, 2, 3)))))
print(any(Nums(0, 0, 1)), all(Nums(1, 1, 0)), any(Nums()), all(Nums()))
print([*Nums(1, 2), *Nums(3)])
print({**dict(Pairs(2))})
print(list(Nums(*Nums(7, 8))))
print(bytes(Nums(104, 105)), bytearray(Nums(33)))
print(len(list(Nums(*range(50)))))

try:
    x, y = Nums(1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z = Nums(1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict(Nums(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
