words = ["banana", "Apple", "cherry", "apple", "date", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
recs = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
s = sorted(recs, key=lambda r: r[0], reverse=True)
s.sort(key=lambda r: r[1])
print(s)
nums = [5, -3, 2, -8, 0]
nums.sort()
print(nums)
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(nums.sort() is None)
print(sorted([3.5, 1, 2.25, -1]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted([[2], [1, 5], [1]]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
l = [1, 2, 3]
l.reverse()
print(l, list(reversed(l)))
try:
    sorted([1], key=1)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([], reverse=True), sorted([[], [0], [-1]]))
