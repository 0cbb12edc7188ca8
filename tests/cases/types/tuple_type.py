t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1])
print((1,), (), tuple(), tuple("ab"), tuple([1, [2]]), ((1, 2),))
print(type((1)).__name__, type((1,)).__name__, 1,)
print(t.count(2), t.index(2), t.index(2, 2), t.count(9))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print({(1, 2): "pair"}[(1, 2)])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2), () < (0,))
print((1, "a") == (1, "a"), (1, 2) == [1, 2])
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print(e)
print(t + (5,), (0,) * 3, 2 in t, 7 not in t)
inner = [1]
ti = (inner, 2)
inner.append(2)
print(ti)
try:
    ti[0] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(ti)
a, b = (1, 2)
print(a, b, tuple(x * 2 for x in t))
print(repr(("s",)), str((1.5, None)), ((),), max((3, 1), (2, 9)))
x = 1, 2, 3
print(x, type(x).__name__)
