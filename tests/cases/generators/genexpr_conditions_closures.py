g = ((x, y) for x in range(4) if x % 2 == 0 for y in range(x) if y != 1)
print(list(g))

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(list(v for row in matrix for v in row if v % 3))
print(list(sum(row) for row in matrix if row[0] > 1))
print(list(x for x in (y * 2 for y in range(5) if y) if x > 2))

fns = list(lambda: i for i in range(3))
print([f() for f in fns])
fns = list(lambda i=i: i for i in range(3))
print([f() for f in fns])
fns = list((lambda k: lambda: k * 10)(i) for i in range(3))
print([f() for f in fns])

def make(n):
    scale = 100
    gen = (i * scale for i in range(n))
    scale = 1000
    return gen
print(list(make(3)))

def outer():
    base = 1
    g = (base + x for x in range(3))
    base = 50
    yield from g
    base = 0
print(list(outer()))

lst = [1, 2, 3]
g = (x for x in lst)
lst = [9, 9]
print(list(g))

lst = [1, 2, 3]
g = (x for x in lst)
lst.append(4)
print(list(g))

pairs = ((a, b) for a in "ab" for b in (a, a.upper()))
print(list(pairs))

try:
    g = (x for x in 1)
except TypeError as e:
    print("eager:", type(e).__name__, e)

g = (y for x in [1] for y in 1)
try:
    next(g)
except TypeError as e:
    print("lazy:", type(e).__name__, e)

g = (x / 0 for x in [1])
print("created without error:", type(g).__name__)
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
