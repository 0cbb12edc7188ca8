class WithReversed:
    def __iter__(self):
        return iter([1, 2, 3])
    def __reversed__(self):
        print("  __reversed__ called")
        return iter(["custom", "order"])

print(list(reversed(WithReversed())))

class SeqLike:
    def __len__(self):
        print("  __len__ called")
        return 3
    def __getitem__(self, i):
        print("  __getitem__", i)
        return "abc"[i]

r = reversed(SeqLike())
print(type(r).__name__)
print(list(r))

class ReversedNone:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(ReversedNone())
except TypeError as e:
    print(type(e).__name__, e)

class OnlyGetitem:
    def __getitem__(self, i):
        return i
try:
    reversed(OnlyGetitem())
except TypeError as e:
    print(type(e).__name__, e)

print(list(reversed("hello")), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1, "b": 2}.values())))
rv = reversed([1, 2, 3])
print(rv.__length_hint__(), next(rv), rv.__length_hint__())
