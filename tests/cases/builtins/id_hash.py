a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(a), id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(a is b, a is c, a == c)
print(hash(1), hash(0), hash(-1), hash(-2), hash(100), hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print(hash(1.0), hash(0.5), hash(-0.0), hash(float("inf")), hash(float("-inf")), hash(1.5))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1,)) == hash((1.0,)))
print(hash(frozenset()) == hash(frozenset()), hash(None) == hash(None))
for v in [[1], {1: 2}, {1}, bytearray(b"x"), ([],)]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
def f(): pass
print(hash(f) == hash(f), hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"))
x = 10 ** 30
y = 10 ** 30
print(x == y, hash(x) == hash(y))
print(hash(3) == hash(3.0) == hash(3 + 0j))
