import itertools as it
def gen():
    for i in range(4):
        print("  gen yields", i)
        yield i
a, b = it.tee(gen())
print(next(a), next(a))
print(list(b))
print(list(a))
x, y, z = it.tee("ab", 3)
print(list(x), list(y), list(z))
print(it.tee([1], 0))
try:
    it.tee([1], -1)
except ValueError as e:
    print(type(e).__name__, e)
t1, t2 = it.tee(range(3))
t3, = it.tee(t1, 1)
print(list(t3), list(t2))
print(list(it.pairwise("abcd")))
print(list(it.pairwise([1])), list(it.pairwise([])))
p = it.pairwise(gen())
print(next(p))
print(list(p))
