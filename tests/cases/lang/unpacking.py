a, b = 1, 2
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
h, *mid, t = range(5)
print(h, mid, t)
p, *q = [1]
print(p, q)
[m, n] = "ab"
print(m, n)
(i, j), k = "xy", 3
print(i, j, k)
d = {"k1": 1, "k2": 2}
k1, k2 = d
print(k1, k2)
s1, s2 = {7}, {8}
print(s1, s2)

def tryit(src):
    try:
        exec(src, {})
        print("ok", src)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

tryit("a, b, c = [1, 2]")
tryit("a, b = [1, 2, 3]")
tryit("a, b = 1, 2, 3, 4")
tryit("a, *b, c = [1]")
tryit("a, b = 5")
tryit("a, b = None")
tryit("a, = []")
tryit("(a, b), c = [1, 2], 3")
tryit("a, b = iter(range(10))")
print([*range(3), *"ab", *[None]])
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2], sep="-")
for idx, (key, val) in enumerate(sorted(d.items())):
    print(idx, key, val)
lst = [0, 0, 0]
lst[0], lst[2] = "a", "c"
print(lst)
