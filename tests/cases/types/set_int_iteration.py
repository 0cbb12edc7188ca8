s = {5, 3, 9, 1, 7}
print(s, sorted(s), len(s), min(s), max(s), sum(s))
print({x * 2 for x in range(8)}, set(range(10, 0, -2)))
print({100, 1, 50, 2}, {0, -1, 1})
t = set()
for v in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    t.add(v)
print(t, list(t))
u = {1, 2, 3}
u.remove(2)
u.add(10)
print(u)
print({1, 2, 3} - {2}, {1, 2} | {3, 4, 5}, {4, 5} & {5, 6})
try:
    for x in u:
        u.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
print(len({(1, 2), (1, 2)}), {True, 1}, {0, False, 0.0})
print(set([1, 2]) == {2, 1}, {1} < {1, 2}, {1, 2} > {1, 2})
print(repr(set()), repr({1}), str({1, 2}))
