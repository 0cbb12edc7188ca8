class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
print(bool(Flag(True)), bool(Flag(False)))
if Flag(0 == 0):
    print("truthy")
print(not Flag(False))
print(Flag(False) or "fallback")

class LenOnly:
    def __len__(self):
        return 2
print(bool(LenOnly()))

class Nothing:
    pass
print(bool(Nothing()))

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)

class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
b = Both()
print(b)
print(str(b), repr(b))
print([b], (b,), {"k": b})
print("%s %r" % (b, b))
print(f"{b} {b!r} {b!s}")
print("{} {!r}".format(b, b))

class ReprOnly:
    def __repr__(self):
        return "RO"
print(ReprOnly(), str(ReprOnly()), [ReprOnly()])

class StrOnly:
    def __str__(self):
        return "SO"
print(StrOnly(), str(StrOnly()))

class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class Fmt:
    def __format__(self, spec):
        return "fmt[" + spec + "]"
print(format(Fmt(), "xyz"), f"{Fmt():>10}", "{:abc}".format(Fmt()))
