print(list(map(str, [1, 2, 3])))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(map(int, "123")), list(map(len, ["a", "bb", ""])))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(lambda x: x > 2, range(6))), list(filter(str.isdigit, "a1b2c3")))
f = filter(None, [])
print(type(f).__name__, list(f))
print(list(map(lambda *a: a, "ab", "cd", "ef")))
print(sum(map(lambda x: x * x, range(4))))
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(e)
try:
    map(str)
except TypeError as e:
    print(e)
print(list(map(str.upper, filter(lambda s: len(s) > 1, ["a", "bb", "ccc"]))))
lazy = []
def track(x):
    lazy.append(x)
    return x
m2 = map(track, [1, 2, 3])
print(lazy)
next(m2)
print(lazy)
