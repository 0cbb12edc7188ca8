class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("  __iter__ called")
        return self
    def __next__(self):
        if self.n <= 0:
            print("  raising StopIteration")
            raise StopIteration
        self.n -= 1
        return self.n + 1

for x in Countdown(3):
    print(x)
c = Countdown(2)
print(list(c))
print(list(c))
print(iter(c) is c)

class NoIter:
    def __next__(self):
        return 1
try:
    for _ in NoIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

class IterReturnsNonIterator:
    def __iter__(self):
        return [1, 2]
try:
    iter(IterReturnsNonIterator())
except TypeError as e:
    print(type(e).__name__, e)
