class Countdown:
    def __init__(self, start):
        self.start = start
    def down(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def up(self, step=1):
        n = 0
        while n <= self.start:
            yield n
            n += step
    @classmethod
    def from_pair(cls, a, b):
        yield cls(a)
        yield cls(b)
    @staticmethod
    def evens(limit):
        yield from range(0, limit, 2)
    @property
    def items(self):
        return (i * i for i in range(self.start))

c = Countdown(4)
print(list(c.down()))
print(list(c.up(2)))
print([x.start for x in Countdown.from_pair(7, 8)])
print(list(Countdown.evens(9)))
print(list(c.items))
m = c.down
c.start = 2
print(list(m()))
print(Countdown.down.__qualname__, type(m()).__name__)
