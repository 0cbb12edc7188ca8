import itertools
for a, b in itertools.zip_longest("ab", [1]):
    print(a, b)
print(list(itertools.islice("abc", -2)))
