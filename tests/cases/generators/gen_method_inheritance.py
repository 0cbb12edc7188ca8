class Base:
    def items(self):
        yield "base-1"
        yield "base-2"
    @classmethod
    def make(cls, n):
        for i in range(n):
            yield cls.__name__ + str(i)
    @staticmethod
    def numbers(n):
        yield from range(n)

class Child(Base):
    def items(self):
        yield "child-start"
        yield from super().items()
        yield "child-end"
    @classmethod
    def make(cls, n):
        yield "override"
        yield from super().make(n)
    @staticmethod
    def numbers(n):
        for x in Base.numbers(n):
            yield x * 10

for obj in (Base(), Child()):
    print(type(obj).__name__, list(obj.items()))
    print(list(obj.make(2)), list(type(obj).make(1)))
    print(list(obj.numbers(3)))

g = Child().items()
print(next(g), g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom.__qualname__)
print(Child.items.__qualname__, Child.make.__func__.__qualname__, Child.numbers.__qualname__)

class WithSlots:
    __slots__ = ("vals",)
    def __init__(self, *vals):
        self.vals = vals
    def __iter__(self):
        return (v for v in self.vals if v)
    def reversed_items(self):
        i = len(self.vals)
        while i:
            i -= 1
            yield self.vals[i]

w = WithSlots(0, 1, "", "x", None, 2)
print(list(w), list(w.reversed_items()))
bound = w.reversed_items
print(type(bound).__name__, type(bound()).__name__)
unbound = WithSlots.reversed_items
print(list(unbound(WithSlots(1, 2))))
