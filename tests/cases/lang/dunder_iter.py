class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

class RangeIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

print(list(Countdown(3)))
c = Countdown(2)
print(list(c), list(c))
r = RangeIter(3)
print(list(r), list(r))
it = iter(RangeIter(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(sum(RangeIter(4)), max(Countdown(5)), sorted(Countdown(3)))
print(2 in Countdown(3), 7 in Countdown(3))
print(dict(zip(Countdown(3), RangeIter(3))))

class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)

class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    next([1, 2])
except TypeError as e:
    print(e)
