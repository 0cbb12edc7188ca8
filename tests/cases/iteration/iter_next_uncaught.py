items = [1, 2]
print(next(iter(items)))
next(items)
