print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(3)] for r in range(3)])
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print(sorted({x % 4 for x in range(20)}))
print([c.upper() if c in "aeiou" else c for c in "banana"])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
flat = [v for row in matrix for v in row]
print(flat)

x = "outer"
res = [x for x in range(3)]
print(x, res)
try:
    [leak for leak in range(2)]
    print(leak)
except NameError as e:
    print(type(e).__name__, e)

class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        broken = [v * len(vals) for v in range(2)]
    except NameError as e:
        err = str(e)
print(K.doubled, K.err)

gen = (i * 2 for i in range(4))
print(type(gen).__name__, next(gen), list(gen), list(gen))
print(sum(i for i in range(101)))
print(max((len(w), w) for w in "the quick brown fox".split()))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print({(i, j): i * j for i in range(2) for j in range(2)})
print([y for x in [[1, [2]], [3, [4]]] for y in x[1]])
