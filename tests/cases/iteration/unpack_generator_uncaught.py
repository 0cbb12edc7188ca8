def triple():
    yield 1
    yield 2
    yield 3

a, b, c = triple()
print(a, b, c)
x, y = triple()
print("unreachable")
