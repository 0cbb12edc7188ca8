z = zip("ab", [1, 2, 3])
print(next(z))
print(next(z))
print(next(z))
