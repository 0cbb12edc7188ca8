l = list(range(10))
print(l[2:5], l[::3], l[::-1], l[-3:], l[8:2:-2], l[100:], l[-100:2])
l[2:5] = ["a", "b"]
print(l)
l[1:1] = [100, 200]
print(l)
l[:] = l[::-1]
print(l)
l[::2] = [0] * len(l[::2])
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del l[::3]
print(l)
del l[1:3]
print(l)
del l[:]
print(l)
m = [1, 2, 3, 4]
m[1:3] = "xyz"
print(m)
m[-1:] = []
print(m)
try:
    m[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
n = [0, 1, 2, 3, 4, 5]
n[4:1:-1] = ["a", "b", "c"]
print(n)
cp = n[:]
cp[0] = "changed"
print(n[0], cp[0])
print(n[slice(1, None, 2)], n[True:3])
