def recur():
    yield 1
    yield from g

g = recur()
print(next(g))
print(next(g))
