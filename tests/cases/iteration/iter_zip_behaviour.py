def gen(name, n):
    for i in range(n):
        print("  ", name, "yields", i)
        yield i
    print("  ", name, "exhausted")

print(list(zip(gen("a", 2), gen("b", 5))))
print("---")
print(list(zip(gen("a", 5), gen("b", 2))))
print("---")
a = gen("a", 5)
b = iter([10, 20])
print(list(zip(a, b)))
print("a continues at", next(a))
print(list(zip()))
print(list(zip("ab")))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], "ab", strict=True)))
x = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*x)))
it = iter(range(6))
print(list(zip(it, it)))
