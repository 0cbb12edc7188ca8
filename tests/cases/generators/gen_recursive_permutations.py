import itertools

def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, first in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [first] + rest

def perms_swap(a, k=0):
    if k == len(a) - 1:
        yield tuple(a)
        return
    for i in range(k, len(a)):
        a[k], a[i] = a[i], a[k]
        yield from perms_swap(a, k + 1)
        a[k], a[i] = a[i], a[k]

print(list(perms([1, 2, 3])))
print(list(perms("ab")))
print(list(perms([])))
mine = sorted(tuple(p) for p in perms([1, 2, 3, 4]))
ref = sorted(itertools.permutations([1, 2, 3, 4]))
print(len(mine), mine == ref)
print(sorted(perms_swap([1, 2, 3])) == sorted(itertools.permutations([1, 2, 3])))

def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s

print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))

def compositions(n, maxpart=None):
    if maxpart is None:
        maxpart = n
    if n == 0:
        yield ()
        return
    for k in range(min(n, maxpart), 0, -1):
        for rest in compositions(n - k, k):
            yield (k,) + rest

print(list(compositions(5)))
print(sum(1 for _ in compositions(15)))
