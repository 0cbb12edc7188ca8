import itertools as it
data = "AAAABBBCCDAABBB"
print([k for k, g in it.groupby(data)])
print([list(g) for k, g in it.groupby(data)])
print([(k, len(list(g))) for k, g in it.groupby(sorted(data))])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in it.groupby(words, key=lambda w: w[0]):
    print(k, list(g))
groups = [(k, g) for k, g in it.groupby("aabbc")]
print([(k, list(g)) for k, g in groups])
gb = it.groupby([1, 1, 2, 2, 2, 3])
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g2), list(g1))
print(list(it.groupby([])))
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(k, list(g)) for k, g in it.groupby(nums, key=lambda n: n % 2 == 0)])
