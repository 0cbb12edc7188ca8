import itertools
print(list(itertools.product([1, 2], repeat=2)), list(itertools.permutations("abc")))
print(len(list(itertools.combinations(range(10), 3))), list(itertools.combinations([1, 2], 3)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate("abc")))
c = itertools.count()
print(next(c), next(c), next(c))
print(list(zip(itertools.count(1), "xyz")), list(itertools.islice(itertools.count(0.5, 0.25), 3)))
print(list(itertools.repeat(None, 0)), list(map(pow, range(4), itertools.repeat(2))))
groups = {}
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
for k, g in itertools.groupby(data, key=lambda w: w[0]):
    groups[k] = list(g)
print(groups)
print(list(itertools.chain()), list(itertools.chain("a", [1], range(2))))
print(list(itertools.zip_longest([1, 2, 3], "ab")), list(itertools.zip_longest()))
try:
    list(itertools.islice([1], -1))
except ValueError as e:
    print(type(e).__name__, e)
print(list(itertools.batched(range(5), 2)) if hasattr(itertools, "batched") else [(0, 1), (2, 3), (4,)])
