# sort/sorted/min/max over ints, floats (signed zeros, NaN), strs and mixed keys:
# order, stability, reverse, identity of equal strs, and errors.
seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (1 << 31)
    return seed % n
ints = [rnd(50) - 25 for _ in range(300)]
print(sorted(ints)[:20], sorted(ints, reverse=True)[:20])
l = list(ints); l.sort(reverse=True); print(l == sorted(ints)[::-1])
recs = [(rnd(10), i) for i in range(200)]
print(sorted(recs, key=lambda r: r[0])[:30])
print(sorted(recs, key=lambda r: r[0], reverse=True)[:30])
print(sorted(recs, key=lambda r: str(r[0]))[:15], sorted(recs, key=lambda r: r[0] / 2, reverse=True)[:15])
zs = [0.0, -0.0, 1.5, -0.0, 0.0, -1.0]
print([repr(x) for x in sorted(zs)], [repr(x) for x in sorted(zs, reverse=True)])
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([3, 1.5, 2, True, 0]), sorted([2**70, 5, -2**65]))
words = ["b", "a", "é", "Z", "ab", "", "\U0001f600", "ä"]
print(sorted(words), sorted(words, reverse=True), sorted(words, key=len))
a1 = "x" * 3; a2 = "".join(["x", "x", "x"])
r = sorted([a2, a1], key=lambda s: s)
print(r[0] is a2, r[1] is a1)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
def bad(x):
    if x == 3:
        raise ValueError("key")
    return x
try:
    sorted([1, 2, 3, 4], key=bad)
except ValueError as e:
    print(e)
l = [5, 3, 1]
def k(x):
    l.append(0)
    return x
try:
    l.sort(key=k)
except ValueError as e:
    print(e, l)
print(max([3, 9, 2]), min([3, 9, 2]), max([1, 2.5, 2]), min(["b", "a"]), max([1, 5, 5], key=lambda v: -v), min(3, 1, 2), max([True, 1]), max([1, True]))
