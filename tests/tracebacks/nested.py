def inner(n):
    return [1, 2][n]
def outer(n):
    return str(inner(n)) + str(inner(n + 1))
print(outer(0))
outer(1)
