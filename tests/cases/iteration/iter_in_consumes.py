def gen():
    for i in range(6):
        print("  yield", i)
        yield i

g = gen()
print(3 in g)
print(next(g))
print(2 in g)
print(list(g))

it = iter([1, 2, 3, 4])
print(2 in it, list(it))
it = iter("abcdef")
print("c" in it, "a" in it, list(it))
m = map(str.upper, "xyz")
print("Y" in m, list(m))
