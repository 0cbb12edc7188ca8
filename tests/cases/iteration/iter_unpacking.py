def gen(n):
    for i in range(n):
        print("  yield", i)
        yield i

a, *b = gen(4)
print(a, b)
*a, b = gen(3)
print(a, b)
a, *b, c = gen(2)
print(a, b, c)
first, second = gen(2)
print(first, second)
try:
    x, y = gen(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z = gen(1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, *y, z = gen(1)
except ValueError as e:
    print(type(e).__name__, e)
print([*gen(2), *"ab"])
print({**dict(zip("ab", gen(2)))})
def f(*args):
    return args
print(f(*gen(2), 99))
(p, q), r = (v for v in [(1, 2), 3])
print(p, q, r)
