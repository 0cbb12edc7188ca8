import itertools as it
s = "abcdefghij"
print(list(it.islice(s, 3)))
print(list(it.islice(s, 2, 5)))
print(list(it.islice(s, 1, None, 3)))
print(list(it.islice(s, None)))
print(list(it.islice(s, None, 4)))
print(list(it.islice(s, 0, 10, 4)))
print(list(it.islice(s, 20)))
print(list(it.islice(s, 5, 2)))
for args in [(-1,), (-2,), (-1, 3), (0, -1), (0, -7), (0, 5, 0), (0, 5, -1), ("a",), (1.5,)]:
    try:
        list(it.islice(s, *args))
    except ValueError as e:
        print("ValueError", e)
    except TypeError as e:
        print("TypeError", e)
try:
    it.islice(s)
except TypeError as e:
    print(type(e).__name__, e)

def gen():
    for i in range(10):
        print("  gen", i)
        yield i
g = gen()
print(list(it.islice(g, 1, 4)))
print("next after islice:", next(g))
print(list(it.islice(gen(), 2, 3)))
