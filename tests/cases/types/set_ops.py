a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection([1, 3, 9]), a.difference({1}, {2}), a.symmetric_difference([4, 8]))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a, {1, 5}.issubset(a), a.issuperset({1, 2}), a.isdisjoint({9}))
s = set()
print(s, type({}).__name__, len(s))
s.add(5); s.add(5); s.add(1)
print(s)
s.discard(10)
s.discard(5)
print(s)
try:
    s.remove(10)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
c = {1, 2, 3}
c |= {4}
c &= {1, 2, 4}
c -= {1}
c ^= {9, 2}
print(c)
c.update([10, 11], {12})
c.intersection_update(range(11))
print(c)
c.difference_update({4})
print(c, 9 in c, 4 not in c)
print(set([3, 1, 3, 2]), set(range(5)), set("aaa"), {x % 3 for x in range(10)})
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.add({1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(e)
print({1, 2} == {2, 1}, {1} == frozenset({1}), {0} == {False}, {1, 1.0, True})
print(sorted({-5, 10, 3, 0}), len({(1, 2), (1, 2), (2, 1)}))
d = a.copy(); d.clear(); print(d, a)
