def noisy(name, n):
    for i in range(n):
        print("  %s yields %d" % (name, i))
        yield i
print("zip:")
print(list(zip(noisy("a", 3), noisy("b", 2))))
print("map:")
m = map(lambda x, y: x * y, noisy("p", 2), noisy("q", 5))
print(list(m))
print("filter:")
print(list(filter(lambda v: v % 2, noisy("f", 4))))
print("enumerate:")
for i, v in enumerate(noisy("e", 2)):
    print(" got", i, v)
print("any short-circuit:")
print(any(v > 0 for v in noisy("y", 5)))
print("sorted consumes all:")
print(sorted(noisy("s", 3), reverse=True))
