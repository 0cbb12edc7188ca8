sq = lambda x: x * x
print(sq(7))
print((lambda: 42)())
print((lambda a, b=2, *c, **d: (a, b, c, d))(1, 3, 4, k=5))
print(sq.__name__)
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda n: n % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
print((lambda *a: sum(a))(1, 2, 3, 4))
print((lambda x: "big" if x > 10 else "small")(11))
fs = {k: (lambda v, k=k: k * v) for k in range(1, 4)}
print([fs[k](10) for k in fs])
y = 5
f = lambda: y
y = 6
print(f())
print(callable(sq), type(sq).__name__)
try:
    sq()
except TypeError as e:
    print(e)
