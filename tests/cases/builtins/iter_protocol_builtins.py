class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return (i * i for i in range(self.n))
sq = Squares(5)
print(list(sq), tuple(sq), set(sq) == {0, 1, 4, 9, 16}, sum(sq), max(sq), min(sq), sorted(sq, reverse=True))
print(dict(enumerate(sq)), list(zip(sq, "abcde")), list(map(str, sq)), list(filter(None, sq)))
print(any(sq), all(sq), 9 in sq, 10 in sq, "-".join(map(str, sq)), list(reversed(list(sq))))
a, b, *rest = sq
print(a, b, rest, [*sq], {*Squares(3)})
print(len(list(sq)), next(iter(sq)), list(iter(sq)))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(4)
print(next(c), list(c), list(c), next(c, "done"))
print(list(enumerate(Countdown(3), 1)), sum(Countdown(5)))
print("".join(str(x) for x in Countdown(5)))
