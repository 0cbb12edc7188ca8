def pairs(items):
    it = iter(items)
    while True:
        a = next(it)
        b = next(it)
        yield a, b

print(next(pairs([1, 2, 3])))
for p in pairs([1, 2, 3, 4, 5]):
    print(p)
