print(list(enumerate("abc")))
print(list(enumerate("abc", start=1)), list(enumerate(["x"], 10)), list(enumerate([], 5)))
for i, (a, b) in enumerate(zip("xy", "XY"), 1):
    print(i, a, b)
e = enumerate([5, 6])
print(type(e).__name__, next(e), list(e))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(10), "abcd")))
print(dict(zip("abc", range(3))))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
z = zip([1, 2], [3, 4])
print(type(z).__name__, next(z), list(z), list(z))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
consumed = iter(range(10))
print(list(zip(consumed, "ab")), next(consumed))
try:
    zip(1, 2)
except TypeError as e:
    print(e)
try:
    enumerate(5)
except TypeError as e:
    print(e)
print(list(enumerate("ab", -2)))
