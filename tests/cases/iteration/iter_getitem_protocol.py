class Seq:
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(list(Seq()))
print(20 in Seq())
it = iter(Seq())
print(type(it).__name__, next(it))
for v in Seq():
    print("for", v)

class KeyErrorSeq:
    def __getitem__(self, i):
        if i == 2:
            raise KeyError(i)
        return i
try:
    list(KeyErrorSeq())
except KeyError as e:
    print("KeyError propagates", e)

class StopSeq:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopSeq()))

class NoneIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoneIter())
except TypeError as e:
    print(type(e).__name__, e)
