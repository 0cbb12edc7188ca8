big = range(-10 ** 20, 10 ** 20, 3 * 10 ** 18)
print(big, big[0], big[-1], big[5:8], big[::-7], len(big[::10 ** 30]), big.index(-10 ** 20 + 6 * 10 ** 18), big.count(7), 7 in big)
it = iter(range(10 ** 19, 10 ** 19 + 3))
print(type(it).__name__, list(it), list(reversed(range(10 ** 19, 10 ** 19 + 9, 4))), type(reversed(range(10 ** 19))).__name__)
print(range(0, 10, 3)[::-1], range(10)[-100:100], range(10)[3:1], range(5)[::-2], range(1, 2)[10:], list(range(10, 0, -3)[1::2]))
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 2)) == hash(range(1, 9, 20)), range(1, 2) == range(1, 9, 20), range(0, 4, 2) != range(0, 3, 2))
print(range(True, 5), range(3).index(True), 2.0 in range(3), range(3).count(2.0), range(3).__len__(), reversed(range(3)).__length_hint__())
class I:
    def __index__(self):
        return 4
print(range(I()), range(0, 10)[I()], list(range(I(), 7)))
for bad in [lambda: range(1, 2, 0), lambda: range(1.0), lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(3)["a"], lambda: range(3)[3], lambda: range(3).index(7), lambda: range(3).index("x"), lambda: len(range(2 ** 63)), lambda: range(3)[::0], lambda: range(x=1)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
print(list(range(2 ** 63 - 3, 2 ** 63 + 2)), list(range(-2 ** 63 + 1, -2 ** 63 - 2, -1)))
print(range(10 ** 20)[10 ** 19:10 ** 19 + 2], bool(range(10 ** 20, 0)), sum(range(10 ** 18, 10 ** 18 + 3)))
