import collections
def g():
    for i in range(4):
        print("  g", i)
        yield i
print(collections.deque(g(), maxlen=2))
print(collections.Counter(x % 2 for x in range(7)))
print(list(collections.OrderedDict.fromkeys(g())))
print(str(bytes(x + 65 for x in range(3)), "ascii"), bytearray(g()))
print(" ".join(map(str, g())))
lst = [0]
lst.extend(g())
print(lst)
lst[1:3] = (c for c in "XY")
print(lst)
print(dict.fromkeys(g(), 0))
print({k: v for k, v in zip(g(), "abcd")})
t = tuple(x for x in g() if x > 1)
print(t)
print(list(range(10))[slice(*(x for x in (1, 8, 3)))])
