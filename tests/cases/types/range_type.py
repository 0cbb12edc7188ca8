r = range(10)
print(r, range(1, 5), range(0, 10, 2), range(5, 0, -1), repr(range(-3)))
print(len(r), len(range(1, 10, 3)), len(range(10, 0)), len(range(10, 0, -3)), len(range(0, -10, -1)))
print(list(range(5, 0, -2)), list(range(-5)), list(range(2, 3)), list(range(0, 10, 4)))
print(r[3], r[-1], r[2:5], r[::2], r[::-1], r[8:2:-2], range(0, 10, 3)[1:])
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 2.0 in r, "x" in r)
print(r.index(4), range(0, 20, 5).index(15), r.count(3), range(0, 10, 2).count(3))
try:
    r.index(20)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(range(1, 8, 3))), reversed(range(3)).__class__.__name__)
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2), range(3) == [0, 1, 2])
big = range(10 ** 20)
print(len(big) if False else big[-1], 10 ** 19 in big, big[10 ** 19])
try:
    len(range(10 ** 20))
except OverflowError as e:
    print(type(e).__name__, e)
print(r.start, r.stop, r.step, range(2, 9, 3).stop, sum(range(101)), max(range(7)), min(range(3, 9)))
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
