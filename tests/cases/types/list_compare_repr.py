print([1, 2] == [1, 2], [1, 2] == [2, 1], [1, 2] != [1, 2, 3], [1, 2] == (1, 2))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [[1]] < [[2]])
print([1, [2, [3, [4]]]], [None, True, 1.5, "s", b"b", (1,), {"k": [1]}])
a = [1, 2]
a.append(a)
print(a, len(a))
b = [a, a]
print(b)
d = {"self": None}
d["self"] = d
print(d)
c = [[]]
c[0].append(c)
print(c)
print(repr([]), str([1, "a"]), repr(["it's"]), [1.0, -0.0, float("inf")])
nan = float("nan")
l = [nan]
print(l == l, [nan] == [nan], nan in l)
try:
    [1] < ["a"]
except TypeError as e:
    print(e)
print([1, "a"] == [1, "a"], [1, 2] < [1, "a"] if False else "skip")
print(max([[1, 2], [1, 3], [0, 9]]), [3, 1] * 2 == [3, 1, 3, 1])
print([x for x in [[1], [2]]] == [[1], [2]], [1, 2] in [[1, 2]], 1 in [[1]])
