f = frozenset([3, 1, 2, 3])
print(f, type(f).__name__, len(f), 2 in f)
print(frozenset(), frozenset(range(3)) | {5}, {5} | frozenset([1]), type({5} | frozenset([1])).__name__)
print(f & {1, 2, 9}, f - {1}, f ^ {3, 4}, type(f & {1}).__name__)
d = {frozenset({1, 2}): "a", frozenset(): "empty"}
print(d[frozenset({2, 1})], d[frozenset()])
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
print(frozenset({1, 2}) == {1, 2}, frozenset({1}) < frozenset({1, 2}), f.issubset(range(10)))
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(sorted(sorted(x) for x in nested))
print(f.union([10]), f.copy() == f, f.isdisjoint([7, 8]))
g = frozenset(f)
print(g == f, repr(frozenset({7})))
