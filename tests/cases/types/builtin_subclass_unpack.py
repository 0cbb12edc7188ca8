class T(tuple):
    pass
t = T((1, 2))
a, b = t
print(a, b, t, len(t))
class L(list):
    pass
x, *y = L([1, 2, 3])
print(x, y)
class D(dict):
    pass
k, = D(key=1)
print(k)
class S(str):
    pass
c1, c2 = S("hi")
print(c1, c2)
class FS(frozenset):
    pass
(only,) = FS([7])
print(only)
try:
    p, q = T((1, 2, 3))
except ValueError as e:
    print(type(e).__name__, e)
