print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 3), sum(range(101)), sum([[1], [2]], []))
print(sum([1.5, 2, True]), sum((x for x in range(5)), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(min(3, 1, 2), max(3, 1, 2), min([5, 2, 8]), max("hello"), min("b", "a"), max([1, 2], [1, 3]))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([], default="none"), min([], default=None), max([3], default=0))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(min([-5, 3, -1], key=abs), max(-5, 3, -1, key=abs))
for call in [lambda: max([]), lambda: min([]), lambda: max(()), lambda: min(iter([]))]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    min([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(max(1, 1.0), max(1.0, 1), min(0, False), max(True, 1))
print(max({3: "a", 7: "b"}), min({"b": 1, "a": 2}.items()))
